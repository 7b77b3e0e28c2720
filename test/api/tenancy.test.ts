/**
 * Tenant B's admin token against tenant A's ids: 404 for every object, nothing in any list, and
 * A's ids sent in B's request bodies refused (404, or 422 naming the field) with nothing written.
 * Each resource that gets an id-based route, and each body that carries an id, belongs in this file.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, makeUser, peopleCsv, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let a: TestUser;
let b: TestUser;
let bob: TestUser;
const ids: Record<string, string> = {};
const mine: Record<string, string> = {};

beforeAll(async () => {
  env = await createTestEnv();
  a = await makeUser(env.ctx, (await makeOrg(env.ctx, 'tenant-a')).id, 'admin');
  b = await makeUser(env.ctx, (await makeOrg(env.ctx, 'tenant-b')).id, 'admin');
  const api = client(env.app, a.token);
  await api.post('/api/v1/people/import', peopleCsv([['A1', 'Ann', 'Alpha', 'ann@a.be', 'HR', 'Gent', 'Vlaanderen', '']]), {
    'content-type': 'text/csv',
  });
  ids.person = (await api.get('/api/v1/people')).body.items[0].id;
  ids.site = (await api.get('/api/v1/sites')).body.items[0].id;
  ids.invitation = (await api.post('/api/v1/invitations', { email: 'invitee@a.be', role: 'employee' })).body.id;
  ids.token = (await api.post('/api/v1/tokens', { name: 'a token' })).body.id;
  const employee = await makeUser(env.ctx, a.orgId, 'employee');
  ids.user = employee.id;
  const ann = client(env.app, (await makeUser(env.ctx, a.orgId, 'employee', { email: 'ann@a.be' })).token);
  await ann.put('/api/v1/me/ambassador', { scope: 'external', intro: 'HR in Gent' });
  ids.story = (
    await ann.post('/api/v1/me/stories', { title: 'Ann in Gent', body: 'A day at work.', language: 'en', scope: 'external' })
  ).body.id;
  ids.ambassador = (await client(env.app).get('/api/v1/public/orgs/tenant-a/ambassadors')).body.items[0].id;
  ids.journey = (await api.post('/api/v1/journeys', { name: 'A journey' })).body.id;

  // Tenant B's own objects, to which B sends A's ids.
  const apiB = client(env.app, b.token);
  await apiB.post(
    '/api/v1/people/import',
    peopleCsv([
      ['B1', 'Bob', 'Beta', 'bob@b.be', 'IT', 'Antwerpen', 'Vlaanderen', ''],
      ['B2', 'Bea', 'Beta', 'bea@b.be', 'IT', 'Antwerpen', 'Vlaanderen', ''],
    ]),
    { 'content-type': 'text/csv' },
  );
  const people = (await apiB.get('/api/v1/people')).body.items;
  mine.newcomer = people.find((p: any) => p.employeeNumber === 'B2').id;
  mine.site = (await apiB.get('/api/v1/sites')).body.items[0].id;
  mine.journey = (await apiB.post('/api/v1/journeys', { name: 'B journey' })).body.id;
  bob = await makeUser(env.ctx, b.orgId, 'employee', { email: 'bob@b.be' });
  await client(env.app, bob.token).put('/api/v1/me/ambassador', { scope: 'external', intro: 'IT in Antwerpen' });
  mine.ambassador = (await client(env.app).get('/api/v1/public/orgs/tenant-b/ambassadors')).body.items[0].id;
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
    expect(facets.body.departments).toEqual(['IT']); // B's own only
    expect((await other().get('/api/v1/organisation')).body.slug).toBe('tenant-b');
  });

  it("gets 404 for tenant A's ids in paths and queries of other resources", async () => {
    expect((await other().get(`/api/v1/journeys/${ids.journey}`)).status).toBe(404);
    expect((await other().patch(`/api/v1/journeys/${ids.journey}`, { active: true })).status).toBe(404);
    expect((await other().get(`/api/v1/people/${ids.person}/buddy`)).status).toBe(404);
    expect((await other().get(`/api/v1/people/${ids.person}/timeline`)).status).toBe(404);
    expect((await other().post(`/api/v1/ambassadors/${ids.person}/thanks`, { note: 'Thanks!' })).status).toBe(404);
    expect((await other().get(`/careers/tenant-b/stories/${ids.story}`)).status).toBe(404);
    expect((await other().get(`/careers/tenant-b/ambassadors/${ids.ambassador}`)).status).toBe(404);
    expect((await other().get(`/api/v1/stories?author=${ids.person}`)).body.items).toEqual([]);
  });

  describe("sends tenant A's ids in request bodies", () => {
    const count = async (sql: string, params: unknown[]) =>
      (await env.ctx.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0].n;

    it("a journey's sites: 422 naming siteIds and the index, the journey unchanged", async () => {
      const res = await other().patch(`/api/v1/journeys/${mine.journey}`, { siteIds: [mine.site, ids.site], name: 'Renamed' });
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors).toEqual([{ path: 'siteIds.1', code: 'unknown-reference', message: expect.any(String) }]);
      // A site of another organisation answers exactly like one that does not exist.
      const unknown = await other().patch(`/api/v1/journeys/${mine.journey}`, {
        siteIds: [mine.site, crypto.randomUUID()],
        name: 'Renamed',
      });
      expect({ ...unknown.body, errors: unknown.body.errors.map((e: any) => e.path) }).toEqual({ ...res.body, errors: ['siteIds.1'] });
      const journey = (await other().get(`/api/v1/journeys/${mine.journey}`)).body;
      expect(journey).toMatchObject({ name: 'B journey', siteIds: [] });
      expect((await other().patch(`/api/v1/journeys/${mine.journey}`, { siteIds: [mine.site] })).body.siteIds).toEqual([mine.site]);
    });

    it('a buddy: 422 naming buddyPersonId, no assignment', async () => {
      const res = await other().put(`/api/v1/people/${mine.newcomer}/buddy`, { buddyPersonId: ids.person });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ path: 'buddyPersonId', code: 'unknown-reference', message: expect.any(String) }]);
      expect(await count('buddy_assignments where buddy_person_id = $1 or org_id = $2', [ids.person, b.orgId])).toBe(0);
    });

    it('an ambassador invitation: 404, nothing written and no mail', async () => {
      expect((await other().post('/api/v1/ambassadors/invitations', { personId: ids.person, message: 'Join us' })).status).toBe(404);
      expect(await count('ambassador_invitations where person_id = $1 or org_id = $2', [ids.person, b.orgId])).toBe(0);
      expect(await count('mail_outbox where to_address = $1', ['ann@a.be'])).toBe(0);
    });

    it('a share link to a story: 404, no link', async () => {
      expect((await client(env.app, bob.token).post('/api/v1/me/share-links', { storyId: ids.story })).status).toBe(404);
      expect(await count('share_links where story_id = $1', [ids.story])).toBe(0);
    });

    it('a journey preview for a person: 404', async () => {
      const step = (
        await other().post(`/api/v1/journeys/${mine.journey}/steps`, {
          name: 'Hi',
          kind: 'message',
          recipient: 'person',
          anchor: 'start_date',
          offsetDays: 0,
          offsetUnit: 'calendar',
          templates: { en: { subject: 'Hi', body: 'Welcome' } },
        })
      ).body.steps[0];
      expect((await other().get(`/api/v1/journeys/${mine.journey}/steps/${step.id}/preview?personId=${ids.person}`)).status).toBe(404);
    });

    it("a public question: another organisation's ambassador 404; its story 422 naming storyId, like an unknown one; nothing written", async () => {
      const ask = async (fields: Record<string, unknown>) => {
        const { formToken } = (await client(env.app).get('/api/v1/public/orgs/tenant-b/form-token')).body;
        env.clock.advance(5000);
        return client(env.app).post('/api/v1/public/orgs/tenant-b/questions', {
          name: 'Kim',
          email: `kim${crypto.randomUUID()}@example.org`,
          question: 'How is it to work here?',
          formToken,
          ...fields,
        });
      };
      expect((await ask({ ambassadorId: ids.ambassador })).status).toBe(404);
      const foreign = await ask({ ambassadorId: mine.ambassador, storyId: ids.story });
      expect(foreign.status).toBe(422);
      expect(foreign.body.errors).toEqual([{ path: 'storyId', code: 'unknown-reference', message: expect.any(String) }]);
      const unknown = await ask({ ambassadorId: mine.ambassador, storyId: crypto.randomUUID() });
      expect(unknown.status).toBe(422);
      expect(unknown.body).toEqual(foreign.body);
      expect(await count('questions', [])).toBe(0);
      expect(await count('mail_outbox where kind = $1', ['question'])).toBe(0);
    });
  });

  it('tenant A still reaches its own objects', async () => {
    expect((await client(env.app, a.token).get(`/api/v1/people/${ids.person}`)).status).toBe(200);
  });
});
