/**
 * Where a benchmark runs: a fresh store (a PGlite data folder or a PostgreSQL database) and, for the
 * in-process benchmarks, the product's own app on it: in memory (app.request) and on a loopback port.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import pg from 'pg';
import { createApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openDb } from '../src/db/open.ts';
import { systemClock } from '../src/platform/clock.ts';
import type { AppContext } from '../src/platform/context.ts';
import { silentLogger } from '../src/platform/log.ts';
import { systemActor } from '../src/platform/policy.ts';
import { addUser } from '../src/modules/accounts/accounts.service.ts';
import { createToken } from '../src/modules/accounts/tokens.service.ts';
import { createOrganisation } from '../src/modules/organisations/organisations.service.ts';
import { httpRequest, onCleanup, progress, type Engine } from './lib.ts';

export interface Options {
  engines: Engine[];
  /** People in the big organisation (100,000 unless --people says otherwise). */
  people: number;
  /** Measured requests per query kind and transport. */
  requests: number;
  warmup: number;
  /** Seconds of measuring per query kind after which a slow kind stops short of `requests`. */
  budgetS: number;
  /** VACUUM ANALYZE the loaded people on PGlite too (PostgreSQL always gets it, as autovacuum would). */
  analyze: boolean;
  /** A smaller data set where a benchmark has one (community: a tenth of the community). */
  quick: boolean;
  /** Cold-start runs per case. */
  runs: number;
  /** Interleaved rounds of baseline and subject (wall, sweep, deliveries, buddy). */
  rounds: number;
  /** Load tests (wall): connections, and per case in all rounds together at most this long and this many requests. */
  connections: number;
  seconds: number;
  loadRequests: number;
  pgUrl: string;
}

/** A fresh, empty database: PGlite's data folder or a PostgreSQL database, and the env a child process needs. */
export interface Store {
  engine: Engine;
  dataDir: string;
  databaseUrl?: string;
  /** DATA_DIR / DATABASE_URL for an `embassy` child process. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

let stores = 0;

export async function freshStore(engine: Engine, opts: Options, label = ''): Promise<Store> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `embassy-bench-${engine}-${label || 'main'}-`));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  if (engine === 'pglite') {
    const dataDir = path.join(dir, 'data');
    const drop = onCleanup(`data folder ${dataDir}`, removeDir);
    return { engine, dataDir, env: { DATA_DIR: dataDir }, drop };
  }
  const n = stores++;
  const name = `embassy_bench_${process.pid}${n ? `_${label.replace(/\W/g, '')}${n}` : ''}`;
  await adminQuery(opts.pgUrl, `drop database if exists ${name} with (force)`);
  await adminQuery(opts.pgUrl, `create database ${name}`);
  const u = new URL(opts.pgUrl);
  u.pathname = '/' + name;
  const databaseUrl = u.toString();
  const drop = onCleanup(`database ${name}`, async () => {
    await adminQuery(opts.pgUrl, `drop database if exists ${name} with (force)`);
    removeDir();
  });
  return { engine, dataDir: dir, databaseUrl, env: { DATA_DIR: dir, DATABASE_URL: databaseUrl }, drop };
}

/** One statement on the server's maintenance database (CREATE / DROP DATABASE). */
async function adminQuery(pgUrl: string, sql: string): Promise<void> {
  const u = new URL(pgUrl);
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The product in this process: context, app in memory, and the same app on a loopback port. */
export interface AppEnv {
  engine: Engine;
  store: Store;
  db: Db;
  ctx: AppContext;
  app: App;
  baseUrl: string;
  close(): Promise<void>;
}

export async function openAppEnv(store: Store): Promise<AppEnv> {
  const db = await openDb({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
  await migrate(db);
  const config = loadConfig({
    EMBASSY_DEMO: '0',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: store.dataDir,
    DATABASE_URL: store.databaseUrl,
  });
  const ctx: AppContext = { db, clock: systemClock, config, log: silentLogger };
  const app = createApp(ctx);
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const close = onCleanup(`${store.engine} app`, async () => {
    await new Promise<void>((r) => server.close(() => r()));
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    await db.close();
  });
  progress(`${store.engine}: app listening on 127.0.0.1:${port}`);
  return { engine: store.engine, store, db, ctx, app, baseUrl: `http://127.0.0.1:${port}`, close };
}

/** A fresh store with the app on it for the length of `fn`, dropped afterwards. */
export async function withAppEnv<T>(engine: Engine, opts: Options, fn: (env: AppEnv) => Promise<T>): Promise<T> {
  const env = await openAppEnv(await freshStore(engine, opts));
  try {
    return await fn(env);
  } finally {
    await env.close();
    await env.store.drop();
  }
}

export interface OrgAdmin {
  orgId: string;
  slug: string;
  token: string;
}

/** An empty organisation with an admin who has an API token. */
export async function createOrgWithAdmin(ctx: AppContext, slug: string): Promise<OrgAdmin> {
  const org = await createOrganisation(ctx, { slug, name: `Bench ${slug}` });
  const user = await addUser(ctx, systemActor(org.id), { email: `admin@${slug}.bench.test`, role: 'admin' });
  const actor = { ...systemActor(org.id), userId: user.id, email: user.email, role: user.role };
  const { token } = await createToken(ctx, actor, { name: 'bench' });
  return { orgId: org.id, slug, token };
}

/** A GET on the API as JSON, either in memory or over loopback HTTP. */
export type Getter = (pathAndQuery: string) => Promise<{ status: number; body: any }>;

export function inMemoryGetter(app: App, token: string): Getter {
  return async (p) => {
    const res = await app.request(p, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: await res.json() };
  };
}

export function httpGetter(baseUrl: string, token: string): Getter {
  return async (p) => {
    const res = await httpRequest(baseUrl + p, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: JSON.parse(res.body.toString('utf8')) };
  };
}
