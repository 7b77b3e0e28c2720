import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  anniversaryInYear,
  daysInMonth,
  diffDays,
  isLeapYear,
  isWeekend,
  isWorkingDay,
  localDateOf,
  localTimeOf,
  nextOccurrence,
  weekday,
  zonedTimeToInstant,
} from './calendar.ts';
import type { HolidayRules } from './holidays.ts';

const BE: HolidayRules = { country: 'BE' };
const FLANDERS: HolidayRules = { country: 'BE', region: 'flanders' };
const WALLONIA: HolidayRules = { country: 'BE', region: 'wallonia' };
const BRUSSELS = 'Europe/Brussels';

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-05-04', 0)).toBe('2026-05-04');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('agrees with Date for every day from 1899 to 2101', () => {
    const mismatches: string[] = [];
    let date = '1899-01-01';
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const expected = new Date(t);
      if (date !== expected.toISOString().slice(0, 10) || weekday(date) !== (expected.getUTCDay() || 7)) mismatches.push(date);
      date = addDays(date, 1);
    }
    expect(mismatches).toEqual([]);
    expect(date).toBe('2102-01-01');
  });

  it('diffDays is b − a', () => {
    expect(diffDays('2026-01-01', '2026-01-31')).toBe(30);
    expect(diffDays('2026-01-31', '2026-01-01')).toBe(-30);
    expect(diffDays('2024-01-01', '2025-01-01')).toBe(366);
    expect(addDays('2026-03-15', diffDays('2026-03-15', '2031-07-02'))).toBe('2031-07-02');
  });

  it('weekday is 1 = Monday … 7 = Sunday', () => {
    expect(weekday('2026-05-04')).toBe(1);
    expect(weekday('2026-05-01')).toBe(5);
    expect(weekday('2026-05-03')).toBe(7);
    expect(weekday('1970-01-01')).toBe(4);
    expect(isWeekend('2026-05-02')).toBe(true);
    expect(isWeekend('2026-05-03')).toBe(true);
    expect(isWeekend('2026-05-04')).toBe(false);
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2026, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(() => daysInMonth(2026, 13)).toThrow(RangeError);
  });

  it('rejects invalid dates and counts', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1', '2026-01-01T00:00', '']) {
      expect(() => addDays(bad, 1), bad).toThrow(RangeError);
    }
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-05-04', BE)).toBe(true);
    expect(isWorkingDay('2026-05-01', BE)).toBe(false); // Labour Day, a Friday
    expect(isWorkingDay('2026-05-02', BE)).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-06', BE)).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-04-03', BE)).toBe(true); // Good Friday is a working day in Belgium…
    expect(isWorkingDay('2026-04-03', { country: 'DE' })).toBe(false); // …not in Germany
  });

  it('moves forward without counting the start date', () => {
    expect(addWorkingDays('2026-05-04', 1, BE)).toBe('2026-05-05');
    expect(addWorkingDays('2026-05-08', 1, BE)).toBe('2026-05-11'); // over a weekend
    expect(addWorkingDays('2026-05-02', 1, BE)).toBe('2026-05-04'); // from a Saturday
    expect(addWorkingDays('2026-04-03', 1, BE)).toBe('2026-04-07'); // weekend + Easter Monday
    expect(addWorkingDays('2026-04-30', 1, BE)).toBe('2026-05-04'); // 1 May + weekend
    expect(addWorkingDays('2026-05-13', 1, BE)).toBe('2026-05-15'); // Ascension
    expect(addWorkingDays('2026-12-24', 1, BE)).toBe('2026-12-28'); // Christmas + weekend
    expect(addWorkingDays('2026-12-21', 10, BE)).toBe('2027-01-06'); // Christmas and New Year
  });

  it('moves backward for negative n', () => {
    // 1 May 2026 is a Friday: Thu 30 Apr, Wed 29 Apr, Tue 28 Apr.
    expect(addWorkingDays('2026-05-04', -3, BE)).toBe('2026-04-28');
    // 1 Jan 2027 is a Friday: Thu 31 Dec, Wed 30 Dec, Tue 29 Dec.
    expect(addWorkingDays('2027-01-04', -3, BE)).toBe('2026-12-29');
    expect(addWorkingDays('2027-01-06', -10, BE)).toBe('2026-12-21');
    expect(addWorkingDays('2026-05-09', -1, BE)).toBe('2026-05-08'); // from a Saturday
    expect(addWorkingDays('2026-04-07', -1, BE)).toBe('2026-04-03'); // back over Easter Monday
  });

  it('n = 0 is the date itself if it is a working day, else the next one', () => {
    expect(addWorkingDays('2026-05-04', 0, BE)).toBe('2026-05-04');
    expect(addWorkingDays('2026-05-01', 0, BE)).toBe('2026-05-04');
    expect(addWorkingDays('2026-05-03', 0, BE)).toBe('2026-05-04');
    expect(addWorkingDays('2026-12-25', 0, BE)).toBe('2026-12-28');
  });

  it('depends on the region: 11 July 2025 is a Friday', () => {
    expect(addWorkingDays('2025-07-10', 1, FLANDERS)).toBe('2025-07-14');
    expect(addWorkingDays('2025-07-10', 1, WALLONIA)).toBe('2025-07-11');
    expect(addWorkingDays('2025-07-14', -1, FLANDERS)).toBe('2025-07-10');
  });

  it('honours organisation extra days', () => {
    const rules: HolidayRules = { country: 'BE', extra: [{ date: '--12-24', name: 'Christmas Eve' }] };
    expect(addWorkingDays('2026-12-23', 1, rules)).toBe('2026-12-28');
  });

  it('stops with an error when the rules leave no working day', () => {
    const extra: { date: string; name: string }[] = [];
    for (let d = 0; d < 366; d++) extra.push({ date: `--${addDays('2024-01-01', d).slice(5)}`, name: 'Off' });
    expect(() => addWorkingDays('2026-01-05', 1, { country: 'BE', extra })).toThrow(/No working day/);
  });

  it('rejects a non-integer count', () => {
    expect(() => addWorkingDays('2026-05-04', 0.5, BE)).toThrow(RangeError);
  });
});

describe('anniversaries', () => {
  it('places 29 February in common years by policy', () => {
    expect(anniversaryInYear(2, 29, 2027)).toBe('2027-02-28');
    expect(anniversaryInYear(2, 29, 2027, 'feb28')).toBe('2027-02-28');
    expect(anniversaryInYear(2, 29, 2027, 'mar1')).toBe('2027-03-01');
    expect(anniversaryInYear(2, 29, 2100, 'mar1')).toBe('2100-03-01');
    expect(anniversaryInYear(2, 29, 2028)).toBe('2028-02-29');
    expect(anniversaryInYear(2, 29, 2028, 'mar1')).toBe('2028-02-29');
    expect(anniversaryInYear(2, 29, 2000, 'mar1')).toBe('2000-02-29');
  });

  it('leaves other days alone and rejects impossible ones', () => {
    expect(anniversaryInYear(12, 31, 2026)).toBe('2026-12-31');
    expect(anniversaryInYear(2, 28, 2027, 'mar1')).toBe('2027-02-28');
    expect(() => anniversaryInYear(2, 30, 2028)).toThrow(RangeError);
    expect(() => anniversaryInYear(4, 31, 2026)).toThrow(RangeError);
    expect(() => anniversaryInYear(13, 1, 2026)).toThrow(RangeError);
  });

  it('finds the next occurrence, the start date included', () => {
    expect(nextOccurrence(5, 4, '2026-05-04')).toBe('2026-05-04');
    expect(nextOccurrence(5, 4, '2026-05-05')).toBe('2027-05-04');
    expect(nextOccurrence(1, 1, '2026-12-31')).toBe('2027-01-01');
    expect(nextOccurrence(12, 31, '2026-12-31')).toBe('2026-12-31');
  });

  it('finds the next 29 February across a year end and in leap years', () => {
    expect(nextOccurrence(2, 29, '2026-12-15')).toBe('2027-02-28');
    expect(nextOccurrence(2, 29, '2026-12-15', 'mar1')).toBe('2027-03-01');
    expect(nextOccurrence(2, 29, '2027-03-01')).toBe('2028-02-29');
    expect(nextOccurrence(2, 29, '2027-03-01', 'mar1')).toBe('2027-03-01');
    expect(nextOccurrence(2, 29, '2027-12-31', 'mar1')).toBe('2028-02-29');
    expect(nextOccurrence(2, 29, '2028-02-29')).toBe('2028-02-29');
    expect(nextOccurrence(2, 29, '2028-03-01')).toBe('2029-02-28');
  });
});

describe('time zones', () => {
  const at = (date: string, time: string, tz = BRUSSELS) => zonedTimeToInstant(date, time, tz).toISOString();

  it('converts ordinary times on both sides of the 2026 changes in Brussels', () => {
    expect(at('2026-03-28', '09:00')).toBe('2026-03-28T08:00:00.000Z');
    expect(at('2026-03-29', '09:00')).toBe('2026-03-29T07:00:00.000Z');
    expect(at('2026-10-24', '09:00')).toBe('2026-10-24T07:00:00.000Z');
    expect(at('2026-10-25', '09:00')).toBe('2026-10-25T08:00:00.000Z');
    expect(at('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(at('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(at('2026-10-25', '01:59')).toBe('2026-10-24T23:59:00.000Z');
    expect(at('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('moves a time that does not exist (spring gap) forward by the gap', () => {
    const instant = zonedTimeToInstant('2026-03-29', '02:30', BRUSSELS);
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z'); // one hour after the naive 00:30Z
    expect(localTimeOf(instant, BRUSSELS)).toBe('03:30');
    expect(at('2026-03-29', '02:00')).toBe('2026-03-29T01:00:00.000Z'); // = 03:00 local
  });

  it('takes the first occurrence of an ambiguous time (autumn overlap)', () => {
    const instant = zonedTimeToInstant('2026-10-25', '02:30', BRUSSELS);
    expect(instant.toISOString()).toBe('2026-10-25T00:30:00.000Z'); // summer time, not 01:30Z
    expect(localTimeOf(instant, BRUSSELS)).toBe('02:30');
    expect(localTimeOf(new Date('2026-10-25T01:30:00Z'), BRUSSELS)).toBe('02:30'); // the second one
    expect(at('2026-10-25', '02:00')).toBe('2026-10-25T00:00:00.000Z');
  });

  it('round-trips every existing quarter hour around both changes', () => {
    for (const date of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26']) {
      for (let q = 0; q < 96; q++) {
        const time = `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
        if (date === '2026-03-29' && time >= '02:00' && time < '03:00') continue; // does not exist
        const instant = zonedTimeToInstant(date, time, BRUSSELS);
        expect([localDateOf(instant, BRUSSELS), localTimeOf(instant, BRUSSELS)]).toEqual([date, time]);
      }
    }
  });

  it('gives the local date of instants near midnight around the changes', () => {
    expect(localDateOf(new Date('2026-03-28T22:59:00Z'), BRUSSELS)).toBe('2026-03-28');
    expect(localDateOf(new Date('2026-03-28T23:00:00Z'), BRUSSELS)).toBe('2026-03-29');
    expect(localDateOf(new Date('2026-03-29T21:59:00Z'), BRUSSELS)).toBe('2026-03-29');
    expect(localDateOf(new Date('2026-03-29T22:00:00Z'), BRUSSELS)).toBe('2026-03-30');
    expect(localDateOf(new Date('2026-10-24T21:59:00Z'), BRUSSELS)).toBe('2026-10-24');
    expect(localDateOf(new Date('2026-10-24T22:00:00Z'), BRUSSELS)).toBe('2026-10-25');
    expect(localDateOf(new Date('2026-10-25T22:59:00Z'), BRUSSELS)).toBe('2026-10-25');
    expect(localDateOf(new Date('2026-10-25T23:00:00Z'), BRUSSELS)).toBe('2026-10-26');
  });

  it('handles a zone without DST and a half-hour offset (Asia/Kolkata, UTC+05:30)', () => {
    const tz = 'Asia/Kolkata';
    expect(at('2026-03-29', '09:00', tz)).toBe('2026-03-29T03:30:00.000Z');
    expect(at('2026-10-25', '02:30', tz)).toBe('2026-10-24T21:00:00.000Z');
    expect(at('2026-01-01', '00:00', tz)).toBe('2025-12-31T18:30:00.000Z');
    expect(localDateOf(new Date('2025-12-31T18:29:00Z'), tz)).toBe('2025-12-31');
    expect(localTimeOf(new Date('2025-12-31T18:29:00Z'), tz)).toBe('23:59');
    expect(localDateOf(new Date('2025-12-31T18:30:00Z'), tz)).toBe('2026-01-01');
    expect(localTimeOf(new Date('2025-12-31T18:30:00Z'), tz)).toBe('00:00');
  });

  it('handles a zone west of UTC and plain UTC', () => {
    expect(at('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z'); // gap: 03:30 EDT
    expect(at('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z'); // overlap: EDT
    expect(at('2026-03-29', '02:30', 'UTC')).toBe('2026-03-29T02:30:00.000Z');
    expect(localDateOf(new Date('2026-03-09T03:59:00Z'), 'America/New_York')).toBe('2026-03-08');
  });

  it('keeps offsets with seconds (Brussels mean time in 1880, UTC+00:17:30)', () => {
    expect(at('1880-01-01', '12:00')).toBe('1880-01-01T11:42:30.000Z');
  });

  it('drops seconds in localTimeOf', () => {
    expect(localTimeOf(new Date('2026-06-01T07:00:59.999Z'), BRUSSELS)).toBe('09:00');
  });

  it('rejects bad times, zones and instants', () => {
    expect(() => zonedTimeToInstant('2026-03-29', '24:00', BRUSSELS)).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-03-29', '9:00', BRUSSELS)).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2026-03-29', '09:00', 'Europe/Nowhere')).toThrow(RangeError);
    expect(() => localDateOf(new Date('nope'), BRUSSELS)).toThrow(RangeError);
  });
});
