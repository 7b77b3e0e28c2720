/**
 * Reading an uploaded people CSV piece by piece: the body's bytes as they arrive, then text decoded
 * a quarter megabyte at a time, cut at row ends (outside quotes), each piece parsed and its rows checked at
 * once. The file is never held as one string nor as rows of cells: only its bytes (what was sent)
 * and the checked records stay in memory, and not even those when onRecords takes them piece by piece. What comes out is what decoding, parsing and checking the
 * whole file at once would give: the same encoding, the same errors at the same rows and columns.
 */
import { CsvSyntaxError, parseCsv, type CsvDelimiter } from '../../platform/csv.ts';
import { decodeText, firstInvalidUtf8, type Decoded, type TextEncodingName } from '../../platform/text-decoding.ts';
import { rowChecker, type RowChecker } from './people.csv.rows.ts';
import type { PersonField, PersonRecord, RowError } from './people.types.ts';

/** A file's bytes: whole, as text already, or a stream (a request body). */
export type CsvSource = string | Uint8Array | AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;

export interface ReadRecords {
  /** The decoding problem that stops everything, when the bytes are not text. */
  problem?: Extract<Decoded, { ok: false }>;
  encoding: TextEncodingName;
  /** The header row's cells; empty when the file has no row at all. */
  headers: string[];
  fields: (PersonField | null)[];
  /** The valid rows, in file order, with the physical line each starts on (empty when `onRecords` took them). */
  records: PersonRecord[];
  recordRows: number[];
  errors: RowError[];
  /** Data rows read (valid or not). */
  total: number;
  skippedBlankRows: number;
}

/** Bytes (or characters) per piece: about 2,000 rows, a few milliseconds of work between pauses. */
const PIECE_BYTES = 256 * 1024;

/**
 * The whole body as one array. With its length known beforehand (a request's Content-Length), each
 * piece is copied into place as it arrives and dropped: the bytes are held once, not twice as when
 * the pieces are joined at the end (16 MB less at the top of a 100,000-row import).
 */
export async function bytesOf(source: Exclude<CsvSource, string>, expectedBytes?: number): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source;
  let whole = expectedBytes !== undefined && expectedBytes > 0 ? new Uint8Array(expectedBytes) : undefined;
  let at = 0;
  const chunks: Uint8Array[] = [];
  const add = (chunk: Uint8Array) => {
    if (whole && at + chunk.length <= whole.length) whole.set(chunk, at);
    else {
      // More than announced (or nothing announced): keep the pieces and join them at the end.
      if (whole) chunks.push(whole.subarray(0, at));
      whole = undefined;
      chunks.push(chunk);
    }
    at += chunk.length;
  };
  if ('getReader' in source) {
    const reader = source.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) add(r.value);
  } else {
    for await (const chunk of source) add(chunk);
  }
  if (whole) return at === whole.length ? whole : whole.subarray(0, at);
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(at);
  let to = 0;
  for (const c of chunks) {
    all.set(c, to);
    to += c.length;
  }
  return all;
}

/** Windows-1252's characters for 0x80..0x9F (what Node's latin1 decoder gives as C1 controls), from decodeText itself. */
let cp1252High: string[] | undefined;
function cp1252(text: string): string {
  cp1252High ??= Array.from({ length: 32 }, (_, k) => {
    const d = decodeText(Uint8Array.of(0x80 + k));
    return d.ok ? d.text : String.fromCharCode(0x80 + k);
  });
  const table = cp1252High;
  return text.replace(/[\u0080-\u009f]/g, (c) => table[c.charCodeAt(0) - 0x80]);
}

type PieceDecoder = { encoding: TextEncodingName; body: Uint8Array; decode(piece: Uint8Array, last: boolean): string };

/**
 * How to decode the bytes piece by piece, decided as decodeText decides for the whole: UTF-8 when
 * every byte is valid UTF-8, else Windows-1252 when every byte is defined there. Anything else
 * (UTF-16, a problem) is decoded whole by decodeText, which also words the problem.
 */
function pieceDecoder(bytes: Uint8Array): PieceDecoder | Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeText(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (firstInvalidUtf8(body) === -1) {
    if (body.indexOf(0) !== -1) return decodeText(bytes);
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return { encoding: bom ? 'utf-8-bom' : 'utf-8', body, decode: (piece, last) => decoder.decode(piece, { stream: !last }) };
  }
  if (bom) return decodeText(bytes);
  for (const b of [0x00, 0x81, 0x8d, 0x8f, 0x90, 0x9d]) if (body.indexOf(b) !== -1) return decodeText(bytes);
  const latin1 = new TextDecoder('latin1');
  return { encoding: 'windows-1252', body, decode: (piece) => cp1252(latin1.decode(piece)) };
}

/** Text pieces of about PIECE_BYTES, each ending after a line feed (or at the end). */
function* textPieces(d: PieceDecoder | { text: string }): Generator<string> {
  if ('text' in d) {
    for (let from = 0; from < d.text.length;) {
      const lf = d.text.indexOf('\n', from + PIECE_BYTES);
      const to = lf === -1 ? d.text.length : lf + 1;
      yield d.text.slice(from, to);
      from = to;
    }
    return;
  }
  const { body } = d;
  for (let from = 0; from < body.length;) {
    let to = Math.min(body.length, from + PIECE_BYTES);
    if (to < body.length) {
      // A line feed byte is a line feed in UTF-8 and in Windows-1252: never inside a character.
      const lf = body.indexOf(10, to);
      to = lf === -1 ? body.length : lf + 1;
    }
    yield d.decode(body.subarray(from, to), to >= body.length);
    from = to;
  }
}

/** Where the last row in `text` ends: after the last line feed outside quotes (-1: none). */
function lastRowEnd(text: string): number {
  let inQuotes = false;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) end = i + 1;
  }
  return end;
}

/** Physical lines in `text`, counted as the CSV parser counts them (LF, and CR not before LF). */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ReadOptions {
  ignore?: string[];
  /** Called after each piece with the data rows read so far. */
  onRows?: (rows: number) => void;
  expectedBytes?: number;
  /** Called once the header row is read, with each column's field (before any data row is checked). */
  onHeader?: (fields: (PersonField | null)[]) => void;
  /**
   * Takes each piece's valid records (with their lines) as they are checked, and the next piece
   * waits for what it returns; the records are then not kept in `records`. An import reads a file
   * this way more than once (check, cross-check, write), so it never holds every record at once.
   */
  onRecords?: (records: PersonRecord[], rows: number[]) => void | Promise<void>;
}

/**
 * Reads and checks a whole file. A CsvSyntaxError (at its file-wide line, with its column's header)
 * is thrown as parsing the whole text would throw it; rows checked before it are then dropped.
 */
export async function readPeopleCsv(source: CsvSource, options: ReadOptions = {}): Promise<ReadRecords> {
  const out: ReadRecords = {
    encoding: 'utf-8',
    headers: [],
    fields: [],
    records: [],
    recordRows: [],
    errors: [],
    total: 0,
    skippedBlankRows: 0,
  };
  let decoder: PieceDecoder | { text: string };
  if (typeof source === 'string') decoder = { text: source };
  else {
    const d = pieceDecoder(await bytesOf(source, options.expectedBytes));
    if ('ok' in d && !d.ok) return { ...out, problem: d };
    if ('ok' in d) {
      out.encoding = d.encoding;
      decoder = { text: d.text };
    } else {
      out.encoding = d.encoding;
      decoder = d;
    }
  }

  let delimiter: CsvDelimiter | undefined;
  let checker: RowChecker | undefined;
  let offset = 0; // physical lines before the current piece
  let carry = '';
  const { onRecords } = options;
  // With onRecords, each piece's records go to it in arrays of their own: `out` keeps none.
  let records: PersonRecord[] = onRecords ? [] : out.records;
  let recordRows: number[] = onRecords ? [] : out.recordRows;
  const parsePiece = (text: string) => {
    let parsed;
    try {
      parsed = parseCsv(text, delimiter ? { delimiter } : {});
    } catch (err) {
      if (!(err instanceof CsvSyntaxError)) throw err;
      const message = err.message.replace(/^Line \d+: /, '');
      throw new CsvSyntaxError(err.line + offset, message, err.column, err.code, checker ? out.headers[err.column - 1] : err.header);
    }
    out.skippedBlankRows += parsed.skippedBlankRows;
    for (let k = 0; k < parsed.rows.length; k++) {
      const row = parsed.lines[k] + offset;
      if (!checker) {
        delimiter = parsed.delimiter;
        out.headers = parsed.rows[k];
        checker = rowChecker(out.headers, row, delimiter, options);
        out.fields = checker.fields;
        out.errors.push(...checker.headerErrors);
        options.onHeader?.(checker.fields);
        continue;
      }
      out.total++;
      // With a wrong header, the rows are only counted.
      if (checker.headerErrors.length > 0) continue;
      const record = checker.check(parsed.rows[k], row, out.errors);
      if (record) {
        records.push(record);
        recordRows.push(row);
      }
    }
    offset += lineBreaks(text);
  };
  /** Hands the piece's records to onRecords (when there is one) and starts a new piece. */
  const handOver = async () => {
    if (!onRecords || records.length === 0) return;
    const piece = records;
    const rows = recordRows;
    records = [];
    recordRows = [];
    await onRecords(piece, rows);
  };

  let first = true;
  for (const piece of textPieces(decoder)) {
    if (!first) await pause();
    first = false;
    const text = carry + piece;
    const end = lastRowEnd(text);
    if (end === -1) {
      carry = text;
      continue;
    }
    carry = text.slice(end);
    parsePiece(end === text.length ? text : text.slice(0, end));
    options.onRows?.(out.total);
    await handOver();
  }
  if (carry !== '') parsePiece(carry);
  await handOver();
  return out;
}
