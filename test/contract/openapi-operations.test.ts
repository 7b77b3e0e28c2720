/**
 * Every operation of the API has an explicit, unique camelCase operationId (clients and the
 * generated web types name operations by it), and says which credentials it needs: the public
 * and sign-in operations `security: []`, every other one the session or a bearer token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let operations: { method: string; path: string; op: { operationId?: string; security?: Record<string, string[]>[] } }[];
beforeAll(async () => {
  env = await createTestEnv();
  const doc = (await (await env.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, any>> };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method, path, op })));
});
afterAll(() => env.close());

const PUBLIC = [/^\/api\/v1\/public\//, /^\/api\/v1\/auth\/(sign-in|password-reset|password-reset\/confirm|invitations\/accept|invitations\/\{token\})$/];

describe('the OpenAPI document’s operations', () => {
  it('each have an explicit, unique camelCase operationId', () => {
    expect(operations.length).toBeGreaterThan(50);
    const missing = operations.filter((o) => !o.op.operationId).map((o) => `${o.method.toUpperCase()} ${o.path}`);
    expect(missing, 'operations without an operationId: add one to their createRoute').toEqual([]);
    const ids = operations.map((o) => o.op.operationId!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'operationIds used twice').toEqual([]);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z0-9]*$/.test(id)), 'operationIds not in camelCase').toEqual([]);
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
