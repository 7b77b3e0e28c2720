/**
 * Runs once per test run: migrates one template database, which every test file then copies.
 * PGlite: a migrated data folder copied on disk (reopening takes ~0.3 s, creating ~3 s).
 * PostgreSQL (DATABASE_URL set): a template database; each file gets CREATE DATABASE ... TEMPLATE.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { adminUrl, TEST_ROOT } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `embassy_tpl_${process.pid}`;
    const admin = await openPostgres(adminUrl(url), { max: 1 });
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    const db = await openPostgres(withDatabase(url, template), { max: 1 });
    await migrate(db);
    await db.close();
    project.provide('pgTemplate', template);
    project.provide('pgliteTemplate', '');
    return async () => {
      // Test files drop their own databases; drop the template, any this run left (a test file that
      // crashed), and any of an earlier run whose process is gone. Never another live run's: two runs
      // may share a server (a watcher beside a full run, CI beside a developer).
      const left = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'embassy\\_t%'`);
      for (const { datname } of left) {
        const owner = runOfDatabase(datname);
        if (owner === undefined || (owner !== process.pid && processAlive(owner))) continue;
        await admin.query(`drop database if exists ${datname} with (force)`).catch(() => {});
      }
      await admin.close();
    };
  }
  // One folder per run, so runs side by side (a watcher and a full run) never share files.
  const runDir = path.join(TEST_ROOT, `run-${process.pid}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  const dir = path.join(runDir, 'template');
  const db = await openPglite(dir);
  await migrate(db);
  await db.close();
  project.provide('pgliteTemplate', dir);
  project.provide('pgTemplate', '');
  return () => fs.rmSync(runDir, { recursive: true, force: true });
}

/** The pid of the run that made a template or test database, if its name has one. */
function runOfDatabase(name: string): number | undefined {
  const m = /^embassy_(?:tpl|t)_(\d+)(?:_|$)/.exec(name);
  return m ? Number(m[1]) : undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}
