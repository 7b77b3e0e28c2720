/**
 * Checking the data rows of a people CSV, one row at a time: each row's cells read by its column's
 * parser, and the checks within a row (required fields, an end before the start, one's own manager)
 * and across the file (an employee number or work e-mail on two rows). Every problem is collected
 * with its row and column. Pure and browser-safe; the server's import feeds rows to a RowChecker as
 * it parses them, so the whole file never sits in memory as rows of cells.
 */
import { unprotectCell } from '../../platform/csv.ts';
import type { ItemCode, ProblemParams } from '../../platform/problems.ts';
import { runSlices, runSlicesYielding } from '../../platform/slices.ts';
import { PERSON_FIELDS, type PersonField, type PersonRecord, type Region, type RowError } from './people.types.ts';
import {
  cleanText,
  parseBirthday,
  parseBoolean,
  parseCountry,
  parseDate,
  parseEmail,
  parseLanguage,
  parseRegion,
  type Parsed,
} from './people.csv.cells.ts';
import { LABELS, mapColumns } from './people.csv.headers.ts';

/** Distinct cell texts remembered per column (see parseMemo). */
const MEMO_SIZE = 5000;

/** Absent columns must not show up as keys, so that spreading a record never clears a stored value. */
function withoutUndefined<T extends object>(record: T): T {
  // Copied rather than deleted from: every record of a file then has the same shape (no dictionary mode).
  const out = {} as T;
  for (const key in record) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

export interface PeopleValidation {
  records: PersonRecord[];
  errors: RowError[];
  fields: (PersonField | null)[];
}

/** Checks the rows of one file, in file order, after its header row. */
export interface RowChecker {
  /** The field of each column (null: ignored). */
  fields: (PersonField | null)[];
  /** Problems with the header row; when there are any, rows are not checked. */
  headerErrors: RowError[];
  /** The record of one data row, or null when the row has problems (added to `errors`). */
  check(cells: string[], row: number, errors: RowError[]): PersonRecord | null;
}

/** A checker for the rows under `headers` (found on physical line `headerRow`). */
export function rowChecker(
  headers: string[],
  headerRow: number,
  delimiter: string | undefined,
  options: { ignore?: string[] } = {},
): RowChecker {
  const mapped = mapColumns(headers, options);
  const { fields } = mapped;
  const headerErrors = mapped.errors.map((e) => ({ ...e, row: headerRow }));
  const col: Partial<Record<PersonField, number>> = {};
  fields.forEach((f, i) => {
    if (f) col[f] = i;
  });
  const numberRows = new Map<string, number>();
  const emailRows = new Map<string, number>();
  const separator = delimiter === '\t' ? 'tab' : `"${delimiter ?? ';'}"`;

  // The row being checked: the helpers below read it instead of being made anew for every row.
  let cells_: string[] = [];
  let row_ = 0;
  let errors_: RowError[] = [];
  /** Fields of this row already reported invalid, one bit per PERSON_FIELDS index. */
  let invalid = 0;
  const bit = (field: PersonField) => 1 << PERSON_FIELDS.indexOf(field);

  function report(field: PersonField, code: ItemCode, message: string, params?: ProblemParams) {
    const i = col[field]!;
    errors_.push({ row: row_, column: headers[i], code, ...(params ? { params } : {}), value: cells_[i], message });
  }

  /**
   * The parse of each distinct cell text, for the columns whose values repeat (languages, regions,
   * dates, yes/no): a file of 100,000 rows has a few hundred of them. Bounded, in case they do not.
   */
  const memo = new Map<(raw: string) => Parsed<unknown>, Map<string, Parsed<unknown>>>();
  function parseMemo<T>(parse: (raw: string) => Parsed<T>, raw: string): Parsed<T> {
    let seen = memo.get(parse);
    if (!seen) memo.set(parse, (seen = new Map()));
    let r = seen.get(raw);
    if (!r) {
      r = parse(raw);
      if (seen.size < MEMO_SIZE) seen.set(raw, r);
    }
    return r as Parsed<T>;
  }

  /** undefined: column absent; null: empty cell (or invalid, already reported). */
  function read<T>(field: PersonField, parse: (raw: string) => Parsed<T>, repeats = false): T | null | undefined {
    const i = col[field];
    if (i === undefined) return undefined;
    // An exported cell that was protected against formula injection imports as it was.
    const raw = unprotectCell(cells_[i]);
    if (raw.trim() === '') return null;
    const r = repeats ? parseMemo(parse, raw) : parse(raw);
    if (r.ok) return r.value;
    report(field, r.code, r.message, r.params);
    invalid |= bit(field);
    return null;
  }
  const cleaners = new Map<number, (raw: string) => Parsed<string>>();
  function text(field: PersonField, max = 200): string | null | undefined {
    let clean = cleaners.get(max);
    if (!clean) cleaners.set(max, (clean = (raw) => cleanText(raw, max)));
    return read(field, clean);
  }
  function required(field: PersonField, value: string | null | undefined): string {
    if (!value && !(invalid & bit(field)))
      report(field, 'csv-required', `The ${LABELS[field]} is empty: every person needs one`, { field });
    return value ?? '';
  }

  function check(cells: string[], row: number, errors: RowError[]): PersonRecord | null {
    if (cells.length !== headers.length) {
      // The cells are probably shifted, so checking them would only add confusing errors.
      errors.push({
        row,
        column: '',
        code: 'csv-cell-count',
        params: { cells: cells.length, expected: headers.length, separator: delimiter === '\t' ? 'tab' : (delimiter ?? ';') },
        message:
          `Row ${row} has ${cells.length} cells but the header has ${headers.length}: ` +
          `look for a missing or extra ${separator}, or a value containing ${separator} without quotes`,
      });
      return null;
    }
    cells_ = cells;
    row_ = row;
    errors_ = errors;
    invalid = 0;
    const before = errors.length;

    const employeeNumber = required('employee_number', text('employee_number', 50));
    const firstName = required('first_name', text('first_name'));
    const lastName = required('last_name', text('last_name'));
    const workEmail = read('work_email', parseEmail);
    const personalEmail = read('personal_email', parseEmail);
    const language = read('language', parseLanguage, true);
    const department = text('department');
    const site = text('site');
    const siteGiven = col.site !== undefined && cells[col.site].trim() !== '';
    const regionCell = read('region', parseRegion, true);
    const countryCell = read('country', parseCountry, true);
    const jobTitle = text('job_title');
    const managerNumber = text('manager', 50);
    const startDate = read('start_date', parseDate, true);
    const endDate = read('end_date', parseDate, true);
    const birthday = read('birthday', parseBirthday, true);
    const sensitive = read('sensitive', parseBoolean, true);
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

    if (errors.length > before) return null;
    return withoutUndefined({
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
    });
  }

  return { fields, headerErrors, check };
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
  const checker = rowChecker(headers, parsed.lines[0] ?? 1, parsed.delimiter, options);
  const { fields } = checker;
  if (checker.headerErrors.length > 0) return { records: [], errors: checker.headerErrors, fields };
  const records: PersonRecord[] = [];
  const errors: RowError[] = [];
  for (let k = 0; k < data.length; k++) {
    if (k % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) yield;
    const record = checker.check(data[k], parsed.lines[k + 1] ?? k + 2, errors);
    if (record) records.push(record);
  }
  return { records, errors, fields };
}
