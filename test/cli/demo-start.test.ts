/** `embassy start` with an EMBASSY_DEMO_PASSWORD the policy refuses: exit 1, the rule by its message, nothing written. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.ts';
import { openPglite } from '../../src/db/pglite.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { openTestDb } from '../helpers.ts';

let drop: () => Promise<void>;
let where: { url?: string; dir?: string };
const saved = { ...process.env };

beforeAll(async () => {
  const t = await openTestDb();
  drop = t.drop;
  where = { url: t.url, dir: t.dir };
  await t.db.close();
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'EMBASSY_DEMO', 'EMBASSY_DEMO_PASSWORD']) delete process.env[k];
  if (t.url) process.env.DATABASE_URL = t.url;
  else process.env.DATA_DIR = t.dir;
  process.env.LOG_LEVEL = 'silent';
  process.env.PUBLIC_URL = 'http://embassy.test';
  process.env.PORT = '0';
});
afterAll(async () => {
  process.env = saved;
  await drop();
});

async function start(password: string) {
  process.env.EMBASSY_DEMO_PASSWORD = password;
  const err: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    return { code: await main(['start'], () => {}), err: err.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('embassy start with a refused demo password', () => {
  it.each([
    ['Sophie1987!', /EMBASSY_DEMO_PASSWORD: Use at least 12 characters\. \(rule password-too-short/],
    ['Admin2024!!!!', /EMBASSY_DEMO_PASSWORD: This password is a common word with digits or symbols added.*\(rule password-common-word/],
    ['DemoAdmin-1987', /EMBASSY_DEMO_PASSWORD: This password is built from your name \("Demo Admin"\).*\(rule password-contains-name/],
  ])('refuses %s, names the rule, and writes nothing', async (password, message) => {
    const r = await start(password);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    const db = where.url ? await openPostgres(where.url, { max: 1 }) : await openPglite(where.dir);
    try {
      expect(await db.query(`select slug from organisations`)).toEqual([]);
      expect(await db.query(`select email from users`)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
