import { describe, expect, it } from 'vitest';
import { anchorsDueBetween, dueFrom, dueInstant, occurrencesFor, retirementDate, retirementMatches, yearlyMatches } from './schedule.ts';

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
  it('follows the Belgian legal pension age and starts on the first of the next month', () => {
    expect(retirementDate(1958, 6)).toBe('2023-07-01');
    expect(retirementDate(1962, 12)).toBe('2029-01-01');
    expect(retirementDate(1970, 3)).toBe('2037-04-01');
    expect(retirementMatches([{ anchor: '2029-01-01', due: '2028-07-01' }])).toEqual([
      { birthYear: 1962, birthMonth: 12, occurrence: '2029-01-01', due: '2028-07-01' },
    ]);
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
