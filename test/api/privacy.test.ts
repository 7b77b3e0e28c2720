import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';
import { welcomeLunchJourney } from '../factories.ts';

let env: TestEnv;
let orgId: string;
let admin: TestUser;
let ana: TestUser;
let ids: Record<string, string>;
let feedPath: string;

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'priv');
  orgId = org.id;
  admin = await makeUser(env.ctx, org.id, 'admin');
  // Ana starts today (26 November 2026).
  ids = await importPeople(env.app, admin.token, [
    { number: 'A1', first: 'Ana', last: 'Privé', email: 'ana@priv.be', start: '2026-11-26' },
  ]);
  ana = await makeUser(env.ctx, org.id, 'employee', { email: 'ana@priv.be', password: 'ana rijdt met tram 7 naar zee' });
  // Signing in links the account to Ana's directory entry and leaves a sign-in in the audit log.
  const signIn = await client(env.app).post('/api/v1/auth/sign-in', { email: 'ana@priv.be', password: 'ana rijdt met tram 7 naar zee' });
  expect(signIn.status).toBe(200);
  const api = client(env.app, ana.token);
  await api.put('/api/v1/me/ambassador', { scope: 'external', intro: 'Hallo' });
  await api.post('/api/v1/me/stories', { title: 'Mijn verhaal', body: 'Tekst', language: 'nl', scope: 'external' });
  await api.post('/api/v1/me/moments/personal', {
    kind: 'child_birthday',
    firstName: 'Lena',
    day: 3,
    month: 9,
    audience: 'manager',
    consent: true,
    consentText: 'I agree to keep this date.',
  });
  // What the directory and the identity provider gave (SCIM provisioning, a single sign-on link).
  await env.ctx.db.query(`update people set external_id = 'e-4711', user_name = 'ana.prive@priv.be' where id = $1`, [ids.A1]);
  await env.ctx.db.query(`update users set sso_subject = 'https://login.example.be/tenant/v2.0 ana-sub' where email = 'ana@priv.be'`);
  // Her calendar feed, read once by her calendar program.
  const feed = await api.post('/api/v1/me/calendar-feed');
  expect(feed.status, feed.text).toBe(201);
  feedPath = new URL(feed.body.url).pathname;
  expect((await client(env.app).get(feedPath)).status).toBe(200);
  // A welcome lunch a week after her start: a calendar invitation to her.
  await welcomeLunchJourney(env, admin);
  await sweep(env.ctx, orgId, '2026-11-26');
  await sendDueDeliveries(env.ctx, { name: 'test', send: async () => {} });
});
afterAll(() => env.close());

/** Every key of a JSON document, at every depth (record keys of free-form maps included). */
function keysOf(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) keysOf(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      keysOf(x, out);
    }
  return out;
}

describe('my data', () => {
  it('exports everything about me as one documented JSON document (client() checks it against the MyData schema)', async () => {
    const res = await client(env.app, ana.token).get('/api/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('my-embassy-data.json');
    expect(Object.keys(res.body)).toEqual([
      'exportedAt',
      'account',
      'person',
      'ambassador',
      'ambassadorInvitations',
      'stories',
      'images',
      'recognitions',
      'reportedPosts',
      'questionsToMe',
      'trainingCompletions',
      'momentPreferences',
      'personalMoments',
      'deliveries',
      'tasksAboutMe',
      'buddies',
      'alumniInterest',
      'alumni',
      'signIns',
      'calendarFeed',
      'calendarInvitations',
    ]);
    expect(res.body.account).toEqual({
      email: 'ana@priv.be',
      displayName: '',
      role: 'employee',
      language: null,
      createdAt: expect.any(String),
      lastSignInAt: expect.any(String),
      singleSignOn: { issuer: 'https://login.example.be/tenant/v2.0', subject: 'ana-sub' },
    });
    expect(res.body.person).toMatchObject({ employeeNumber: 'A1', firstName: 'Ana', lastName: 'Privé', workEmail: 'ana@priv.be' });
    expect(res.body.person.site).toEqual({ name: 'Gent', region: 'flanders' });
    expect(res.body.person).toMatchObject({ externalId: 'e-4711', userName: 'ana.prive@priv.be' });
    expect(res.body.calendarFeed).toEqual({ exists: true, createdAt: '2026-11-26T09:00:00.000Z', lastUsedAt: '2026-11-26T09:00:00.000Z' });
    // Her language is nl; the lunch is at noon Brussels time (winter), a week after her start.
    expect(res.body.calendarInvitations).toEqual([
      { title: 'Welkomstlunch', startsAt: '2026-12-03T11:00:00.000Z', endsAt: '2026-12-03T12:00:00.000Z', status: 'active' },
    ]);
    expect(res.body.ambassador).toMatchObject({ active: true, scope: 'external', intro: 'Hallo', hasPhoto: false });
    expect(res.body.stories).toEqual([
      expect.objectContaining({ title: 'Mijn verhaal', body: 'Tekst', scope: 'external', hiddenAt: null }),
    ]);
    expect(res.body.personalMoments).toEqual([
      expect.objectContaining({ kind: 'child_birthday', firstName: 'Lena', day: 3, month: 9, consentText: 'I agree to keep this date.' }),
    ]);
    expect(res.body.signIns[0]).toMatchObject({ action: 'auth.sign_in', at: expect.any(String) });
  });

  it('leaks no internal column, id or hash', async () => {
    const res = await client(env.app, ana.token).get('/api/v1/me/export');
    const keys = [...keysOf(res.body)];
    // camelCase throughout: a snake_case key is a database column that slipped through.
    expect(keys.filter((k) => k.includes('_') && !['maybe_later', 'child_birthday'].includes(k))).toEqual([]);
    for (const k of [
      'id',
      'orgId',
      'personId',
      'userId',
      'searchText',
      'passwordHash',
      'tokenHash',
      'siteId',
      'managerId',
      'photoId',
      'bytes',
    ])
      expect(keys).not.toContain(k);
    const text = JSON.stringify(res.body);
    const [user] = await env.ctx.db.query<{ id: string; password_hash: string }>(
      `select id, password_hash from users where email = 'ana@priv.be'`,
    );
    const hashes = await env.ctx.db.query<{ h: string }>(
      `select token_hash as h from sessions where user_id = $1 union all select token_hash from api_tokens where user_id = $1
       union all select token_hash from calendar_feeds where user_id = $1`,
      [user.id],
    );
    expect(hashes.length).toBeGreaterThan(0);
    expect(hashes.length).toBeGreaterThan(2);
    const feedToken = feedPath.slice('/calendar/'.length, -'.ics'.length);
    for (const secret of [orgId, ids.A1, user.id, user.password_hash, feedToken, ...hashes.map((h) => h.h)])
      expect(text).not.toContain(secret);
  });

  it('erases what I chose to give and revokes my calendar feed, and I am gone from the careers wall at once', async () => {
    expect((await client(env.app).get('/careers/priv')).text).toContain('Mijn verhaal');
    const res = await client(env.app, ana.token).delete('/api/v1/me/optional-data');
    expect(res.body.removed).toMatchObject({ stories: 1, ambassador: 1, personalMoments: 1, media: 0, calendarFeed: 1 });
    expect(Object.keys(res.body.removed).sort()).toEqual(
      [
        'ambassador',
        'media',
        'momentPreferences',
        'personalMoments',
        'questions',
        'recognitions',
        'reportedPosts',
        'shareLinks',
        'stories',
        'trainingCompletions',
        'alumniInterest',
        'alumni',
        'calendarFeed',
      ].sort(),
    );
    expect((await client(env.app).get(feedPath)).status).toBe(404);
    expect((await client(env.app).get('/careers/priv')).text).not.toContain('Mijn verhaal');
    const after = await client(env.app, ana.token).get('/api/v1/me/export');
    expect(after.body.stories).toEqual([]);
    expect(after.body.ambassador).toBeNull();
    expect(after.body.person.firstName).toBe('Ana');
    expect(after.body.calendarFeed).toEqual({ exists: false, createdAt: null, lastUsedAt: null });
  });

  it('works for an account without a directory entry: the account alone, and nothing to erase', async () => {
    const exp = await client(env.app, admin.token).get('/api/v1/me/export');
    expect(exp.status).toBe(200);
    expect(exp.body).toMatchObject({ person: null, ambassador: null, stories: [], momentPreferences: null, account: { role: 'admin' } });
    const erased = await client(env.app, admin.token).delete('/api/v1/me/optional-data');
    expect(erased.status).toBe(200);
    expect(Object.values(erased.body.removed).every((n) => n === 0)).toBe(true);
  });
});

describe('the export in the API document', () => {
  it('is a strict, named schema: an unexpected field fails every export answer', async () => {
    const doc = (await (await env.app.request('/api/openapi.json')).json()) as any;
    const op = doc.paths['/api/v1/me/export'].get;
    expect(op.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/MyData' });
    const schema = doc.components.schemas.MyData;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('person');
    expect(doc.components.schemas.MyDataPerson.additionalProperties).toBe(false);
    expect(Object.keys(doc.components.schemas.MyDataPerson.properties)).not.toContain('searchText');
  });
});
