import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { ApiError, NetworkError, problemOf } from './api.ts';
import { errorText, fieldError, hasCode, itemText } from './errors.ts';
import type { MessageKey, Params } from './i18n.tsx';

const tr = (dict: Record<string, string>) => (key: MessageKey, params?: Params) =>
  dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (params && name in params ? String(params[name]) : m));
const answer = (status: number, body: object, retryAfter: number | null = null) =>
  new ApiError(status, problemOf(status, JSON.stringify(body), 'application/problem+json'), retryAfter);

describe('errors shown by code', () => {
  it('translates a problem by its code and params, whatever the status', () => {
    const last = answer(409, {
      type: '/problems/last-admin',
      code: 'last-admin',
      title: 'The last admin',
      status: 409,
      detail: 'English detail.',
    });
    expect(errorText(last, tr(fr))).toBe(fr['error.last-admin']);
    const taken = answer(409, { code: 'already-has-account', title: 't', status: 409, params: { email: 'a@b.be' } });
    expect(errorText(taken, tr(en))).toBe('a@b.be already has an account.');
    // The same status with another code says something else: meaning comes from the code.
    expect(errorText(answer(422, { code: 'person-not-linked', title: 't', status: 422 }), tr(en))).toBe(en['error.person-not-linked']);
    expect(errorText(answer(422, { code: 'csv-invalid', title: 't', status: 422, params: { rows: 3 } }), tr(fr))).toContain('3');
  });

  it('reads the code from the type when there is no code member', () => {
    expect(answer(404, { type: '/problems/not-found', title: 'Not found', status: 404 }).code).toBe('not-found');
  });

  it('waits the seconds of Retry-After for too-many-requests', () => {
    expect(
      errorText(answer(429, { code: 'too-many-requests', title: 't', status: 429, params: { retryAfter: 30 } }, 12), tr(en)),
    ).toContain('12 seconds');
  });

  it("falls back to the server's English only for a code it does not know, and to a generic text for a non-problem answer", () => {
    expect(errorText(answer(422, { code: 'brand-new-code', title: 'New', status: 422, detail: 'Server words.' }), tr(fr))).toBe(
      'Server words.',
    );
    const proxy = new ApiError(502, problemOf(502, '<html>Bad gateway</html>', 'text/html'));
    expect(errorText(proxy, tr(en))).toBe(en['error.server']);
    expect(errorText(new NetworkError('offline'), tr(en))).toBe(en['error.network']);
    // A generic code says less than the server's own detail, which is shown until the call site has a code.
    const generic = answer(409, {
      code: 'conflict',
      title: 'Conflict',
      status: 409,
      detail: 'This newcomer already has a buddy.',
      errors: [{ path: 'x', code: 'conflict', message: 'Specific.' }],
    });
    expect(errorText(generic, tr(fr))).toBe('This newcomer already has a buddy.');
    expect(fieldError(generic, 'x', tr(fr))).toBe('Specific.');
  });

  it('translates items (fields and CSV cells) with their params and value', () => {
    expect(
      itemText(
        { row: 3, column: 'Startdatum', code: 'csv-no-such-day', params: { month: 2, days: 29 }, value: '31/02/2024', message: 'English' },
        tr(en),
      ),
    ).toBe('"31/02/2024" is not a real date: month 2 has 29 days.');
    expect(itemText({ path: 'body.x', code: 'unheard-of', message: 'English words' }, tr(en))).toBe('English words');
    const bad = answer(400, {
      code: 'validation-failed',
      title: 't',
      status: 400,
      errors: [{ path: 'body.title', code: 'too-big', params: { maximum: 200 }, message: 'Too big' }],
    });
    expect(fieldError(bad, 'title', tr(fr))).toBe('Trop long ou trop grand : au plus 200.');
    expect(hasCode(bad, 'validation-failed')).toBe(true);
    expect(hasCode(bad, 'not-found')).toBe(false);
  });
});
