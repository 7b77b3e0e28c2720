/**
 * People import rules: which headers mean which field, how each cell is read, and the checks
 * across rows. Pure and browser-safe, so the upload screen can show the same errors as the server.
 */
import { unprotectCell } from '../../platform/csv.ts';
import type { ItemCode, ProblemParams } from '../../platform/problems.ts';
import { runSlices, runSlicesYielding } from '../../platform/slices.ts';
import {
  PERSON_FIELDS,
  REQUIRED_FIELDS,
  type Language,
  type PersonField,
  type PersonRecord,
  type Region,
  type RowError,
} from './people.types.ts';

/** A cell read, or why not: a stable code with its params (problems.ts) and an English message. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ItemCode; params?: ProblemParams; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: ItemCode, message: string, params?: ProblemParams): Parsed<never> => ({
  ok: false,
  code,
  message,
  ...(params ? { params } : {}),
});

/** Lower case, without accents, only a-z0-9: "N° matricule" → "nmatricule". */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Header names as Dutch, French and English HR exports write them (matched after normalizeHeader). */
export const HEADER_ALIASES: Record<PersonField, string[]> = {
  employee_number: [
    'Employee number',
    'Employee ID',
    'Emp no',
    'Employee no',
    'Personnel number',
    'Personeelsnummer',
    'Werknemersnummer',
    'Personeelsnr',
    'Stamnummer',
    'Matricule',
    "Numéro d'employé",
    'N° matricule',
    'Numéro de matricule',
  ],
  first_name: ['First name', 'Given name', 'Voornaam', 'Prénom'],
  last_name: ['Last name', 'Surname', 'Family name', 'Achternaam', 'Familienaam', 'Naam', 'Nom', 'Nom de famille'],
  work_email: [
    'Email',
    'E-mail',
    'Work email',
    'Business email',
    'Email address',
    'E-mailadres',
    'E-mail werk',
    'Werk e-mail',
    'Courriel',
    'Adresse e-mail',
    'E-mail professionnel',
  ],
  personal_email: [
    'Personal email',
    'Private email',
    'Privé e-mail',
    'Persoonlijk e-mailadres',
    'E-mail privé',
    'Courriel personnel',
    'E-mail personnel',
  ],
  language: ['Language', 'Taal', 'Werktaal', 'Langue'],
  department: ['Department', 'Dept', 'Afdeling', 'Dienst', 'Département', 'Service'],
  site: ['Site', 'Location', 'Vestiging', 'Locatie', 'Werkplek', 'Lieu de travail', 'Établissement'],
  region: ['Region', 'Regio', 'Gewest', 'Région'],
  country: ['Country', 'Country code', 'Land', 'Landcode', 'Pays', 'Code pays'],
  job_title: ['Job title', 'Title', 'Function', 'Functie', 'Functietitel', 'Fonction', 'Intitulé de poste'],
  manager: ['Manager', 'Manager employee number', 'Manager number', 'Leidinggevende', 'Responsable', 'Chef'],
  start_date: [
    'Start date',
    'Hire date',
    'Date of hire',
    'Startdatum',
    'Datum in dienst',
    'In dienst',
    'Indiensttreding',
    "Date d'entrée",
    'Date de début',
    "Date d'embauche",
  ],
  end_date: ['End date', 'Termination date', 'Leave date', 'Einddatum', 'Uit dienst', 'Datum uit dienst', 'Date de fin', 'Date de sortie'],
  birthday: ['Birthday', 'Birth date', 'Date of birth', 'DOB', 'Geboortedatum', 'Verjaardag', 'Date de naissance', 'Anniversaire'],
  sensitive: ['Sensitive', 'Sensitive function', 'Gevoelige functie', 'Gevoelig', 'Fonction sensible', 'Sensible'],
  employment_type: [
    'Employment type',
    'Contract type',
    'Employment status',
    'Contracttype',
    'Type contract',
    'Statuut',
    'Arbeidsregime',
    'Type de contrat',
    'Statut',
    'Régime de travail',
  ],
};

const HEADER_LOOKUP = new Map<string, PersonField>();
for (const field of PERSON_FIELDS) {
  for (const name of [field, ...HEADER_ALIASES[field]]) HEADER_LOOKUP.set(normalizeHeader(name), field);
}

export function matchHeader(header: string): PersonField | null {
  return HEADER_LOOKUP.get(normalizeHeader(header)) ?? null;
}

const LABELS: Record<PersonField, string> = {
  employee_number: 'employee number',
  first_name: 'first name',
  last_name: 'last name',
  work_email: 'work e-mail',
  personal_email: 'personal e-mail',
  language: 'language',
  department: 'department',
  site: 'site',
  region: 'region',
  country: 'country',
  job_title: 'job title',
  manager: 'manager',
  start_date: 'start date',
  end_date: 'end date',
  birthday: 'birthday',
  sensitive: 'sensitive flag',
  employment_type: 'employment type',
};

export function mapColumns(headers: string[], options: { ignore?: string[] } = {}): { fields: (PersonField | null)[]; errors: RowError[] } {
  const ignored = new Set((options.ignore ?? []).map((h) => h.trim().toLowerCase()));
  const errors: RowError[] = [];
  const seen = new Map<PersonField, string>();
  const fields = headers.map((header): PersonField | null => {
    const name = header.trim();
    if (name === '' || ignored.has(name.toLowerCase())) return null;
    const field = matchHeader(name);
    if (!field) {
      errors.push({
        row: 1,
        column: header,
        code: 'csv-unknown-column',
        params: { column: name },
        message: `Unknown column "${name}": map it to a field or ignore it`,
      });
      return null;
    }
    const first = seen.get(field);
    if (first !== undefined) {
      errors.push({
        row: 1,
        column: header,
        code: 'csv-duplicate-column',
        params: { first, column: name, field },
        message: `Columns "${first}" and "${name}" both mean ${field}: remove or ignore one of them`,
      });
      return null;
    }
    seen.set(field, name);
    return field;
  });
  for (const field of REQUIRED_FIELDS) {
    if (!seen.has(field)) {
      errors.push({
        row: 1,
        column: field,
        code: 'csv-missing-column',
        params: { field, accepted: HEADER_ALIASES[field].join(', ') },
        message: `Missing column "${field}" (also accepted: ${HEADER_ALIASES[field].join(', ')})`,
      });
    }
  }
  return { fields, errors };
}

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

/** Trims, turns any run of whitespace into one space, and drops control and zero-width characters. */
export function cleanText(raw: string, maxLength = 200): Parsed<string> {
  const text = raw
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

// ---------------------------------------------------------------------------------------------
// Whole-file validation.

/** Absent columns must not show up as keys, so that spreading a record never clears a stored value. */
function withoutUndefined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}

export interface PeopleValidation {
  records: PersonRecord[];
  errors: RowError[];
  fields: (PersonField | null)[];
}

/**
 * Validates every data row and collects every error. `records` holds only the rows without errors.
 * Manager numbers are not looked up: the caller checks them against the database and the file.
 */
export function validatePeopleRows(parsed: ParsedCsv, options: { ignore?: string[] } = {}): PeopleValidation {
  return runSlices(validation(parsed, options));
}

/** The same, in slices of rows between which the server answers other requests. */
export function validatePeopleRowsInSlices(parsed: ParsedCsv, options: { ignore?: string[] } = {}): Promise<PeopleValidation> {
  return runSlicesYielding(validation(parsed, options));
}

type ParsedCsv = { rows: string[][]; lines: number[]; delimiter?: string };

/** Pauses after every this many rows (a few milliseconds of work). */
const ROWS_PER_SLICE = 2000;

function* validation(parsed: ParsedCsv, options: { ignore?: string[] }): Generator<void, PeopleValidation> {
  const [headers, ...data] = parsed.rows;
  if (!headers) {
    const message = 'The file is empty: it needs a header row and one row per person';
    return { records: [], errors: [{ row: 1, column: '', code: 'csv-empty-file', message }], fields: [] };
  }
  const headerRow = parsed.lines[0] ?? 1;
  const mapped = mapColumns(headers, options);
  const { fields } = mapped;
  if (mapped.errors.length > 0) {
    return { records: [], errors: mapped.errors.map((e) => ({ ...e, row: headerRow })), fields };
  }

  const col: Partial<Record<PersonField, number>> = {};
  fields.forEach((f, i) => {
    if (f) col[f] = i;
  });

  const records: PersonRecord[] = [];
  const errors: RowError[] = [];
  const numberRows = new Map<string, number>();
  const emailRows = new Map<string, number>();
  const separator = parsed.delimiter === '\t' ? 'tab' : `"${parsed.delimiter ?? ';'}"`;

  for (let k = 0; k < data.length; k++) {
    if (k % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) yield;
    const cells = data[k];
    const row = parsed.lines[k + 1] ?? k + 2;
    if (cells.length !== headers.length) {
      // The cells are probably shifted, so checking them would only add confusing errors.
      errors.push({
        row,
        column: '',
        code: 'csv-cell-count',
        params: { cells: cells.length, expected: headers.length, separator: parsed.delimiter === '\t' ? 'tab' : (parsed.delimiter ?? ';') },
        message:
          `Row ${row} has ${cells.length} cells but the header has ${headers.length}: ` +
          `look for a missing or extra ${separator}, or a value containing ${separator} without quotes`,
      });
      continue;
    }
    const before = errors.length;
    const invalid = new Set<PersonField>();
    const report = (field: PersonField, code: ItemCode, message: string, params?: ProblemParams) => {
      const i = col[field]!;
      errors.push({ row, column: headers[i], code, ...(params ? { params } : {}), value: cells[i], message });
    };

    /** undefined: column absent; null: empty cell (or invalid, already reported). */
    function read<T>(field: PersonField, parse: (raw: string) => Parsed<T>): T | null | undefined {
      const i = col[field];
      if (i === undefined) return undefined;
      // An exported cell that was protected against formula injection imports as it was.
      const raw = unprotectCell(cells[i]);
      if (raw.trim() === '') return null;
      const r = parse(raw);
      if (r.ok) return r.value;
      report(field, r.code, r.message, r.params);
      invalid.add(field);
      return null;
    }
    const text = (field: PersonField, max = 200) => read(field, (raw) => cleanText(raw, max));
    function required(field: PersonField, value: string | null | undefined): string {
      if (!value && !invalid.has(field)) report(field, 'csv-required', `The ${LABELS[field]} is empty: every person needs one`, { field });
      return value ?? '';
    }

    const employeeNumber = required('employee_number', text('employee_number', 50));
    const firstName = required('first_name', text('first_name'));
    const lastName = required('last_name', text('last_name'));
    const workEmail = read('work_email', parseEmail);
    const personalEmail = read('personal_email', parseEmail);
    const language = read('language', parseLanguage);
    const department = text('department');
    const site = text('site');
    const siteGiven = col.site !== undefined && cells[col.site].trim() !== '';
    const regionCell = read('region', parseRegion);
    const countryCell = read('country', parseCountry);
    const jobTitle = text('job_title');
    const managerNumber = text('manager', 50);
    const startDate = read('start_date', parseDate);
    const endDate = read('end_date', parseDate);
    const birthday = read('birthday', parseBirthday);
    const sensitive = read('sensitive', parseBoolean);
    const employmentType = text('employment_type', 100);

    if (employeeNumber) {
      const first = numberRows.get(employeeNumber);
      if (first !== undefined)
        report('employee_number', 'csv-duplicate-employee-number', `Employee number "${employeeNumber}" is also on row ${first}`, {
          otherRow: first,
        });
      else numberRows.set(employeeNumber, row);
    }
    if (workEmail) {
      const first = emailRows.get(workEmail);
      if (first !== undefined)
        report('work_email', 'csv-duplicate-email', `Work e-mail "${workEmail}" is also on row ${first}`, { otherRow: first });
      else emailRows.set(workEmail, row);
    }
    if (startDate && endDate && endDate < startDate) {
      report('end_date', 'csv-end-before-start', `The end date ${endDate} is before the start date ${startDate}`, {
        start: startDate,
        end: endDate,
      });
    }
    if (managerNumber && managerNumber === employeeNumber) {
      report('manager', 'csv-own-manager', `A person cannot be their own manager ("${managerNumber}")`);
    }

    // The region describes the site; a country column may add the country of an "abroad" site.
    const region: Region | null | undefined = regionCell === undefined ? undefined : (regionCell?.region ?? null);
    let country: string | null | undefined = countryCell;
    if (regionCell) {
      if (!siteGiven)
        report('region', 'csv-region-without-site', 'The region is filled in but the site is not: add the site or clear the region');
      const implied = regionCell.country;
      if (countryCell && implied && countryCell !== implied) {
        report('country', 'csv-country-region-mismatch', `The country ${countryCell} does not match the region, which is in ${implied}`, {
          country: countryCell,
          regionCountry: implied,
        });
      } else if (countryCell === 'BE' && regionCell.region === 'abroad') {
        report('country', 'csv-abroad-in-be', 'The region says abroad but the country is BE: name the Belgian region instead');
      }
      country = countryCell ?? implied;
    }

    if (errors.length > before) continue;
    records.push(
      withoutUndefined({
        employeeNumber,
        firstName,
        lastName,
        workEmail,
        personalEmail,
        language,
        department,
        site,
        region,
        country,
        jobTitle,
        managerNumber,
        startDate,
        endDate,
        birthDay: birthday === undefined ? undefined : (birthday?.day ?? null),
        birthMonth: birthday === undefined ? undefined : (birthday?.month ?? null),
        birthYear: birthday === undefined ? undefined : (birthday?.year ?? null),
        sensitive: sensitive === undefined ? undefined : (sensitive ?? false),
        employmentType,
      }),
    );
  }

  return { records, errors, fields };
}
