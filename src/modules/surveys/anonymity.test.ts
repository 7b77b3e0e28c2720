/**
 * The anonymity engine on cases one can check by hand. The random search for leaks is in
 * test/property/anonymity.property.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { planRelease } from './anonymity.ts';
import { canonicalKey, groupKey, parseGroupKey, periodOf, seniorityBand, startCohort, viewKeys, type SegmentRow } from './segments.ts';

function times(count: number, row: SegmentRow): SegmentRow[] {
  return Array.from({ length: count }, () => ({ ...row }));
}

const OVERLAP = { shown: false, reason: 'overlap' };
const BELOW = { shown: false, reason: 'below-minimum' };
const NOT_OFFERED = { shown: false, reason: 'not-offered' };

describe('group keys', () => {
  it('orders parts by the dimensions and encodes values', () => {
    expect(groupKey({})).toBe('');
    expect(groupKey({ site: 's1', department: 'R&D' })).toBe('department=R%26D&site=s1');
    expect(groupKey({ period: '2026-Q1', department: 'x=y' })).toBe('department=x%3Dy&period=2026-Q1');
    expect(groupKey({ department: null })).toBe('department=');
    expect(groupKey({ department: undefined, region: 'Liège' })).toBe('region=Li%C3%A8ge');
  });

  it('parses what it writes, in any order, and rejects malformed keys', () => {
    expect(parseGroupKey('')).toEqual([]);
    expect(parseGroupKey('site=s1&department=R%26D')).toEqual([
      { dimension: 'department', value: 'R&D' },
      { dimension: 'site', value: 's1' },
    ]);
    expect(parseGroupKey('department=')).toEqual([{ dimension: 'department', value: '' }]);
    expect(canonicalKey('site=s1&department=R%26D')).toBe('department=R%26D&site=s1');
    for (const bad of ['team=a', 'department=a&department=b', 'department', '=a', 'department=%E0%A4%A', 'department=a&']) {
      expect(parseGroupKey(bad)).toBeNull();
      expect(canonicalKey(bad)).toBeNull();
    }
  });
});

describe('planRelease', () => {
  // Finance: 5 in Gent, 1 in Brussels; Sales: 10 in Brussels.
  const finance = [
    ...times(5, { department: 'Finance', site: 'gent' }),
    ...times(1, { department: 'Finance', site: 'brussels' }),
    ...times(10, { department: 'Sales', site: 'brussels' }),
  ];
  const opts = { dimensions: ['department', 'site'] as const, minGroup: 5, minComments: 5 };

  it('never shows both "Finance" and "Finance in Gent" when they differ by fewer than the minimum', () => {
    const plan = planRelease(finance, opts);
    expect(plan.scores('')).toEqual({ shown: true, size: 16 });
    expect(plan.scores('department=Finance')).toEqual({ shown: true, size: 6 });
    // Finance (6) minus Finance in Gent (5) would be the one person in Finance outside Gent.
    expect(plan.scores('department=Finance&site=gent')).toEqual(OVERLAP);
    // Everyone (16) minus Gent (5) minus Sales (10) would be that person too.
    expect(plan.scores('site=gent')).toEqual(OVERLAP);
    expect(plan.scores('department=Finance&site=brussels')).toEqual(BELOW);
    // The same people as a group already shown: nothing new, so shown.
    expect(plan.scores('department=Sales&site=brussels')).toEqual({ shown: true, size: 10 });
    expect(plan.shownKeys()).toEqual(['', 'department=Sales', 'department=Finance', 'department=Sales&site=brussels']);
  });

  it('withholds the last big group when everyone minus the others would be a small one', () => {
    // Everyone (22) minus A (10) minus B (10) = C (2).
    const rows = [...times(10, { department: 'A' }), ...times(10, { department: 'B' }), ...times(2, { department: 'C' })];
    const plan = planRelease(rows, { dimensions: ['department'], minGroup: 5, minComments: 5 });
    expect(plan.scores('')).toEqual({ shown: true, size: 22 });
    // Equal sizes: the key decides, so A is released and B, which would expose C, is not.
    expect(plan.scores('department=A')).toEqual({ shown: true, size: 10 });
    expect(plan.scores('department=B')).toEqual(OVERLAP);
    expect(plan.scores('department=C')).toEqual(BELOW);
  });

  it('treats an unknown value (null or missing) as a group of its own', () => {
    const rows = [...times(5, { department: null }), ...times(5, {}), ...times(6, { department: 'Sales' })];
    const plan = planRelease(rows, { dimensions: ['department'], minGroup: 5, minComments: 5 });
    expect(plan.scores(groupKey({ department: null }))).toEqual({ shown: true, size: 10 });
    expect(plan.members('department=')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan.scores('department=Sales')).toEqual({ shown: true, size: 6 });
  });

  it('shows comments only above their own, higher minimum, and never where scores are withheld', () => {
    const rows = [...times(11, { department: 'A' }), ...times(9, { department: 'B' }), ...times(3, { department: 'C' })];
    const plan = planRelease(rows, { dimensions: ['department'], minGroup: 3, minComments: 10 });
    // Scores: everyone, then A (11), B (9), C (3): every atom at least 3.
    expect(plan.scores('')).toEqual({ shown: true, size: 23 });
    expect(plan.scores('department=A')).toEqual({ shown: true, size: 11 });
    expect(plan.scores('department=B')).toEqual({ shown: true, size: 9 });
    expect(plan.scores('department=C')).toEqual({ shown: true, size: 3 });
    // Comments: everyone (23); A (11) would leave B and C together (12): fine; then nothing else.
    expect(plan.comments('')).toEqual({ shown: true, size: 23 });
    expect(plan.comments('department=A')).toEqual({ shown: true, size: 11 });
    expect(plan.comments('department=B')).toEqual(BELOW);
    expect(plan.comments('department=C')).toEqual(BELOW);

    // Comments of a group of 11 whose complement has 9 (< 10): withheld for overlap.
    const two = planRelease([...times(11, { department: 'A' }), ...times(9, { department: 'B' })], {
      dimensions: ['department'],
      minGroup: 5,
      minComments: 10,
    });
    expect(two.scores('department=A')).toEqual({ shown: true, size: 11 });
    expect(two.comments('department=A')).toEqual(OVERLAP);
    // Where scores are withheld, comments are withheld for the same reason.
    const three = planRelease(finance, { ...opts, minComments: 6 });
    expect(three.comments('department=Finance&site=gent')).toEqual(OVERLAP);
  });

  it('does not offer three-part groups, unreported dimensions or malformed keys', () => {
    const rows = times(20, { department: 'A', site: 's', region: 'r', language: 'nl' });
    const plan = planRelease(rows, { dimensions: ['department', 'site', 'region'], minGroup: 5, minComments: 5 });
    expect(plan.scores('department=A&site=s')).toEqual({ shown: true, size: 20 });
    expect(plan.scores('department=A&region=r&site=s')).toEqual(NOT_OFFERED);
    expect(plan.scores('language=nl')).toEqual(NOT_OFFERED);
    expect(plan.comments('language=nl')).toEqual(NOT_OFFERED);
    expect(plan.scores('team=1')).toEqual(NOT_OFFERED);
    expect(plan.scores('department=A&department=B')).toEqual(NOT_OFFERED);
    expect(plan.members('language=nl')).toEqual([]);
    // A value nobody has is offered, and answered like any small group.
    expect(plan.scores('department=Nobody')).toEqual(BELOW);
    expect(plan.members('department=Nobody')).toEqual([]);
  });

  it('shows nothing at all below the minimum overall', () => {
    const plan = planRelease(times(4, { department: 'A' }), { dimensions: ['department'], minGroup: 5, minComments: 5 });
    expect(plan.scores('')).toEqual(BELOW);
    expect(plan.scores('department=A')).toEqual(BELOW);
    expect(plan.shownKeys()).toEqual([]);
    expect(planRelease([], { dimensions: ['department'], minGroup: 3, minComments: 3 }).scores('')).toEqual(BELOW);
  });

  it('decides the same whatever the order of the rows and of the questions asked', () => {
    const rows: SegmentRow[] = [];
    const departments = ['A', 'B', 'C', null];
    const sites = ['s1', 's2', 's3'];
    for (let i = 0; i < 60; i++) rows.push({ department: departments[(i * 7) % 4]!, site: sites[(i * 5) % 3]!, period: '2026-Q1' });
    const options = { dimensions: ['department', 'site', 'period'] as const, minGroup: 4, minComments: 6 };
    const keys = ['', 'period=2026-Q1', ...departments.flatMap((d) => sites.map((s) => groupKey({ department: d, site: s })))];
    keys.push(...departments.map((d) => groupKey({ department: d })), ...sites.map((s) => groupKey({ site: s })));

    const first = planRelease(rows, options);
    const forward = keys.map((k) => [k, first.scores(k), first.comments(k)]);
    const again = planRelease(rows, options);
    const backward = [...keys].reverse().map((k) => [k, again.scores(k), again.comments(k)]);
    expect(backward.reverse()).toEqual(forward);

    const reversed = planRelease([...rows].reverse(), options);
    expect(keys.map((k) => [k, reversed.scores(k), reversed.comments(k)])).toEqual(forward);
    expect([...reversed.shownKeys()].sort()).toEqual([...first.shownKeys()].sort());
  });

  it('rejects options it cannot honour', () => {
    expect(() => planRelease([], { dimensions: ['department'], minGroup: 0, minComments: 5 })).toThrow(RangeError);
    expect(() => planRelease([], { dimensions: ['department'], minGroup: 5, minComments: 2.5 })).toThrow(RangeError);
    // @ts-expect-error: not a dimension
    expect(() => planRelease([], { dimensions: ['team'], minGroup: 5, minComments: 5 })).toThrow(RangeError);
  });
});

describe('viewKeys', () => {
  it('gives the filtered group and one segment per distinct value of the breakdown', () => {
    expect(viewKeys('', null, [])).toEqual({ group: '', segments: [] });
    expect(viewKeys('', 'site', ['s2', null, 's1', 's2'])).toEqual({
      group: '',
      segments: [
        { value: 's2', key: 'site=s2' },
        { value: '', key: 'site=' },
        { value: 's1', key: 'site=s1' },
      ],
    });
    expect(viewKeys('site=s1', 'department', ['R&D'])).toEqual({
      group: 'site=s1',
      segments: [{ value: 'R&D', key: 'department=R%26D&site=s1' }],
    });
  });

  it('breaks a group down by its own dimension into itself only', () => {
    expect(viewKeys('department=Finance', 'department', ['Finance', 'Sales'])).toEqual({
      group: 'department=Finance',
      segments: [{ value: 'Finance', key: 'department=Finance' }],
    });
  });

  it('refuses a malformed filter', () => {
    expect(() => viewKeys('team=1', null, [])).toThrow(RangeError);
  });
});

describe('periods, cohorts and seniority', () => {
  it('names the quarter of a date', () => {
    expect(periodOf('2026-01-01')).toBe('2026-Q1');
    expect(periodOf('2026-03-31')).toBe('2026-Q1');
    expect(periodOf('2026-04-01')).toBe('2026-Q2');
    expect(periodOf('2026-12-01T00:00:00.000Z')).toBe('2026-Q4');
    expect(() => periodOf('2026-13-01')).toThrow(RangeError);
    expect(() => periodOf('soon')).toThrow(RangeError);
    expect(startCohort('2025-08-18')).toBe('2025-Q3');
    expect(startCohort(null)).toBeNull();
  });

  it('bands completed years of service', () => {
    expect(seniorityBand(null, '2026-12-01')).toBeNull();
    expect(seniorityBand('2026-12-02', '2026-12-01')).toBe('<1y');
    expect(seniorityBand('2025-12-02', '2026-12-01')).toBe('<1y');
    expect(seniorityBand('2025-12-01', '2026-12-01')).toBe('1-3y');
    expect(seniorityBand('2023-12-02', '2026-12-01')).toBe('1-3y');
    expect(seniorityBand('2023-12-01', '2026-12-01')).toBe('3-5y');
    expect(seniorityBand('2021-12-01', '2026-12-01')).toBe('5-10y');
    expect(seniorityBand('2016-12-02', '2026-12-01')).toBe('5-10y');
    expect(seniorityBand('2016-12-01', '2026-12-01')).toBe('10y+');
    // Started on 29 February: the anniversary in other years is on 1 March.
    expect(seniorityBand('2024-02-29', '2025-02-28')).toBe('<1y');
    expect(seniorityBand('2024-02-29', '2025-03-01')).toBe('1-3y');
  });
});
