import { describe, expect, it } from 'vitest';
import { addMonths, BuddyIndex, departmentFamily, isNewcomer, newcomerUntil, yearsBetween, type Candidate } from './buddy.ts';

const person = (id: string, o: Partial<Candidate> = {}): Candidate => ({
  id,
  name: id,
  department: 'IT',
  job_title: null,
  site_id: 'gent',
  site_name: 'Gent',
  language: 'nl',
  languages: [],
  manager_id: 'boss',
  start_date: '2020-01-01',
  end_date: null,
  volunteer: false,
  buddies: 0,
  ...o,
});

describe('buddy suggestions', () => {
  const people = [
    person('ceo', { department: 'Board', manager_id: null }),
    person('boss', { department: 'IT', manager_id: 'ceo' }),
    person('finhead', { department: 'Finance', manager_id: 'ceo', site_id: 'brussel', site_name: 'Brussel' }),
    person('newbie', { start_date: '2026-12-01' }),
    person('peer', { volunteer: true, job_title: 'Developer', start_date: '2019-03-04', buddies: 1 }),
    person('peer-fr', { language: 'fr' }),
    person('junior', { start_date: '2026-06-01' }),
    person('full', { buddies: 2 }),
    person('left', { end_date: '2026-01-01' }),
    person('fin', { department: 'Finance', manager_id: 'finhead', site_id: 'gent' }),
    person('far', { department: 'Finance', manager_id: 'finhead', site_id: 'brussel', site_name: 'Brussel', language: 'fr' }),
  ];
  const index = new BuddyIndex(people, '2026-11-26', 2);

  it('ranks by an explainable score and never suggests the manager or the reporting line', () => {
    const s = index.suggest('newbie');
    const ids = s.map((x) => x.personId);
    expect(ids[0]).toBe('peer');
    expect(s[0].reasons.map((r) => r.reason)).toEqual(['site', 'department', 'language', 'volunteer']);
    expect(s[0].score).toBe(90);
    expect(ids).not.toContain('boss');
    expect(ids).not.toContain('ceo');
    expect(ids).not.toContain('newbie');
  });

  it('gives each suggestion what helps choose: job, department, site, languages, seniority and current load', () => {
    expect(index.suggest('newbie')[0]).toMatchObject({
      jobTitle: 'Developer',
      department: 'IT',
      site: 'Gent',
      languages: ['nl'],
      startDate: '2019-03-04',
      yearsOfService: 7,
      currentBuddies: 1,
    });
  });

  it('leaves out the newly hired, the leavers and those at their cap', () => {
    const ids = index.suggest('newbie', 20).map((x) => x.personId);
    expect(ids).not.toContain('junior');
    expect(ids).not.toContain('left');
    expect(ids).not.toContain('full');
  });

  it('does not count two departments as neighbours merely because both answer to the top of the organisation', () => {
    // IT and Finance are led by people who both report to the CEO, who reports to nobody.
    expect(index.neighbours('IT', 'Finance')).toBe(false);
    expect(index.neighbours('IT', 'Board')).toBe(false);
    const fin = index.suggest('newbie', 20).find((x) => x.personId === 'fin')!;
    expect(fin.reasons.map((r) => r.reason)).toEqual(['site', 'language']);
  });

  it('counts a language from an ambassador profile as shared', () => {
    const idx = new BuddyIndex(
      [...people, person('poly', { language: 'fr', languages: ['fr', 'nl'], site_id: 'x', department: 'X', manager_id: 'ceo' })],
      '2026-11-26',
      2,
    );
    const poly = idx.suggest('newbie', 20).find((x) => x.personId === 'poly')!;
    expect(poly.reasons.map((r) => r.reason)).toEqual(['language']);
    expect(poly.languages).toEqual(['fr', 'nl']);
  });
});

describe('neighbouring departments', () => {
  // CEO (Board) -> CIO (IT) -> heads of IT Dev and IT Ops; CEO -> CFO (Finance) -> head of Accounting.
  const org = [
    person('ceo', { department: 'Board', manager_id: null }),
    person('cio', { department: 'IT', manager_id: 'ceo' }),
    person('devhead', { department: 'Development', manager_id: 'cio' }),
    person('dev1', { department: 'Development', manager_id: 'devhead' }),
    person('dev2', { department: 'Development', manager_id: 'devhead' }),
    person('opshead', { department: 'Operations', manager_id: 'cio' }),
    person('ops1', { department: 'Operations', manager_id: 'opshead' }),
    person('cfo', { department: 'Finance', manager_id: 'ceo' }),
    person('acchead', { department: 'Accounting', manager_id: 'cfo' }),
    // One accountant reports to the CIO for a project: it does not move Accounting under IT.
    person('acc1', { department: 'Accounting', manager_id: 'acchead' }),
    person('acc2', { department: 'Accounting', manager_id: 'cio' }),
    person('acc3', { department: 'Accounting', manager_id: 'cfo' }),
    person('s1', { department: 'Sales / North', manager_id: 'ceo' }),
    person('s2', { department: 'Sales / South', manager_id: 'ceo' }),
    person('b1', { department: 'Back-office', manager_id: 'ceo' }),
    person('b2', { department: 'Back-end', manager_id: 'ceo' }),
  ];
  const index = new BuddyIndex(org, '2026-11-26', 2);

  it('siblings: the heads report to the same manager below the top', () => {
    expect(index.neighbours('Development', 'Operations')).toBe(true);
  });

  it('parent and child below the top', () => {
    expect(index.neighbours('Development', 'IT')).toBe(true);
    expect(index.neighbours('IT', 'Operations')).toBe(true);
    expect(index.neighbours('Accounting', 'Finance')).toBe(true);
  });

  it('not departments that only share the top of the organisation, nor cousins', () => {
    expect(index.neighbours('IT', 'Finance')).toBe(false);
    expect(index.neighbours('Development', 'Accounting')).toBe(false);
    expect(index.neighbours('Accounting', 'IT')).toBe(false);
    expect(index.neighbours('Development', 'Development')).toBe(false);
    expect(index.neighbours(null, 'IT')).toBe(false);
  });

  it('one family by name, but a hyphen inside a word separates nothing', () => {
    expect(index.neighbours('Sales / North', 'Sales / South')).toBe(true);
    expect(index.neighbours('Sales', 'Sales / South')).toBe(true);
    expect(index.neighbours('Back-office', 'Back-end')).toBe(false);
    expect(departmentFamily('IT - Support')).toBe('it');
    expect(departmentFamily('Sales > North')).toBe('sales');
    expect(departmentFamily('Legal: Contracts')).toBe('legal');
    expect(departmentFamily('Back-office')).toBeNull();
    expect(departmentFamily('IT')).toBeNull();
  });

  it('scores a neighbour at another site, found through the neighbouring department', () => {
    const idx = new BuddyIndex(
      [
        ...org,
        person('new', { department: 'Development', manager_id: 'devhead', start_date: '2026-11-02' }),
        person('far-ops', { department: 'Operations', manager_id: 'opshead', site_id: 'namur', language: 'fr' }),
      ],
      '2026-11-26',
      2,
    );
    const farOps = idx.suggest('new', 50).find((x) => x.personId === 'far-ops')!;
    expect(farOps.reasons).toEqual([{ reason: 'neighbour', points: 10 }]);
  });
});

describe('ties', () => {
  // Four colleagues with the same score (same site, department and language as the newcomer).
  const same = { department: 'Sales', manager_id: 'm' };
  const people = [
    person('m', { department: 'Board', manager_id: null }),
    person('new', { ...same, start_date: '2026-12-01' }),
    person('zoe', { ...same, name: 'Zoe', start_date: '2010-05-01', buddies: 1 }),
    person('adam', { ...same, name: 'Adam', start_date: '2018-01-01', buddies: 1 }),
    person('bert', { ...same, name: 'Bert', start_date: '2018-01-01', buddies: 0 }),
    person('anna', { ...same, name: 'Anna', start_date: '2018-01-01', buddies: 0 }),
  ];

  it('breaks an equal score by seniority, then fewer buddies now, then name', () => {
    const s = new BuddyIndex(people, '2026-11-26', 3).suggest('new');
    expect(new Set(s.map((x) => x.score)).size).toBe(1);
    expect(s.map((x) => x.name)).toEqual(['Zoe', 'Anna', 'Bert', 'Adam']);
  });

  it('keeps the same order when the list is cut short (the tie rule holds at the cut too)', () => {
    const index = new BuddyIndex([...people].reverse(), '2026-11-26', 3);
    expect(index.suggest('new', 2).map((x) => x.name)).toEqual(['Zoe', 'Anna']);
  });
});

describe('newcomers', () => {
  it('are people who start in the future or started less than six months ago', () => {
    expect(isNewcomer('2026-12-01', '2026-11-26')).toBe(true);
    expect(isNewcomer('2026-06-01', '2026-11-30')).toBe(true);
    expect(isNewcomer('2026-06-01', '2026-12-01')).toBe(false);
    expect(isNewcomer('2019-01-01', '2026-11-26')).toBe(false);
    expect(isNewcomer(null, '2026-11-26')).toBe(false);
    expect(newcomerUntil('2026-06-01')).toBe('2026-11-30');
    expect(newcomerUntil(null)).toBeNull();
  });

  it('count months on the calendar, the last day of a shorter month included', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
    expect(isNewcomer('2026-08-31', '2027-02-27')).toBe(true);
    expect(isNewcomer('2026-08-31', '2027-02-28')).toBe(false);
  });

  it('seniority is whole years, counted on the anniversary', () => {
    expect(yearsBetween('2019-03-04', '2026-03-03')).toBe(6);
    expect(yearsBetween('2019-03-04', '2026-03-04')).toBe(7);
    expect(yearsBetween('2026-12-01', '2026-11-26')).toBe(0);
  });
});
