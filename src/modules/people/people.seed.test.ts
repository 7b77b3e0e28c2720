import { describe, it, expect } from 'vitest';
import { createRng, generateOrganisation, peopleToCsvRows } from './people.seed.ts';
import { LANGUAGES, PERSON_FIELDS, REGIONS, type PersonRecord } from './people.types.ts';

const TODAY = '2026-03-15';

const parts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
};

function isValidDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = parts(value);
  return isValidDate(y, m, d);
}

/** Completed years between a birthday and an ISO date. */
function ageOn(iso: string, person: PersonRecord): number {
  const [y, m, d] = parts(iso);
  const month = person.birthMonth!;
  const day = person.birthDay!;
  return y - person.birthYear! - (m < month || (m === month && d < day) ? 1 : 0);
}

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Checks every invariant that holds for an organisation of any size. Collects violations in plain code
 * (one `expect` per person would make 100,000 people slow) and reports the first few.
 */
function expectValidOrganisation(people: PersonRecord[], size: number): void {
  expect(people).toHaveLength(size);
  const numbers = people.map((p) => p.employeeNumber);
  expect(new Set(numbers).size).toBe(size);
  expect(new Set(people.map((p) => p.workEmail)).size).toBe(size);

  const position = new Map(numbers.map((n, i) => [n, i]));
  const in60Days = addDays(TODAY, 60);
  const in90Days = addDays(TODAY, 90);
  const yearAgo = addDays(TODAY, -365);
  const problems: string[] = [];
  let withoutManager = 0;

  people.forEach((p, i) => {
    const fail = (message: string): void => {
      if (problems.length < 10) problems.push(`${p.employeeNumber} (row ${i}): ${message} ${JSON.stringify(p)}`);
    };
    if (!/^E\d{6,}$/.test(p.employeeNumber)) fail('employee number');
    if (!p.firstName || !p.lastName) fail('name');
    if (!/^[a-z0-9-]+\.[a-z0-9-]+\d*@demo\.embassy\.test$/.test(p.workEmail ?? '')) fail('work e-mail');

    // Hierarchy: managers come earlier, so nobody is their own manager and there are no cycles.
    if (p.managerNumber == null) {
      withoutManager++;
      if (i !== 0) fail('only the first person has no manager');
    } else {
      const managerIndex = position.get(p.managerNumber);
      if (p.managerNumber === p.employeeNumber) fail('own manager');
      if (managerIndex === undefined || managerIndex >= i) fail('manager not an earlier row');
    }

    if (!(LANGUAGES as readonly unknown[]).includes(p.language)) fail('language');
    if (!(REGIONS as readonly unknown[]).includes(p.region)) fail('region');
    if (!p.site || !p.department || !p.jobTitle) fail('site, department or job title');
    if (!/^[A-Z]{2}$/.test(p.country ?? '') || (p.country === 'BE') !== (p.region !== 'abroad')) fail('country');
    if (typeof p.sensitive !== 'boolean') fail('sensitive');

    // Birthdays: real dates, 18-66 today, at least 16 when starting.
    if (!isValidDate(p.birthYear!, p.birthMonth!, p.birthDay!)) fail('birthday');
    const age = ageOn(TODAY, p);
    if (age < 18 || age > 66) fail(`age ${age}`);
    if (!isIsoDate(p.startDate ?? '')) fail('start date');
    else if (ageOn(p.startDate!, p) < 16) fail('started before 16');

    // Employment dates.
    if (p.startDate! > in60Days) fail('starts more than 60 days ahead');
    if (p.startDate! > TODAY && (p.personalEmail == null || p.endDate != null)) fail('upcoming hire');
    if (p.personalEmail != null && !/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$/.test(p.personalEmail)) fail('personal e-mail');
    if (p.endDate != null) {
      if (!isIsoDate(p.endDate) || p.endDate <= p.startDate!) fail('end date');
      if (p.endDate < yearAgo || p.endDate > in90Days) fail('end date range');
    }
  });
  expect(problems).toEqual([]);
  expect(withoutManager).toBe(size === 0 ? 0 : 1);
}

describe('createRng', () => {
  it('is deterministic per seed and returns floats in [0, 1)', () => {
    const a = createRng('abc');
    const b = createRng('abc');
    const c = createRng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('generateOrganisation', () => {
  it('is deterministic: same options give the same people, another seed gives others', () => {
    const first = generateOrganisation({ employees: 300, seed: 'demo', today: TODAY });
    const again = generateOrganisation({ employees: 300, seed: 'demo', today: TODAY });
    const other = generateOrganisation({ employees: 300, seed: 'other', today: TODAY });
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(generateOrganisation({ employees: 50, today: TODAY })).toEqual(generateOrganisation({ employees: 50, today: TODAY }));
  });

  it('uses the e-mail domain option', () => {
    const people = generateOrganisation({ employees: 20, today: TODAY, emailDomain: 'example.org' });
    for (const p of people) expect(p.workEmail).toMatch(/@example\.org$/);
  });

  it('rejects invalid options', () => {
    expect(() => generateOrganisation({ employees: -1, today: TODAY })).toThrow(RangeError);
    expect(() => generateOrganisation({ employees: 2.5, today: TODAY })).toThrow(RangeError);
    expect(() => generateOrganisation({ employees: 10, today: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateOrganisation({ employees: 10, today: '15/03/2026' })).toThrow(RangeError);
    expect(generateOrganisation({ employees: 0, today: TODAY })).toEqual([]);
  });

  it('generates a single CEO for size 1', () => {
    const people = generateOrganisation({ employees: 1, today: TODAY });
    expectValidOrganisation(people, 1);
    expect(people[0]).toMatchObject({ employeeNumber: 'E000001', managerNumber: null, jobTitle: 'Chief Executive Officer' });
  });

  it('generates a valid small hierarchy for size 7', () => {
    const people = generateOrganisation({ employees: 7, seed: 7, today: TODAY });
    expectValidOrganisation(people, 7);
    expect(people[1].managerNumber).toBe(people[0].employeeNumber);
    expect(people[1].jobTitle).toMatch(/^Head of /);
  });

  it('generates valid hierarchies for every size from 1 to 40', () => {
    for (let size = 1; size <= 40; size++) {
      expectValidOrganisation(generateOrganisation({ employees: size, seed: size, today: TODAY }), size);
    }
  });

  describe('size 300', () => {
    const people = generateOrganisation({ employees: 300, today: TODAY });

    it('is valid', () => expectValidOrganisation(people, 300));

    it('has all three regions, abroad sites aside', () => {
      const regions = new Set(people.map((p) => p.region));
      for (const region of ['flanders', 'brussels', 'wallonia']) expect(regions).toContain(region);
    });

    it('has about twelve departments, each with a head reporting to the CEO', () => {
      const ceo = people[0].employeeNumber;
      const heads = people.filter((p) => p.jobTitle?.startsWith('Head of '));
      expect(heads.length).toBe(12);
      for (const head of heads) expect(head.managerNumber).toBe(ceo);
    });

    it('has some sensitive people, all in Customs & Compliance', () => {
      const sensitive = people.filter((p) => p.sensitive);
      expect(sensitive.length).toBeGreaterThan(0);
      for (const p of sensitive) expect(p.department).toBe('Customs & Compliance');
    });

    it('has upcoming hires, leavers and people who already left', () => {
      expect(people.some((p) => p.startDate! > TODAY)).toBe(true);
      expect(people.some((p) => p.endDate != null && p.endDate > TODAY)).toBe(true);
      expect(people.some((p) => p.endDate != null && p.endDate <= TODAY)).toBe(true);
    });

    it('gives team leads spans of control of 5 to 12', () => {
      const reports = new Map<string, number>();
      for (const p of people) if (p.managerNumber) reports.set(p.managerNumber, (reports.get(p.managerNumber) ?? 0) + 1);
      const leads = people.filter((p) => p.jobTitle?.startsWith('Team Lead '));
      expect(leads.length).toBeGreaterThan(0);
      for (const lead of leads) {
        const span = reports.get(lead.employeeNumber) ?? 0;
        expect(span).toBeGreaterThanOrEqual(5);
        expect(span).toBeLessThanOrEqual(12);
      }
    });
  });

  describe('size 100,000', () => {
    const size = 100_000;
    const people = generateOrganisation({ employees: size, seed: 'large', today: TODAY });
    const share = (predicate: (p: PersonRecord) => boolean): number => people.filter(predicate).length / size;

    it('is valid', () => expectValidOrganisation(people, size));

    it('keeps everyone below the CEO in a department-consistent hierarchy', () => {
      const byNumber = new Map(people.map((p) => [p.employeeNumber, p]));
      const elsewhere = people
        .slice(1)
        .filter((p) => !p.jobTitle!.startsWith('Head of ') && byNumber.get(p.managerNumber!)?.department !== p.department);
      expect(elsewhere).toEqual([]);
    });

    it('gives every team lead and manager 5 to 12 direct reports', () => {
      const reports = new Map<string, number>();
      for (const p of people) if (p.managerNumber) reports.set(p.managerNumber, (reports.get(p.managerNumber) ?? 0) + 1);
      const outOfRange = people.filter((p) => {
        if (p.managerNumber == null || p.jobTitle!.startsWith('Head of ')) return false;
        const span = reports.get(p.employeeNumber) ?? 0;
        return span > 0 && (span < 5 || span > 12);
      });
      expect(outOfRange).toEqual([]);
      expect(people.filter((p) => p.jobTitle!.startsWith('Team Lead ')).length).toBeGreaterThan(size / 15);
    });

    it('has realistic proportions', () => {
      expect(share((p) => p.sensitive === true)).toBeGreaterThan(0.015);
      expect(share((p) => p.sensitive === true)).toBeLessThan(0.035);
      expect(share((p) => p.startDate! > TODAY)).toBeCloseTo(0.02, 2);
      expect(share((p) => p.endDate != null && p.endDate > TODAY)).toBeCloseTo(0.03, 2);
      expect(share((p) => p.endDate != null && p.endDate <= TODAY)).toBeCloseTo(0.01, 2);
      expect(share((p) => p.startDate! <= TODAY && p.startDate! > addDays(TODAY, -90))).toBeGreaterThan(0.005);
      const personal = share((p) => p.personalEmail != null);
      expect(personal).toBeGreaterThan(0.25);
      expect(personal).toBeLessThan(0.4);

      const flanders = share((p) => p.region === 'flanders');
      expect(flanders).toBeGreaterThan(share((p) => p.region === 'brussels'));
      expect(flanders).toBeGreaterThan(share((p) => p.region === 'wallonia'));
      const sites = new Map<string, number>();
      for (const p of people) sites.set(p.site!, (sites.get(p.site!) ?? 0) + 1);
      const largest = [...sites].sort((a, b) => b[1] - a[1])[0][0];
      expect(largest).toBe('Brussel/Bruxelles');
      expect(sites.get('Eupen')).toBeGreaterThan(0);
      expect(people.filter((p) => p.site === 'Eupen').every((p) => p.region === 'wallonia')).toBe(true);
      expect(share((p) => p.region === 'abroad')).toBeGreaterThan(0);
    });

    it('mostly speaks the language of the site, with exceptions', () => {
      const flemish = people.filter((p) => p.region === 'flanders');
      const nl = flemish.filter((p) => p.language === 'nl').length / flemish.length;
      expect(nl).toBeGreaterThan(0.88);
      expect(nl).toBeLessThan(0.97);
      const eupen = people.filter((p) => p.site === 'Eupen');
      expect(eupen.filter((p) => p.language === 'de').length / eupen.length).toBeGreaterThan(0.75);
      for (const language of LANGUAGES) expect(people.some((p) => p.language === language)).toBe(true);
    });

    it('has varied names, with accents, and occasional 29 February births', () => {
      expect(new Set(people.map((p) => p.firstName)).size).toBeGreaterThan(150);
      expect(new Set(people.map((p) => p.lastName)).size).toBeGreaterThan(150);
      expect(new Set(people.map((p) => `${p.firstName} ${p.lastName}`)).size).toBeGreaterThan(5_000);
      expect(people.some((p) => /[éëï]/.test(p.firstName + p.lastName))).toBe(true);
      const leapDay = people.filter((p) => p.birthMonth === 2 && p.birthDay === 29);
      expect(leapDay.length).toBeGreaterThan(0);
    });
  });
});

describe('peopleToCsvRows', () => {
  it('writes a header of the canonical fields and one row per person', () => {
    const people = generateOrganisation({ employees: 25, today: TODAY });
    const rows = peopleToCsvRows(people);
    expect(rows[0]).toEqual([...PERSON_FIELDS]);
    expect(rows).toHaveLength(26);
    for (const row of rows) expect(row).toHaveLength(PERSON_FIELDS.length);

    const column = (field: (typeof PERSON_FIELDS)[number]): number => PERSON_FIELDS.indexOf(field);
    rows.slice(1).forEach((row, i) => {
      const p = people[i];
      expect(row[column('employee_number')]).toBe(p.employeeNumber);
      expect(row[column('manager')]).toBe(p.managerNumber ?? '');
      expect(row[column('region')]).toBe(p.region);
      expect(row[column('country')]).toBe(p.country);
      expect(row[column('start_date')]).toBe(p.startDate);
      expect(row[column('sensitive')]).toBe(p.sensitive ? 'yes' : 'no');
      expect(row[column('birthday')]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      const [day, month, year] = row[column('birthday')].split('/').map(Number);
      expect([day, month, year]).toEqual([p.birthDay, p.birthMonth, p.birthYear]);
    });
    expect(rows[1][column('manager')]).toBe('');
  });

  it('writes empty strings for null and undefined values', () => {
    const rows = peopleToCsvRows([
      { employeeNumber: 'X1', firstName: 'Fien', lastName: 'Maes', personalEmail: null, birthDay: 3, birthMonth: 7 },
      {
        employeeNumber: 'X2',
        firstName: 'Louis',
        lastName: 'Dubois',
        language: 'fr',
        region: 'wallonia',
        country: 'BE',
        startDate: '2020-01-06',
        endDate: null,
        birthDay: 29,
        birthMonth: 2,
        birthYear: 2000,
        sensitive: true,
      },
    ]);
    expect(rows[1]).toEqual(['X1', 'Fien', 'Maes', '', '', '', '', '', '', '', '', '', '', '', '03/07', '', '']);
    expect(rows[2]).toEqual([
      'X2',
      'Louis',
      'Dubois',
      '',
      '',
      'fr',
      '',
      '',
      'wallonia',
      'BE',
      '',
      '',
      '2020-01-06',
      '',
      '29/02/2000',
      'yes',
      '',
    ]);
    expect(peopleToCsvRows([])).toEqual([[...PERSON_FIELDS]]);
  });
});
