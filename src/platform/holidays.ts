/**
 * Public holidays for employees of Belgian employers, as plain data: no clock, no I/O.
 *
 * Dates are ISO `yyyy-mm-dd` strings in the proleptic Gregorian calendar, years 1..9999.
 * This module imports only its built-in calendars (holidays.countries.ts; calendar.ts builds on it,
 * not the other way round), so it keeps a few tiny private date helpers of its own.
 *
 * Rules are the current ones; no attempt is made to be historically exact for years before
 * a holiday existed (except where noted, e.g. Europe Day in Luxembourg since 2019).
 */

import { addBuiltInDays, type Add, type AddEaster } from './holidays.countries.ts';

export { belgianCommunity, type BelgianCommunity } from './holidays.countries.ts';

export interface HolidayRules {
  /** ISO 3166-1 alpha-2 code of the country whose days off apply, e.g. 'BE'. Case-insensitive. */
  country: string;
  /** Belgian region of the workplace. Ignored outside BE. 'abroad' and null get no community day by region. */
  region?: 'flanders' | 'brussels' | 'wallonia' | 'abroad' | null;
  /**
   * Working language of the employee. It decides the community only where a region holds two:
   * in Brussels nl → Flemish, fr → French; in Wallonia de → German-speaking (see belgianCommunity).
   */
  language?: 'nl' | 'fr' | 'en' | 'de' | null;
  /** Default true: the day of the person's community (belgianCommunity). False: national days only (plus explicit flags below). */
  communityDays?: boolean;
  /**
   * Whether the person belongs to the German-speaking Community (works in its language area, e.g.
   * a site in Eupen, whatever their own language): 15 November instead of another community's day.
   * Unset: a 'de' speaker at a Wallonia site does. An explicit true/false always wins.
   */
  germanCommunityDay?: boolean;
  /**
   * 8 May, Iris Day: a holiday of the Brussels-Capital Region's civil service, not a general
   * day off, so it is opt-in. Only applies when region is 'brussels'.
   */
  irisDay?: boolean;
  /** Organisation-configured extra days: `yyyy-mm-dd` for one year, `--mm-dd` for every year. */
  extra?: { date: string; name: string }[];
}

export type HolidayKind = 'national' | 'community' | 'extra';

export interface Holiday {
  date: string;
  name: string;
  kind: HolidayKind;
}

// ---------------------------------------------------------------------------------------------
// Private date helpers (calendar.ts has the public, general-purpose ones).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EVERY_YEAR = /^--(\d{2})-(\d{2})$/;

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function monthLength(y: number, m: number): number {
  return m === 2 ? (leap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= monthLength(y, m);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date n days after y-m-d. Not on a hot path, so a Date is fine; setUTCFullYear keeps years < 100 right. */
function shifted(y: number, m: number, d: number, n: number): string {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + n);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Year must be an integer in 1..9999, got ${year}`);
}

// ---------------------------------------------------------------------------------------------
// Easter

/**
 * Easter Sunday (Western churches) by the anonymous Gregorian algorithm of Meeus/Jones/Butcher.
 * Pure integer arithmetic; valid for every Gregorian year (proleptic before 1583).
 */
export function easterSunday(year: number): string {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

function parseExtra(date: string): { year: number | null; month: number; day: number } {
  const every = EVERY_YEAR.exec(date);
  if (every) {
    const month = Number(every[1]);
    const day = Number(every[2]);
    // Checked against a leap year so that --02-29 is allowed (it then only occurs in leap years).
    if (!validDay(2000, month, day)) throw new RangeError(`Invalid extra holiday date: ${date}`);
    return { year: null, month, day };
  }
  const one = ISO_DATE.exec(date);
  if (one) {
    const year = Number(one[1]);
    const month = Number(one[2]);
    const day = Number(one[3]);
    if (!validDay(year, month, day)) throw new RangeError(`Invalid extra holiday date: ${date}`);
    return { year, month, day };
  }
  throw new RangeError(`Extra holiday date must be yyyy-mm-dd or --mm-dd, got: ${date}`);
}

const KIND_ORDER: Record<HolidayKind, number> = { national: 0, community: 1, extra: 2 };

/**
 * Every day off of a year under the given rules, sorted by date (then national, community,
 * extra). A date can appear twice when two reasons fall on it (e.g. an extra day that repeats a
 * national one); `isHoliday` does not care.
 *
 * Outside BE only `extra` applies, plus built-in national days for NL, LU, FR and DE.
 * An extra `--02-29` occurs only in leap years. Invalid extra dates throw a RangeError, so a
 * misconfiguration surfaces instead of silently scheduling on a day off.
 */
export function holidays(year: number, rules: HolidayRules): Holiday[] {
  checkYear(year);
  const out: Holiday[] = [];
  const add: Add = (month, day, name, kind = 'national') => out.push({ date: iso(year, month, day), name, kind });
  const e = easterSunday(year);
  const em = Number(e.slice(5, 7));
  const ed = Number(e.slice(8, 10));
  const easter: AddEaster = (offset, name) => out.push({ date: shifted(year, em, ed, offset), name, kind: 'national' });

  addBuiltInDays(rules, year, add, easter);

  for (const x of rules.extra ?? []) {
    const p = parseExtra(x.date);
    if (p.year !== null && p.year !== year) continue;
    if (!validDay(year, p.month, p.day)) continue; // --02-29 in a common year.
    add(p.month, p.day, x.name, 'extra');
  }

  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
}

// ---------------------------------------------------------------------------------------------
// Fast membership test
//
// A sweep over 100,000 people asks the same few questions millions of times, so each
// (rules, year) is computed once into a Set of dates and then only looked up.
// Two levels, both safe when a caller reuses one rules object and changes it between calls:
// - by content: a key built from everything that changes the dates → a Map of year → Set;
// - by identity: a WeakMap from the rules object to a snapshot of those fields and the entry
//   above. Comparing the snapshot field by field (strings by reference, mostly) is much cheaper
//   than building the content key again, which is what makes repeated calls fast.

type YearSets = Map<number, Set<string>>;

interface Snapshot {
  country: string;
  region: HolidayRules['region'];
  language: HolidayRules['language'];
  communityDays: boolean | undefined;
  germanCommunityDay: boolean | undefined;
  irisDay: boolean | undefined;
  extra: HolidayRules['extra'];
  extraDates: string[];
  years: YearSets;
}

const byContent = new Map<string, YearSets>();
const byIdentity = new WeakMap<HolidayRules, Snapshot>();
/** Far more than any real organisation needs (distinct rule sets, years per rule set); beyond it, start over. */
const MAX_RULE_SETS = 10_000;
const MAX_YEARS = 1_000;
const BUILT_IN = new Set(['BE', 'NL', 'LU', 'FR', 'DE']);

/** Only what changes the set of dates goes into the key, so equivalent rules share an entry. */
function contentKey(rules: HolidayRules): string {
  const country = rules.country.toUpperCase();
  // Countries without built-in days all behave alike (extras only), so they share one key part;
  // that also keeps an odd country string from colliding with the separators below.
  let key = BUILT_IN.has(country) ? country : '*';
  if (country === 'BE') {
    // The fields only matter for Belgium; spelled out so that e.g. undefined and null agree.
    key += `|${rules.region ?? ''}|${rules.language ?? ''}|${rules.communityDays === false ? 0 : 1}|${rules.germanCommunityDay ?? ''}|${rules.irisDay === true ? 1 : 0}`;
  }
  for (const x of rules.extra ?? []) key += `|${x.date}`; // Names don't change membership.
  return key;
}

function unchanged(s: Snapshot, rules: HolidayRules): boolean {
  if (
    s.country !== rules.country ||
    s.region !== rules.region ||
    s.language !== rules.language ||
    s.communityDays !== rules.communityDays ||
    s.germanCommunityDay !== rules.germanCommunityDay ||
    s.irisDay !== rules.irisDay ||
    s.extra !== rules.extra
  ) {
    return false;
  }
  const extra = rules.extra;
  if (!extra) return true;
  if (extra.length !== s.extraDates.length) return false;
  for (let i = 0; i < extra.length; i++) if (extra[i].date !== s.extraDates[i]) return false;
  return true;
}

function yearSets(rules: HolidayRules): YearSets {
  const known = byIdentity.get(rules);
  if (known && unchanged(known, rules)) return known.years;
  const key = contentKey(rules);
  let years = byContent.get(key);
  if (!years) {
    if (byContent.size >= MAX_RULE_SETS) byContent.clear();
    years = new Map();
    byContent.set(key, years);
  }
  byIdentity.set(rules, {
    country: rules.country,
    region: rules.region,
    language: rules.language,
    communityDays: rules.communityDays,
    germanCommunityDay: rules.germanCommunityDay,
    irisDay: rules.irisDay,
    extra: rules.extra,
    extraDates: (rules.extra ?? []).map((x) => x.date),
    years,
  });
  return years;
}

const DASH = 45;
const ZERO = 48;

/** Whether `date` (yyyy-mm-dd) is a day off under `rules`. Weekends are not holidays here: see calendar.ts. */
export function isHoliday(date: string, rules: HolidayRules): boolean {
  // Parsed by hand: this is the hot path, and a regex match allocates.
  let y = 0;
  let m = 0;
  let d = 0;
  let wellFormed = date.length === 10 && date.charCodeAt(4) === DASH && date.charCodeAt(7) === DASH;
  for (let i = 0; wellFormed && i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = date.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) wellFormed = false;
    else if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (!wellFormed || !validDay(y, m, d)) throw new RangeError(`Invalid date (expected yyyy-mm-dd): ${date}`);

  const years = yearSets(rules);
  let set = years.get(y);
  if (!set) {
    set = new Set(holidays(y, rules).map((h) => h.date));
    if (years.size >= MAX_YEARS) years.clear();
    years.set(y, set);
  }
  return set.has(date);
}
