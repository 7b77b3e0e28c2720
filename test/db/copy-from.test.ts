/** COPY FROM (bulk imports): a failing COPY rejects with the database's error and leaves the connection usable. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { openTestDb } from '../helpers.ts';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await openTestDb());
  await db.exec('create table k (id int primary key, v text)');
});
afterAll(() => drop());

const ids = async () => (await db.query<{ id: number }>('select id from k order by id')).map((r) => r.id);

describe('copyFrom', () => {
  it('copies rows in', async () => {
    await db.transaction((tx) => tx.copyFrom!(`copy k (id, v) from '/dev/blob'`, '1\tone\n2\ttwo\n'));
    expect(await ids()).toEqual([1, 2]);
  });

  it('rejects at once on a unique violation, rolls back, and the pool still works', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`insert into k values (3, 'three')`);
        await tx.copyFrom!(`copy k (id, v) from '/dev/blob'`, '4\tfour\n2\tagain\n');
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await ids()).toEqual([1, 2]);
    // Every pooled connection is still usable, the one of the failed COPY included.
    await Promise.all(Array.from({ length: 8 }, (_, i) => db.transaction((tx) => tx.query('select $1::int as i', [i]))));
    await db.transaction((tx) => tx.copyFrom!(`copy k (id, v) from '/dev/blob'`, '5\tfive\n'));
    expect(await ids()).toEqual([1, 2, 5]);
  });
});
