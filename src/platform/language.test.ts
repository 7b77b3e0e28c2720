import { describe, expect, it } from 'vitest';
import {
  browserLanguage,
  cleanLocalized,
  contentLanguage,
  interfaceLanguage,
  localize,
  mailLanguage,
  mapLocalized,
  parseAcceptLanguage,
} from './language.ts';

describe('Accept-Language', () => {
  it('orders tags by q-value, then by position, without wildcards, q=0 or malformed q', () => {
    expect(parseAcceptLanguage('en;q=0.5, fr-BE, nl;q=0.9, *;q=0.1, de;q=0, es;q=abc')).toEqual(['fr-be', 'nl', 'en']);
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage('nl , fr')).toEqual(['nl', 'fr']);
  });

  it('takes the base of a regional tag and skips a language we do not offer', () => {
    expect(browserLanguage('nl-BE,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(browserLanguage('fr-BE')).toBe('fr');
    expect(browserLanguage('de-DE,de;q=0.9,fr;q=0.5,en;q=0.4')).toBe('fr');
    expect(browserLanguage('en;q=0.2, fr;q=0.8')).toBe('fr');
    expect(browserLanguage('de, es')).toBeNull();
  });
});

describe('the interface language', () => {
  const facts = { chosen: null, person: null, acceptLanguage: null, orgDefault: 'nl' };

  it('is the choice, then the directory entry, then the browser, then the organisation', () => {
    expect(interfaceLanguage({ ...facts, chosen: 'en', person: 'fr', acceptLanguage: 'nl' })).toEqual({ language: 'en', source: 'choice' });
    expect(interfaceLanguage({ ...facts, person: 'fr', acceptLanguage: 'nl' })).toEqual({ language: 'fr', source: 'person' });
    expect(interfaceLanguage({ ...facts, acceptLanguage: 'de-DE, fr-BE;q=0.7' })).toEqual({ language: 'fr', source: 'browser' });
    expect(interfaceLanguage(facts)).toEqual({ language: 'nl', source: 'organisation' });
  });

  it('skips German, which the interface does not offer, wherever it comes from', () => {
    expect(interfaceLanguage({ ...facts, chosen: 'de', person: 'de', acceptLanguage: 'de', orgDefault: 'fr' })).toEqual({
      language: 'fr',
      source: 'organisation',
    });
    expect(interfaceLanguage({ ...facts, orgDefault: 'de' }).language).toBe('en');
  });

  it('is the same rule for mail, without a browser', () => {
    expect(mailLanguage({ chosen: 'fr', person: 'nl', orgDefault: 'nl' })).toBe('fr');
    expect(mailLanguage({ chosen: null, person: 'fr', orgDefault: 'nl' })).toBe('fr');
    expect(mailLanguage({ chosen: null, person: null, orgDefault: 'fr' })).toBe('fr');
  });
});

describe('localized texts', () => {
  const name = { nl: 'Verjaardag', fr: 'Anniversaire', en: 'Birthday' };

  it("shows the reader's language, then the organisation's default, then any there is", () => {
    expect(localize(name, 'fr', 'nl')).toBe('Anniversaire');
    expect(localize({ nl: 'Verjaardag', en: 'Birthday' }, 'fr', 'nl')).toBe('Verjaardag');
    expect(localize({ en: 'Birthday' }, 'fr', 'nl')).toBe('Birthday');
    expect(localize({ fr: '', en: 'Birthday' }, 'fr', 'fr')).toBe('Birthday');
    expect(localize({}, 'fr', 'nl')).toBe('');
    expect(localize(null, 'fr', 'nl')).toBe('');
  });

  it('keeps a plain text under the organisation language, drops empty variants and trims', () => {
    expect(cleanLocalized('  Welkom ', 'nl')).toEqual({ nl: 'Welkom' });
    expect(cleanLocalized('Willkommen', 'de')).toEqual({ en: 'Willkommen' });
    expect(cleanLocalized({ nl: ' A ', fr: '  ', en: 'B' }, 'nl')).toEqual({ nl: 'A', en: 'B' });
    expect(contentLanguage('de')).toBe('en');
    expect(mapLocalized({ nl: 'Dag {{x}}', en: 'Hi {{x}}' }, (s, l) => s.replace('{{x}}', l))).toEqual({ nl: 'Dag nl', en: 'Hi en' });
  });
});
