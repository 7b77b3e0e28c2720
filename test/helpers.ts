/**
 * Test helpers: a fresh database per test file (copied from the migrated template), the app in
 * memory, a fake clock, and factories for organisations, users and API tokens.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadConfig, type Config } from '../src/config.ts';
import type { Db } from '../src/db/db.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { createApp, type App } from '../src/app.ts';
import { FakeClock } from '../src/platform/clock.ts';
import type { AppContext } from '../src/platform/context.ts';
import { createLogger, silentLogger } from '../src/platform/log.ts';
import { systemActor, type Role } from '../src/platform/policy.ts';
import { createOrganisation } from '../src/modules/organisations/organisations.service.ts';
import { addUser } from '../src/modules/accounts/accounts.service.ts';
import { createToken } from '../src/modules/accounts/tokens.service.ts';
import { adminUrl, testDatabaseName } from './setup/paths.ts';

/** A fresh database; `url` (PostgreSQL) or `dir` (PGlite) says where, for code that opens its own. */
export async function openTestDb(): Promise<{ db: Db; url?: string; dir?: string; drop(): Promise<void> }> {
  const pgTemplate = inject('pgTemplate');
  const id = crypto.randomBytes(6).toString('hex');
  if (pgTemplate) {
    const url = process.env.DATABASE_URL!;
    const name = testDatabaseName(pgTemplate, id);
    const admin = await openPostgres(adminUrl(url), { max: 1 });
    await admin.query(`create database ${name} template ${pgTemplate}`);
    const u = new URL(url);
    u.pathname = '/' + name;
    const db = await openPostgres(u.toString(), { max: 5 });
    return {
      db,
      url: u.toString(),
      async drop() {
        await db.close().catch(() => {});
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.close();
      },
    };
  }
  const template = inject('pgliteTemplate');
  const dir = path.join(path.dirname(template), `db-${id}`);
  fs.cpSync(template, dir, { recursive: true });
  const db = await openPglite(dir);
  return {
    db,
    dir,
    async drop() {
      await db.close().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      EMBASSY_DEMO: '0',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://embassy.test',
      // A fixed key, so tests never write a key file; loopback receivers stand in for webhooks and chat.
      EMBASSY_SECRET_KEY: 'dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktdGVzdC0=',
      EMBASSY_ALLOW_PRIVATE_URLS: '1',
    }),
    ...overrides,
  };
}

export interface TestEnv {
  ctx: AppContext;
  app: App;
  clock: FakeClock;
  close(): Promise<void>;
}

export async function createTestEnv(opts: { now?: string; config?: Partial<Config> } = {}): Promise<TestEnv> {
  const { db, drop } = await openTestDb();
  const clock = new FakeClock(opts.now ?? '2026-11-26T09:00:00Z');
  const ctx: AppContext = { db, clock, config: testConfig(opts.config), log: process.env.TEST_LOG ? createLogger('debug') : silentLogger };
  return { ctx, app: createApp(ctx), clock, close: drop };
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function makeOrg(ctx: AppContext, slug = `org-${unique()}`, name = 'Test Organisation') {
  return createOrganisation(ctx, { slug, name });
}

export interface TestUser {
  id: string;
  orgId: string;
  email: string;
  role: Role;
  token: string;
}

/** A user with an API token; `password` set only when a test signs in with it. */
export async function makeUser(
  ctx: AppContext,
  orgId: string,
  role: Role,
  opts: { email?: string; password?: string } = {},
): Promise<TestUser> {
  const email = opts.email ?? `${role}-${unique()}@example.be`;
  const user = await addUser(ctx, systemActor(orgId), { email, role, password: opts.password });
  const { token } = await createToken(
    ctx,
    { ...systemActor(orgId), userId: user.id, email: user.email, role: user.role },
    { name: 'test' },
  );
  return { id: user.id, orgId, email: user.email, role, token };
}

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

/**
 * The app's own OpenAPI document as a checker of answers: for a request under /api/v1, the status
 * must be declared for the operation, the content type declared for that status, and a JSON body
 * must match the declared schema (ajv, JSON Schema 2020-12, with formats). Built once per test file.
 */
interface Contract {
  /** Why this answer breaks the contract, or null when it keeps it. */
  check(method: string, url: string, status: number, contentType: string | null, body: unknown, text: string): string | null;
  /** Why a JSON body the server accepted (a 2xx answer) is one the document says it refuses, or null. */
  checkAccepted(method: string, url: string, status: number, body: unknown): string | null;
}
let contract: Promise<Contract> | undefined;
function contractOf(app: App): Promise<Contract> {
  contract ??= (async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
    return buildContract(doc);
  })();
  return contract;
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        requestBody?: { content?: Record<string, { schema?: unknown }> };
        responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
      }
    >
  >;
}

export function buildContract(doc: OpenApiDoc): Contract {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  ajv.addSchema(doc as object, 'openapi.json');
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    let v = validators.get(pointer);
    if (!v) validators.set(pointer, (v = ajv.compile({ $ref: `openapi.json#${pointer}` })));
    return v;
  };
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  const routes = Object.keys(doc.paths)
    .map((path) => ({
      path,
      params: (path.match(/\{/g) ?? []).length,
      re: new RegExp('^' + path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+') + '$'),
    }))
    .sort((a, b) => a.params - b.params);
  const operationOf = (method: string, url: string) => {
    const pathname = new URL(url, 'http://embassy.test').pathname;
    const m = method.toLowerCase();
    const route = pathname.startsWith('/api/v1/') ? routes.find((r) => r.re.test(pathname) && doc.paths[r.path][m]) : undefined;
    return { pathname, m, route };
  };
  return {
    checkAccepted(method, url, status, body) {
      const { m, route } = operationOf(method, url);
      if (!route || status < 200 || status > 299) return null;
      const op = doc.paths[route.path][m];
      if (!op.requestBody?.content?.['application/json']) return null;
      const v = validatorAt(`/paths/${esc(route.path)}/${m}/requestBody/content/application~1json/schema`);
      return v(body)
        ? null
        : `${op.operationId} (${method} ${route.path}) answered ${status} to a body that does not match its request schema: ${ajv.errorsText(v.errors, { separator: '; ' })}`;
    },
    check(method, url, status, contentType, body, text) {
      const { pathname, m, route } = operationOf(method, url);
      if (!pathname.startsWith('/api/v1/')) return null;
      const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
      if (!route) {
        // No operation: the answer can only be the problem saying so.
        if (type !== 'application/problem+json')
          return `${method} ${pathname} is no operation of the document, and answered ${status} ${type || '(no content type)'}`;
        const v = validatorAt('/components/schemas/Problem');
        return v(body)
          ? null
          : `${method} ${pathname} (no operation) answered ${status} with a problem that is not a Problem: ${ajv.errorsText(v.errors, { separator: '; ' })}`;
      }
      const op = doc.paths[route.path][m];
      const name = `${op.operationId ?? '(no operationId)'} (${method} ${route.path})`;
      const responses = op.responses ?? {};
      const declaredStatus =
        String(status) in responses
          ? String(status)
          : `${String(status)[0]}XX` in responses
            ? `${String(status)[0]}XX`
            : 'default' in responses
              ? 'default'
              : null;
      if (!declaredStatus)
        return `${name} answered ${status}, which it does not declare (it declares ${Object.keys(responses).join(', ')})`;
      const content = responses[declaredStatus].content;
      if (!content || Object.keys(content).length === 0) {
        return text === '' ? null : `${name} answered ${status} with a body (${type || 'no content type'}), but declares none for it`;
      }
      if (!(type in content))
        return `${name} answered ${status} as ${type || '(no content type)'}, but declares only ${Object.keys(content).join(', ')} for it`;
      if (!type.includes('json')) return null;
      const v = validatorAt(`/paths/${esc(route.path)}/${m}/responses/${declaredStatus}/content/${esc(type)}/schema`);
      if (v(body)) return null;
      return `${name} answered ${status} ${type} that does not match its schema: ${ajv.errorsText(v.errors, { separator: '; ' })}`;
    },
  };
}

/** Calls the app in memory as `token`'s user (or anonymously); every answer is checked against the OpenAPI document. */
export function client(app: App, token?: string, extraHeaders: Record<string, string> = {}) {
  const call = async <T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> => {
    const h: Record<string, string> = { ...extraHeaders, ...headers };
    if (token) h.authorization = `Bearer ${token}`;
    let payload: string | Uint8Array<ArrayBuffer> | undefined;
    if (body !== undefined) {
      // A string or bytes (a file as a program saved it) go as they are; anything else as JSON.
      if (typeof body === 'string') payload = body;
      else if (body instanceof Uint8Array) payload = new Uint8Array(body);
      else {
        payload = JSON.stringify(body);
        h['content-type'] ??= 'application/json';
      }
    }
    const res = await app.request(url, { method, headers: h, body: payload });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    const mismatch = (await contractOf(app)).check(method, url, res.status, res.headers.get('content-type'), parsed, text);
    if (mismatch) throw new Error(`The answer does not match the OpenAPI document: ${mismatch}\nBody: ${text.slice(0, 2000)}`);
    if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
      const refused = (await contractOf(app)).checkAccepted(method, url, res.status, body);
      if (refused)
        throw new Error(`The server accepted a body the OpenAPI document refuses: ${refused}\nBody: ${String(payload).slice(0, 2000)}`);
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  };
  return {
    get: <T = any>(url: string, headers?: Record<string, string>) => call<T>('GET', url, undefined, headers),
    post: <T = any>(url: string, body?: unknown, headers?: Record<string, string>) => call<T>('POST', url, body, headers),
    put: <T = any>(url: string, body?: unknown, headers?: Record<string, string>) => call<T>('PUT', url, body, headers),
    patch: <T = any>(url: string, body?: unknown, headers?: Record<string, string>) => call<T>('PATCH', url, body, headers),
    delete: <T = any>(url: string, headers?: Record<string, string>) => call<T>('DELETE', url, undefined, headers),
  };
}

/** A small valid people CSV; `rows` are [number, first, last, email, department, site, region, manager]. */
export function peopleCsv(rows: string[][], delimiter = ';'): string {
  const header = ['Personeelsnummer', 'Voornaam', 'Achternaam', 'E-mail', 'Afdeling', 'Vestiging', 'Regio', 'Manager'];
  return [header, ...rows].map((r) => r.join(delimiter)).join('\r\n') + '\r\n';
}

export interface PersonSpec {
  number: string;
  first: string;
  last: string;
  email: string;
  department?: string;
  site?: string;
  region?: string;
  sensitive?: boolean;
  language?: string;
  start?: string;
}

/** Imports people through the API, as HR would; returns their ids by employee number. */
export async function importPeople(app: App, adminToken: string, people: PersonSpec[]): Promise<Record<string, string>> {
  const header = 'employee_number;first_name;last_name;work_email;department;site;region;sensitive;language;start_date';
  const lines = people.map((p) =>
    [
      p.number,
      p.first,
      p.last,
      p.email,
      p.department ?? 'Operations',
      p.site ?? 'Gent',
      p.region ?? 'flanders',
      p.sensitive ? 'ja' : 'nee',
      p.language ?? 'nl',
      p.start ?? '2020-01-06',
    ].join(';'),
  );
  const api = client(app, adminToken);
  const res = await api.post('/api/v1/people/import', [header, ...lines].join('\n'), { 'content-type': 'text/csv' });
  if (res.status !== 200) throw new Error(`import failed: ${res.text}`);
  const ids: Record<string, string> = {};
  for (const p of people) {
    const found = await api.get(`/api/v1/people?q=${encodeURIComponent(p.number)}`);
    ids[p.number] = found.body.items.find((x: any) => x.employeeNumber === p.number).id;
  }
  return ids;
}

/** The most recent mail to an address, from the outbox, as its recipient gets it (secret links included). */
export async function lastMailTo(ctx: AppContext, to: string) {
  const [row] = await ctx.db.query<{ subject: string; text_body: string; reply_to: string | null; kind: string }>(
    'select subject, coalesce(sealed_text, text_body) as text_body, reply_to, kind from mail_outbox where to_address = $1 order by created_at desc, id limit 1',
    [to],
  );
  return row;
}
