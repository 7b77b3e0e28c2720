/**
 * Verified credentials are kept for a few seconds (platform/auth-cache.ts), and every change to who
 * may sign in, or as what, applies at the very next request: through the accounts code, through SQL
 * from other code, and from another process (PostgreSQL's NOTIFY, migration 028).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import type { Db } from '../../src/db/db.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { credentialCaches } from '../../src/platform/auth-cache.ts';
import { authGeneration } from '../../src/platform/auth-changes.ts';
import { FakeClock } from '../../src/platform/clock.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { silentLogger } from '../../src/platform/log.ts';
import { hashToken } from '../../src/platform/tokens.ts';
import { client, makeOrg, makeUser, openTestDb, testConfig, type TestUser } from '../helpers.ts';

const PASSWORD = 'een lange zin als wachtwoord';
let ctx: AppContext;
let app: App;
let clock: FakeClock;
let url: string | undefined;
let drop: () => Promise<void>;
let orgId: string;
let admin: TestUser;

beforeAll(async () => {
  const t = await openTestDb();
  url = t.url;
  drop = t.drop;
  clock = new FakeClock('2026-11-26T09:00:00Z');
  ctx = { db: t.db, clock, config: testConfig(), log: silentLogger };
  app = createApp(ctx);
  orgId = (await makeOrg(ctx, 'cache-bank', 'De Bank')).id;
  admin = await makeUser(ctx, orgId, 'admin');
  // The first request starts listening for changes; the cache is on once that is in place.
  expect((await client(app, admin.token).get('/api/v1/me')).status).toBe(200);
  expect(await credentialCaches(ctx).ready).toBe(true);
});
afterAll(() => drop());

/** How many times `run` looked a credential up in the database. */
async function lookups(run: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(ctx.db, 'query');
  try {
    await run();
    return spy.mock.calls.filter(([sql]) => /from (api_tokens t|sessions s) join users/.test(sql)).length;
  } finally {
    spy.mockRestore();
  }
}

const me = (token: string) => client(app, token).get('/api/v1/me');

async function signIn(email: string) {
  const res = await client(app).post('/api/v1/auth/sign-in', { email, password: PASSWORD });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return { as: client(app, undefined, { cookie, 'x-csrf-token': res.body.csrfToken }), csrf: res.body.csrfToken as string };
}

/** Waits until this process has heard of a change after generation `g` (another process's NOTIFY). */
async function heardSince(g: number) {
  await vi.waitFor(() => expect(authGeneration()).toBeGreaterThan(g), { timeout: 5000, interval: 5 });
}

describe('verified credentials, kept for a few seconds', () => {
  it('looks a token up once, then answers from memory, keyed by its hash', async () => {
    const u = await makeUser(ctx, orgId, 'employee');
    expect(await lookups(() => me(u.token))).toBe(1);
    expect(await lookups(async () => expect((await me(u.token)).status).toBe(200))).toBe(0);
    const tokens = credentialCaches(ctx).tokens;
    expect(tokens.get(hashToken(u.token))).toBeDefined();
    expect(tokens.get(u.token)).toBeUndefined();
    // An unknown token is looked up every time.
    expect(await lookups(async () => expect((await me('emb_unknown')).status).toBe(401))).toBe(1);
    expect(await lookups(async () => expect((await me('emb_unknown')).status).toBe(401))).toBe(1);
  });

  it('looks a session up once too', async () => {
    const u = await makeUser(ctx, orgId, 'employee', { password: PASSWORD });
    const { as } = await signIn(u.email);
    expect(await lookups(() => as.get('/api/v1/me'))).toBe(1);
    expect(await lookups(async () => expect((await as.get('/api/v1/me')).status).toBe(200))).toBe(0);
  });
});

describe('a change applies at the next request', () => {
  it('a revoked token is refused', async () => {
    const u = await makeUser(ctx, orgId, 'employee');
    const created = await client(app, u.token).post('/api/v1/tokens', { name: 'sync' });
    expect((await me(created.body.token)).status).toBe(200);
    expect((await me(created.body.token)).status).toBe(200);
    expect((await client(app, admin.token).delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    expect((await me(created.body.token)).status).toBe(401);
    expect((await me(u.token)).status).toBe(200);
  });

  it("a disabled user's token and session are refused", async () => {
    const u = await makeUser(ctx, orgId, 'employee', { password: PASSWORD });
    const { as } = await signIn(u.email);
    for (let i = 0; i < 2; i++) {
      expect((await me(u.token)).status).toBe(200);
      expect((await as.get('/api/v1/me')).status).toBe(200);
    }
    expect((await client(app, admin.token).patch(`/api/v1/users/${u.id}`, { disabled: true })).status).toBe(200);
    expect((await me(u.token)).status).toBe(401);
    expect((await as.get('/api/v1/me')).status).toBe(401);
  });

  it('a new role applies, to the token and the session', async () => {
    const u = await makeUser(ctx, orgId, 'employee', { password: PASSWORD });
    const { as } = await signIn(u.email);
    expect((await client(app, u.token).get('/api/v1/users')).status).toBe(403);
    expect((await as.get('/api/v1/users')).status).toBe(403);
    expect((await client(app, admin.token).patch(`/api/v1/users/${u.id}`, { role: 'admin' })).status).toBe(200);
    expect((await client(app, u.token).get('/api/v1/users')).status).toBe(200);
    expect((await as.get('/api/v1/users')).status).toBe(200);
    expect((await client(app, admin.token).patch(`/api/v1/users/${u.id}`, { role: 'employee' })).status).toBe(200);
    expect((await client(app, u.token).get('/api/v1/users')).status).toBe(403);
    expect((await me(u.token)).body.user.role).toBe('employee');
  });

  it('a signed-out session is refused, and so are all of them after signing out everywhere', async () => {
    const u = await makeUser(ctx, orgId, 'employee', { password: PASSWORD });
    const one = await signIn(u.email);
    const two = await signIn(u.email);
    expect((await one.as.get('/api/v1/me')).status).toBe(200);
    expect((await two.as.get('/api/v1/me')).status).toBe(200);
    expect((await one.as.post('/api/v1/auth/sign-out')).status).toBe(204);
    expect((await one.as.get('/api/v1/me')).status).toBe(401);
    expect((await two.as.get('/api/v1/me')).status).toBe(200);
    expect((await two.as.post('/api/v1/auth/sign-out-all')).status).toBe(200);
    expect((await two.as.get('/api/v1/me')).status).toBe(401);
  });

  it('a session unused for a week ends, although it was verified a moment ago', async () => {
    const u = await makeUser(ctx, orgId, 'employee', { password: PASSWORD });
    const { as } = await signIn(u.email);
    expect((await as.get('/api/v1/me')).status).toBe(200);
    expect((await as.get('/api/v1/me')).status).toBe(200);
    clock.advance(8 * 24 * 3600 * 1000);
    expect((await as.get('/api/v1/me')).status).toBe(401);
  });

  it('a change written by other code, or by another process, reaches the cache', async () => {
    const u = await makeUser(ctx, orgId, 'employee');
    expect((await me(u.token)).status).toBe(200);
    expect((await me(u.token)).body.user.role).toBe('employee');
    // Another process: on PostgreSQL a connection of its own; PGlite has one process, one connection.
    const other: Db = url ? await openPostgres(url, { max: 1 }) : ctx.db;
    try {
      let g = authGeneration();
      await other.query(`update users set role = 'manager' where id = $1`, [u.id]);
      await heardSince(g);
      expect((await me(u.token)).body.user.role).toBe('manager');
      expect((await me(u.token)).body.user.role).toBe('manager');
      g = authGeneration();
      await other.query('update api_tokens set revoked_at = now() where user_id = $1', [u.id]);
      await heardSince(g);
      expect((await me(u.token)).status).toBe(401);
      // Its use stamps are no change: a burst of requests does not empty the cache.
      g = authGeneration();
      await other.query('update api_tokens set last_used_at = now() where user_id = $1', [admin.id]);
      await other.query(`update users set last_sign_in_at = now(), language = 'fr' where id = $1`, [admin.id]);
      await other.query('select 1');
      expect(authGeneration()).toBe(g);
    } finally {
      if (other !== ctx.db) await other.close();
    }
  });
});
