/**
 * The alumni role, walked over the whole API: an alumni account reaches its allow-list
 * (community/alumni.gate.ts) and nothing else. Every /api/v1 operation of the app's own OpenAPI
 * document that is not on the list answers 403 or 404 to it, so a route added tomorrow is refused
 * to alumni until someone decides otherwise. Also: no role change makes or unmakes an alumnus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/policy.ts';
import { ASSIGNABLE_ROLES } from '../../src/platform/policy.ts';
import { createToken } from '../../src/modules/accounts/tokens.service.ts';
import { ALUMNI_ALLOWED, alumniMayCall } from '../../src/modules/community/alumni.gate.ts';
import { client, createTestEnv, importPeople, lastMailTo, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let token: string;
let operations: { method: string; path: string }[];
const ZERO = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  env = await createTestEnv();
  const orgId = (await makeOrg(env.ctx)).id;
  const admin = await makeUser(env.ctx, orgId, 'admin');
  const ids = await importPeople(env.app, admin.token, [{ number: '1', first: 'Ann', last: 'Alum', email: 'ann@acme.be' }]);
  await env.ctx.db.query(`update people set end_date = '2025-01-31' where id = $1`, [ids['1']]);
  const work = await makeUser(env.ctx, orgId, 'employee', { email: 'ann@acme.be' });
  expect((await client(env.app, work.token).post('/api/v1/me/alumni', { email: 'ann@home.example', careers: false })).status).toBe(200);
  const invite = /invitation#token=([A-Za-z0-9_-]+)/.exec((await lastMailTo(env.ctx, 'ann@home.example')).text_body)![1];
  expect(
    (await client(env.app).post('/api/v1/auth/invitations/accept', { token: invite, password: 'a long alumni passphrase 42' })).status,
  ).toBe(200);
  const [u] = await env.ctx.db.query<{ id: string }>(`select id from users where email = 'ann@home.example'`);
  token = (await createToken(env.ctx, { ...systemActor(orgId), userId: u.id, email: 'ann@home.example', role: 'alumni' }, { name: 'walk' }))
    .token;
  const doc = (await (await env.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map((m) => ({ method: m.toUpperCase(), path })),
  );
});
afterAll(() => env.close());

describe('an alumni account over the whole API', () => {
  it('every allow-listed operation exists in the API (the list names nothing stale)', () => {
    for (const entry of ALUMNI_ALLOWED) {
      const [method, path] = entry.split(' ');
      const found = operations.some((o) => o.method === method && o.path.replace(/\{[^}]+\}/g, '{id}') === `/api/v1${path}`);
      expect(found, entry).toBe(true);
    }
  });

  it('every other operation answers 403 or 404, before reading anything', async () => {
    const refused = operations.filter((o) => !o.path.startsWith('/api/v1/public/'));
    let walked = 0;
    for (const o of refused) {
      const path = o.path.replace(/\{[^}]+\}/g, ZERO);
      if (alumniMayCall(o.method, path)) continue;
      const res = await env.app.request(path, {
        method: o.method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: ['GET', 'DELETE'].includes(o.method) ? undefined : '{}',
      });
      expect([403, 404], `${o.method} ${o.path} answered ${res.status}`).toContain(res.status);
      walked++;
    }
    // The walk covers most of the API: a broken document would make this test pass on nothing.
    expect(walked).toBeGreaterThan(100);
  });

  it('the allowed reads answer', async () => {
    const api = client(env.app, token);
    for (const path of [
      '/api/v1/me',
      '/api/v1/me/alumni',
      '/api/v1/me/ambassador',
      '/api/v1/stories',
      '/api/v1/me/questions',
      '/api/v1/me/export',
    ])
      expect((await api.get(path)).status, path).toBe(200);
  });

  it('the alumnus chooses their own digest of the alumni topic, and can turn it off', async () => {
    const api = client(env.app, token);
    expect((await api.get('/api/v1/me/community/digest')).body).toEqual({ frequency: 'weekly' });
    expect((await api.put('/api/v1/me/community/digest', { frequency: 'off' })).status).toBe(200);
    expect((await api.get('/api/v1/me/community/digest')).body).toEqual({ frequency: 'off' });
  });

  it('the alumni role is never assignable', () => {
    expect(ASSIGNABLE_ROLES).not.toContain('alumni');
  });
});
