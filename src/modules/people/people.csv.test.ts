import { describe, expect, it } from 'vitest';
import {
  HEADER_ALIASES,
  cleanText,
  mapColumns,
  matchHeader,
  normalizeHeader,
  parseBirthday,
  parseBoolean,
  parseCountry,
  parseDate,
  parseEmail,
  parseLanguage,
  parseRegion,
  type Parsed,
} from './people.csv.ts';
import { PERSON_FIELDS, type PersonField } from './people.types.ts';

const value = <T>(r: Parsed<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r.value;
};
const message = <T>(r: Parsed<T>): string => {
  if (r.ok) throw new Error(`expected an error, got: ${JSON.stringify(r.value)}`);
  return r.message;
};

describe('headers', () => {
  it('normalizes case, accents and punctuation', () => {
    expect(normalizeHeader("  Numéro d'Employé ")).toBe('numerodemploye');
    expect(normalizeHeader('N° matricule')).toBe('nmatricule');
    expect(normalizeHeader('E-mail_privé')).toBe('emailprive');
  });

  // One English, one Dutch and one French name per field, written the way exports write them.
  const samples: Record<PersonField, [string, string, string]> = {
    employee_number: ['Employee ID', 'Personeelsnummer', 'N° matricule'],
    first_name: ['Given name', 'Voornaam', 'Prénom'],
    last_name: ['Surname', 'Achternaam', 'Nom de famille'],
    work_email: ['Work email', 'E-mailadres', 'Courriel'],
    personal_email: ['Private email', 'Persoonlijk e-mailadres', 'E-mail privé'],
    language: ['Language', 'Werktaal', 'Langue'],
    department: ['Dept', 'Afdeling', 'Département'],
    site: ['Location', 'Vestiging', 'Lieu de travail'],
    region: ['Region', 'Gewest', 'Région'],
    country: ['Country', 'Land', 'Pays'],
    job_title: ['Job title', 'Functietitel', 'Intitulé de poste'],
    manager: ['Manager employee number', 'Leidinggevende', 'Responsable'],
    start_date: ['Hire date', 'Datum in dienst', "Date d'entrée"],
    end_date: ['Termination date', 'Uit dienst', 'Date de sortie'],
    birthday: ['DOB', 'Geboortedatum', 'Date de naissance'],
    sensitive: ['Sensitive function', 'Gevoelige functie', 'Fonction sensible'],
    employment_type: ['Contract type', 'Statuut', 'Type de contrat'],
  };
  it.each(PERSON_FIELDS)('recognises the canonical name and aliases of %s', (field) => {
    expect(matchHeader(field)).toBe(field);
    for (const name of samples[field]) expect(matchHeader(name)).toBe(field);
    for (const name of HEADER_ALIASES[field]) expect(matchHeader(name)).toBe(field);
    expect(matchHeader(field.toUpperCase().replace('_', ' '))).toBe(field);
  });

  it('has no alias that means two fields', () => {
    const owner = new Map<string, string>();
    for (const field of PERSON_FIELDS) {
      for (const name of HEADER_ALIASES[field]) {
        const key = normalizeHeader(name);
        expect(owner.get(key) ?? field, `${name} is claimed twice`).toBe(field);
        owner.set(key, field);
      }
    }
  });

  it('does not guess unknown headers', () => {
    expect(matchHeader('Shoe size')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });
});

describe('mapColumns', () => {
  it('maps headers to fields and ignores empty and ignored columns', () => {
    const r = mapColumns(['Personeelsnummer', 'Voornaam', 'Naam', '', 'Schoenmaat'], { ignore: [' schoenMAAT '] });
    expect(r).toEqual({ fields: ['employee_number', 'first_name', 'last_name', null, null], errors: [] });
  });

  it('reports unknown, duplicate and missing columns', () => {
    const r = mapColumns(['Matricule', 'Prénom', 'Foo', 'E-mail', 'Courriel']);
    expect(r.fields).toEqual(['employee_number', 'first_name', null, 'work_email', null]);
    expect(r.errors).toEqual([
      {
        row: 1,
        column: 'Foo',
        code: 'csv-unknown-column',
        params: { column: 'Foo' },
        message: 'Unknown column "Foo": map it to a field or ignore it',
      },
      {
        row: 1,
        column: 'Courriel',
        code: 'csv-duplicate-column',
        params: { first: 'E-mail', column: 'Courriel', field: 'work_email' },
        message: expect.stringMatching(/"E-mail" and "Courriel" both mean work_email/),
      },
      {
        row: 1,
        column: 'last_name',
        code: 'csv-missing-column',
        params: { field: 'last_name', accepted: expect.stringMatching(/Achternaam/) },
        message: expect.stringMatching(/^Missing column "last_name" \(also accepted: .*Achternaam.*Nom de famille/),
      },
    ]);
  });

  it('lists accepted names for a missing required column', () => {
    const r = mapColumns(['Voornaam', 'Naam']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].column).toBe('employee_number');
    expect(r.errors[0].message).toMatch(/Personeelsnummer.*Matricule/);
  });
});

describe('parseDate', () => {
  it.each([
    ['15/03/2024', '2024-03-15'],
    ['5/3/2024', '2024-03-05'],
    ['15-03-2024', '2024-03-15'],
    ['15.03.2024', '2024-03-15'],
    ['2024-03-15', '2024-03-15'],
    ['2024-03-15 00:00:00', '2024-03-15'],
    ['2024-03-15T08:30', '2024-03-15'],
    [' 29/02/2024 ', '2024-02-29'],
    ['31/12/2100', '2100-12-31'],
    ['01/01/1900', '1900-01-01'],
  ])('reads %s', (raw, iso) => {
    expect(value(parseDate(raw))).toBe(iso);
  });

  it.each([
    ['31/02/2024', /month 2 of 2024 has 29 days/],
    ['29/02/2023', /month 2 of 2023 has 28 days/],
    ['31/04/2024', /has 30 days/],
    ['12/31/2024', /no month 31/],
    ['15/03/24', /four-digit year/],
    ['01/01/1899', /between 1900 and 2100/],
    ['2101-01-01', /between 1900 and 2100/],
    ['15/03-2024', /not a date/],
    ['tomorrow', /not a date/],
    ['45366', /Excel date number/],
  ])('rejects %s', (raw, why) => {
    const m = message(parseDate(raw));
    expect(m).toContain(`"${raw}"`);
    expect(m).toMatch(why);
  });
});

describe('parseBirthday', () => {
  it('reads full dates and day/month without a year', () => {
    expect(value(parseBirthday('07/11/1985'))).toEqual({ day: 7, month: 11, year: 1985 });
    expect(value(parseBirthday('1985-11-07'))).toEqual({ day: 7, month: 11, year: 1985 });
    expect(value(parseBirthday('07/11'))).toEqual({ day: 7, month: 11, year: null });
    expect(value(parseBirthday('7/1'))).toEqual({ day: 7, month: 1, year: null });
    expect(value(parseBirthday('07-11'))).toEqual({ day: 7, month: 11, year: null });
    expect(value(parseBirthday('07.11'))).toEqual({ day: 7, month: 11, year: null });
    expect(value(parseBirthday('--11-07'))).toEqual({ day: 7, month: 11, year: null });
    expect(value(parseBirthday('29/02'))).toEqual({ day: 29, month: 2, year: null });
  });

  it('rejects impossible days and unknown formats', () => {
    expect(message(parseBirthday('30/02'))).toMatch(/"30\/02" is not a real date/);
    expect(message(parseBirthday('01/13'))).toMatch(/no month 13/);
    expect(message(parseBirthday('29/02/2023'))).toMatch(/"29\/02\/2023" is not a real date/);
    expect(message(parseBirthday('november'))).toMatch(/"november" is not a birthday/);
  });
});

describe('parseLanguage', () => {
  it.each([
    ['nl', 'nl'],
    ['FR', 'fr'],
    ['En', 'en'],
    ['de', 'de'],
    ['nl-BE', 'nl'],
    ['fr_BE', 'fr'],
    ['de-DE', 'de'],
    ['Nederlands', 'nl'],
    ['Dutch', 'nl'],
    ['Néerlandais', 'nl'],
    ['Vlaams', 'nl'],
    ['Français', 'fr'],
    ['Francais', 'fr'],
    ['Frans', 'fr'],
    ['French', 'fr'],
    ['English', 'en'],
    ['Engels', 'en'],
    ['Anglais', 'en'],
    ['Deutsch', 'de'],
    ['Duits', 'de'],
    ['German', 'de'],
    ['Allemand', 'de'],
  ])('reads %s', (raw, code) => {
    expect(value(parseLanguage(raw))).toBe(code);
  });

  it.each(['es', 'Spaans', 'nl-BE-x', 'n', 'constructor'])('rejects %s', (raw) => {
    expect(message(parseLanguage(raw))).toMatch(new RegExp(`"${raw}" is not a supported language: use nl, fr, en or de`));
  });
});

describe('parseRegion and parseCountry', () => {
  it.each([
    ['Flanders', 'flanders'],
    ['Vlaanderen', 'flanders'],
    ['Flandre', 'flanders'],
    ['Vlaams Gewest', 'flanders'],
    ['Région flamande', 'flanders'],
    ['Brussels', 'brussels'],
    ['Brussel', 'brussels'],
    ['Bruxelles', 'brussels'],
    ['Brussels-Capital', 'brussels'],
    ['Brussels Hoofdstedelijk Gewest', 'brussels'],
    ['Région de Bruxelles-Capitale', 'brussels'],
    ['Wallonia', 'wallonia'],
    ['Wallonië', 'wallonia'],
    ['Wallonie', 'wallonia'],
    ['Waals Gewest', 'wallonia'],
    ['Région wallonne', 'wallonia'],
  ])('reads %s as a Belgian region', (raw, region) => {
    expect(value(parseRegion(raw))).toEqual({ region, country: 'BE' });
  });

  it('reads abroad and foreign country codes', () => {
    expect(value(parseRegion('abroad'))).toEqual({ region: 'abroad', country: null });
    expect(value(parseRegion('Buitenland'))).toEqual({ region: 'abroad', country: null });
    expect(value(parseRegion('étranger'))).toEqual({ region: 'abroad', country: null });
    expect(value(parseRegion('nl'))).toEqual({ region: 'abroad', country: 'NL' });
    expect(value(parseRegion('LU'))).toEqual({ region: 'abroad', country: 'LU' });
  });

  it('rejects BE, unknown codes and unknown names', () => {
    expect(message(parseRegion('BE'))).toMatch(/"BE" does not say which region/);
    expect(message(parseRegion('XX'))).toMatch(/"XX" is not a region/);
    expect(message(parseRegion('Limburg'))).toMatch(/"Limburg" is not a region/);
    expect(message(parseRegion('toString'))).toMatch(/is not a region/);
  });

  it('reads ISO country codes', () => {
    expect(value(parseCountry('be'))).toBe('BE');
    expect(value(parseCountry(' NL '))).toBe('NL');
    expect(value(parseCountry('UK'))).toBe('GB');
    expect(message(parseCountry('Belgium'))).toMatch(/"Belgium" is not a country code/);
    expect(message(parseCountry('XX'))).toMatch(/"XX"/);
  });
});

describe('parseBoolean', () => {
  it.each(['yes', 'Y', 'ja', 'J', 'oui', 'o', 'TRUE', 'waar', 'vrai', '1', 'x', 'X'])('reads %s as true', (raw) => {
    expect(value(parseBoolean(raw))).toBe(true);
  });
  it.each(['no', 'N', 'nee', 'non', 'false', 'onwaar', 'Faux', '0', '', '  '])('reads "%s" as false', (raw) => {
    expect(value(parseBoolean(raw))).toBe(false);
  });
  it('rejects anything else', () => {
    expect(message(parseBoolean('maybe'))).toMatch(/"maybe" is not yes or no/);
  });
});

describe('parseEmail', () => {
  it('accepts and lower-cases addresses', () => {
    expect(value(parseEmail(' Ana.Peeters@Example.BE '))).toBe('ana.peeters@example.be');
    expect(value(parseEmail('jan+hr@sub.example.co.uk'))).toBe('jan+hr@sub.example.co.uk');
  });
  it.each([
    ['ana.peeters', /exactly one @/],
    ['ana@@example.be', /exactly one @/],
    ['ana@x@example.be', /exactly one @/],
    ['@example.be', /nothing before the @/],
    ['ana@example', /domain/],
    ['ana@example.be.', /domain/],
    ['ana@.example.be', /domain/],
    ['ana @example.be', /space/],
    [`${'a'.repeat(250)}@example.be`, /254/],
  ])('rejects %s', (raw, why) => {
    const m = message(parseEmail(raw));
    expect(m).toMatch(/is not a valid e-mail address/);
    expect(m).toMatch(why);
  });
});

describe('cleanText', () => {
  it('trims, collapses whitespace and strips control characters', () => {
    expect(value(cleanText('  Ana \t\n  Maria\u00a0 Peeters '))).toBe('Ana Maria Peeters');
    expect(value(cleanText('Sa\u0000les\u200b \u0007Team'))).toBe('Sales Team');
  });
  it('rejects text over the limit', () => {
    expect(value(cleanText('x'.repeat(200)))).toHaveLength(200);
    expect(message(cleanText('x'.repeat(201)))).toMatch(/is 201 characters long: shorten it to 200 at most/);
    expect(message(cleanText('x'.repeat(51), 50))).toMatch(/to 50 at most/);
  });
});
