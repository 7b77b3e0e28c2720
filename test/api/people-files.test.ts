/**
 * People files as Belgian Excel writes and reads them, through the API with real bytes: Windows-1252
 * and UTF-8 imports, files that are neither, blank rows, stray quotes, and an export that opens in
 * one click in a Belgian Excel and imports back unchanged with either delimiter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/platform/csv.ts';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.ctx, (await makeOrg(env.ctx, 'excel')).id, 'admin');
});
afterAll(() => env.close());

const api = () => client(env.app, admin.token);
const CSV = { 'content-type': 'text/csv' };

/** Bytes as Excel's plain "CSV" (Windows-1252) writes the text: é is 0xE9, Ø 0xD8, € 0x80. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return Uint8Array.from(
    [...text].map((c) => {
      if (high[c] !== undefined) return high[c];
      if (c.charCodeAt(0) > 0xff) throw new Error(`not in Windows-1252: ${c}`);
      return c.charCodeAt(0);
    }),
  );
}

const person = async (number: string) =>
  (await api().get(`/api/v1/people?q=${number}`)).body.items.find((p: any) => p.employeeNumber === number);

describe('importing the bytes Excel writes', () => {
  it('reads a Windows-1252 file exactly: Hélène, François, Ørsted and € as written, never U+FFFD', async () => {
    const file = cp1252(
      'Personeelsnummer;Voornaam;Achternaam;Afdeling;Functie\r\n' +
        'W1;Hélène;Dubois;Finance;Budget € 5\r\n' +
        'W2;François;Ørsted;R&D;Ingénieur d’études\r\n' +
        ';;;;\r\n;;;;\r\n',
    );
    expect(file).toContain(0xe9);
    expect(file).toContain(0x80);
    const res = await api().post('/api/v1/people/import', file, CSV);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ created: 2, updated: 0, unchanged: 0, total: 2, skippedBlankRows: 2, encoding: 'windows-1252' });
    expect(await person('W1')).toMatchObject({ firstName: 'Hélène', lastName: 'Dubois', jobTitle: 'Budget € 5' });
    expect(await person('W2')).toMatchObject({ firstName: 'François', lastName: 'Ørsted', jobTitle: 'Ingénieur d’études' });
    // Found by the accent-free search too: the stored text is the real one.
    expect((await api().get('/api/v1/people?q=helene')).body.items.map((p: any) => p.firstName)).toEqual(['Hélène']);
  });

  it('reads the same people from UTF-8, with or without a byte order mark, and from UTF-16 with one', async () => {
    const text =
      'Personeelsnummer;Voornaam;Achternaam;Afdeling;Functie\r\nW1;Hélène;Dubois;Finance;Budget € 5\r\nW2;François;Ørsted;R&D;Ingénieur d’études\r\n';
    const utf8 = new TextEncoder().encode(text);
    const withBom = new TextEncoder().encode('\uFEFF' + text);
    const utf16le = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    for (const [bytes, encoding] of [
      [utf8, 'utf-8'],
      [withBom, 'utf-8-bom'],
      [utf16le, 'utf-16le'],
    ] as const) {
      const res = await api().post('/api/v1/people/import', bytes, CSV);
      expect(res.body, encoding).toEqual({ created: 0, updated: 0, unchanged: 2, total: 2, skippedBlankRows: 0, encoding });
    }
  });

  it('refuses a file that is neither UTF-8 nor Windows-1252, naming the line and the byte, and writes nothing', async () => {
    const file = Uint8Array.from([
      ...cp1252('Personeelsnummer;Voornaam;Achternaam\r\nX1;Hélène;Dubois\r\nX2;An'),
      0x81,
      ...cp1252(';Peeters\r\n'),
    ]);
    const res = await api().post('/api/v1/people/import', file, CSV);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('csv-invalid');
    expect(res.body.errors).toEqual([
      { row: 3, column: '', code: 'csv-encoding-unknown', params: { line: 3, byte: '0x81' }, message: expect.stringContaining('0x81') },
    ]);
    expect(await person('X1')).toBeUndefined();
  });

  it('refuses UTF-16 without a byte order mark (NUL bytes) and a UTF-8 mark over bytes that are not UTF-8', async () => {
    const noBom = Uint8Array.from([...'employee_number;first_name;last_name\r\nX3;Ana;Lopes\r\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    const nul = await api().post('/api/v1/people/import', noBom, CSV);
    expect(nul.status).toBe(422);
    expect(nul.body.errors[0]).toMatchObject({ code: 'csv-nul-byte', params: { line: 1 } });
    const badBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...cp1252('employee_number;first_name;last_name\r\nX4;Zoé;Lambert\r\n')]);
    const mark = await api().post('/api/v1/people/import', badBom, CSV);
    expect(mark.status).toBe(422);
    expect(mark.body.errors[0]).toMatchObject({ code: 'csv-encoding-invalid', params: { line: 2, encoding: 'UTF-8' } });
    expect(await person('X3')).toBeUndefined();
    expect(await person('X4')).toBeUndefined();
  });

  it('refuses a stray quote by row and column, wherever it stands in the field', async () => {
    for (const name of ['"O"Brien', 'O"Brien', 'OBrien"']) {
      const res = await api().post('/api/v1/people/import', `Personeelsnummer;Voornaam;Achternaam\r\nQ1;Seán;${name}\r\n`, CSV);
      expect(res.status, name).toBe(422);
      expect(res.body.errors, name).toEqual([
        { row: 2, column: 'Achternaam', code: 'csv-stray-quote', params: { line: 2, column: 3 }, message: expect.any(String) },
      ]);
    }
    const quoted = await api().post('/api/v1/people/import', 'Personeelsnummer;Voornaam;Achternaam\r\nQ1;Seán;"O""Brien"\r\n', CSV);
    expect(quoted.body.created).toBe(1);
    expect((await person('Q1')).lastName).toBe('O"Brien');
  });
});

describe('the export, as Belgian Excel opens it', () => {
  /** The raw bytes, which the test client's text (like fetch's) would strip the byte order mark from. */
  const rawExport = async (query = '') => {
    const res = await env.app.request(`/api/v1/people/export.csv${query}`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(res.status).toBe(200);
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    // Values a spreadsheet would run, and values holding both separators and quotes.
    const csv = [
      'employee_number;first_name;last_name;job_title;department',
      'F1;Eve;Hacker;"=HYPERLINK(""http://evil.example"")";"x;=1+1"',
      'F2;Sam;"Minus, Jr.";-Senior;"5"" screen, ; and more"',
    ].join('\r\n');
    const res = await api().post('/api/v1/people/import', csv, CSV);
    expect(res.body.created, res.text).toBe(2);
  });

  it('is UTF-8 with a byte order mark and ; between cells by default, every row as many cells as the header', async () => {
    const { res, bytes } = await rawExport();
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.split('\r\n')[0]).toMatch(/^employee_number;first_name;last_name;work_email;/);
    expect(text).toContain('Hélène');
    const parsed = parseCsv(text, { delimiter: ';' });
    for (const row of parsed.rows) expect(row).toHaveLength(parsed.rows[0].length);
    // Formulas defused, and a cell with , or ; quoted whatever the delimiter.
    const eve = parsed.rows.find((r) => r[0] === 'F1')!;
    expect(eve[10]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(text).toContain(';"x;=1+1";');
    expect(text).toContain(';"Minus, Jr.";');
    expect(parsed.rows.find((r) => r[0] === 'F2')![10]).toBe(`'-Senior`);
  });

  it('writes commas with delimiter=, and refuses any other delimiter', async () => {
    const { bytes } = await rawExport('?delimiter=,');
    const text = new TextDecoder().decode(bytes.subarray(3));
    expect(text.split('\r\n')[0]).toMatch(/^employee_number,first_name,last_name,work_email,/);
    expect(text).toContain(',"x;=1+1",');
    expect(parseCsv(text).delimiter).toBe(',');
    const bad = await api().get('/api/v1/people/export.csv?delimiter=%7C');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ path: 'query.delimiter' });
  });

  it('imports back unchanged, bytes as downloaded, with either delimiter', async () => {
    const before = (await api().get('/api/v1/people?count=true&limit=200')).body;
    for (const query of ['', '?delimiter=%3B', '?delimiter=,']) {
      const { bytes } = await rawExport(query);
      const res = await api().post('/api/v1/people/import', bytes, CSV);
      expect(res.body, query).toEqual({
        created: 0,
        updated: 0,
        unchanged: before.total,
        total: before.total,
        skippedBlankRows: 0,
        encoding: 'utf-8-bom',
      });
    }
    const after = (await api().get('/api/v1/people?count=true&limit=200')).body;
    expect(after.items).toEqual(before.items);
    expect(await person('F1')).toMatchObject({ jobTitle: '=HYPERLINK("http://evil.example")', department: 'x;=1+1' });
    expect(await person('F2')).toMatchObject({ lastName: 'Minus, Jr.', jobTitle: '-Senior', department: '5" screen, ; and more' });
  });
});
