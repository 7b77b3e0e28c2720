/**
 * Reading a file piece by piece (people.import.read.ts) must give exactly what decoding, parsing and
 * checking the whole file at once gives: records, errors with their rows, blank rows, encoding, and
 * syntax errors at their file-wide line, wherever the pieces and the stream's chunks are cut.
 */
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../platform/csv.ts';
import { decodeText } from '../../platform/text-decoding.ts';
import { validatePeopleRows } from './people.csv.ts';
import { readPeopleCsv } from './people.import.read.ts';

const HEADER = 'Personeelsnummer;Voornaam;Achternaam;E-mail;Afdeling;Taal;Startdatum;Verjaardag';

/** About 600 kB: several pieces, with quoted line breaks, blank lines and bad rows spread over them. */
function bigFile(rows = 5000): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    if (i % 997 === 0) lines.push(';;;;;;;');
    const dept = i % 13 === 0 ? '"Sales\r\nand ""Marketing"""' : 'Opérations et logistique';
    const email = i % 1499 === 7 ? 'not-an-address' : `helene.${i}@example.be`;
    const date = i % 2003 === 11 ? '31/02/2020' : '01/09/2015';
    lines.push(`E${i};Hélène;Dubois-Van den Berghe €;${email};${dept};nl;${date};12/03/1980`);
  }
  return lines.join('\r\n') + '\r\n';
}

function whole(text: string) {
  const parsed = parseCsv(text);
  const v = validatePeopleRows(parsed);
  const lines = new Map<string, number>();
  for (let i = 1; i < parsed.rows.length; i++) lines.set(parsed.rows[i][0], parsed.lines[i]);
  return { ...v, recordRows: v.records.map((r) => lines.get(r.employeeNumber)), skippedBlankRows: parsed.skippedBlankRows };
}

/** The bytes as a stream of chunks of the given sizes, cut anywhere (in a character, in CRLF). */
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('reading a people CSV piece by piece', () => {
  const text = bigFile();
  const expected = whole(text);

  it('gives the records, rows, errors and blank rows of the whole file, from text, bytes and a stream', async () => {
    expect(text.length).toBeGreaterThan(2 * 256 * 1024);
    expect(expected.errors.length).toBeGreaterThan(4);
    const utf8 = new TextEncoder().encode(text);
    for (const source of [text, utf8, chunked(utf8, 65_537), chunked(utf8, 1001)]) {
      const read = await readPeopleCsv(source);
      expect(read.problem).toBeUndefined();
      expect(read.records).toEqual(expected.records);
      expect(read.recordRows).toEqual(expected.recordRows);
      expect(read.errors).toEqual(expected.errors);
      expect(read.skippedBlankRows).toBe(expected.skippedBlankRows);
      expect(read.total).toBe(5000);
    }
  });

  it('hands the records over piece by piece when asked, in file order with their rows, and keeps none', async () => {
    const taken: { records: unknown[]; rows: number[] } = { records: [], rows: [] };
    const headers: unknown[] = [];
    let pieces = 0;
    const read = await readPeopleCsv(new TextEncoder().encode(text), {
      onHeader: (fields) => headers.push(fields),
      onRecords: async (records, rows) => {
        pieces++;
        // The next piece waits for this one's answer.
        await new Promise((r) => setImmediate(r));
        taken.records.push(...records);
        taken.rows.push(...rows);
      },
    });
    expect(pieces).toBeGreaterThan(2);
    expect(headers).toEqual([read.fields]);
    expect(read.records).toEqual([]);
    expect(read.recordRows).toEqual([]);
    expect(taken.records).toEqual(expected.records);
    expect(taken.rows).toEqual(expected.recordRows);
    expect(read.errors).toEqual(expected.errors);
  });

  it('gives the same with the body length announced, exact, too small or too large (a Content-Length)', async () => {
    const utf8 = new TextEncoder().encode(text);
    for (const expectedBytes of [utf8.length, utf8.length - 70_000, utf8.length + 12_345, 1]) {
      const read = await readPeopleCsv(chunked(utf8, 65_537), { expectedBytes });
      expect(read.problem).toBeUndefined();
      expect(read.records).toEqual(expected.records);
      expect(read.errors).toEqual(expected.errors);
      expect(read.total).toBe(5000);
    }
  });

  it('reads Windows-1252 bytes as decodeText does, € and é included', async () => {
    const bytes = Uint8Array.from(text, (ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0)));
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252' });
    const read = await readPeopleCsv(chunked(bytes, 4096));
    expect(read.encoding).toBe('windows-1252');
    expect(read.records).toEqual(expected.records);
    expect(read.records[1].lastName).toBe('Dubois-Van den Berghe €');
  });

  it('refuses what decodeText refuses, with its problem', async () => {
    const bytes = Uint8Array.from(text.slice(0, 5000), (ch) => (ch === '€' ? 0x81 : ch.charCodeAt(0)));
    const read = await readPeopleCsv(bytes);
    expect(read.problem).toEqual(decodeText(bytes));
    expect(read.records).toEqual([]);
  });

  it('throws a syntax error far into the file at its file-wide line and with its column header', async () => {
    const lines = text.split('\r\n');
    lines[4000] = 'E-x;Jan;O"Brien;jan@example.be;Ops;nl;01/09/2015;12/03/1980';
    const broken = lines.join('\r\n');
    let wholeError: CsvSyntaxError | undefined;
    try {
      parseCsv(broken);
    } catch (err) {
      wholeError = err as CsvSyntaxError;
    }
    expect(wholeError).toBeInstanceOf(CsvSyntaxError);
    const err = await readPeopleCsv(broken).then(
      () => undefined,
      (e: unknown) => e as CsvSyntaxError,
    );
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect({ line: err!.line, column: err!.column, code: err!.code, header: err!.header, message: err!.message }).toEqual({
      line: wholeError!.line,
      column: 3,
      code: 'csv-stray-quote',
      header: 'Achternaam',
      message: wholeError!.message,
    });
  });

  it('finds no header in an empty or blank file', async () => {
    expect((await readPeopleCsv('')).headers).toEqual([]);
    expect((await readPeopleCsv(new Uint8Array())).headers).toEqual([]);
    expect((await readPeopleCsv('\r\n;;;\r\n')).headers).toEqual([]);
  });
});
