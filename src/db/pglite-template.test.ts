import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { buildTemplate, copyTemplateInto, findTemplate, hasDatabase, templateKey } from './pglite-template.ts';

describe('templateKey', () => {
  const migrations = loadMigrations();

  it('is the same for the same migrations and changes with any of them', () => {
    const key = templateKey(migrations);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(templateKey(loadMigrations())).toBe(key);
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, sql: m.sql + '\n-- changed' } : m));
    expect(templateKey(edited)).not.toBe(key);
    expect(templateKey(migrations.slice(0, -1))).not.toBe(key);
    expect(templateKey([...migrations, { version: 9999, name: '9999_more', sql: 'select 1' }])).not.toBe(key);
  });
});

describe('the migrated PGlite template', () => {
  let tmp: string;
  let root: string;
  let template: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'embassy-template-test-'));
    root = path.join(tmp, 'templates');
    // What an older build left: a template of other migrations, and a half-made one of a process that is gone.
    fs.mkdirSync(path.join(root, '0123456789abcdef'), { recursive: true });
    fs.mkdirSync(path.join(root, `${templateKey()}.tmp-999999999`), { recursive: true });
    const first = await buildTemplate(root);
    expect(first.built).toBe(true);
    template = first.dir;
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is made once, under the key of the current migrations, and replaces what older builds left', async () => {
    expect(path.basename(template)).toBe(templateKey());
    expect(findTemplate(root)).toBe(template);
    expect(fs.readdirSync(root)).toEqual([templateKey()]);
    expect(await buildTemplate(root)).toEqual({ dir: template, built: false });
  });

  it('is not found under another key', () => {
    expect(findTemplate(root, 'ffffffffffffffff')).toBeUndefined();
    expect(findTemplate(path.join(tmp, 'nowhere'))).toBeUndefined();
  });

  it('is copied into an empty data folder, keeping what is there, and opens migrated', async () => {
    const dataDir = path.join(tmp, 'data');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'embassy.lock'), '{"pid":1}');
    expect(copyTemplateInto(dataDir, template)).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, 'embassy.lock'), 'utf8')).toBe('{"pid":1}');
    const db = await openPglite(dataDir);
    try {
      const rows = await db.query<{ version: number }>('select version from schema_migrations order by version');
      expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
      await db.query(`insert into organisations (slug, name) values ('copied', 'Copied')`);
    } finally {
      await db.close();
    }
    // A folder that holds a database is never copied over.
    expect(copyTemplateInto(dataDir, template)).toBe(false);
    const db2 = await openPglite(dataDir);
    try {
      expect(await db2.query(`select slug from organisations`)).toEqual([{ slug: 'copied' }]);
    } finally {
      await db2.close();
    }
    // The template itself is untouched by what the copy went through.
    expect(fs.existsSync(path.join(template, 'embassy.lock'))).toBe(false);
  });

  it('copies again over a copy that was cut short (no PG_VERSION yet)', () => {
    const dataDir = path.join(tmp, 'cut');
    fs.mkdirSync(path.join(dataDir, 'base'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'base', 'junk'), 'x');
    expect(hasDatabase(dataDir)).toBe(false);
    expect(copyTemplateInto(dataDir, template)).toBe(true);
    expect(hasDatabase(dataDir)).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8')).toBe(fs.readFileSync(path.join(template, 'PG_VERSION'), 'utf8'));
  });

  it('copies nothing without a template', () => {
    const dataDir = path.join(tmp, 'none');
    expect(copyTemplateInto(dataDir, null)).toBe(false);
    expect(hasDatabase(dataDir)).toBe(false);
  });
});
