/**
 * CSV reading and writing (RFC 4180) with the habits of Excel and Belgian HR exports.
 * Pure and browser-safe: no Node APIs (parseCsvInSlices, for the server, pauses with setImmediate).
 */
import { runSlices, runSlicesYielding } from './slices.ts';

export type CsvDelimiter = ',' | ';' | '\t';

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  rows: string[][];
  /** The 1-based physical line on which each row starts (parallel to `rows`). */
  lines: number[];
  /** Rows left out because every cell is blank (empty lines, and the `;;;;` lines Excel leaves). */
  skippedBlankRows: number;
}

/**
 * Why a file is not CSV, at the row (its first physical line) and column (1-based) of the field:
 * `csv-syntax` a quote that opens a field and never closes; `csv-stray-quote` a quote inside a
 * field that is not wholly in quotes (`O"Brien`, `5" screen`, `"Johnny" Jansens`).
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly column = 1,
    readonly code: 'csv-syntax' | 'csv-stray-quote' = 'csv-syntax',
    /** The header of that column, when the header row was read before. */
    readonly header?: string,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;

/** Counts delimiters outside quotes on the first non-blank line; `;` wins ties because Belgian Excel writes it. */
function detectDelimiter(text: string, from: number): CsvDelimiter {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === CR || text.charCodeAt(i) === LF)) i++;
  let semicolons = 0;
  let commas = 0;
  let tabs = 0;
  let inQuotes = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === CR || c === LF) break;
    else if (c === SEMICOLON) semicolons++;
    else if (c === COMMA) commas++;
    else if (c === TAB) tabs++;
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  return commas > semicolons ? ',' : ';';
}

function isBlankRow(row: string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/**
 * Parses CSV text into rows of cells. Rows whose cells are all blank are skipped (and counted), but
 * `lines` keeps the physical line of every remaining row so errors can point at the right place.
 *
 * Quotes follow RFC 4180 strictly, and the same wherever a quote stands: a field is either wholly
 * in quotes (a quote inside doubled) or holds no quote at all. A quote anywhere else, at the start
 * (`"Johnny" Jansens`), in the middle (`O"Brien`) or at the end (`5"`) of a field, is a
 * CsvSyntaxError naming its row and column rather than a guess at what was meant; Excel writes
 * such values quoted (`"O""Brien"`), so saving the file from Excel again mends it.
 */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): ParsedCsv {
  return runSlices(parsing(text, options));
}

/** The same, pausing every few thousand rows so the server keeps answering other requests. */
export function parseCsvInSlices(text: string, options: { delimiter?: CsvDelimiter } = {}): Promise<ParsedCsv> {
  return runSlicesYielding(parsing(text, options));
}

const ROWS_PER_SLICE = 5000;

function* parsing(text: string, options: { delimiter?: CsvDelimiter }): Generator<void, ParsedCsv> {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delimiter = options.delimiter ?? detectDelimiter(text, start);
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  const lines: number[] = [];

  let i = start;
  let line = 1;
  let rowLine = 1;
  let row: string[] = [];
  let skippedBlankRows = 0;
  const fail = (message: string, code: 'csv-syntax' | 'csv-stray-quote') =>
    new CsvSyntaxError(rowLine, message, row.length + 1, code, rows.length > 0 ? rows[0][row.length] : undefined);

  for (;;) {
    let field: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      let segment = ++i;
      field = '';
      for (;;) {
        if (i >= n) throw fail('a quoted field is never closed (missing closing ")', 'csv-syntax');
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (text.charCodeAt(i + 1) === QUOTE) {
            field += text.slice(segment, i + 1);
            i += 2;
            segment = i;
            continue;
          }
          field += text.slice(segment, i);
          i++;
          break;
        }
        // CRLF counts once: the LF does the counting.
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
        i++;
      }
      if (i < n) {
        const c = text.charCodeAt(i);
        if (c !== d && c !== CR && c !== LF) {
          throw fail(
            'text after the closing quote of a quoted field; put the whole field in quotes and double the quotes inside it',
            'csv-stray-quote',
          );
        }
      }
    } else {
      const s = i;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === d || c === CR || c === LF) break;
        if (c === QUOTE)
          throw fail(
            'a quote inside a field that is not in quotes; put the whole field in quotes and double the quotes inside it',
            'csv-stray-quote',
          );
      }
      field = text.slice(s, i);
    }
    row.push(field);

    if (i < n && text.charCodeAt(i) === d) {
      i++;
      continue;
    }
    if (!isBlankRow(row)) {
      rows.push(row);
      lines.push(rowLine);
      if (rows.length % ROWS_PER_SLICE === 0) yield;
    } else if (i < n || row.length > 1 || row[0] !== '') {
      // Not the empty "row" after a file's last line break (there is none: see below), nor of an empty file.
      skippedBlankRows++;
    }
    if (i >= n) break;
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    rowLine = line;
    row = [];
    if (i >= n) break; // a final line break does not start a row
  }
  return { delimiter, rows, lines, skippedBlankRows };
}

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet may run as a formula (OWASP CSV injection advice): `=`, `+`, `-`, `@` (and
 * their full-width forms, which Excel accepts in East Asian input), tab or CR, also after leading
 * whitespace or quotes, which import paths strip (` =1+1`, `"=1+1`). `'` counts as a leading quote
 * too, so a value that already starts with `'` before such text gets a second one and reads back
 * exactly (see unprotectCell).
 */
// (\s includes tab, CR, the non-breaking space and the BOM.)
const FORMULA_START = /^[\s"']*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/;

/**
 * Characters that make a cell need quotes: the list separator of every common spreadsheet locale
 * (`,` in English, `;` in Belgian and most continental Excel, tab in pasted data), whatever the
 * file's own delimiter, so no locale splits a cell and starts a new one with a formula; and quotes
 * and line breaks (RFC 4180).
 */
const NEEDS_QUOTES = /[,;\t"\r\n]/;

/** One cell as CSV text: quoted when needed, with formula-looking text defused by a leading `'`. */
export function csvCell(value: CsvValue, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  if (NEEDS_QUOTES.test(text) || text.includes(delimiter)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/**
 * The inverse of csvCell's defusing: `'=SUM(1)` read back is `=SUM(1)`. A `'` before anything
 * else is kept, so only what an export protected is changed; because a leading `'` is itself
 * skipped by FORMULA_START, unprotectCell(defused(v)) === v for every v.
 */
export function unprotectCell(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Rows as CSV text with CRLF line ends; `bom` helps Excel recognise UTF-8. */
export function toCsv(rows: CsvValue[][], options: { delimiter?: string; bom?: boolean } = {}): string {
  const delimiter = options.delimiter ?? ',';
  let out = options.bom ? '\uFEFF' : '';
  for (const row of rows) out += row.map((v) => csvCell(v, delimiter)).join(delimiter) + '\r\n';
  return out;
}
