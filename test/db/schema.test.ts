/**
 * src/db/schema.sql is the schema the migrations build, so a reviewer reads each table as it is.
 * It is dumped from PGlite on either engine (pg_get_viewdef's layout may differ between versions).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { loadMigrations, migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { dumpSchema, SCHEMA_FILE } from '../../src/db/schema-dump.ts';
import { openTestDb } from '../helpers.ts';

describe('the checked-in schema', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite(undefined);
    await migrate(db);
  });
  afterAll(() => db.close());

  it('matches what the migrations build', async () => {
    const dumped = await dumpSchema(db);
    const checkedIn = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(checkedIn, 'src/db/schema.sql no longer matches src/db/migrations: run npm run db:schema and commit it').toBe(dumped);
  });

  it('lists every table, view and index the migrations create', async () => {
    const sql = loadMigrations()
      .map((m) => m.sql)
      .join('\n');
    const created = [...sql.matchAll(/create (?:unique )?(table|view|index)(?: if not exists)? ([a-z_]+)/gi)].map((m) => [
      m[1].toLowerCase(),
      m[2],
    ]);
    expect(created.length).toBeGreaterThan(30);
    const dumped = await dumpSchema(db);
    for (const [kind, name] of created) {
      const dropped = new RegExp(`drop ${kind}(?: if exists)? ${name}\\b`, 'i').test(sql);
      if (!dropped) expect(dumped, `${kind} ${name}`).toMatch(new RegExp(`create (?:unique )?${kind} ${name}\\b`, 'i'));
    }
  });

  it('is the same after migrating twice, which applies nothing', async () => {
    const before = await dumpSchema(db);
    expect(await migrate(db)).toEqual([]);
    expect(await dumpSchema(db)).toBe(before);
  });
});

/** View bodies as text differ between PostgreSQL versions (PGlite is 17): compare their names only. */
const withoutViewBodies = (sql: string) => sql.replace(/^(create (?:materialized )?view \S+ as)\n[\s\S]*?;\n/gm, '$1 ...;\n');

describe('migrating the test engine again', () => {
  it('applies nothing, keeps every migration recorded once, and gives the checked-in tables and indexes', async () => {
    const { db, drop } = await openTestDb();
    try {
      expect(await migrate(db)).toEqual([]);
      expect(withoutViewBodies(await dumpSchema(db))).toBe(withoutViewBodies(fs.readFileSync(SCHEMA_FILE, 'utf8')));
      const rows = await db.query<{ version: number }>('select version from schema_migrations order by version');
      expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
    } finally {
      await drop();
    }
  });
});
