/**
 * Every error answer carries a stable code (src/platform/problems.ts): the problem `type` is
 * /problems/<code>, items have codes, params and (for CSV) the offending value, and the OpenAPI
 * document lists every code and declares the statuses each operation can answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../src/platform/problems.ts';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.ctx, (await makeOrg(env.ctx)).id, 'admin');
});
afterAll(() => env.close());

const as = (u: TestUser) => client(env.app, u.token);

function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, code: string) {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.status).toBe(status);
  expect(res.body).toMatchObject({ type: `/problems/${code}`, code, status });
}

describe('error codes in answers', () => {
  it('validation failures name each field with an item code and params', async () => {
    const res = await as(admin).post('/api/v1/invitations', { email: 'not-an-address', role: 'boss', colour: 'red' });
    expectProblem(res, 400, 'validation-failed');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body.email', code: 'invalid-format' }),
        expect.objectContaining({ path: 'body.role', code: 'invalid-enum', params: { allowed: expect.stringContaining('admin') } }),
        expect.objectContaining({ path: 'body.colour', code: 'unknown-field', params: { field: 'colour' } }),
      ]),
    );
  });

  it('not found, an unknown route and a missing sign-in have their own codes', async () => {
    expectProblem(await as(admin).get(`/api/v1/people/${crypto.randomUUID()}`), 404, 'not-found');
    expectProblem(await as(admin).get('/api/v1/no-such-thing'), 404, 'no-route');
    expectProblem(await client(env.app).get('/api/v1/me'), 401, 'unauthorized');
    expectProblem(await client(env.app, 'nope').get('/api/v1/me'), 401, 'invalid-api-token');
  });

  it('CSV import errors carry row, column, code, params and the offending value', async () => {
    const csv = [
      'Personeelsnummer;Voornaam;Achternaam;Startdatum;Taal',
      '1;Ana;Peeters;31/02/2024;nl',
      '2;Bo;Jansens;2024-01-01;klingon',
      '1;Cas;Claes;;fr',
    ].join('\n');
    const res = await as(admin).post('/api/v1/people/import', csv, { 'content-type': 'text/csv' });
    expectProblem(res, 422, 'csv-invalid');
    expect(res.body.params).toEqual({ rows: 3 });
    expect(res.body.errors).toEqual([
      {
        row: 2,
        column: 'Startdatum',
        code: 'csv-no-such-day',
        params: { month: 2, days: 29 },
        value: '31/02/2024',
        message: expect.stringContaining('not a real date'),
      },
      { row: 3, column: 'Taal', code: 'csv-unknown-language', value: 'klingon', message: expect.any(String) },
      {
        row: 4,
        column: 'Personeelsnummer',
        code: 'csv-duplicate-employee-number',
        params: { otherRow: 2 },
        value: '1',
        message: expect.any(String),
      },
    ]);
    const broken = await as(admin).post('/api/v1/people/import', 'Personeelsnummer;Voornaam;Achternaam\n1;"Ana;Peeters\n', {
      'content-type': 'text/csv',
    });
    expectProblem(broken, 422, 'csv-invalid');
    expect(broken.body.errors[0]).toMatchObject({ code: 'csv-syntax', params: { line: expect.any(Number) } });
    expectProblem(
      await as(admin).post('/api/v1/people/import', 'a,b', { 'content-type': 'application/pdf' }),
      415,
      'unsupported-media-type',
    );
  });

  it('conflicts name what conflicts (409)', async () => {
    const again = await as(admin).post('/api/v1/invitations', { email: admin.email, role: 'employee' });
    expectProblem(again, 409, 'already-has-account');
    expect(again.body.params).toEqual({ email: admin.email });
    const last = await as(admin).patch(`/api/v1/users/${admin.id}`, { role: 'employee' });
    expectProblem(last, 409, 'last-admin');
  });

  it('a body over the limit is 413 payload-too-large with its limit', async () => {
    const body = JSON.stringify({ email: 'a@b.be', password: 'x'.repeat(300 * 1024) });
    const res = await client(env.app).post('/api/v1/auth/sign-in', body, { 'content-type': 'application/json' });
    expectProblem(res, 413, 'payload-too-large');
    expect(res.body.params).toEqual({ maxBytes: 256 * 1024, limit: '256 kB' });
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body', code: 'too-big' })]);
  });

  it('too many attempts is 429 too-many-requests with the seconds to wait', async () => {
    const guesser = client(env.app);
    let res = await guesser.post('/api/v1/auth/sign-in', { email: admin.email, password: 'wrong wrong wrong' });
    expectProblem(res, 401, 'wrong-credentials');
    for (let i = 0; i < 60 && res.status !== 429; i++)
      res = await guesser.post('/api/v1/auth/sign-in', { email: admin.email, password: 'wrong wrong wrong' });
    expectProblem(res, 429, 'too-many-requests');
    expect(res.body.params.retryAfter).toBe(Number(res.headers.get('retry-after')));
  });

  it('a type resolves to a page describing its code', async () => {
    const page = await client(env.app).get('/problems/person-not-linked');
    expect(page.status).toBe(200);
    expect(page.text).toContain('person-not-linked');
    const json = await client(env.app).get('/problems/last-admin', { accept: 'application/json' });
    expect(json.body).toMatchObject({ code: 'last-admin', type: '/problems/last-admin', status: 409 });
    expect((await client(env.app).get('/problems/no-such-code')).status).toBe(404);
  });
});

describe('error codes in the OpenAPI document', () => {
  it('lists every code and declares 409 and 413 on writes, 415 where the body is not JSON', async () => {
    const doc = (await client(env.app).get('/api/openapi.json')).body;
    const problem = doc.components.schemas.Problem;
    expect(problem.properties.code.enum).toEqual(PROBLEM_CODES);
    expect(problem.properties.errors.items.properties.code.enum).toEqual(
      expect.arrayContaining(['csv-no-such-day', 'unknown-field', 'person-not-linked']),
    );
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(ops)) {
        expect(op.responses['400'], `${method} ${path}`).toBeDefined();
        if (method !== 'get') {
          expect(op.responses['409'], `${method} ${path}`).toBeDefined();
          expect(op.responses['413'], `${method} ${path}`).toBeDefined();
        }
      }
    }
    expect(doc.paths['/api/v1/people/import'].post.responses['415']).toBeDefined();
    expect(doc.paths['/api/v1/me/ambassador/photo'].put.responses['415']).toBeDefined();
    expect(doc.paths['/api/v1/people/import'].post.responses['422'].description).toContain('`csv-invalid`');
  });
});
