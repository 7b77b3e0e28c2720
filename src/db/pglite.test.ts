/**
 * PGlite in its own thread: what crosses between the threads (values of every type we use, errors
 * with PostgreSQL's fields), transactions and their order, LISTEN, and the point of it: the main
 * thread keeps running while a statement does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { openPglite } from './pglite.ts';

let db: Db;
beforeAll(async () => {
  db = await openPglite(undefined);
  await db.exec(`create table t (id int primary key, note text not null, at timestamptz, day date, big bigint, doc jsonb, bytes bytea)`);
});
afterAll(() => db.close());

describe('PGlite in a thread of its own', () => {
  it('returns values as the in-process engine did: dates as text, bigints as numbers, timestamps, JSON and bytes', async () => {
    await db.query(`insert into t values (1, 'a', '2026-12-02T10:00:00Z', '2026-12-02', 9007199254740991, '{"k":[1,"x"]}', '\\x0102ff')`);
    const [row] = await db.query<Record<string, unknown>>('select * from t where id = $1', [1]);
    expect(row).toEqual({
      id: 1,
      note: 'a',
      at: new Date('2026-12-02T10:00:00Z'),
      day: '2026-12-02',
      big: 9007199254740991,
      doc: { k: [1, 'x'] },
      bytes: new Uint8Array([1, 2, 255]),
    });
    // Parameters cross too: a Date, bytes, an array.
    const [back] = await db.query<{ at: Date; n: number; len: number }>(
      'select $1::timestamptz as at, cardinality($2::int[]) as n, length($3::bytea) as len',
      [new Date('2026-01-01T00:00:00Z'), [1, 2, 3], new Uint8Array(5)],
    );
    expect(back).toEqual({ at: new Date('2026-01-01T00:00:00Z'), n: 3, len: 5 });
  });

  it("rejects with PostgreSQL's fields, which db-errors.ts reads", async () => {
    const err = await db.query(`insert into t (id, note) values (1, 'again')`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ code: '23505', constraint: 't_pkey', table: 't' });
    await expect(db.query(`insert into t (id) values (2)`)).rejects.toMatchObject({ code: '23502', column: 'note' });
  });

  it('commits a transaction when its function resolves and rolls it back when it throws; after-commit work runs only on commit', async () => {
    const ran: string[] = [];
    await db.transaction(async (tx) => {
      await tx.query(`insert into t (id, note) values (10, 'kept')`);
      tx.afterCommit(() => ran.push('committed'));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['committed']);
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`insert into t (id, note) values (11, 'dropped')`);
        tx.afterCommit(() => ran.push('never'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(ran).toEqual(['committed']);
    expect(await db.query('select id from t where id in (10, 11) order by id')).toEqual([{ id: 10 }]);
  });

  it('makes a statement outside a transaction wait until the transaction ends, as one connection does', async () => {
    const order: string[] = [];
    let outside: Promise<unknown> | undefined;
    await db.transaction(async (tx) => {
      await tx.query(`insert into t (id, note) values (20, 'inside')`);
      outside = db.query<{ n: number }>(`select count(*)::int as n from t where id = 20`).then((rows) => {
        order.push('outside');
        return rows;
      });
      await tx.query('select 1');
      order.push('inside done');
    });
    expect(await outside).toEqual([{ n: 1 }]);
    expect(order).toEqual(['inside done', 'outside']);
  });

  it('delivers NOTIFY to each listener until it stops listening', async () => {
    const heard: string[] = [];
    const stop = await db.listen('news', (p) => heard.push(`a:${p}`));
    const stopB = await db.listen('news', (p) => heard.push(`b:${p}`));
    await db.query(`select pg_notify('news', 'one')`);
    await stop();
    await db.query(`select pg_notify('news', 'two')`);
    await stopB();
    await db.query(`select pg_notify('news', 'three')`);
    expect(heard).toEqual(['a:one', 'b:one', 'b:two']);
  });

  it('leaves the main thread free while a statement runs', async () => {
    let turns = 0;
    let running = true;
    const spin = () => {
      turns++;
      if (running) setImmediate(spin);
    };
    setImmediate(spin);
    // Long enough to take many turns of an event loop that is free; in the main thread it took none.
    await db.query('select count(*) from generate_series(1, 2000000)');
    running = false;
    expect(turns).toBeGreaterThan(20);
  });

  it('refuses statements once closed', async () => {
    const other = await openPglite(undefined);
    await other.close();
    await expect(other.query('select 1')).rejects.toThrow(/closed/);
  });
});
