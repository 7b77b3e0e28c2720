import { describe, expect, it } from 'vitest';
import { WANTABLE } from '../moments/personal.service.ts';
import { ENPS_LABELS, fillOrgName, LIBRARY, libraryQuestion, MOMENTS_MATTER_KEY, SCALE_LABELS, type Text3 } from './surveys.library.ts';
import { SURVEY_TEMPLATES, TEMPLATE_KEYS } from './surveys.templates.ts';

const LANGS = ['nl', 'fr', 'en'] as const;

/** Every text of the library and the templates, with where it is. */
function allTexts(): [string, Text3][] {
  const out: [string, Text3][] = [];
  for (const q of LIBRARY) {
    out.push([`library ${q.key}`, q.text]);
    for (const o of q.options ?? []) out.push([`library ${q.key} option ${o.key}`, o.label]);
  }
  for (const t of SURVEY_TEMPLATES) out.push([`template ${t.key} title`, t.title], [`template ${t.key} intro`, t.intro]);
  for (const [k, v] of Object.entries(SCALE_LABELS)) out.push([`scale ${k}`, v]);
  for (const [k, v] of Object.entries(ENPS_LABELS)) out.push([`enps ${k}`, v]);
  return out;
}

describe('the question library and the templates', () => {
  it('have every text in nl, fr and en, and no two languages alike where words differ', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(70);
    for (const [where, t] of texts) {
      expect(Object.keys(t).sort(), where).toEqual(['en', 'fr', 'nl']);
      for (const l of LANGS) expect(t[l]?.trim(), `${where} ${l}`).toBeTruthy();
      // A text long enough to be a sentence is translated, not copied.
      if (t.en.length > 12) expect(new Set([t.nl, t.fr, t.en]).size, `${where} is not translated`).toBe(3);
      // French keeps ? ! : ; with the word before (a no-break space), never an ordinary space.
      expect(t.fr, `${where} fr`).not.toMatch(/ [?!:;]/);
      // No placeholder other than the organisation's name.
      for (const l of LANGS) for (const [, name] of t[l].matchAll(/\{\{(\w+)\}\}/g)) expect(name, `${where} ${l}`).toBe('orgName');
    }
  });

  it('has unique keys, and options only for choices, each with a unique key', () => {
    expect(new Set(LIBRARY.map((q) => q.key)).size).toBe(LIBRARY.length);
    for (const q of LIBRARY) {
      const choice = q.kind === 'single' || q.kind === 'multi';
      expect((q.options ?? []).length >= 2, q.key).toBe(choice);
      const keys = (q.options ?? []).map((o) => o.key);
      expect(new Set(keys).size, q.key).toBe(keys.length);
      for (const k of keys) expect(k, q.key).toMatch(/^[a-z0-9_]{1,40}$/);
      if (q.kind === 'text') expect(q.required, `${q.key}: comments are optional`).toBe(false);
    }
  });

  it('asks eNPS with the organisation named, on 0 to 10', () => {
    const enps = libraryQuestion('enps')!;
    expect(enps.kind).toBe('enps');
    for (const l of LANGS) expect(enps.text[l]).toContain('{{orgName}}');
    expect(fillOrgName(enps.text, 'Acme').en).toBe('How likely are you to recommend Acme as a place to work to a friend or acquaintance?');
  });

  it("offers exactly the personal moments' keys in 'Which moments matter to you?'", () => {
    const q = libraryQuestion(MOMENTS_MATTER_KEY)!;
    expect(q.kind).toBe('multi');
    expect(q.options!.map((o) => o.key)).toEqual([...WANTABLE]);
  });

  it('has the seven templates, each made of library questions', () => {
    expect(SURVEY_TEMPLATES.map((t) => t.key)).toEqual([...TEMPLATE_KEYS]);
    for (const t of SURVEY_TEMPLATES) {
      expect(t.questions.length, t.key).toBeGreaterThan(1);
      expect(new Set(t.questions).size, `${t.key} asks a question twice`).toBe(t.questions.length);
      for (const key of t.questions) expect(libraryQuestion(key), `${t.key}: ${key}`).toBeDefined();
      expect(new Set(t.reportDimensions).size, t.key).toBe(t.reportDimensions.length);
    }
  });

  it('reports the always-on surveys by cohort and period, the pulse by the directory, and offers alumni at exit only', () => {
    const by = Object.fromEntries(SURVEY_TEMPLATES.map((t) => [t.key, t]));
    for (const k of ['onboarding_7', 'onboarding_30', 'onboarding_90', 'exit']) {
      expect(by[k].alwaysOn, k).toBe(true);
      expect(by[k].reportDimensions, k).toEqual(['department', 'site', 'start_cohort', 'period']);
    }
    expect(by.pulse.reportDimensions).toEqual(['department', 'site', 'region', 'language', 'seniority']);
    expect(by.pulse.questions[0]).toBe('enps');
    expect(SURVEY_TEMPLATES.filter((t) => t.offersAlumni).map((t) => t.key)).toEqual(['exit']);
    expect(by.exit.questions).toEqual(
      expect.arrayContaining(['exit_reasons', 'exit_manager', 'exit_would_return', 'enps', 'exit_comment']),
    );
    expect(by.moments_matter.questions).toEqual(['moments_matter', 'moments_other']);
    expect(by.ambassador.kind).toBe('ambassador');
  });
});
