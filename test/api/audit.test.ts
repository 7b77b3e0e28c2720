/**
 * The audit log people can read: names instead of ids (actor and target) with links into the web
 * app, filters by person (as actor or as target), action and days, paging, a CSV export for Excel
 * (BOM, `;`, formula-looking text defused, itself recorded), and admins only.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/platform/csv.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';
import { orgWithAdmin, person, type Org, type Person } from '../factories.ts';

let env: TestEnv;
let org: Org;
let hanna: Person; // an admin who is someone in the directory
let pieter: Person;
let other: Org;
let journeyId: string;

const EVIL_NAME = '=HYPERLINK("http://evil.example","klik")';

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-02T10:00:00Z' });
  org = await orgWithAdmin(env);
  other = await orgWithAdmin(env);
  hanna = await person(env, org, { first: 'Hanna', last: 'Hofman', role: 'admin' });
  pieter = await person(env, org, { first: 'Pieter', last: 'Peer' });
  const hr = client(env.app, hanna.user.token);

  // 2 November: Hanna makes a journey.
  const journey = await hr.post('/api/v1/journeys', { templateKey: 'anniversaries', active: false });
  expect(journey.status, journey.text).toBe(201);
  journeyId = journey.body.id;
  // 10 November: Hanna makes Pieter's account a manager's.
  env.clock.set('2026-11-10T10:00:00Z');
  expect((await hr.patch(`/api/v1/users/${pieter.user.id}`, { role: 'manager' })).status).toBe(200);
  // 20 November: someone fails to sign in as Pieter; Hanna renames the organisation to a formula.
  env.clock.set('2026-11-20T22:30:00Z'); // 23:30 in Brussels: still the 20th there
  expect((await client(env.app).post('/api/v1/auth/sign-in', { email: pieter.email, password: 'wrong wrong wrong' })).status).toBe(401);
  expect((await hr.patch('/api/v1/organisation', { name: EVIL_NAME })).status).toBe(200);
  // The other organisation's log has an entry about a journey too.
  expect((await client(env.app, other.admin.token).post('/api/v1/journeys', { templateKey: 'anniversaries', active: false })).status).toBe(
    201,
  );
});
afterAll(() => env.close());

const log = (query = '', as: TestUser = org.admin) => client(env.app, as.token).get(`/api/v1/audit-log${query}`);

describe('the audit log', () => {
  it('names the actor and the target, with a link to the target in the web app', async () => {
    const res = await log('?lang=en');
    expect(res.status).toBe(200);
    const journey = res.body.items.find((e: any) => e.action === 'journeys.create');
    expect(journey.actor).toContain(hanna.email); // as recorded: the address, and the token it used
    expect(journey).toMatchObject({
      actorName: 'Hanna Hofman',
      actorPersonId: hanna.personId,
      targetType: 'journey',
      targetId: journeyId,
      targetLabel: 'Birthdays and anniversaries',
      targetLink: `/journeys/${journeyId}`,
    });
    // The same journey, named in Dutch.
    const nl = await log('?lang=nl&action=journeys.create');
    expect(nl.body.items[0].targetLabel).toBe('Verjaardagen en jubilea');

    const role = res.body.items.find((e: any) => e.action === 'users.update');
    expect(role).toMatchObject({
      targetType: 'user',
      targetLabel: `Pieter Peer (${pieter.email})`,
      targetLink: `/people/${pieter.personId}`,
    });
    const renamed = res.body.items.find((e: any) => e.action === 'org.update');
    expect(renamed).toMatchObject({ targetType: 'organisation', targetLabel: EVIL_NAME, targetLink: '/settings' });
  });

  it('keeps the name a gone target recorded, without a link', async () => {
    expect((await client(env.app, hanna.user.token).delete(`/api/v1/journeys/${journeyId}`)).status).toBe(204);
    const deleted = (await log('?action=journeys.delete')).body.items[0];
    expect(deleted).toMatchObject({ targetId: journeyId, targetLink: null });
    const created = (await log('?action=journeys.create')).body.items[0];
    expect(created.targetLink).toBeNull();
  });

  it('filters by action: a group by its prefix, or one action, literally', async () => {
    const auth = await log('?action=auth.');
    expect(auth.body.items.length).toBeGreaterThan(0);
    expect(auth.body.items.every((e: any) => e.action.startsWith('auth.'))).toBe(true);
    const one = await log('?action=users.update');
    expect(one.body.items.map((e: any) => e.action)).toEqual(['users.update']);
    // _ and % are letters here, not wildcards.
    expect((await log('?action=users_update')).body.items).toEqual([]);
    expect((await log('?action=%25')).body.items).toEqual([]);
  });

  it('filters by person, as actor or as target (a failed sign-in with their address too)', async () => {
    const asPieter = await log(`?person=${pieter.personId}`);
    // His account was added and got a token (his own act), its role changed, and someone tried his address.
    expect(asPieter.body.items.map((e: any) => e.action).sort()).toEqual([
      'auth.sign_in_failed',
      'tokens.create',
      'users.add',
      'users.update',
    ]);
    const asHanna = await log(`?person=${hanna.personId}`);
    const actions = asHanna.body.items.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['journeys.create', 'journeys.delete', 'users.update', 'org.update']));
    // Each either done by her, or to her account (added and given a token when the test set her up).
    for (const e of asHanna.body.items)
      expect(e.actorPersonId === hanna.personId || e.targetLink === `/people/${hanna.personId}`, e.action).toBe(true);
    // Someone of another organisation is not found here (and an export for them records nothing).
    const stranger = await person(env, other);
    expect((await log(`?person=${stranger.personId}`)).status).toBe(404);
    expect((await client(env.app, org.admin.token).get(`/api/v1/audit-log/export.csv?person=${stranger.personId}`)).status).toBe(404);
  });

  it("filters by days of the organisation's time zone, both ends included", async () => {
    const tenth = await log('?from=2026-11-10&to=2026-11-10');
    expect(tenth.body.items.map((e: any) => e.action)).toEqual(['users.update']);
    // 22:30 UTC on the 20th is the 20th in Brussels.
    const twentieth = await log('?from=2026-11-20&to=2026-11-20&action=org.');
    expect(twentieth.body.items.map((e: any) => e.action)).toEqual(['org.update']);
    expect((await log('?from=2026-11-21&action=org.update')).body.items).toEqual([]);
    const early = await log('?to=2026-11-02');
    expect(early.body.items.map((e: any) => e.action)).toContain('journeys.create');
    expect(early.body.items.map((e: any) => e.action)).not.toContain('users.update');
  });

  it('refuses a range that ends before it starts, naming the field', async () => {
    const res = await log('?from=2026-11-20&to=2026-11-10');
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ path: 'query.to', code: 'to-before-from', params: { from: '2026-11-20' } });
    const bad = await log('?from=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.from');
  });

  it('pages newest first without gaps or repeats', async () => {
    const all = (await log('?limit=200')).body.items.map((e: any) => e.id);
    const seen: number[] = [];
    let before: number | null = null;
    do {
      const page: any = await log(`?limit=2${before ? `&before=${before}` : ''}`);
      seen.push(...page.body.items.map((e: any) => e.id));
      before = page.body.nextBefore;
    } while (before);
    expect(seen).toEqual(all);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('is for admins only', async () => {
    for (const role of ['coordinator', 'manager', 'employee'] as const) {
      const u = await makeUser(env.ctx, org.id, role);
      expect((await log('', u)).status, role).toBe(403);
      expect((await client(env.app, u.token).get('/api/v1/audit-log/export.csv')).status, role).toBe(403);
    }
    expect((await client(env.app).get('/api/v1/audit-log')).status).toBe(401);
    expect((await client(env.app).get('/api/v1/audit-log/export.csv')).status).toBe(401);
  });
});

describe('the CSV export', () => {
  const exportCsv = (query = '', as: TestUser = org.admin) => client(env.app, as.token).get(`/api/v1/audit-log/export.csv${query}`);

  it('opens in Excel (BE): UTF-8 BOM, `;`, names and translated actions, formulas defused', async () => {
    const res = await exportCsv('?lang=nl');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    // The byte order mark (a text decoder drops it, so read the bytes).
    const raw = await env.app.request('/api/v1/audit-log/export.csv', { headers: { authorization: `Bearer ${org.admin.token}` } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { delimiter, rows } = parseCsv(res.text);
    expect(delimiter).toBe(';');
    expect(rows[0]).toEqual(['Wanneer', 'Wie', 'Actie', 'Actiecode', 'Soort doel', 'Doel', 'Doel-id', 'Details', 'IP-adres']);
    const renamed = rows.find((r) => r[3] === 'org.update')!;
    expect(renamed[0]).toBe('2026-11-20 23:30:00');
    expect(renamed[1]).toBe(`Hanna Hofman (${hanna.email})`);
    expect(renamed[2]).toBe('Instellingen van de organisatie gewijzigd');
    // What a spreadsheet would run as a formula starts with a quote.
    expect(renamed[5]).toBe(`'${EVIL_NAME}`);
    expect(res.text).not.toMatch(/(^|;)=HYPERLINK/m);
  });

  it('applies the same filters, and records the export', async () => {
    const res = await exportCsv(`?person=${pieter.personId}&lang=en`);
    const { rows } = parseCsv(res.text);
    expect(
      rows
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual(['auth.sign_in_failed', 'tokens.create', 'users.add', 'users.update']);
    expect(rows.find((r) => r[3] === 'auth.sign_in_failed')![2]).toBe('Sign-in failed');
    const recorded = (await log('?action=audit.export')).body.items;
    expect(recorded[0]).toMatchObject({ actorUserId: org.admin.id, details: { personId: pieter.personId } });
    // A refused filter answers with a problem, not half a file.
    const bad = await exportCsv('?from=2026-11-20&to=2026-11-01');
    expect(bad.status).toBe(422);
  });
});
