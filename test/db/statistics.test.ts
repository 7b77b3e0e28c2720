/** Planner statistics without autovacuum (PGlite): the worker analyzes the tables that have rows never analyzed, or grew. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { analyzeGrownTables } from '../../src/db/statistics.ts';
import { openTestDb } from '../helpers.ts';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await openTestDb());
  await db.exec('create table grow (id int, org int) with (autovacuum_enabled = false)'); // PostgreSQL's would race the test
  await analyzeGrownTables(db); // what the migrations wrote
});
afterAll(() => drop());

const estimated = async () =>
  Number(/rows=(\d+)/.exec((await db.query<{ 'QUERY PLAN': string }>(`explain select * from grow where org = 1`))[0]['QUERY PLAN'])![1]);

describe('analyzeGrownTables', () => {
  it('leaves empty tables and tables unchanged since their last ANALYZE alone', async () => {
    expect(await analyzeGrownTables(db)).toEqual([]);
  });

  it('analyzes a table with rows it never analyzed, once', async () => {
    await db.query(`insert into grow values (1, 1)`);
    expect(await analyzeGrownTables(db)).toEqual(['grow']);
    expect(await analyzeGrownTables(db)).toEqual([]);
  });

  it('analyzes a table again once it grew by a fifth, not for a few rows more', async () => {
    await db.query(`insert into grow select g, g % 100 from generate_series(2, 20000) g`);
    expect(await analyzeGrownTables(db)).toEqual(['grow']);
    // The planner now knows: 20,000 rows over 100 organisations, about 200 for one.
    expect(await estimated()).toBeGreaterThan(100);
    expect(await estimated()).toBeLessThan(400);
    await db.query(`insert into grow select g, g % 100 from generate_series(20001, 20100) g`);
    expect(await analyzeGrownTables(db)).toEqual([]);
    await db.query(`insert into grow select g, g % 100 from generate_series(20101, 26000) g`);
    expect(await analyzeGrownTables(db)).toEqual(['grow']);
  });
});
