/**
 * When a step is due, as pure date arithmetic. The sweep asks the inverse question, "which anchor
 * dates make this step due on these days?", so that finding the people is one indexed SQL match on
 * their dates instead of a computation per person.
 */
import { addDays, addWorkingDays, anniversaryInYear, diffDays, isLeapYear, zonedTimeToInstant } from '../../platform/calendar.ts';
import type { HolidayRules } from '../../platform/holidays.ts';

export type Anchor = 'start_date' | 'end_date' | 'birthday' | 'work_anniversary' | 'retirement' | 'custom';
export const YEARLY: ReadonlySet<Anchor> = new Set(['birthday', 'work_anniversary']);

export interface Timing {
  anchor: Anchor;
  offsetDays: number;
  offsetUnit: 'calendar' | 'working';
  /** 'HH:mm', local time in the organisation's time zone. */
  sendTime: string;
}

/** The day a step is due for an anchor date. */
export function dueFrom(anchor: string, t: Pick<Timing, 'offsetDays' | 'offsetUnit'>, rules: HolidayRules): string {
  return t.offsetUnit === 'working' ? addWorkingDays(anchor, t.offsetDays, rules) : addDays(anchor, t.offsetDays);
}

/** The instant a step due on `day` is sent: its local send time that day, across daylight-saving changes. */
export function dueInstant(day: string, sendTime: string, timeZone: string): Date {
  return zonedTimeToInstant(day, sendTime, timeZone);
}

/**
 * Every anchor date whose due date falls between `from` and `to` (inclusive). Calendar offsets are
 * exact shifts; working-day offsets are found by scanning the few candidates that can reach the window.
 */
export function anchorsDueBetween(
  from: string,
  to: string,
  t: Pick<Timing, 'offsetDays' | 'offsetUnit'>,
  rules: HolidayRules,
): { anchor: string; due: string }[] {
  const out: { anchor: string; due: string }[] = [];
  if (t.offsetUnit === 'calendar') {
    for (let d = from; d <= to; d = addDays(d, 1)) out.push({ anchor: addDays(d, -t.offsetDays), due: d });
    return out;
  }
  // n working days span at most about n * 7/5 calendar days plus holidays: scan a little wider.
  const n = t.offsetDays;
  const reach = Math.ceil(Math.abs(n) * 1.5) + 16;
  // Zero moves a weekend or holiday anchor forward, so it also needs the wide look back.
  const start = addDays(from, n >= 0 ? -reach : -1);
  const end = addDays(to, n <= 0 ? reach : 1);
  for (let a = start; a <= end; a = addDays(a, 1)) {
    const due = dueFrom(a, t, rules);
    if (due >= from && due <= to) out.push({ anchor: a, due });
  }
  return out;
}

/**
 * The Belgian legal pension age in force on a day (yyyy-mm-dd). Royal Decree of 23 December 1996,
 * art. 2, as amended by the law of 10 August 2015 raising the legal pension age ("loi visant à relever
 * l'âge légal de la pension de retraite"): 65 until 31 January 2025, 66 from 1 February 2025, 67 from
 * 1 February 2030.
 * ../shared/DOMAIN.md ("Belgian rules worth building in") says the same.
 */
const PENSION_AGE_STEPS: readonly { from: string; age: number }[] = [
  { from: '0000-01-01', age: 65 },
  { from: '2025-02-01', age: 66 },
  { from: '2030-02-01', age: 67 },
];
const PENSION_AGES = PENSION_AGE_STEPS.map((s) => s.age);

export function pensionAgeInForce(day: string): number {
  let age = PENSION_AGE_STEPS[0].age;
  for (const s of PENSION_AGE_STEPS) if (day >= s.from) age = s.age;
  return age;
}

/** The first day of the month after the month in which someone born in birthYear-birthMonth turns `age`. */
function firstOfNextMonth(birthYear: number, birthMonth: number, age: number): string {
  const year = birthYear + age;
  return birthMonth === 12 ? `${year + 1}-01-01` : `${year}-${String(birthMonth + 1).padStart(2, '0')}-01`;
}

/**
 * The legal pension date: the pension starts on the first day of the month after the month in
 * which the person reaches the legal pension age in force on that first day (Royal Decree of
 * 23 December 1996, art. 2; law of 10 August 2015). This is the one rule; everything else here is
 * derived from it. Because the age steps up on a 1 February, the birth cohorts fall out whole:
 * - born in 1959 or before: 65 (December 1959 turns 65 in December 2024, pension 1 January 2025, when 65 still holds);
 * - born 1960 to 1963: 66 (January 1960 turns 65 in January 2025, but on 1 February 2025 the age is 66,
 *   so the pension starts 1 February 2026; December 1963 turns 66 in December 2029, pension 1 January 2030);
 * - born in 1964 or later: 67 (January 1964 turns 66 in January 2030, but on 1 February 2030 the age is 67).
 */
export function retirementDate(birthYear: number, birthMonth: number): string {
  for (const age of PENSION_AGES) {
    const start = firstOfNextMonth(birthYear, birthMonth, age);
    if (pensionAgeInForce(start) <= age) return start;
  }
  return firstOfNextMonth(birthYear, birthMonth, PENSION_AGES[PENSION_AGES.length - 1]);
}

/** The legal pension age of someone born in that month: the age they are on their pension date's eve. */
export function legalPensionAge(birthYear: number, birthMonth: number): number {
  return Number(retirementDate(birthYear, birthMonth).slice(0, 4)) - birthYear - (birthMonth === 12 ? 1 : 0);
}

export interface YearlyMatch {
  month: number;
  day: number;
  /** The occurrence: the anchor's date in that year. */
  occurrence: string;
  year: number;
  due: string;
}

/**
 * Birthdays and anniversaries: the (month, day) pairs whose occurrence makes the step due in the
 * window. 29 February is celebrated on 28 February in other years, so a 28 February anchor in a
 * common year also matches people born (or hired) on 29 February.
 */
export function yearlyMatches(anchors: { anchor: string; due: string }[]): YearlyMatch[] {
  const out: YearlyMatch[] = [];
  for (const { anchor, due } of anchors) {
    const [y, m, d] = anchor.split('-').map(Number);
    out.push({ month: m, day: d, occurrence: anchor, year: y, due });
    if (m === 2 && d === 28 && !isLeapYear(y)) out.push({ month: 2, day: 29, occurrence: anchor, year: y, due });
    if (m === 2 && d === 29 && !isLeapYear(y)) out.pop(); // an impossible date: nobody's anchor
  }
  return out;
}

export interface RetirementMatch {
  birthYear: number;
  birthMonth: number;
  occurrence: string;
  due: string;
}

/**
 * People retiring on an anchor date (always a first of the month): born in the month before, in
 * whichever year retirementDate maps to this anchor (the inverse of the one rule, never a second copy of it).
 */
export function retirementMatches(anchors: { anchor: string; due: string }[]): RetirementMatch[] {
  const out: RetirementMatch[] = [];
  for (const { anchor, due } of anchors) {
    if (!anchor.endsWith('-01')) continue;
    const [y, m] = anchor.split('-').map(Number);
    const prevYear = m === 1 ? y - 1 : y;
    const prevMonth = m === 1 ? 12 : m - 1;
    // Only the legal ages can separate the year someone turns it from their birth year.
    for (const birthYear of new Set(PENSION_AGES.map((age) => prevYear - age))) {
      if (retirementDate(birthYear, prevMonth) === anchor) out.push({ birthYear, birthMonth: prevMonth, occurrence: anchor, due });
    }
  }
  return out;
}

export interface PersonDates {
  start_date: string | null;
  end_date: string | null;
  birth_day: number | null;
  birth_month: number | null;
  birth_year: number | null;
  custom?: Record<string, string>;
}

/** The occurrences of a step for one person with due dates between from and to (a person's timeline). */
export function occurrencesFor(
  p: PersonDates,
  step: Timing & { customKey?: string | null; anniversaryYear?: number | null },
  from: string,
  to: string,
  rules: HolidayRules,
): { occurrence: string; due: string }[] {
  const one = (anchor: string | null | undefined) => {
    if (!anchor) return [];
    const due = dueFrom(anchor, step, rules);
    return due >= from && due <= to ? [{ occurrence: anchor, due }] : [];
  };
  switch (step.anchor) {
    case 'start_date':
      return one(p.start_date);
    case 'end_date':
      return one(p.end_date);
    case 'custom':
      return one(step.customKey ? p.custom?.[step.customKey] : null);
    case 'retirement':
      return one(p.birth_year && p.birth_month ? retirementDate(p.birth_year, p.birth_month) : null);
    case 'birthday':
    case 'work_anniversary': {
      const md =
        step.anchor === 'birthday'
          ? p.birth_month
            ? { m: p.birth_month, d: p.birth_day!, y0: null }
            : null
          : p.start_date
            ? { m: Number(p.start_date.slice(5, 7)), d: Number(p.start_date.slice(8, 10)), y0: Number(p.start_date.slice(0, 4)) }
            : null;
      if (!md) return [];
      const out: { occurrence: string; due: string }[] = [];
      const slack = Math.ceil((Math.abs(step.offsetDays) * 1.5) / 365) + 1;
      for (let y = Number(from.slice(0, 4)) - slack; y <= Number(to.slice(0, 4)) + slack; y++) {
        if (md.y0 !== null && (y <= md.y0 || (step.anniversaryYear && y - md.y0 !== step.anniversaryYear))) continue;
        out.push(...one(anniversaryInYear(md.m, md.d, y)));
      }
      return out;
    }
  }
}

export { diffDays };

/** When a step is due and for whom: what the sweep and a person's timeline both read of a step and its journey. */
export interface StepTiming {
  id: string;
  anchor: Anchor;
  custom_key: string | null;
  anniversary_year: number | null;
  offset_days: number;
  offset_unit: 'calendar' | 'working';
  send_time: string;
  departments: string[];
  site_ids: string[];
  languages: string[];
  employment_types: string[];
}
