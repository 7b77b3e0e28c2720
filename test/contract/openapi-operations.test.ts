/**
 * Every operation of the API has an explicit, unique camelCase operationId (clients and the
 * generated web types name operations by it), and says which credentials it needs: the public
 * and sign-in operations `security: []`, every other one the session or a bearer token. Every
 * `pattern` is an ECMAScript regular expression as JSON Schema reads it: no `/.../i` literal inside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let doc: { paths: Record<string, Record<string, any>> };
let operations: { method: string; path: string; op: { operationId?: string; security?: Record<string, string[]>[] } }[];
beforeAll(async () => {
  env = await createTestEnv();
  doc = (await (await env.app.request('/api/openapi.json')).json()) as typeof doc;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method, path, op })));
});
afterAll(() => env.close());

const PUBLIC = [
  /^\/api\/v1\/public\//,
  /^\/api\/v1\/auth\/(sign-in|password-reset|password-reset\/confirm|invitations\/accept|invitations\/\{token\}|sso\/discover)$/,
];

describe('the OpenAPI document’s operations', () => {
  it('each have an explicit, unique camelCase operationId', () => {
    expect(operations.length).toBeGreaterThan(50);
    const missing = operations.filter((o) => !o.op.operationId).map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(missing, 'operations without an operationId: add one to their createRoute').toEqual([]);
    const ids = operations.map((o) => o.op.operationId!);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'operationIds used twice',
    ).toEqual([]);
    expect(
      ids.filter((id) => !/^[a-z][a-zA-Z0-9]*$/.test(id)),
      'operationIds not in camelCase',
    ).toEqual([]);
  });

  it('declare which credentials they need: none for public and sign-in operations', () => {
    for (const { method, path, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.security, `${where} declares no security`).toBeDefined();
      if (PUBLIC.some((re) => re.test(path))) expect(op.security, `${where} is public`).toEqual([]);
      else expect(op.security, `${where} needs credentials`).toEqual([{ session: [] }, { bearer: [] }]);
    }
  });
});

/** Every value of `key` anywhere in `node`, with where it is. */
function collect(node: unknown, key: string, at = '#'): [string, unknown][] {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => [
    ...(k === key ? [[`${at}/${k}`, v] as [string, unknown]] : []),
    ...collect(v, key, `${at}/${k}`),
  ]);
}

describe('the OpenAPI document’s patterns', () => {
  it('are regular expressions without delimiters or flags, that compile in unicode mode', () => {
    const patterns = collect(doc, 'pattern').filter(([, p]) => typeof p === 'string') as [string, string][];
    expect(patterns.length).toBeGreaterThan(0);
    const bad = patterns.filter(([, p]) => {
      if (/(^|[^\\])\/[dgimsuvy]+$/.test(p)) return true;
      try {
        new RegExp(p, 'u');
        return false;
      } catch {
        return true;
      }
    });
    expect(bad, 'a zod .regex() with flags becomes a pattern no validator reads as meant: spell the case out ([Hh]...)').toEqual([]);
  });

  it('let through the profile links the server accepts', () => {
    const put = doc.paths['/api/v1/me/ambassador'].put;
    const url = put.requestBody.content['application/json'].schema.properties.links.items.properties.url;
    const re = new RegExp(url.pattern, 'u');
    expect(re.test('https://www.linkedin.com/in/someone')).toBe(true);
    expect(re.test('HTTPS://example.be/x')).toBe(true);
    expect(re.test('http://example.be/x')).toBe(false);
  });
});
