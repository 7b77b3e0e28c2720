/**
 * The browser's API types are generated from the app's own OpenAPI document
 * (src/web/lib/api.gen.ts, by openapi-typescript), so a server change that breaks the web app fails
 * the type check. This test fails when the checked-in file no longer matches the document:
 * run `npm run api:types` and commit the result.
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers.ts';

const FILE = path.resolve(import.meta.dirname, '../../src/web/lib/api.gen.ts');
const HEADER = `/**
 * Generated from /api/openapi.json by openapi-typescript (npm run api:types). Do not edit by hand:
 * test/contract/api-types.test.ts fails when this no longer matches the server.
 */
`;

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('the web app’s API types', () => {
  it('are generated from the current OpenAPI document', async () => {
    const doc = await (await env.app.request('/api/openapi.json')).json();
    const generated = HEADER + astToString(await openapiTS(doc as never, { alphabetize: true }));
    if (process.env.UPDATE_API_TYPES === '1') fs.writeFileSync(FILE, generated);
    const current = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
    expect(current === generated, 'src/web/lib/api.gen.ts is out of date: run `npm run api:types` and commit it').toBe(true);
  });
});
