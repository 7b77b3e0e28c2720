import { describe, expect, it } from 'vitest';
import { chooseLanguage, fillTemplate, formatDate, render } from './render.ts';

const all = { nl: { subject: 'NL', body: '' }, fr: { subject: 'FR', body: '' }, en: { subject: 'EN', body: '' } };

describe('message language', () => {
  it("is the person's language, then the legal language of their site's region, then the default", () => {
    expect(chooseLanguage({ language: 'fr', region: 'flanders' }, 'nl', all)).toBe('fr');
    expect(chooseLanguage({ language: null, region: 'flanders' }, 'fr', all)).toBe('nl');
    expect(chooseLanguage({ language: null, region: 'wallonia' }, 'nl', all)).toBe('fr');
    expect(chooseLanguage({ language: null, region: 'brussels' }, 'nl', all)).toBe('nl');
    expect(chooseLanguage({ language: 'de', region: 'wallonia' }, 'nl', all)).toBe('fr');
  });
});

describe('templates', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('Dag {{firstName}}, {{ unknownThing }}', { firstName: 'Ana' })).toBe('Dag Ana, {{ unknownThing }}');
  });
  it('formats dates in the language', () => {
    expect(formatDate('2026-12-01', 'nl')).toBe('1 december 2026');
    expect(formatDate('2026-12-01', 'fr')).toBe('1 décembre 2026');
  });
  it("renders a message with a person's data", () => {
    const out = render({ en: { subject: 'Welcome {{firstName}}', body: '{{years}} years on {{date}}' } }, 'en', {
      person: {
        first_name: 'Ana',
        last_name: 'Peeters',
        job_title: null,
        department: null,
        site_name: null,
        start_date: '2021-03-01',
        end_date: null,
      },
      managerName: null,
      buddyName: null,
      orgName: 'Acme',
      occurrence: '2026-03-01',
      anchor: 'work_anniversary',
      surveyLink: '',
    });
    expect(out).toEqual({ subject: 'Welcome Ana', body: '5 years on 1 March 2026' });
  });
});
