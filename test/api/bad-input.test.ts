/**
 * Bad input is a 400 or 422 problem naming the field, never a 500: NUL characters and lone
 * surrogates anywhere (platform/input-guard.ts), impossible dates (IsoDate), and whatever the
 * database refuses (platform/db-errors.ts). The sweep at the end sends such values to every
 * operation in the OpenAPI document, so a new route is covered without anyone remembering to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrorFromDatabase } from '../../src/platform/db-errors.ts';
import { findUnstorable, isUnstorable } from '../../src/platform/input-guard.ts';
import { isRealDate } from '../../src/platform/openapi.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;
const SLUG = 'bad-input';

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.ctx, (await makeOrg(env.ctx, SLUG)).id, 'admin');
  await importPeople(env.app, admin.token, [{ number: 'P1', first: 'Pia', last: 'Peeters', email: 'pia@bad.be' }]);
});
afterAll(() => env.close());

const api = () => client(env.app, admin.token);

function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, path: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
}

describe('the pieces', () => {
  it('knows unstorable text', () => {
    expect(isUnstorable('a\u0000b')).toBe(true);
    expect(isUnstorable('a\ud800b')).toBe(true);
    expect(isUnstorable('a\udc00')).toBe(true);
    expect(isUnstorable('Hélène 👋 ok')).toBe(false);
    expect(findUnstorable({ a: [{ b: 'x' }, { c: 'y\u0000' }] }, 'body')).toBe('body.a.1.c');
  });

  it('knows real dates', () => {
    expect(['2026-02-28', '2024-02-29', '1900-01-01', '2200-12-31'].every(isRealDate)).toBe(true);
    expect(['2026-02-30', '2025-02-29', '2026-13-01', '9999-12-31', '1899-12-31', '2026-1-1'].some(isRealDate)).toBe(false);
  });

  it('maps what the database refuses to 409 and 422, and leaves the rest alone', () => {
    expect(appErrorFromDatabase({ code: '23505', constraint: 'people_org_id_employee_number_key' })?.status).toBe(409);
    expect(appErrorFromDatabase({ code: '23503', column: 'story_id' })?.errors?.[0].path).toBe('story_id');
    expect(appErrorFromDatabase({ code: '22021' })?.status).toBe(400);
    expect(appErrorFromDatabase({ code: '22008' })?.status).toBe(400);
    expect(appErrorFromDatabase({ code: '08006' })).toBeNull();
    expect(appErrorFromDatabase(new Error('boom'))).toBeNull();
    expect(appErrorFromDatabase({ code: 'EPIPE' })).toBeNull();
  });
});

describe('the inputs the attack run found', () => {
  it('refuses a NUL in a careers page filter, with a problem naming it', async () => {
    const res = await client(env.app).get(`/careers/${SLUG}?department=%00`);
    expectProblem(res, 400, 'query.department');
    expectProblem(await client(env.app).get(`/api/v1/public/orgs/${SLUG}/stories?department=a%00b`), 400, 'query.department');
  });

  it('refuses NUL and lone surrogates in JSON bodies', async () => {
    expectProblem(
      await api().patch('/api/v1/me', '{"displayName":"a\\u0000b"}', { 'content-type': 'application/json' }),
      400,
      'body.displayName',
    );
    expectProblem(
      await api().patch('/api/v1/me', '{"displayName":"a\\ud800b"}', { 'content-type': 'application/json' }),
      400,
      'body.displayName',
    );
    expectProblem(await api().get('/api/v1/people?q=%ED%A0%80'), 400, 'query.q');
    expectProblem(await api().get('/api/v1/people?q=%E0%A4%A'), 400, 'query.q');
  });

  it('refuses impossible and far-away dates by name', async () => {
    expectProblem(await api().get('/api/v1/people?startFrom=2026-02-30'), 400, 'query.startFrom');
    expectProblem(await api().get('/api/v1/moments/calendar?from=9999-12-31'), 400, 'query.from');
    expectProblem(await api().get('/api/v1/insights/impact?from=2026-02-30'), 400, 'query.from');
  });

  it('refuses duplicate employee numbers in one file by row and column, writing nothing', async () => {
    const csv =
      'employee_number;first_name;last_name;work_email\nD1;Dirk;Dams;dirk@bad.be\nd1;Dora;Dams;dora@bad.be\nD1 ;Dries;Dams;dries@bad.be\n';
    const res = await api().post('/api/v1/people/import', csv, { 'content-type': 'text/csv' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ row: 4, column: 'employee_number' }));
    expect((await api().get('/api/v1/people?q=Dams')).body.items).toEqual([]);
  });
});

describe('requests the guard must let through', () => {
  it('leaves an empty body with a JSON content type to its route (a DELETE from a generic client)', async () => {
    const token = await api().post('/api/v1/tokens', { name: 'to delete' });
    const res = await env.app.request(`/api/v1/tokens/${token.body.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(204);
    // A body that is not JSON still gets the route's own answer.
    const broken = await api().post('/api/v1/tokens', '{"name": "x"', { 'content-type': 'application/json' });
    expect(broken.status).toBe(400);
  });
});

describe('every operation, with poisoned input', () => {
  it('answers 4xx, never 500, to NUL, lone surrogates and impossible dates in every parameter and body field', async () => {
    const doc = (await client(env.app).get('/api/openapi.json')).body;
    const someId = '0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';
    const poisons = ['a\u0000b', 'a\ud800b', '2026-02-30', '9999-12-31'];
    const failures: string[] = [];
    let calls = 0;
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(ops)) {
        if (path.includes('sign-out')) continue; // would end the token's session
        const url = path.replace(/\{slug\}/g, SLUG).replace(/\{[^}]+\}/g, someId);
        const queryNames = (op.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name);
        const schema = op.requestBody?.content?.['application/json']?.schema;
        const props = schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()].properties : schema?.properties;
        for (const poison of poisons) {
          // A lone surrogate has no UTF-8 form: send the bytes a careless encoder would (WTF-8).
          const q = poison.includes('\ud800') ? 'a%ED%A0%80b' : encodeURIComponent(poison);
          for (const name of queryNames) {
            const res = await api().get(`${url}?${name}=${q}`);
            calls++;
            if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path}?${name}: ${res.status}`);
          }
          for (const name of Object.keys(props ?? {})) {
            const body = JSON.stringify({ [name]: poison }).replace(/\uFFFD/g, '\\ud800');
            const res = await api()[method as 'post'](url, body, { 'content-type': 'application/json' });
            calls++;
            if (res.status >= 500) failures.push(`${method.toUpperCase()} ${path} body.${name}: ${res.status} ${res.text.slice(0, 200)}`);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
