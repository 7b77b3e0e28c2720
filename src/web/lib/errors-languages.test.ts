/**
 * Every message the server sends reads in the interface language, by code, with its parameters
 * filled in: each problem code and item code of src/platform/problems.ts, in nl, fr and en; the
 * rate limit's wait and the conflicts' names in particular.
 */
import { describe, expect, it } from 'vitest';
import { ITEM_CODE_LIST, ITEM_CODES, PROBLEM_CODES, PROBLEMS } from '../../platform/problems.ts';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { nl } from '../i18n/nl.ts';
import { ApiError, problemOf } from './api.ts';
import { errorText, itemText } from './errors.ts';
import type { MessageKey, Params } from './i18n.tsx';

const DICTIONARIES = { nl, fr, en } as Record<string, Record<string, string>>;
const tr = (dict: Record<string, string>) => (key: MessageKey, params?: Params) =>
  dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (params && name in params ? String(params[name]) : m));
const answer = (status: number, body: object, retryAfter: number | null = null) =>
  new ApiError(status, problemOf(status, JSON.stringify(body), 'application/problem+json'), retryAfter);
const GENERIC = ['bad-request', 'unprocessable', 'conflict'];
const paramsOf = (spec: { params?: readonly string[] }) => Object.fromEntries((spec.params ?? []).map((p) => [p, `‹${p}›`]));

describe('server messages in the interface language', () => {
  it('has a text for every problem and item code in nl, fr and en, and no text for a code that does not exist', () => {
    for (const [lang, dict] of Object.entries(DICTIONARIES)) {
      for (const code of [...PROBLEM_CODES, ...ITEM_CODE_LIST]) expect(dict[`error.${code}`], `${lang}: error.${code}`).toBeTruthy();
      // Texts for the app's own errors (network, server, unexpected) are the only other error.* keys.
      const known = new Set<string>([...PROBLEM_CODES, ...ITEM_CODE_LIST, 'network', 'server', 'unexpected']);
      const stray = Object.keys(dict).filter((k) => k.startsWith('error.') && !known.has(k.slice(6)));
      expect(stray, lang).toEqual([]);
    }
  });

  it('shows every problem by its code, in each language, with its parameters filled in', () => {
    for (const [lang, dict] of Object.entries(DICTIONARIES)) {
      for (const code of PROBLEM_CODES.filter((c) => !GENERIC.includes(c))) {
        const spec = PROBLEMS[code] as { status: number; params?: readonly string[] };
        const params = paramsOf(spec);
        const text = errorText(
          answer(spec.status, { code, title: 'English title', status: spec.status, detail: 'English detail.', params }),
          tr(dict),
        );
        expect(text, `${lang}: ${code}`).toBe(tr(dict)(`error.${code}` as MessageKey, params));
        expect(text, `${lang}: ${code}`).not.toMatch(/\{\w+\}|English/);
      }
    }
  });

  it('shows every item (a field, a CSV cell) by its code, in each language, with its parameters and value', () => {
    for (const [lang, dict] of Object.entries(DICTIONARIES)) {
      for (const code of ITEM_CODE_LIST) {
        const params = paramsOf(ITEM_CODES[code] as { params?: readonly string[] });
        const text = itemText({ path: 'body.x', code, params, value: '‹value›', message: 'English message' }, tr(dict));
        expect(text, `${lang}: ${code}`).not.toMatch(/\{\w+\}|English/);
      }
    }
  });

  it('says how long to wait after a rate limit, from Retry-After or else from the answer', () => {
    const limited = (retryAfter: number | null) =>
      answer(429, { code: 'too-many-requests', title: 'Too many requests', status: 429, params: { retryAfter: 30 } }, retryAfter);
    expect(errorText(limited(12), tr(nl))).toBe('Te veel pogingen. Probeer opnieuw over 12 seconden.');
    expect(errorText(limited(12), tr(fr))).toBe('Trop de tentatives. Réessayez dans 12 secondes.');
    expect(errorText(limited(null), tr(fr))).toBe('Trop de tentatives. Réessayez dans 30 secondes.');
    expect(errorText(limited(null), tr(en))).toBe('Too many attempts. Try again in 30 seconds.');
  });

  it('names what a conflict is about, in each language', () => {
    const taken = answer(409, { code: 'already-has-account', title: 'Already has an account', status: 409, params: { email: 'a@b.be' } });
    expect(errorText(taken, tr(nl))).toBe('a@b.be heeft al een account.');
    expect(errorText(taken, tr(fr))).toBe('a@b.be a déjà un compte.');
    const slug = answer(409, { code: 'slug-taken', title: 'Slug already taken', status: 409, params: { slug: 'acme' } });
    for (const dict of [nl, fr, en]) expect(errorText(slug, tr(dict))).toContain('acme');
    const last = answer(409, { code: 'last-admin', title: 'The last admin', status: 409, detail: 'English.' });
    expect(errorText(last, tr(nl))).toBe(nl['error.last-admin']);
  });

  it('translates the items of an answer that has only a generic code', () => {
    const link = answer(422, {
      code: 'unprocessable',
      title: 'Unprocessable content',
      status: 422,
      detail: 'Invalid link.',
      errors: [{ path: 'url', code: 'invalid-link', message: 'Use a link starting with https://' }],
    });
    expect(errorText(link, tr(fr))).toBe(`${fr['error.unprocessable']} ${fr['error.invalid-link']}`);
    expect(errorText(link, tr(nl))).not.toContain('Invalid link');
  });
});
