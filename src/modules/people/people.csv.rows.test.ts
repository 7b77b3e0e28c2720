/** People import rows: records built from a parsed file, and every problem named by row and column. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../platform/csv.ts';
import { validatePeopleRows } from './people.csv.rows.ts';

describe('validatePeopleRows', () => {
  const csv = (lines: string[]) => parseCsv(lines.join('\r\n'));

  it('builds records: absent columns stay undefined, empty cells become null', () => {
    const r = validatePeopleRows(
      csv([
        'Personeelsnummer;Voornaam;Naam;E-mail;Taal;Vestiging;Gewest;Datum in dienst;Uit dienst;Geboortedatum;Gevoelig',
        'E1; Ana ;Peeters;Ana@Example.be;NL;Gent;Vlaanderen;01/02/2020;;07/11;x',
        'E2;Jan;Jansens;;;;;;;;',
      ]),
    );
    expect(r.errors).toEqual([]);
    expect(r.records).toEqual([
      {
        employeeNumber: 'E1',
        firstName: 'Ana',
        lastName: 'Peeters',
        workEmail: 'ana@example.be',
        language: 'nl',
        site: 'Gent',
        region: 'flanders',
        country: 'BE',
        startDate: '2020-02-01',
        endDate: null,
        birthDay: 7,
        birthMonth: 11,
        birthYear: null,
        sensitive: true,
      },
      {
        employeeNumber: 'E2',
        firstName: 'Jan',
        lastName: 'Jansens',
        workEmail: null,
        language: null,
        site: null,
        region: null,
        startDate: null,
        endDate: null,
        birthDay: null,
        birthMonth: null,
        birthYear: null,
        sensitive: false,
      },
    ]);
    expect(Object.keys(r.records[0])).not.toContain('department');
    expect(r.fields[0]).toBe('employee_number');
  });

  it('combines a region with a country column', () => {
    const r = validatePeopleRows(
      csv([
        'employee_number;first_name;last_name;site;region;country',
        '1;A;A;Amsterdam;abroad;NL',
        '2;B;B;Paris;FR;',
        '3;C;C;Luik;Wallonie;',
        '4;D;D;;;DE',
        '5;E;E;Gent;Flanders;NL',
        '6;F;F;Lille;abroad;BE',
      ]),
    );
    expect(r.records.map((p) => [p.region, p.country])).toEqual([
      ['abroad', 'NL'],
      ['abroad', 'FR'],
      ['wallonia', 'BE'],
      [null, 'DE'],
    ]);
    expect(r.errors).toEqual([
      {
        row: 6,
        column: 'country',
        code: 'csv-country-region-mismatch',
        params: { country: 'NL', regionCountry: 'BE' },
        value: 'NL',
        message: 'The country NL does not match the region, which is in BE',
      },
      { row: 7, column: 'country', code: 'csv-abroad-in-be', value: 'BE', message: expect.stringMatching(/abroad but the country is BE/) },
    ]);
  });

  it('reports every error of every row with the spreadsheet row and the column as written', () => {
    const r = validatePeopleRows(
      csv([
        "Matricule;Prénom;Nom;Courriel;Langue;Site;Région;Responsable;Date d'entrée;Date de sortie;Date de naissance;Fonction sensible",
        '100;Ana;Peeters;ana@example.be;fr;Namur;Wallonie;;01/01/2020;;;non',
        '101;;Jansens;ana@example.be;es;;Flandre;101;31/02/2024;;;peut-être',
        '',
        '100;"Marie',
        'Claire";Dubois;marie@example;fr;Liège;;;01/03/2021;28/02/2021;30/02;oui',
        '102;Piet;Pieters',
        '103;Ok;Person;ok@example.be;nl;;;100;;;;',
      ]),
    );
    expect(r.errors).toEqual([
      {
        row: 3,
        column: 'Prénom',
        code: 'csv-required',
        params: { field: 'first_name' },
        value: '',
        message: 'The first name is empty: every person needs one',
      },
      {
        row: 3,
        column: 'Langue',
        code: 'csv-unknown-language',
        value: 'es',
        message: expect.stringMatching(/^"es" is not a supported language/),
      },
      {
        row: 3,
        column: "Date d'entrée",
        code: 'csv-no-such-day',
        params: { month: 2, days: 29 },
        value: '31/02/2024',
        message: expect.stringMatching(/^"31\/02\/2024" is not a real date/),
      },
      {
        row: 3,
        column: 'Fonction sensible',
        code: 'csv-not-yes-no',
        value: 'peut-être',
        message: expect.stringMatching(/^"peut-être" is not yes or no/),
      },
      {
        row: 3,
        column: 'Courriel',
        code: 'csv-duplicate-email',
        params: { otherRow: 2 },
        value: 'ana@example.be',
        message: 'Work e-mail "ana@example.be" is also on row 2',
      },
      { row: 3, column: 'Responsable', code: 'csv-own-manager', value: '101', message: 'A person cannot be their own manager ("101")' },
      {
        row: 3,
        column: 'Région',
        code: 'csv-region-without-site',
        value: 'Flandre',
        message: expect.stringMatching(/region is filled in but the site is not/),
      },
      {
        row: 5,
        column: 'Courriel',
        code: 'csv-invalid-email',
        params: { reason: 'domain' },
        value: 'marie@example',
        message: expect.stringMatching(/^"marie@example" is not a valid e-mail address/),
      },
      {
        row: 5,
        column: 'Date de naissance',
        code: 'csv-no-such-day',
        params: { month: 2, days: 29 },
        value: '30/02',
        message: expect.stringMatching(/^"30\/02" is not a real date/),
      },
      {
        row: 5,
        column: 'Matricule',
        code: 'csv-duplicate-employee-number',
        params: { otherRow: 2 },
        value: '100',
        message: 'Employee number "100" is also on row 2',
      },
      {
        row: 5,
        column: 'Date de sortie',
        code: 'csv-end-before-start',
        params: { start: '2021-03-01', end: '2021-02-28' },
        value: '28/02/2021',
        message: 'The end date 2021-02-28 is before the start date 2021-03-01',
      },
      {
        row: 7,
        column: '',
        code: 'csv-cell-count',
        params: { cells: 3, expected: 12, separator: ';' },
        message: expect.stringMatching(/^Row 7 has 3 cells but the header has 12: .*";"/),
      },
    ]);
    expect(r.records.map((p) => p.employeeNumber)).toEqual(['100', '103']);
    expect(r.records[1].managerNumber).toBe('100');
  });

  it('checks the length of employee numbers', () => {
    const r = validatePeopleRows(csv(['employee_number;first_name;last_name', `${'9'.repeat(51)};A;B`]));
    expect(r.errors).toEqual([
      {
        row: 2,
        column: 'employee_number',
        code: 'csv-too-long',
        params: { length: 51, max: 50 },
        value: '9'.repeat(51),
        message: expect.stringMatching(/51 characters long/),
      },
    ]);
  });

  it('stops at header errors and reports them on the header row', () => {
    const r = validatePeopleRows(csv(['', 'Voornaam;Naam;Kleur', ';;']));
    expect(r.records).toEqual([]);
    expect(r.errors).toEqual([
      {
        row: 2,
        column: 'Kleur',
        code: 'csv-unknown-column',
        params: { column: 'Kleur' },
        message: expect.stringMatching(/Unknown column "Kleur"/),
      },
      {
        row: 2,
        column: 'employee_number',
        code: 'csv-missing-column',
        params: expect.objectContaining({ field: 'employee_number' }),
        message: expect.stringMatching(/Missing column "employee_number"/),
      },
    ]);
    expect(validatePeopleRows(csv(['Voornaam;Naam;Kleur']), { ignore: ['kleur'] }).errors).toHaveLength(1);
  });

  it('reports an empty file', () => {
    expect(validatePeopleRows(parseCsv('')).errors).toEqual([
      { row: 1, column: '', code: 'csv-empty-file', message: expect.stringMatching(/empty/) },
    ]);
  });
});
