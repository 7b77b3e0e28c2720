/**
 * Browser test helpers: a real Embassy server per test file (on a copy of the migrated template
 * database, with one organisation and an admin), the built web app, headless Debian chromium,
 * and axe-core for accessibility checks.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Config } from '../src/config.ts';
import type { Db } from '../src/db/db.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { startServer } from '../src/server.ts';
import { systemClock, type Clock } from '../src/platform/clock.ts';
import type { AppContext } from '../src/platform/context.ts';
import { silentLogger } from '../src/platform/log.ts';
import { systemActor } from '../src/platform/policy.ts';
import { createOrganisation } from '../src/modules/organisations/organisations.service.ts';
import { addUser } from '../src/modules/accounts/accounts.service.ts';
import { importPeople } from '../src/modules/people/people.import.ts';
import { testConfig } from '../test/helpers.ts';
import { adminUrl, testDatabaseName, TEST_ROOT } from '../test/setup/paths.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface E2eServer {
  url: string;
  admin: { email: string; password: string };
  orgName: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web app (dist/web) when a source is newer than its last build, the check
 * bin/embassy.js makes. The server needs no bundle here: the tests run it from src/.
 * Test files run in parallel processes: a lock folder makes one build while the others wait, so
 * no server ever serves a half-written app.js.
 */
export async function ensureWebBuilt(): Promise<void> {
  const lock = path.join(ROOT, 'dist', '.e2e-build-lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const since = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      // A lock older than a minute was left by a crashed run.
      if (since !== undefined && Date.now() - since > 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('Timed out waiting for another test file to build dist/web.');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    const built = fs.statSync(path.join(ROOT, 'dist', 'BUILT-web'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    const newest = Math.max(newestMtime(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'scripts', 'build.mjs')).mtimeMs);
    if (built < newest || !fs.existsSync(path.join(ROOT, 'dist', 'web', 'app.js'))) {
      // scripts/build.mjs is plain JS without types: describe the one function used.
      const build = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'build.mjs')).href)) as {
        buildAll(o: { quiet?: boolean; targets?: ('server' | 'web')[] }): Promise<void>;
      };
      await build.buildAll({ quiet: true, targets: ['web'] });
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** A database of our own: a PostgreSQL database made from the template, or a copied PGlite folder. */
async function makeDatabase(id: string): Promise<{ config: Partial<Config>; open(): Promise<Db>; drop(): Promise<void> }> {
  const pgTemplate = inject('pgTemplate');
  if (pgTemplate) {
    const base = process.env.DATABASE_URL!;
    const name = testDatabaseName(pgTemplate, id);
    const admin = await openPostgres(adminUrl(base), { max: 1 });
    await admin.query(`create database ${name} template ${pgTemplate}`);
    const u = new URL(base);
    u.pathname = '/' + name;
    const url = u.toString();
    return {
      config: { databaseUrl: url, dataDir: path.join(TEST_ROOT, `e2e-${id}`) },
      open: () => openPostgres(url, { max: 2 }),
      async drop() {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.close();
      },
    };
  }
  const dir = path.join(TEST_ROOT, `e2e-${id}`);
  fs.cpSync(inject('pgliteTemplate'), dir, { recursive: true });
  return {
    config: { databaseUrl: undefined, dataDir: dir },
    open: () => openPglite(dir),
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface E2eUser {
  email: string;
  password: string;
  role: Parameters<typeof addUser>[2]['role'];
  displayName?: string;
}

export interface E2eServerWith extends E2eServer {
  /** The organisation's slug, for the public careers pages (/careers/<slug>). */
  slug: string;
}

/**
 * Starts the server with an organisation ("E2E Organisation", English by default) and an admin.
 * Everything is created before the server starts: an embedded PGlite folder allows one process
 * only. Options: `peopleCsv` imported first, then `users` (each linked to the person with their
 * work email), then a `seed` step against the services; `clock` lets a test move time instead of
 * sleeping.
 */
export async function startE2eServer(
  opts: { peopleCsv?: string; users?: E2eUser[]; clock?: Clock; seed?: (ctx: AppContext, orgId: string) => Promise<void> } = {},
): Promise<E2eServerWith> {
  await ensureWebBuilt();
  const id = crypto.randomBytes(6).toString('hex');
  const database = await makeDatabase(id);
  const port = await freePort();
  const config = testConfig({ ...database.config, port, host: '127.0.0.1', publicUrl: `http://127.0.0.1:${port}`, demo: false });
  const admin = { email: 'admin@e2e.example.be', password: 'quiet-lantern-orbit-47' };
  const orgName = 'E2E Organisation';
  const slug = 'e2e';
  const clock = opts.clock ?? systemClock;

  const db = await database.open();
  try {
    const ctx: AppContext = { db, clock, config, log: silentLogger };
    const org = await createOrganisation(ctx, { slug, name: orgName, defaultLanguage: 'en' });
    await addUser(ctx, systemActor(org.id), { email: admin.email, role: 'admin', password: admin.password, displayName: 'E2E Admin' });
    // People first: a user is linked to their person when the user is added.
    if (opts.peopleCsv) await importPeople(ctx, systemActor(org.id), opts.peopleCsv);
    for (const u of opts.users ?? [])
      await addUser(ctx, systemActor(org.id), { email: u.email, role: u.role, password: u.password, displayName: u.displayName ?? '' });
    await opts.seed?.(ctx, org.id);
  } finally {
    await db.close();
  }

  const running = await startServer(config, () => {}, { clock });
  return {
    url: running.url,
    admin,
    orgName,
    slug,
    async stop() {
      await running.stop();
      await database.drop();
    },
  };
}

export interface BrowserSession {
  server: E2eServerWith;
  browser: Browser;
  page: Page;
}

/**
 * The usual start of a browser test file: before its tests the server (started with `opts`) and
 * Chromium, and one page, signed in as the admin unless `signIn` is false, that accepts confirm
 * dialogs with `acceptDialogs`; after its tests both stopped. Call at the top of the file: the
 * fields are set once the file's beforeAll hooks ran.
 */
export function browserSession(
  opts: Parameters<typeof startE2eServer>[0] & { signIn?: boolean; acceptDialogs?: boolean } = {},
): BrowserSession {
  const { signIn: signedIn = true, acceptDialogs = false, ...serverOpts } = opts;
  const s = {} as BrowserSession;
  beforeAll(async () => {
    [s.server, s.browser] = await Promise.all([startE2eServer(serverOpts), launchBrowser()]);
    s.page = await newPage(s.browser, s.server.url);
    if (acceptDialogs) s.page.on('dialog', (d) => void d.accept());
    if (signedIn) await signIn(s.page, s.server);
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.server?.stop();
  });
  return s;
}

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package.`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A page in a fresh context (own cookies and storage), English, at phone or desktop width. */
export async function newPage(browser: Browser, baseURL: string, opts: { width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', viewport: { width: opts.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Signs in as the server's admin. */
export async function signIn(page: Page, server: E2eServer): Promise<void> {
  await signInAs(page, server.admin);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations of impact "serious" or "critical" on the page as it is now. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: a <script> tag (addScriptTag) would be inline and
  // rightly blocked by the app's Content Security Policy, which the tests keep switched on.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Result[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A people CSV as a Belgian HR export would write it: `;`, Dutch headers. */
export function peopleCsv(
  rows: string[][],
  header = ['Personeelsnummer', 'Voornaam', 'Achternaam', 'E-mail', 'Afdeling', 'Vestiging', 'Startdatum'],
): string {
  return [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
}

/** Signs in as anyone with a password (signIn is the admin). */
export async function signInAs(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.app-header').waitFor();
}

// ambassadors

/**
 * A clock that runs with real time but can be moved forward: a test "waits" for a time-based rule
 * (the question form's minimum age) by advancing it instead of sleeping.
 */
export class ShiftableClock implements Clock {
  private offset = 0;
  now() {
    return new Date(Date.now() + this.offset);
  }
  advance(ms: number) {
    this.offset += ms;
  }
}
