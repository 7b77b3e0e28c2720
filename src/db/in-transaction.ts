/**
 * A `Db` that runs everything inside one open transaction, so that code written against `ctx.db`
 * (services that open their own transactions) can be made all-or-nothing as a whole: the demo's
 * first start either creates everything or leaves the database as it was.
 * A transaction opened on it is a savepoint: it rolls back alone when its function throws.
 */
import type { Db, Queryable } from './db.ts';

export function inTransaction(tx: Queryable, engine: Db['engine']): Db {
  let savepoints = 0;
  const db: Db = {
    engine,
    query: (sql, params) => tx.query(sql, params),
    exec: (sql) => tx.exec(sql),
    afterCommit: (fn) => tx.afterCommit(fn),
    async transaction(fn) {
      const name = `nested_${++savepoints}`;
      await tx.query(`savepoint ${name}`);
      try {
        const result = await fn(db);
        await tx.query(`release savepoint ${name}`);
        return result;
      } catch (err) {
        await tx.query(`rollback to savepoint ${name}`);
        throw err;
      }
    },
    listen() {
      throw new Error('LISTEN inside a transaction hears nothing until it commits: listen on the database itself.');
    },
    async close() {
      // The transaction belongs to whoever opened it.
    },
  };
  return db;
}
