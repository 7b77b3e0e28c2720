/**
 * What the wall, sweep, deliveries and buddy benchmarks share: the product's context on a fresh store
 * in this process (no HTTP server), an organisation filled with generated people through the
 * product's own import, and small SQL helpers.
 */
import { loadConfig } from '../src/config.ts';
import type { Db, Queryable } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openDb } from '../src/db/open.ts';
import { localDate, systemClock } from '../src/platform/clock.ts';
import type { AppContext } from '../src/platform/context.ts';
import { silentLogger } from '../src/platform/log.ts';
import { systemActor } from '../src/platform/policy.ts';
import { importPeople } from '../src/modules/people/people.import.ts';
import { createOrganisation } from '../src/modules/organisations/organisations.service.ts';
import type { PersonRecord } from '../src/modules/people/people.types.ts';
import { freshStore, type Options, type Store } from './env.ts';
import { fmt, onCleanup, progress, timed, type Engine } from './lib.ts';
import { benchPeople, csvOf } from './workload.ts';

export interface BenchCtx {
  store: Store;
  ctx: AppContext;
  /** Closes the database (the store stays; `drop` removes it). */
  close(): Promise<void>;
  drop(): Promise<void>;
}

/** A fresh, migrated store and the product's context on it; `env` adds settings (e.g. SMTP_URL). */
export async function openBenchCtx(engine: Engine, opts: Options, label: string, env: Record<string, string> = {}): Promise<BenchCtx> {
  const store = await freshStore(engine, opts, label);
  const db = await openDb({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
  await migrate(db);
  const config = loadConfig({
    EMBASSY_DEMO: '0',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: store.dataDir,
    DATABASE_URL: store.databaseUrl,
    ...env,
  });
  const ctx: AppContext = { db, clock: systemClock, config, log: silentLogger };
  let open = true;
  const close = onCleanup(`${engine} ${label} database`, async () => {
    if (open) await db.close();
    open = false;
  });
  return { store, ctx, close, drop: async () => (await close(), await store.drop()) };
}

/** The benchmark organisations live in Brussels (the default time zone of a new organisation). */
export const today = () => localDate(systemClock.now(), 'Europe/Brussels');

/**
 * An organisation with `n` generated people (generateOrganisation, seed "bench", today), loaded by
 * the product's import. PostgreSQL then gets VACUUM ANALYZE (its autovacuum would within a minute);
 * PGlite only with --analyze, as it has no autovacuum.
 */
export async function orgWithPeople(
  b: BenchCtx,
  opts: Options,
  slug: string,
  n: number,
): Promise<{ orgId: string; people: PersonRecord[]; loadMs: number; analyzed: boolean }> {
  const org = await createOrganisation(b.ctx, { slug, name: `Bench ${slug}`, defaultLanguage: 'nl' });
  const people = benchPeople(n);
  progress(`${b.store.engine}: importing ${fmt.int(n)} generated people into "${slug}"`);
  const { ms } = await timed(() => importPeople(b.ctx, systemActor(org.id), csvOf(people)));
  progress(`${b.store.engine}: imported in ${fmt.s(ms)} s`);
  const analyzed = await analyze(b, opts, ['people', 'sites']);
  return { orgId: org.id, people, loadMs: ms, analyzed };
}

/** VACUUM ANALYZE of `tables` on PostgreSQL always, on PGlite only with --analyze. */
export async function analyze(b: BenchCtx, opts: Options, tables: string[]): Promise<boolean> {
  if (b.store.engine !== 'postgres' && !opts.analyze) return false;
  for (const t of tables) await b.ctx.db.exec(`vacuum analyze ${t}`);
  return true;
}

/** One number from a `select count(*)::int as n ...`. */
export async function count(q: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await q.query<{ n: number }>(sql, params);
  return row.n;
}

/** The rounds of an interleaved measurement: the order of `names` rotates each round. */
export function rotations<T>(names: readonly T[], rounds: number): T[][] {
  return Array.from({ length: rounds }, (_, r) => names.map((_, i) => names[(i + r) % names.length]));
}

/**
 * The product's Db with the time of every statement (outside transactions) added up in `into`, under
 * the key `keyOf` gives it. The wrapper costs microseconds; concurrent statements' times overlap.
 */
export function recording(db: Db, into: Map<string, number>, keyOf: (sql: string, params?: readonly unknown[]) => string): Db {
  return {
    ...db,
    engine: db.engine,
    async query<T>(sql: string, params?: readonly unknown[]) {
      const t0 = performance.now();
      const rows = await db.query<T>(sql, params);
      const key = keyOf(sql, params);
      into.set(key, (into.get(key) ?? 0) + performance.now() - t0);
      return rows;
    },
  };
}
