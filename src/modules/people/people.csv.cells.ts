/**
 * How each cell of a people CSV is read: dates written the Belgian way, birthdays with or without
 * a year, languages, countries, regions, yes/no words, e-mail addresses and free text. Each parser
 * returns the value or a stable code with an English message. Pure and browser-safe.
 */
import type { ItemCode, ProblemParams } from '../../platform/problems.ts';
import type { Language, Region } from './people.types.ts';
import { normalizeHeader } from './people.csv.headers.ts';

/** A cell read, or why not: a stable code with its params (problems.ts) and an English message. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ItemCode; params?: ProblemParams; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: ItemCode, message: string, params?: ProblemParams): Parsed<never> => ({
  ok: false,
  code,
  message,
  ...(params ? { params } : {}),
});

// ---------------------------------------------------------------------------------------------
// Cell parsers. Callers pass non-empty cells; an empty cell is decided by the column's rules.

const quote = (raw: string) => `"${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (month: number, year: number | null) => (month === 2 && year !== null && !isLeap(year) ? 28 : MONTH_DAYS[month - 1]);

const pad = (n: number) => String(n).padStart(2, '0');

const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const DM = /^(\d{1,2})([/.-])(\d{1,2})$/;
const ISO_DM = /^--(\d{2})-(\d{2})$/;
const DATE_HINT = 'use dd/mm/yyyy (e.g. 31/12/2024) or yyyy-mm-dd';

function checkDayMonth(raw: string, day: number, month: number, year: number | null): Parsed<never> | null {
  if (month < 1 || month > 12) return fail('csv-no-such-month', `${quote(raw)} has no month ${month}: ${DATE_HINT}`, { month });
  const max = daysIn(month, year);
  if (day < 1 || day > max) {
    return fail(
      'csv-no-such-day',
      `${quote(raw)} is not a real date: month ${month}${year === null ? '' : ` of ${year}`} has ${max} days`,
      { month, days: max },
    );
  }
  return null;
}

function readDate(raw: string): Parsed<{ day: number; month: number; year: number }> {
  const text = raw.trim();
  let day: number, month: number, year: number;
  let m = DMY.exec(text);
  if (m) {
    if (m[4].length !== 4) return fail('csv-year-digits', `${quote(raw)} needs a four-digit year: ${DATE_HINT}`);
    [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  } else if ((m = YMD.exec(text))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if (/^\d{5}$/.test(text)) {
    return fail('csv-excel-date-number', `${quote(raw)} looks like an Excel date number: format the column as a date, then ${DATE_HINT}`);
  } else {
    return fail('csv-not-a-date', `${quote(raw)} is not a date: ${DATE_HINT}`);
  }
  if (year < 1900 || year > 2100) return fail('csv-year-out-of-range', `${quote(raw)}: the year must be between 1900 and 2100`);
  return checkDayMonth(raw, day, month, year) ?? ok({ day, month, year });
}

/** A calendar date as ISO yyyy-mm-dd; day-first formats because that is how Belgium writes dates. */
export function parseDate(raw: string): Parsed<string> {
  const r = readDate(raw);
  return r.ok ? ok(`${r.value.year}-${pad(r.value.month)}-${pad(r.value.day)}`) : r;
}

export interface Birthday {
  day: number;
  month: number;
  year: number | null;
}

/** A full date of birth, or only day and month for people who do not want to share their age. */
export function parseBirthday(raw: string): Parsed<Birthday> {
  const text = raw.trim();
  const dm = DM.exec(text);
  const iso = ISO_DM.exec(text);
  if (dm || iso) {
    const [day, month] = dm ? [Number(dm[1]), Number(dm[3])] : [Number(iso![2]), Number(iso![1])];
    // Without a year, 29/02 is a real birthday.
    return checkDayMonth(raw, day, month, null) ?? ok({ day, month, year: null });
  }
  const r = readDate(text);
  if (r.ok) return ok(r.value);
  // Keep the precise reason for something shaped like a date ("31/02/1990"), not for free text.
  if (DMY.test(text) || YMD.test(text)) return r;
  return fail('csv-not-a-birthday', `${quote(raw)} is not a birthday: use dd/mm/yyyy, dd/mm or yyyy-mm-dd`);
}

// Values are matched the way headers are: case, accents and punctuation do not matter.
const simplify = normalizeHeader;

// Maps, not object literals, so that "constructor" or "toString" never match.
const LANGUAGE_NAMES = new Map<string, Language>();
const addNames = <T extends string>(table: Map<string, T>, value: T, names: string[]) => {
  for (const name of names) table.set(simplify(name), value);
};
addNames(LANGUAGE_NAMES, 'nl', ['nl', 'nld', 'dut', 'Nederlands', 'Dutch', 'Néerlandais', 'Vlaams', 'Flemish']);
addNames(LANGUAGE_NAMES, 'fr', ['fr', 'fra', 'fre', 'Français', 'Frans', 'French']);
addNames(LANGUAGE_NAMES, 'en', ['en', 'eng', 'English', 'Engels', 'Anglais']);
addNames(LANGUAGE_NAMES, 'de', ['de', 'deu', 'ger', 'Deutsch', 'Duits', 'German', 'Allemand']);

export function parseLanguage(raw: string): Parsed<Language> {
  const text = raw.trim();
  // "nl-BE", "fr_BE": the language part is what matters.
  const tag = /^([a-z]{2,3})[-_][a-z]{2}$/i.exec(text);
  const found = LANGUAGE_NAMES.get(simplify(tag ? tag[1] : text));
  return found ? ok(found) : fail('csv-unknown-language', `${quote(raw)} is not a supported language: use nl, fr, en or de`);
}

// ISO 3166-1 alpha-2 codes in use.
const COUNTRY_CODES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET ' +
    'FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ' +
    'ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY ' +
    'MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM ' +
    'PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ ' +
    'TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** An ISO 3166-1 alpha-2 code, upper case; "UK" is read as GB because people write it. */
export function parseCountry(raw: string): Parsed<string> {
  const code = raw.trim().toUpperCase();
  if (code === 'UK') return ok('GB');
  if (COUNTRY_CODES.has(code)) return ok(code);
  return fail('csv-unknown-country', `${quote(raw)} is not a country code: use two letters as in ISO 3166, e.g. BE, NL, FR, DE`);
}

const REGION_NAMES = new Map<string, Region>();
addNames(REGION_NAMES, 'flanders', ['Flanders', 'Vlaanderen', 'Flandre', 'Flandres', 'Vlaams Gewest', 'Région flamande', 'Flemish Region']);
addNames(REGION_NAMES, 'brussels', [
  'Brussels',
  'Brussel',
  'Bruxelles',
  'Brussels-Capital',
  'Brussels-Capital Region',
  'Brussels Hoofdstedelijk Gewest',
  'Brussels Gewest',
  'Bruxelles-Capitale',
  'Région de Bruxelles-Capitale',
  'Région bruxelloise',
]);
addNames(REGION_NAMES, 'wallonia', ['Wallonia', 'Wallonië', 'Wallonie', 'Waals Gewest', 'Région wallonne', 'Walloon Region']);
addNames(REGION_NAMES, 'abroad', ['abroad', 'buitenland', 'étranger', 'foreign']);

/**
 * The region of a site. Belgian regions imply country BE; "abroad" leaves the country open;
 * a country code other than BE means abroad in that country.
 */
export function parseRegion(raw: string): Parsed<{ region: Region; country: string | null }> {
  const region = REGION_NAMES.get(simplify(raw));
  if (region) return ok({ region, country: region === 'abroad' ? null : 'BE' });
  const text = raw.trim();
  if (/^[a-z]{2}$/i.test(text)) {
    if (text.toUpperCase() === 'BE') {
      return fail('csv-region-needed', `${quote(raw)} does not say which region: use Flanders, Brussels or Wallonia`);
    }
    const country = parseCountry(text);
    if (country.ok) return ok({ region: 'abroad', country: country.value });
  }
  return fail(
    'csv-unknown-region',
    `${quote(raw)} is not a region: use Flanders, Brussels, Wallonia, abroad, or a country code such as NL or FR`,
  );
}

const TRUE_WORDS = new Set(['yes', 'y', 'ja', 'j', 'oui', 'o', 'true', 'waar', 'vrai', '1', 'x']);
const FALSE_WORDS = new Set(['no', 'n', 'nee', 'non', 'false', 'onwaar', 'faux', '0', '']);

/** An empty cell means false: a spreadsheet column of crosses leaves the other cells blank. */
export function parseBoolean(raw: string): Parsed<boolean> {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail('csv-not-yes-no', `${quote(raw)} is not yes or no: use yes/no, ja/nee, oui/non, 1/0, or x for yes and empty for no`);
}

/** Pragmatic on purpose: the real check is whether mail arrives. */
export function parseEmail(raw: string): Parsed<string> {
  const email = raw.trim().toLowerCase();
  const bad = (reason: string, why: string) => fail('csv-invalid-email', `${quote(raw)} is not a valid e-mail address: ${why}`, { reason });
  if (email.length > 254) return bad('too-long', 'it is longer than 254 characters');
  if (/\s/.test(email)) return bad('space', 'it contains a space');
  const at = email.indexOf('@');
  if (at === -1 || at !== email.lastIndexOf('@')) return bad('one-at', 'it needs exactly one @');
  const domain = email.slice(at + 1);
  if (at === 0) return bad('nothing-before-at', 'nothing before the @');
  if (!domain.includes('.') || domain.startsWith('.') || domain.endsWith('.') || domain.includes('..')) {
    return bad('domain', 'the part after the @ must be a domain such as example.be');
  }
  return ok(email);
}

// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060]|[^\S ]| {2}|^ | $/;

/** Trims, turns any run of whitespace into one space, and drops control and zero-width characters. */
export function cleanText(raw: string, maxLength = 200): Parsed<string> {
  // Most cells need no cleaning: no control or zero-width character, no whitespace but single inner spaces.
  const text = !NEEDS_CLEANING.test(raw)
    ? raw
    : raw
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
  if (text.length > maxLength) {
    return fail('csv-too-long', `${quote(text)} is ${text.length} characters long: shorten it to ${maxLength} at most`, {
      length: text.length,
      max: maxLength,
    });
  }
  return ok(text);
}
