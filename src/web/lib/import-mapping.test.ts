import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../platform/csv.ts';
import { validatePeopleRows } from '../../modules/people/people.csv.ts';
import { applyMapping, checkMapping, proposeChoices, splitHeader } from './import-mapping.ts';

describe('splitHeader', () => {
  it('finds the header after a BOM and blank lines, and keeps the rest untouched', () => {
    const text = '\uFEFF\r\n\r\nPersoneelsnummer;Voornaam;Achternaam\r\nE1;An;Peeters\r\n';
    const s = splitHeader(text)!;
    expect(s.headers).toEqual(['Personeelsnummer', 'Voornaam', 'Achternaam']);
    expect(s.delimiter).toBe(';');
    expect(s.prefix).toBe('\uFEFF\r\n\r\n');
    expect(s.rest).toBe('\r\nE1;An;Peeters\r\n');
  });

  it('returns null for an empty file', () => {
    expect(splitHeader('\r\n\n')).toBeNull();
  });
});

describe('applyMapping', () => {
  it('rewrites the header to field names, ignores chosen columns, and keeps row numbers', () => {
    const text = 'Nr,"Given\nname",Achternaam,Shoe size\nE1,An,Peeters,42\nE2,,Claes,43\n';
    const split = splitHeader(text)!;
    expect(split.lineSpan).toBe(2);
    const choices = proposeChoices(split.headers);
    expect(choices).toEqual(['', 'first_name', 'last_name', '']);
    const chosen = ['employee_number', 'first_name', 'last_name', 'ignore'] as const;
    expect(checkMapping([...chosen]).ok).toBe(true);
    const mapped = applyMapping(split, [...chosen]);
    expect(mapped.ignore).toEqual(['Shoe size']);
    expect(mapped.originalOf.get('first_name')).toBe('Given\nname');
    // The server's own validation sees the mapping and reports the empty first name on line 4.
    const result = validatePeopleRows(parseCsv(mapped.text), { ignore: mapped.ignore });
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'first_name',
        code: 'csv-required',
        params: { field: 'first_name' },
        value: '',
        message: expect.stringContaining('first name'),
      },
    ]);
  });

  it('renames an ignored column whose name clashes with a mapped field', () => {
    const split = splitHeader('id;first_name;last_name;x\n')!;
    const mapped = applyMapping(split, ['employee_number', 'ignore', 'last_name', 'first_name']);
    expect(mapped.text).toBe('employee_number;ignored_column_2;last_name;first_name\n');
    expect(mapped.ignore).toEqual(['ignored_column_2']);
  });
});

describe('checkMapping', () => {
  it('names undecided and duplicate columns and missing required fields', () => {
    const check = checkMapping(['employee_number', 'employee_number', '']);
    expect(check.columns).toEqual(['duplicate', 'duplicate', 'undecided']);
    expect(check.missing).toEqual(['first_name', 'last_name']);
    expect(check.ok).toBe(false);
  });
});
