import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  admin = await makeUser(env.ctx, (await makeOrg(env.ctx, 'plat')).id, 'admin');
});
afterAll(() => env.close());

describe('platform', () => {
  it('GET /healthz answers 200 when the database answers', async () => {
    const res = await client(env.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('describes the API in OpenAPI 3.1 with the integration contract points', async () => {
    const res = await client(env.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const p of ['/api/v1/people/import', '/api/v1/people', '/api/v1/people/{id}', '/api/v1/people/export.csv']) {
      expect(Object.keys(res.body.paths)).toContain(p);
    }
    expect((await client(env.app).get('/api/docs')).text).toContain('Embassy API');
  });

  it('answers problem+json for unknown routes, anonymous calls and bad JSON', async () => {
    const unknown = await client(env.app, admin.token).get('/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const anon = await client(env.app).get('/api/v1/people');
    expect(anon.status).toBe(401);
    expect(anon.body.title).toBe('Unauthorized');
    const bad = await client(env.app, admin.token).patch('/api/v1/organisation', '{"name": ', { 'content-type': 'application/json' });
    expect(bad.status).toBe(400);
    expect(bad.text).not.toMatch(/at .*\.ts/);
  });

  it('validates organisation settings', async () => {
    const api = client(env.app, admin.token);
    const tz = await api.patch('/api/v1/organisation', { timeZone: 'Europe/Atlantis' });
    expect(tz.status).toBe(422);
    expect(tz.body.errors[0].path).toBe('timeZone');
    const ok = await api.patch('/api/v1/organisation', { name: 'Platform NV', defaultLanguage: 'fr' });
    expect(ok.body).toMatchObject({ name: 'Platform NV', defaultLanguage: 'fr' });
    const log = await api.get('/api/v1/audit-log?action=org.update');
    expect(log.body.items[0].details.name).toEqual(['Test Organisation', 'Platform NV']);
  });
});
