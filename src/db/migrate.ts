/**
 * Numbered SQL migrations from src/db/migrations, applied in order, each in its own transaction.
 * On PostgreSQL an advisory lock lets several processes start at once: one migrates, the others wait.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db.ts';
import { MIGRATIONS_DIR } from '../platform/paths.ts';

const LOCK_ID = 7_215_004_112; // any constant unique to Embassy

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3,}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.split('_')[0]),
      name: file.replace(/\.sql$/, ''),
      sql: fs.readFileSync(path.join(dir, file), 'utf8'),
    }));
}

/** Applies what is missing; returns the names applied. */
export async function migrate(db: Db, migrations = loadMigrations()): Promise<string[]> {
  await db.exec(`create table if not exists schema_migrations (
    version integer primary key, name text not null, applied_at timestamptz not null default now())`);
  const applied: string[] = [];
  const run = async () => {
    const done = new Set((await db.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await db.transaction(async (tx) => {
        await tx.exec(m.sql).catch(async (err: Error) => {
          throw new Error(`Migration ${m.name} failed: ${err.message}`);
        });
        await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      });
      applied.push(m.name);
    }
  };
  if (db.engine === 'postgres') {
    await db.query('select pg_advisory_lock($1)', [LOCK_ID]);
    try {
      await run();
    } finally {
      await db.query('select pg_advisory_unlock($1)', [LOCK_ID]);
    }
  } else {
    await run();
  }
  return applied;
}
