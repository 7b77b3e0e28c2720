/**
 * The caches that rely on NOTIFY (verified credentials, public pages) must not be trusted while the
 * connection that LISTENs is lost: they are dropped and switched off at once, and on again (dropped
 * once more) when the LISTEN is back, after a back-off. PostgreSQL only: PGlite's LISTEN is in-process.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import type { Db } from '../../src/db/db.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { credentialCaches } from '../../src/platform/auth-cache.ts';
import { AUTH_CHANNEL, authGeneration } from '../../src/platform/auth-changes.ts';
import { onPublicChange, PUBLIC_CHANNEL } from '../../src/platform/changes.ts';
import { FakeClock } from '../../src/platform/clock.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { silentLogger } from '../../src/platform/log.ts';
import { client, makeOrg, makeUser, openTestDb, testConfig, type TestUser } from '../helpers.ts';

const onPostgres = !!process.env.DATABASE_URL;

let ctx: AppContext;
let app: App;
let other: Db;
let drop: () => Promise<void>;
let orgId: string;
let admin: TestUser;

beforeAll(async () => {
  if (!onPostgres) return;
  const t = await openTestDb();
  drop = t.drop;
  other = await openPostgres(t.url!, { max: 1 });
  ctx = { db: t.db, clock: new FakeClock('2026-11-26T09:00:00Z'), config: testConfig(), log: silentLogger };
  app = createApp(ctx);
  orgId = (await makeOrg(ctx, 'listen-bank', 'De Bank')).id;
  admin = await makeUser(ctx, orgId, 'admin');
  expect((await me()).status).toBe(200);
  expect(await credentialCaches(ctx).ready).toBe(true);
});
afterAll(async () => {
  vi.useRealTimers();
  if (!onPostgres) return;
  await other.close();
  await drop();
});

const LOOKUP = /from (api_tokens t|sessions s) join users/;
const me = () => client(app, admin.token).get('/api/v1/me');
const wall = () => client(app).get('/api/v1/public/orgs/listen-bank/ambassadors');

/** How many queries `run` made (only credential lookups when `only` is given). */
async function queries(run: () => Promise<unknown>, only?: RegExp): Promise<number> {
  const spy = vi.spyOn(ctx.db, 'query');
  try {
    await run();
    return spy.mock.calls.filter(([sql]) => !only || only.test(sql)).length;
  } finally {
    spy.mockRestore();
  }
}

/** Lets I/O run (setImmediate is not faked) until `cond` holds. */
async function until(cond: () => boolean) {
  for (let i = 0; i < 20_000 && !cond(); i++) await new Promise((r) => setImmediate(r));
  expect(cond()).toBe(true);
}

describe.skipIf(!onPostgres)('a lost LISTEN connection (skipped on PGlite: its LISTEN is in-process, never lost)', () => {
  it('drops and switches off the caches at once, and listens again after a back-off', async () => {
    const caches = credentialCaches(ctx);
    // Both caches answer from memory.
    expect((await wall()).status).toBe(200);
    expect(await queries(async () => expect((await wall()).status).toBe(200))).toBe(0);
    // (Notices of the set-up's own writes may still be arriving, each dropping the cache.)
    for (let i = 0; i < 1000 && (await queries(() => me(), LOOKUP)) > 0; i++) await new Promise((r) => setImmediate(r));
    expect(await queries(async () => expect((await me()).status).toBe(200), LOOKUP)).toBe(0);
    expect(caches.tokens.size).toBe(1);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const killed = await other.query<{ ok: boolean }>(
      `select pg_terminate_backend(pid) as ok from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`,
    );
    expect(killed.length).toBe(2);
    // (a) At once: nothing kept, nothing answered from memory, every request asks the database.
    await until(() => !caches.tokens.enabled);
    expect(caches.tokens.size).toBe(0);
    expect(caches.sessions.enabled).toBe(false);
    for (let i = 0; i < 2; i++) {
      expect(await queries(async () => expect((await me()).status).toBe(200), LOOKUP)).toBeGreaterThan(0);
      expect(await queries(async () => expect((await wall()).status).toBe(200))).toBeGreaterThan(0);
    }
    expect(caches.tokens.size).toBe(0);

    // (b) After the back-off the LISTEN is back: the caches are on again, and other processes' notices are heard.
    await vi.advanceTimersByTimeAsync(100);
    await until(() => caches.tokens.enabled);
    const g = authGeneration();
    await other.query('select pg_notify($1, $2)', [AUTH_CHANNEL, 'x']);
    await until(() => authGeneration() > g);
    // The public pages are kept again once their LISTEN is back too.
    for (let i = 0; i < 1000 && (await queries(() => wall())) > 0; i++) await new Promise((r) => setImmediate(r));
    expect(await queries(() => wall())).toBe(0);
    let heard = 0;
    const stop = onPublicChange((id) => (heard += id === orgId ? 1 : 0));
    try {
      await other.query('select pg_notify($1, $2)', [PUBLIC_CHANNEL, orgId]);
      await until(() => heard > 0);
    } finally {
      stop();
    }
    expect(await queries(() => wall())).toBeGreaterThan(0);
  });
});
