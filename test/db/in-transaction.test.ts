/** inTransaction: services' own transactions become savepoints of one outer transaction. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { inTransaction } from '../../src/db/in-transaction.ts';
import { openTestDb } from '../helpers.ts';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await openTestDb());
  await db.exec('create table t (v text)');
});
afterAll(() => drop());

const values = async () => (await db.query<{ v: string }>('select v from t order by v')).map((r) => r.v);

describe('inTransaction', () => {
  it('rolls an inner transaction back alone, and commits the rest with the outer one', async () => {
    await db.transaction(async (tx) => {
      const inner = inTransaction(tx, db.engine);
      await inner.transaction((t) => t.query(`insert into t values ('kept')`));
      await expect(
        inner.transaction(async (t) => {
          await t.query(`insert into t values ('undone')`);
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      await inner.query(`insert into t values ('outer')`);
    });
    expect(await values()).toEqual(['kept', 'outer']);
  });

  it('leaves nothing when the outer transaction fails, however many inner ones committed', async () => {
    await db.exec('delete from t');
    await expect(
      db.transaction(async (tx) => {
        const inner = inTransaction(tx, db.engine);
        await inner.transaction((t) => t.query(`insert into t values ('a')`));
        await inner.transaction((t) => inner.transaction((u) => u.query(`insert into t values ('b')`)).then(() => t.query('select 1')));
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect(await values()).toEqual([]);
  });

  it('runs after-commit work only once the outer transaction commits', async () => {
    const ran: string[] = [];
    await db.transaction(async (tx) => {
      inTransaction(tx, db.engine).afterCommit(() => ran.push('after'));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['after']);
  });
});
