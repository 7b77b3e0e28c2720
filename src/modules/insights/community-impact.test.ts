import { describe, expect, it } from 'vitest';
import { assembleWeeks, mondayOf, share, weeksOf } from './community-impact.ts';

describe('weeksOf', () => {
  it('gives every week from the Monday of from to the week of to, each taken on its Sunday or on to', () => {
    // Wednesday 4 November to Monday 16 November 2026.
    expect(weeksOf('2026-11-04', '2026-11-16')).toEqual([
      { week: '2026-11-02', asOf: '2026-11-08' },
      { week: '2026-11-09', asOf: '2026-11-15' },
      { week: '2026-11-16', asOf: '2026-11-16' },
    ]);
  });

  it('handles one day, a Sunday, the turn of the year and a reversed range', () => {
    expect(weeksOf('2026-11-08', '2026-11-08')).toEqual([{ week: '2026-11-02', asOf: '2026-11-08' }]);
    expect(weeksOf('2026-12-28', '2027-01-05')).toEqual([
      { week: '2026-12-28', asOf: '2027-01-03' },
      { week: '2027-01-04', asOf: '2027-01-05' },
    ]);
    expect(weeksOf('2026-11-09', '2026-11-08')).toEqual([]);
  });

  it('starts weeks on Monday', () => {
    expect(mondayOf('2026-11-02')).toBe('2026-11-02');
    expect(mondayOf('2026-11-08')).toBe('2026-11-02');
    expect(mondayOf('2024-03-01')).toBe('2024-02-26');
  });
});

describe('share', () => {
  it('is null when there is nobody, and rounded to four decimals', () => {
    expect(share(0, 0)).toBeNull();
    expect(share(1, 3)).toBe(0.3333);
    expect(share(2, 2)).toBe(1);
  });
});

describe('assembleWeeks', () => {
  it('fills the weeks without activity with zeros, takes totals from the row without a week, and gives the percentage', () => {
    const { weekly, totals } = assembleWeeks(
      '2026-11-02',
      '2026-11-17',
      [
        { week: '2026-11-09', posts: 2, comments: 1, reactions: 4, participants: 3 },
        { week: null, posts: 2, comments: 1, reactions: 4, participants: 3 },
      ],
      [
        { as_of: '2026-11-08', ambassadors: 3, active_ambassadors: 1, alumni: 0, active_alumni: 0 },
        { as_of: '2026-11-17', ambassadors: 3, active_ambassadors: 2, alumni: 2, active_alumni: 1 },
      ],
      [{ week: '2026-11-16', chosen: 1, left: 2 }],
    );
    expect(totals).toEqual({ posts: 2, comments: 1, reactions: 4, participants: 3 });
    expect(weekly.map((w) => [w.week, w.asOf, w.posts, w.participants, w.ambassadors, w.activePercent, w.newAlumni, w.alumniLeft])).toEqual(
      [
        ['2026-11-02', '2026-11-08', 0, 0, 3, 33.3, 0, 0],
        ['2026-11-09', '2026-11-15', 2, 3, 0, 0, 0, 0],
        ['2026-11-16', '2026-11-17', 0, 0, 3, 66.7, 1, 2],
      ],
    );
  });

  it('gives zero totals when nothing happened', () => {
    expect(assembleWeeks('2026-11-02', '2026-11-02', [], [], []).totals).toEqual({ posts: 0, comments: 0, reactions: 0, participants: 0 });
  });
});
