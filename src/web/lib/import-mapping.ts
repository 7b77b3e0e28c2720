/**
 * The import wizard's pure part: find the CSV's header (with the server's own parser), propose a
 * field for each column (with the server's own header matcher), and apply the user's choices by
 * rewriting only the header line. Rows are never parsed here: a 100,000-row file stays a string.
 */
import { parseCsv, type CsvDelimiter } from '../../platform/csv.ts';
import { HEADER_ALIASES, matchHeader } from '../../modules/people/people.csv.ts';
import { PERSON_FIELDS, REQUIRED_FIELDS, type PersonField } from '../../modules/people/people.types.ts';

export { HEADER_ALIASES, PERSON_FIELDS, REQUIRED_FIELDS, type PersonField };

export interface HeaderSplit {
  /** BOM and blank lines before the header, kept as they are. */
  prefix: string;
  headers: string[];
  delimiter: CsvDelimiter;
  /** Physical lines the header takes (more than one when a quoted name holds a line break). */
  lineSpan: number;
  /** Everything after the header's last character, starting with its line break. */
  rest: string;
}

/** Where the record starting at `from` ends: the first CR or LF outside quotes (or the end). */
function recordEnd(text: string, from: number): number {
  let inQuotes = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 10 || c === 13)) return i;
  }
  return text.length;
}

/** Splits off the header row; null for a file without one. Throws CsvSyntaxError for a broken header. */
export function splitHeader(text: string): HeaderSplit | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const end = recordEnd(text, i);
    const slice = text.slice(i, end);
    const parsed = parseCsv(slice);
    if (parsed.rows.length > 0) {
      return {
        prefix: text.slice(0, i),
        headers: parsed.rows[0],
        delimiter: parsed.delimiter,
        lineSpan: (slice.match(/\r\n|\r|\n/g) ?? []).length + 1,
        rest: text.slice(end),
      };
    }
    // A blank line before the header: the server skips it too.
    i = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return null;
}

/** What to do with a column: a field, "ignore", or "" while undecided. */
export type Choice = PersonField | 'ignore' | '';

/** The first proposal: the recognised field, "ignore" for a nameless column, else undecided. */
export function proposeChoices(headers: string[], previous: ReadonlyMap<string, Choice> = new Map()): Choice[] {
  return headers.map((h) => {
    const before = previous.get(h.trim());
    if (before) return before;
    if (h.trim() === '') return 'ignore';
    return matchHeader(h) ?? '';
  });
}

export type ColumnProblem = 'undecided' | 'duplicate';

export interface MappingCheck {
  columns: (ColumnProblem | null)[];
  /** Required fields no column is mapped to. */
  missing: PersonField[];
  ok: boolean;
}

export function checkMapping(choices: Choice[]): MappingCheck {
  const count = new Map<Choice, number>();
  for (const c of choices) count.set(c, (count.get(c) ?? 0) + 1);
  const columns = choices.map((c): ColumnProblem | null =>
    c === '' ? 'undecided' : c !== 'ignore' && count.get(c)! > 1 ? 'duplicate' : null,
  );
  const missing = REQUIRED_FIELDS.filter((f) => !count.has(f));
  return { columns, missing, ok: missing.length === 0 && columns.every((p) => p === null) };
}

const needsQuotes = /[",;\t\r\n]/;
const cell = (v: string) => (needsQuotes.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export interface MappedFile {
  text: string;
  /** Header names (as sent) of the columns to skip: the `ignore` query parameters. */
  ignore: string[];
  /** Sent header name -> the file's own header name, to show server errors in the user's words. */
  originalOf: Map<string, string>;
}

/**
 * Rewrites the header to canonical field names (employee_number, ...). Ignored columns keep their
 * name unless it would clash with another column's, and are listed in `ignore`. The header keeps
 * its number of lines, so the row numbers in the server's errors match the user's file.
 */
export function applyMapping(split: HeaderSplit, choices: Choice[]): MappedFile {
  const taken = new Set(choices.filter((c) => c !== 'ignore' && c !== '').map((c) => c.toLowerCase()));
  const originalOf = new Map<string, string>();
  const ignore: string[] = [];
  const names = split.headers.map((h, i) => {
    const choice = choices[i];
    if (choice !== 'ignore' && choice !== '') {
      originalOf.set(choice, h);
      return choice;
    }
    let name = h.trim();
    // An empty name is skipped by the server anyway; a clashing one gets a unique stand-in.
    if (name !== '' && taken.has(name.toLowerCase())) name = `ignored_column_${i + 1}`;
    if (name !== '') {
      taken.add(name.toLowerCase());
      ignore.push(name);
      originalOf.set(name, h);
    }
    return name;
  });
  const header = names.map(cell).join(split.delimiter) + '\n'.repeat(split.lineSpan - 1);
  return { text: split.prefix + header + split.rest, ignore, originalOf };
}

/** The first data row's cells, to show an example value next to each column; [] when there is none. */
export function sampleRow(split: HeaderSplit): string[] {
  let i = 0;
  const text = split.rest;
  while (i < text.length) {
    while (i < text.length && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
    const end = recordEnd(text, i);
    try {
      const parsed = parseCsv(text.slice(i, end), { delimiter: split.delimiter });
      if (parsed.rows.length > 0) return parsed.rows[0];
    } catch {
      return []; // a broken row is the server's to report, with its line number
    }
    i = end;
  }
  return [];
}
