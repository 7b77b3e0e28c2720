/** People files as Belgian Excel writes them: Windows-1252 bytes, blank `;;;;` rows, stray quotes. */
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../platform/csv.ts';
import { decodeText } from '../../platform/text-decoding.ts';
import { validatePeopleRows } from './people.csv.ts';

/** Text as Excel's plain "CSV" writes it: one byte per character, Windows-1252. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, Œ: 0x8c, œ: 0x9c };
  return Uint8Array.from([...text].map((c) => high[c] ?? (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f)));
}

const read = (bytes: Uint8Array) => {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.message);
  return { ...decoded, parsed: parseCsv(decoded.text) };
};

describe('a Windows-1252 file from Excel', () => {
  it('reads accented names exactly, never as U+FFFD', () => {
    const file = cp1252(
      'Personeelsnummer;Voornaam;Achternaam;Afdeling\r\nE1;Hélène;Dubois;R&D €\r\nE2;François;Ørsted;Cœur d’équipe\r\n;;;\r\n;;;\r\n',
    );
    const { encoding, parsed } = read(file);
    expect(encoding).toBe('windows-1252');
    const r = validatePeopleRows(parsed);
    expect(r.errors).toEqual([]);
    expect(r.records.map((p) => [p.firstName, p.lastName, p.department])).toEqual([
      ['Hélène', 'Dubois', 'R&D €'],
      ['François', 'Ørsted', 'Cœur d’équipe'],
    ]);
    expect(JSON.stringify(r.records)).not.toContain('\uFFFD');
    expect(parsed.skippedBlankRows).toBe(2);
  });

  it('reads the same people from the UTF-8 file Excel saves as "CSV UTF-8"', () => {
    const text = 'Personeelsnummer;Voornaam;Achternaam\r\nE1;Hélène;Dubois\r\nE2;François;Ørsted\r\n';
    const fromUtf8 = read(new TextEncoder().encode('\uFEFF' + text));
    const fromAnsi = read(cp1252(text));
    expect(fromUtf8.encoding).toBe('utf-8-bom');
    expect(validatePeopleRows(fromUtf8.parsed).records).toEqual(validatePeopleRows(fromAnsi.parsed).records);
  });
});

describe('blank rows', () => {
  it('skips and counts empty lines and ;;;; lines, keeping the row numbers of the others', () => {
    const parsed = parseCsv(
      [
        'Personeelsnummer;Voornaam;Achternaam;Startdatum',
        'E1;An;Peeters;01/02/2020',
        ';;;',
        '',
        ' ; ; ; ',
        'E2;Bo;Claes;morgen',
        ';;;',
      ].join('\r\n'),
    );
    expect(parsed.skippedBlankRows).toBe(4);
    const r = validatePeopleRows(parsed);
    expect(r.records.map((p) => p.employeeNumber)).toEqual(['E1']);
    expect(r.errors).toEqual([expect.objectContaining({ row: 6, column: 'Startdatum', code: 'csv-not-a-date' })]);
  });
});

describe('stray quotes', () => {
  const header = 'Personeelsnummer;Voornaam;Achternaam;Functie';
  const refusal = (row: string) => {
    try {
      parseCsv(`${header}\r\nE1;An;Peeters;HR\r\n${row}\r\n`);
    } catch (e) {
      if (e instanceof CsvSyntaxError) return { code: e.code, line: e.line, column: e.column, header: e.header };
      throw e;
    }
    return null;
  };

  it('refuses a quote at the start, in the middle or at the end of an unquoted field alike, naming row and column', () => {
    const expected = { code: 'csv-stray-quote', line: 3, column: 3, header: 'Achternaam' };
    expect(refusal('E2;Seán;"O"Brien;IT')).toEqual(expected);
    expect(refusal('E2;Seán;O"Brien;IT')).toEqual(expected);
    expect(refusal('E2;Seán;OBrien";IT')).toEqual(expected);
    expect(refusal('E2;Seán;Screen;5" screen')).toEqual({ ...expected, column: 4, header: 'Functie' });
  });

  it('reads the same values quoted as Excel writes them', () => {
    expect(refusal('E2;Seán;"O""Brien";"5"" screen"')).toBeNull();
    const r = validatePeopleRows(parseCsv(`${header}\r\nE2;Seán;"O""Brien";"5"" screen"\r\n`));
    expect(r.records[0]).toMatchObject({ lastName: 'O"Brien', jobTitle: '5" screen' });
  });
});
