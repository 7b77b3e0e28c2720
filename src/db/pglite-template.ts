/**
 * A migrated, empty PGlite data folder, made once by the build (`npm run build`, `npm install`'s
 * prepare) and copied into an empty data folder on its first open: a first start then skips PGlite's
 * initdb (a second WebAssembly instance, several seconds and a few hundred MB at its peak) and the
 * migrations. The template's name is a hash of the PGlite version and every migration file, so a
 * template that no longer matches is never used: without a matching one the folder is initialised
 * in place, as before.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../platform/paths.ts';
import { loadMigrations, migrate, type Migration } from './migrate.ts';
import { openPglite } from './pglite.ts';

/** Where templates live: beside the build, which makes them. */
export const TEMPLATES_DIR = path.join(ROOT, 'dist', 'pglite-template');

/** PostgreSQL's own mark that a folder holds a database; written last when copying. */
const MARK = 'PG_VERSION';

function pgliteVersion(): string {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const main = require.resolve('@electric-sql/pglite');
  for (let dir = path.dirname(main); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    const pkg = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string }) : {};
    if (pkg.name === '@electric-sql/pglite') return pkg.version ?? 'unknown';
  }
  return 'unknown';
}

/** The template's name: what it was made from (the PGlite version, each migration's name and text). */
export function templateKey(migrations: Migration[] = loadMigrations()): string {
  const h = createHash('sha256').update(pgliteVersion());
  for (const m of migrations) h.update(`\0${m.name}\0${m.sql}`);
  return h.digest('hex').slice(0, 16);
}

export function hasDatabase(dir: string): boolean {
  return fs.existsSync(path.join(dir, MARK));
}

/** The matching template's folder, or undefined when the build has not made it. */
export function findTemplate(root = TEMPLATES_DIR, key = templateKey()): string | undefined {
  const dir = path.join(root, key);
  return hasDatabase(dir) ? dir : undefined;
}

/**
 * Makes the template for the current migrations unless it exists (returns its folder and whether it
 * was made now), and removes templates of other migrations. Made in a temporary folder and renamed,
 * so a build stopped midway leaves no half template.
 */
export async function buildTemplate(root = TEMPLATES_DIR): Promise<{ dir: string; built: boolean }> {
  const migrations = loadMigrations();
  const key = templateKey(migrations);
  const dir = path.join(root, key);
  fs.mkdirSync(root, { recursive: true });
  removeStale(root, key);
  if (hasDatabase(dir)) return { dir, built: false };
  const tmp = path.join(root, `${key}.tmp-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const db = await openPglite(tmp);
    try {
      await migrate(db, migrations);
    } finally {
      await db.close();
    }
    try {
      fs.renameSync(tmp, dir);
    } catch (err) {
      // Another build made it meanwhile: theirs is as good as ours.
      if (!hasDatabase(dir)) throw err;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { dir, built: true };
}

/** Removes templates of other migrations, and half-made ones whose process is gone. */
function removeStale(root: string, key: string): void {
  for (const name of fs.readdirSync(root)) {
    const tmp = /^[0-9a-f]{16}\.tmp-(\d+)$/.exec(name);
    const stale = tmp ? !alive(Number(tmp[1])) : /^[0-9a-f]{16}$/.test(name) && name !== key;
    if (stale) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Copies the matching template into `dataDir` when it holds no database yet (other files, such as
 * Embassy's lock, stay). PG_VERSION is copied last: a copy cut short is not taken for a database and
 * is copied over on the next open. `null`: no template. Returns whether it copied.
 */
export function copyTemplateInto(dataDir: string, template: string | null | undefined = findTemplate()): boolean {
  if (!template || hasDatabase(dataDir)) return false;
  fs.mkdirSync(dataDir, { recursive: true });
  for (const entry of fs.readdirSync(template)) {
    if (entry !== MARK) fs.cpSync(path.join(template, entry), path.join(dataDir, entry), { recursive: true, force: true });
  }
  fs.copyFileSync(path.join(template, MARK), path.join(dataDir, MARK));
  return true;
}
