/**
 * Pure date logic for scheduling "moments that matter": no clock, no I/O, no libraries.
 *
 * - Calendar dates are ISO strings `yyyy-mm-dd` (proleptic Gregorian, years 1..9999). They have
 *   no time zone: a birthday is "6 April", wherever the person is.
 * - Instants are JS Dates. The bridge between the two (`zonedTimeToInstant`, `localDateOf`,
 *   `localTimeOf`) goes through Intl, which in Node 20 carries the full IANA database.
 *
 * Date arithmetic works on day numbers (days since 1970-01-01) with integer formulas rather
 * than Date objects: it is faster in the loops of a 100,000-person sweep and has no pitfalls
 * with years below 100 or the host's time zone.
 * Invalid input throws a RangeError rather than producing a plausible wrong date.
 */
import { isHoliday, type HolidayRules } from './holidays.ts';
import { dateTimeFormat } from './intl.ts';

export type { HolidayRules } from './holidays.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

// ---------------------------------------------------------------------------------------------
// Day numbers (after Howard Hinnant's days_from_civil / civil_from_days)

/** Days since 1970-01-01 of a valid y-m-d. */
export function toDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y; // Years start in March, so the leap day is the last day of the year.
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The y-m-d of a day number (days since 1970-01-01). */
export function fromDayNumber(n: number): [number, number, number] {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function format(y: number, m: number, d: number): string {
  if (y < 1 || y > 9999) throw new RangeError(`Date out of range (years 1..9999): year ${y}`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parse(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return [y, mo, d];
  }
  throw new RangeError(`Invalid date (expected yyyy-mm-dd): ${date}`);
}

function dayNumber(date: string): number {
  const [y, m, d] = parse(date);
  return toDayNumber(y, m, d);
}

function fromDays(n: number): string {
  const [y, m, d] = fromDayNumber(n);
  return format(y, m, d);
}

function checkInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

// ---------------------------------------------------------------------------------------------
// Plain calendar arithmetic

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month m (1..12) of year y. */
export function daysInMonth(y: number, m: number): number {
  if (!Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`Month must be 1..12, got ${m}`);
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The date n calendar days after `date` (n < 0: before). */
export function addDays(date: string, n: number): string {
  checkInteger(n, 'Day count');
  return fromDays(dayNumber(date) + n);
}

/** Days from a to b, i.e. b − a: positive when b is later, so that addDays(a, diffDays(a, b)) === b. */
export function diffDays(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: string): number {
  return isoWeekday(dayNumber(date));
}

function isoWeekday(dayNo: number): number {
  // Day 0, 1970-01-01, was a Thursday (4).
  return ((((dayNo + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: string): boolean {
  return weekday(date) >= 6;
}

// ---------------------------------------------------------------------------------------------
// Working days

/** Monday to Friday and not a holiday under `rules`. */
export function isWorkingDay(date: string, rules: HolidayRules): boolean {
  return isoWeekday(dayNumber(date)) <= 5 && !isHoliday(date, rules);
}

/**
 * More consecutive days off than this means the rules declare (nearly) every day a holiday:
 * stop with an error instead of looping for ever.
 */
const MAX_DAYS_OFF_IN_A_ROW = 3700; // about ten years

/**
 * Moves by working days (see isWorkingDay):
 * - n > 0: forward n working days; the start date itself is not counted (like "within 3 working
 *   days"), and it need not be a working day: Saturday + 1 is the next working Monday.
 * - n < 0: backward |n| working days, same rule: 3 working days before Monday 2026-05-04 is
 *   Tuesday 2026-04-28 (Thu 30 Apr, Wed 29 Apr, Tue 28 Apr; Fri 1 May is Labour Day).
 * - n = 0: the date itself if it is a working day, else the next working day (never earlier),
 *   so "on day X" lands on X or the first working day after it.
 */
export function addWorkingDays(date: string, n: number, rules: HolidayRules): string {
  checkInteger(n, 'Working day count');
  if (n === 0 && isWorkingDay(date, rules)) return date;
  // From here n = 0 behaves as n = 1: the first working day after a day off.
  const step = n < 0 ? -1 : 1;
  let day = dayNumber(date);
  let toFind = n === 0 ? 1 : Math.abs(n);
  let daysOff = 0;
  while (toFind > 0) {
    day += step;
    if (isoWeekday(day) <= 5 && !isHoliday(fromDays(day), rules)) {
      toFind--;
      daysOff = 0;
    } else if (++daysOff > MAX_DAYS_OFF_IN_A_ROW) {
      throw new RangeError(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days of ${date}: check the holiday rules`);
    }
  }
  return fromDays(day);
}

// ---------------------------------------------------------------------------------------------
// Yearly anniversaries

/**
 * How a 29 February anniversary falls in a common year: 'feb28' keeps it in February (the
 * usual choice for birthdays and work anniversaries: same month, never late), 'mar1' treats
 * it as "the day after 28 February".
 */
export type LeapDayPolicy = 'feb28' | 'mar1';

/** The date in `year` of the yearly anniversary of month/day (any valid day of a leap year). */
export function anniversaryInYear(month: number, day: number, year: number, policy: LeapDayPolicy = 'feb28'): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Year must be an integer in 1..9999, got ${year}`);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(2000, month))
    throw new RangeError(`Invalid anniversary: month ${month}, day ${day}`);
  if (month === 2 && day === 29 && !isLeapYear(year)) return policy === 'mar1' ? format(year, 3, 1) : format(year, 2, 28);
  return format(year, month, day);
}

/** The first yearly occurrence of month/day on or after `onOrAfter` (which itself counts). */
export function nextOccurrence(month: number, day: number, onOrAfter: string, policy: LeapDayPolicy = 'feb28'): string {
  const [y] = parse(onOrAfter);
  const thisYear = anniversaryInYear(month, day, y, policy);
  // Fixed-width ISO strings compare like the dates they name.
  return thisYear >= onOrAfter ? thisYear : anniversaryInYear(month, day, y + 1, policy);
}

// ---------------------------------------------------------------------------------------------
// Time zones

/**
 * `longOffset` yields the zone's UTC offset at an instant ("GMT+02:00", "GMT-00:44:30" for old mean
 * times, plain "GMT" for zero), independent of any calendar system. Throws a RangeError for an
 * unknown zone.
 */
const offsetFormatter = (timeZone: string) => dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });

/** The zone name ends the en-US output ("3/29/2026, GMT+02:00"). */
const GMT_OFFSET = /GMT(?:([+\u2212-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

/** The zone's offset from UTC, in ms, at the instant `utcMs` (local = UTC + offset). */
function offsetAt(timeZone: string, utcMs: number): number {
  // format() and a regex on its tail: about three times faster than formatToParts().
  const text = offsetFormatter(timeZone).format(utcMs);
  const m = GMT_OFFSET.exec(text);
  if (!m) throw new RangeError(`Cannot read the UTC offset of ${timeZone} from "${text}"`);
  if (!m[1]) return 0;
  const ms = (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '+' ? ms : -ms;
}

/**
 * The instant at which the wall clock in `timeZone` shows `time` ('HH:mm') on `date`.
 *
 * Around offset changes (DST) a wall-clock time can occur zero or two times. Choices, the same
 * as Temporal's default 'compatible' disambiguation:
 * - In a gap (e.g. 02:30 on 2026-03-29 in Europe/Brussels, where clocks jump 02:00 → 03:00) the
 *   time is read with the offset from before the jump, i.e. shifted forward by the length of
 *   the gap: 03:30 local (01:30Z). A reminder set for a time that does not exist that day
 *   still goes out, just an hour later on the wall clock, never earlier than meant.
 * - In an overlap (e.g. 02:30 on 2026-10-25, clocks go back 03:00 → 02:00) the first
 *   occurrence wins: 02:30 summer time (00:30Z), the earlier instant.
 *
 * Method: the wall time read as if it were UTC ("naive") minus the zone's offset. The offsets a
 * day either side of naive bracket the answer; if they agree (almost always) that is it, else
 * each candidate is checked against the offset actually in force at it. This assumes at most
 * one offset change within those two days, which holds for real zones in practice.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const t = HH_MM.exec(time);
  if (!t) throw new RangeError(`Invalid time (expected HH:mm): ${time}`);
  const naive = dayNumber(date) * MS_PER_DAY + (Number(t[1]) * 60 + Number(t[2])) * 60_000;

  const before = offsetAt(timeZone, naive - MS_PER_DAY);
  const after = offsetAt(timeZone, naive + MS_PER_DAY);
  if (before === after) return new Date(naive - before);

  // An offset change is near: a candidate is valid if the offset in force at it is the one
  // it was computed with (i.e. the wall clock really shows `time` then).
  const early = naive - before;
  const late = naive - after;
  const earlyValid = offsetAt(timeZone, early) === before;
  const lateValid = offsetAt(timeZone, late) === after;
  if (earlyValid && lateValid) return new Date(Math.min(early, late)); // overlap: first occurrence
  if (earlyValid) return new Date(early);
  if (lateValid) return new Date(late);
  return new Date(early); // gap: offset from before the change, i.e. pushed forward by the gap
}

/** Wall-clock ms (as if UTC) of an instant in a zone. */
function wallMs(instant: Date, timeZone: string): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms + offsetAt(timeZone, ms);
}

/** The calendar date (yyyy-mm-dd) in `timeZone` at `instant`. */
export function localDateOf(instant: Date, timeZone: string): string {
  return fromDays(Math.floor(wallMs(instant, timeZone) / MS_PER_DAY));
}

/** The wall-clock time ('HH:mm', 24-hour) in `timeZone` at `instant`; seconds are dropped, not rounded. */
export function localTimeOf(instant: Date, timeZone: string): string {
  const wall = wallMs(instant, timeZone);
  const minutes = Math.floor((wall - Math.floor(wall / MS_PER_DAY) * MS_PER_DAY) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
