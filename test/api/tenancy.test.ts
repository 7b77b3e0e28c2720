/**
 * Tenant B's admin token against tenant A's ids: 404 for every object, nothing in any list.
 * Each resource that gets an id-based route belongs in this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, makeUser, peopleCsv, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let a: TestUser;
let b: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  env = await createTestEnv();
  a = await makeUser(env.ctx, (await makeOrg(env.ctx, 'tenant-a')).id, 'admin');
  b = await makeUser(env.ctx, (await makeOrg(env.ctx, 'tenant-b')).id, 'admin');
  const api = client(env.app, a.token);
  await api.post('/api/v1/people/import', peopleCsv([['A1', 'Ann', 'Alpha', 'ann@a.be', 'HR', 'Gent', 'Vlaanderen', '']]), { 'content-type': 'text/csv' });
  ids.person = (await api.get('/api/v1/people')).body.items[0].id;
  ids.site = (await api.get('/api/v1/sites')).body.items[0].id;
  ids.invitation = (await api.post('/api/v1/invitations', { email: 'invitee@a.be', role: 'employee' })).body.id;
  ids.token = (await api.post('/api/v1/tokens', { name: 'a token' })).body.id;
  const employee = await makeUser(env.ctx, a.orgId, 'employee');
  ids.user = employee.id;
});
afterAll(() => env.close());

describe('another organisation', () => {
  const other = () => client(env.app, b.token);

  it('gets 404 for every id of tenant A', async () => {
    expect((await other().get(`/api/v1/people/${ids.person}`)).status).toBe(404);
    expect((await other().patch(`/api/v1/sites/${ids.site}`, { region: 'brussels' })).status).toBe(404);
    expect((await other().delete(`/api/v1/invitations/${ids.invitation}`)).status).toBe(404);
    expect((await other().delete(`/api/v1/tokens/${ids.token}`)).status).toBe(404);
    expect((await other().patch(`/api/v1/users/${ids.user}`, { role: 'admin' })).status).toBe(404);
  });

  it('finds nothing of tenant A in any list', async () => {
    const lists: [string, (body: any) => unknown[]][] = [
      ['/api/v1/people', (x) => x.items],
      ['/api/v1/people?q=ann', (x) => x.items],
      ['/api/v1/sites', (x) => x.items],
      ['/api/v1/invitations', (x) => x.items],
      ['/api/v1/tokens', (x) => x.items],
      ['/api/v1/users', (x) => x.items],
      ['/api/v1/audit-log', (x) => x.items],
      ['/api/v1/mailbox', (x) => x.items],
    ];
    for (const [url, items] of lists) {
      const res = await other().get(url);
      expect(res.status, url).toBe(200);
      const text = JSON.stringify(items(res.body));
      for (const [kind, id] of Object.entries(ids)) expect(text, `${url} leaks ${kind}`).not.toContain(id);
      expect(text, url).not.toContain('@a.be');
    }
    const facets = await other().get('/api/v1/people/facets');
    expect(facets.body.departments).toEqual([]);
    expect((await other().get('/api/v1/organisation')).body.slug).toBe('tenant-b');
  });

  it('tenant A still reaches its own objects', async () => {
    expect((await client(env.app, a.token).get(`/api/v1/people/${ids.person}`)).status).toBe(200);
  });
});
