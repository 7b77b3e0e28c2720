/**
 * The people export reads the directory in keyset pages of EXPORT_PAGE_ROWS: no query ever returns
 * more rows than that, whatever the directory's size, and the pages join into every person once, in
 * employee-number order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/db/db.ts';
import { parseCsv } from '../../src/platform/csv.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { systemActor } from '../../src/platform/policy.ts';
import { EXPORT_PAGE_ROWS, exportPeopleCsv } from '../../src/modules/people/people.service.ts';
import { seedPeople } from '../../src/modules/people/people.seeding.ts';
import { createTestEnv, makeOrg, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
const PEOPLE = EXPORT_PAGE_ROWS * 2 + 37;

beforeAll(async () => {
  env = await createTestEnv();
  orgId = (await makeOrg(env.ctx, 'pages')).id;
  await seedPeople(env.ctx, orgId, { employees: PEOPLE, seed: 'pages' });
  // Another organisation's people are never in the export.
  await seedPeople(env.ctx, (await makeOrg(env.ctx, 'others')).id, { employees: 50, seed: 'others' });
});
afterAll(() => env.close());

describe('people export pages', () => {
  it('never fetches more than a page at a time and writes every person once, in order', async () => {
    const sizes: number[] = [];
    const db = env.ctx.db;
    const query: Queryable['query'] = async (sql, params) => {
      const rows = await db.query(sql, params);
      sizes.push(rows.length);
      return rows as never;
    };
    const ctx: AppContext = { ...env.ctx, db: { ...db, query } };
    let csv = '';
    let chunks = 0;
    for await (const chunk of exportPeopleCsv(ctx, systemActor(orgId), ',')) {
      csv += chunk;
      chunks++;
    }
    expect(Math.max(...sizes)).toBe(EXPORT_PAGE_ROWS);
    // The header, three pages (full, full, 37 rows): the empty fourth page ends it.
    expect(chunks).toBe(1 + 3);
    const { rows } = parseCsv(csv.replace(/^\uFEFF/, ''));
    const numbers = rows.slice(1).map((r) => r[0]);
    expect(numbers).toHaveLength(PEOPLE);
    expect(new Set(numbers).size).toBe(PEOPLE);
    expect([...numbers].sort()).toEqual(numbers);
  });
});
