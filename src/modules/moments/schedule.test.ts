import { describe, expect, it } from 'vitest';
import {
  anchorsDueBetween,
  dueFrom,
  dueInstant,
  legalPensionAge,
  occurrencesFor,
  pensionAgeInForce,
  retirementDate,
  retirementMatches,
  yearlyMatches,
} from './schedule.ts';

const FL = { country: 'BE', region: 'flanders' as const, language: 'nl' as const };
const WA = { country: 'BE', region: 'wallonia' as const, language: 'fr' as const };

describe('due dates', () => {
  it('counts working days past weekends and Belgian holidays', () => {
    // Preboarding 3 working days before a start on Monday 4 May 2026 (1 May is a holiday).
    expect(dueFrom('2026-05-04', { offsetDays: -3, offsetUnit: 'working' }, FL)).toBe('2026-04-28');
    // 1 working day after Thursday 10 July 2025: the 11th is a holiday in Flanders only.
    expect(dueFrom('2025-07-10', { offsetDays: 1, offsetUnit: 'working' }, FL)).toBe('2025-07-14');
    expect(dueFrom('2025-07-10', { offsetDays: 1, offsetUnit: 'working' }, WA)).toBe('2025-07-11');
    expect(dueFrom('2026-12-24', { offsetDays: 30, offsetUnit: 'calendar' }, FL)).toBe('2027-01-23');
  });

  it('sends at 09:00 local time on both sides of the 2026 daylight-saving changes', () => {
    expect(dueInstant('2026-03-28', '09:00', 'Europe/Brussels').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(dueInstant('2026-03-29', '09:00', 'Europe/Brussels').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(dueInstant('2026-10-25', '09:00', 'Europe/Brussels').toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(dueInstant('2026-10-24', '09:00', 'Europe/Brussels').toISOString()).toBe('2026-10-24T07:00:00.000Z');
  });
});

describe('inverting: which anchors are due in a window', () => {
  it('is exact for calendar offsets', () => {
    expect(anchorsDueBetween('2026-11-26', '2026-11-26', { offsetDays: -7, offsetUnit: 'calendar' }, FL)).toEqual([
      { anchor: '2026-12-03', due: '2026-11-26' },
    ]);
  });

  it('agrees with dueFrom for working-day offsets, over a whole year, both directions', () => {
    for (const n of [-10, -3, 0, 1, 5, 30]) {
      for (let day = '2026-01-01'; day <= '2026-12-31'; day = new Date(Date.parse(day) + 86400_000 * 9).toISOString().slice(0, 10)) {
        const found = anchorsDueBetween(day, day, { offsetDays: n, offsetUnit: 'working' }, FL);
        for (const f of found) expect(dueFrom(f.anchor, { offsetDays: n, offsetUnit: 'working' }, FL)).toBe(day);
        // Brute force: every anchor within a year whose due date is `day` must be found.
        const brute: string[] = [];
        for (let a = -120; a <= 120; a++) {
          const anchor = new Date(Date.parse(day) + a * 86400_000).toISOString().slice(0, 10);
          if (dueFrom(anchor, { offsetDays: n, offsetUnit: 'working' }, FL) === day) brute.push(anchor);
        }
        expect(found.map((f) => f.anchor).sort()).toEqual(brute.sort());
      }
    }
  });

  it('celebrates 29 February on 28 February in common years', () => {
    const m = yearlyMatches([{ anchor: '2027-02-28', due: '2027-02-28' }]);
    expect(m.map((x) => `${x.month}-${x.day}`)).toEqual(['2-28', '2-29']);
    expect(yearlyMatches([{ anchor: '2028-02-29', due: '2028-02-29' }]).map((x) => `${x.month}-${x.day}`)).toEqual(['2-29']);
    expect(yearlyMatches([{ anchor: '2028-02-28', due: '2028-02-28' }]).map((x) => `${x.month}-${x.day}`)).toEqual(['2-28']);
  });
});

describe('retirement', () => {
  it('starts on the first of the month after reaching the legal age, by birth cohort', () => {
    // [birth year, birth month, pension date]: the age in force on that first day decides.
    const cases: [number, number, string][] = [
      [1958, 6, '2023-07-01'], // 65
      [1959, 1, '2024-02-01'], // 65
      [1959, 12, '2025-01-01'], // 65: turns 65 in December 2024, and 65 still holds on 1 January 2025
      [1960, 1, '2026-02-01'], // 66: turns 65 in January 2025, but from 1 February 2025 the age is 66
      [1960, 6, '2026-07-01'],
      [1962, 12, '2029-01-01'],
      [1963, 1, '2029-02-01'],
      [1963, 12, '2030-01-01'], // 66: turns 66 in December 2029, and 66 still holds on 1 January 2030
      [1964, 1, '2031-02-01'], // 67: turns 66 in January 2030, but from 1 February 2030 the age is 67
      [1964, 6, '2031-07-01'], // 67, not 66 (the 1964 cohort used to come a year early)
      [1964, 12, '2032-01-01'],
      [1965, 1, '2032-02-01'],
      [1965, 12, '2033-01-01'],
      [1970, 3, '2037-04-01'],
    ];
    for (const [y, m, date] of cases) expect(`${y}-${m} ${retirementDate(y, m)}`).toBe(`${y}-${m} ${date}`);
  });

  it('maps whole birth years to one age: before 1960 65, 1960 to 1963 66, from 1964 67', () => {
    const expected = (y: number) => (y < 1960 ? 65 : y < 1964 ? 66 : 67);
    for (let y = 1940; y <= 1990; y++) {
      for (let m = 1; m <= 12; m++) expect(`${y}-${m}: ${legalPensionAge(y, m)}`).toBe(`${y}-${m}: ${expected(y)}`);
    }
  });

  it('follows the age in force on the pension date: 65 before 1 February 2025, 66 before 1 February 2030, then 67', () => {
    expect(pensionAgeInForce('2025-01-31')).toBe(65);
    expect(pensionAgeInForce('2025-02-01')).toBe(66);
    expect(pensionAgeInForce('2030-01-31')).toBe(66);
    expect(pensionAgeInForce('2030-02-01')).toBe(67);
    for (let y = 1940; y <= 1990; y++) {
      for (let m = 1; m <= 12; m++) expect(pensionAgeInForce(retirementDate(y, m))).toBeLessThanOrEqual(legalPensionAge(y, m));
    }
  });

  it('inverts exactly: the sweep finds every birth month retiring on an anchor, and no other', () => {
    expect(retirementMatches([{ anchor: '2029-01-01', due: '2028-07-01' }])).toEqual([
      { birthYear: 1962, birthMonth: 12, occurrence: '2029-01-01', due: '2028-07-01' },
    ]);
    // Nobody reaches the legal age between February 2025 and January 2026, nor in 2030 after January.
    expect(retirementMatches([{ anchor: '2025-06-01', due: '2025-06-01' }])).toEqual([]);
    expect(retirementMatches([{ anchor: '2030-06-01', due: '2030-06-01' }])).toEqual([]);
    expect(retirementMatches([{ anchor: '2031-07-01', due: '2031-07-01' }]).map((r) => r.birthYear)).toEqual([1964]);
    expect(retirementMatches([{ anchor: '2031-07-02', due: '2031-07-02' }])).toEqual([]);
    // Brute force over every birth month of 50 years.
    const byAnchor = new Map<string, string[]>();
    for (let y = 1940; y <= 1990; y++) {
      for (let m = 1; m <= 12; m++) {
        const a = retirementDate(y, m);
        byAnchor.set(a, [...(byAnchor.get(a) ?? []), `${y}-${m}`]);
      }
    }
    for (let y = 2006; y <= 2056; y++) {
      for (let m = 1; m <= 12; m++) {
        const anchor = `${y}-${String(m).padStart(2, '0')}-01`;
        const found = retirementMatches([{ anchor, due: anchor }]).map((r) => `${r.birthYear}-${r.birthMonth}`);
        expect(`${anchor}: ${found.join(',')}`).toBe(`${anchor}: ${(byAnchor.get(anchor) ?? []).join(',')}`);
      }
    }
  });

  it("puts a person's retirement on their timeline at 67 for the 1964 cohort", () => {
    const t = { anchor: 'retirement' as const, offsetDays: 0, offsetUnit: 'calendar' as const, sendTime: '09:00' };
    const born1964 = { start_date: null, end_date: null, birth_day: 15, birth_month: 3, birth_year: 1964 };
    expect(occurrencesFor(born1964, t, '2030-01-01', '2032-12-31', FL)).toEqual([{ occurrence: '2031-04-01', due: '2031-04-01' }]);
  });
});

describe("a person's timeline", () => {
  const ana = { start_date: '2024-02-29', end_date: null, birth_day: 29, birth_month: 2, birth_year: 1992 };
  it('lists birthdays, with 29 February on the 28th in common years', () => {
    const t = { anchor: 'birthday' as const, offsetDays: 0, offsetUnit: 'calendar' as const, sendTime: '09:00' };
    expect(occurrencesFor(ana, t, '2026-01-01', '2028-12-31', FL).map((o) => o.due)).toEqual(['2026-02-28', '2027-02-28', '2028-02-29']);
  });
  it('lists the first work anniversary only when asked for year 1', () => {
    const t = {
      anchor: 'work_anniversary' as const,
      offsetDays: 0,
      offsetUnit: 'calendar' as const,
      sendTime: '09:00',
      anniversaryYear: 1,
    };
    expect(occurrencesFor(ana, t, '2024-01-01', '2030-12-31', FL).map((o) => o.due)).toEqual(['2025-02-28']);
  });
});
