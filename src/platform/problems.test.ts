import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en } from '../web/i18n/en.ts';
import { fr } from '../web/i18n/fr.ts';
import { nl } from '../web/i18n/nl.ts';
import { appErrorFromDatabase } from './db-errors.ts';
import { AppError, codeForStatus, conflict, notFound, problemBody, tooManyRequests, unprocessable } from './errors.ts';
import { tooLarge } from './body-limit.ts';
import { issueItem } from './openapi.ts';
import { passwordRuleBroken } from './passwords.ts';
import { renderErrorsDoc } from './problems.doc.ts';
import { ITEM_CODE_LIST, ITEM_CODES, PROBLEM_CODES, PROBLEMS } from './problems.ts';

const ITEM_CODES_PARAMS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(ITEM_CODES).map(([k, v]) => [k, (v as { params?: readonly string[] }).params ?? []]),
);

describe('the registry of error codes', () => {
  it('has stable kebab-case codes, problem and item codes apart', () => {
    for (const code of [...PROBLEM_CODES, ...ITEM_CODE_LIST]) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(PROBLEM_CODES.filter((c) => (ITEM_CODE_LIST as string[]).includes(c))).toEqual([]);
    for (const code of PROBLEM_CODES) expect(PROBLEMS[code].status).toBeGreaterThanOrEqual(400);
  });

  it('has a text for every code in nl, fr and en, using only the params the code carries', () => {
    for (const [lang, dict] of Object.entries({ en, nl, fr }) as [string, Record<string, string>][]) {
      for (const code of [...PROBLEM_CODES, ...ITEM_CODE_LIST]) {
        const text = dict[`error.${code}`];
        expect(text, `${lang}: error.${code}`).toBeTruthy();
        const spec = (PROBLEMS as Record<string, { params?: readonly string[] }>)[code] ?? {};
        const item = (Object.hasOwn(PROBLEMS, code) ? {} : { value: true }) as Record<string, unknown>;
        const allowed = new Set([...(spec.params ?? []), ...(ITEM_CODES_PARAMS[code] ?? []), ...Object.keys(item)]);
        for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(allowed.has(name), `${lang}: error.${code} uses {${name}}`).toBe(true);
      }
    }
  });

  it('is described whole in docs/errors.md', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    // Regenerate with `npx tsx scripts/errors-doc.ts`.
    expect(doc).toBe(renderErrorsDoc());
    for (const code of [...PROBLEM_CODES, ...ITEM_CODE_LIST]) expect(doc).toContain(`| \`${code}\` |`);
  });
});

describe('problem answers', () => {
  it('take status, title and a stable type from the code, and give items the problem code by default', () => {
    const body = problemBody(
      unprocessable(
        'Nope.',
        [
          { path: 'x', message: 'Bad x.' },
          { path: 'y', code: 'required', message: 'Missing y.' },
        ],
        'person-not-linked',
      ),
    );
    expect(body).toEqual({
      type: '/problems/person-not-linked',
      code: 'person-not-linked',
      title: PROBLEMS['person-not-linked'].title,
      status: 422,
      detail: 'Nope.',
      errors: [
        { path: 'x', code: 'person-not-linked', message: 'Bad x.' },
        { path: 'y', code: 'required', message: 'Missing y.' },
      ],
    });
    expect(problemBody(notFound('Story'))).toMatchObject({ type: '/problems/not-found', status: 404, params: { resource: 'Story' } });
    expect(problemBody(conflict('Taken.', 'slug-taken', { slug: 'acme' }))).toMatchObject({
      status: 409,
      code: 'slug-taken',
      params: { slug: 'acme' },
    });
    const slow = tooManyRequests(30);
    expect(slow.headers).toEqual({ 'Retry-After': '30' });
    expect(problemBody(slow)).toMatchObject({ status: 429, code: 'too-many-requests', params: { retryAfter: 30 } });
    expect(problemBody(tooLarge(256 * 1024))).toMatchObject({
      status: 413,
      code: 'payload-too-large',
      params: { maxBytes: 262144, limit: '256 kB' },
    });
    expect(new AppError('internal').message).toBe('Internal server error');
  });

  it('gives library errors the generic code of their status', () => {
    expect([400, 401, 403, 404, 409, 413, 415, 422, 429, 405, 500].map(codeForStatus)).toEqual([
      'bad-request',
      'unauthorized',
      'forbidden',
      'not-found',
      'conflict',
      'payload-too-large',
      'unsupported-media-type',
      'unprocessable',
      'too-many-requests',
      'internal',
      'internal',
    ]);
  });

  it('names what the database refused', () => {
    const code = (c: string) => appErrorFromDatabase({ code: c, column: 'slug' })?.code;
    expect(['23505', '23503', '23502', '23514', '23P01', '22003', '08006'].map(code)).toEqual([
      'already-exists',
      'unknown-reference',
      'missing-value',
      'value-not-allowed',
      'value-not-allowed',
      'invalid-value',
      undefined,
    ]);
    expect(problemBody(appErrorFromDatabase({ code: '23505', column: 'slug' })!).errors).toEqual([
      { path: 'slug', code: 'already-exists', message: expect.any(String) },
    ]);
  });
});

describe('validation failures as item codes', () => {
  const items = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value);
    if (r.success) throw new Error('expected a failure');
    return r.error.issues.flatMap((i) => issueItem(i, 'body'));
  };

  it('maps each kind of zod issue to a code with the params its message needs', () => {
    const S = z.strictObject({
      name: z.string().min(2).max(5),
      count: z.number().max(3),
      kind: z.enum(['tip', 'training']),
      email: z.string().email(),
      needed: z.string(),
      day: z.string().refine(() => false, { message: 'No such day.', params: { code: 'invalid-date' } }),
    });
    expect(items(S, { name: 'x', count: 9, kind: 'other', email: 'no', day: '2026-02-30', extra: 1, more: 2 })).toEqual([
      { path: 'body.name', code: 'too-small', params: { minimum: 2, origin: 'string' }, message: expect.any(String) },
      { path: 'body.count', code: 'too-big', params: { maximum: 3, origin: 'number' }, message: expect.any(String) },
      { path: 'body.kind', code: 'invalid-enum', params: { allowed: 'tip, training' }, message: expect.any(String) },
      { path: 'body.email', code: 'invalid-format', params: { format: 'email' }, message: expect.any(String) },
      { path: 'body.needed', code: 'required', message: 'This value is required.' },
      { path: 'body.day', code: 'invalid-date', message: 'No such day.' },
      { path: 'body.extra', code: 'unknown-field', params: { field: 'extra' }, message: 'Unknown field "extra".' },
      { path: 'body.more', code: 'unknown-field', params: { field: 'more' }, message: 'Unknown field "more".' },
    ]);
    expect(items(z.object({ n: z.number() }), { n: 'x' })).toEqual([
      { path: 'body.n', code: 'invalid-type', params: { expected: 'number' }, message: expect.any(String) },
    ]);
  });
});

describe('password rules as item codes', () => {
  it('names the rule a password breaks', () => {
    expect(passwordRuleBroken('short-pass')).toMatchObject({ code: 'password-too-short', params: { min: 12 } });
    expect(passwordRuleBroken('ana.peeters-rocks', { email: 'ana.peeters@example.be' })?.code).toBe('password-contains-email');
    expect(passwordRuleBroken('i-work-at-acmebank!', { orgName: 'Acme Bank' })?.code).toBe('password-contains-organisation');
    expect(passwordRuleBroken('tram 7 naar de zee, graag')).toBeNull();
  });
});
