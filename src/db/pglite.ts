import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Db, Queryable } from './db.ts';
import { OID } from './db.ts';

const parsers = {
  [OID.date]: (v: string) => v,
  [OID.int8]: (v: string) => Number(v),
  [OID.numeric]: (v: string) => Number(v),
};

/** Opens (creating if needed) a PGlite database in `dataDir`, or in memory when dataDir is undefined. */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir, { extensions: { pg_trgm }, parsers });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>, after?: (() => void)[]): Queryable => ({
    afterCommit: (fn) => (after ? after.push(fn) : fn()),
    async query<T>(sql: string, params?: readonly unknown[]) {
      const res = await q.query<T>(sql, params as unknown[] | undefined);
      return res.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
    async copyFrom(sql: string, data: Uint8Array | string) {
      await q.query(sql, [], { blob: new Blob([data as BlobPart]) });
    },
  });
  const base = wrap(pg);
  return {
    engine: 'pglite',
    query: base.query,
    exec: base.exec,
    afterCommit: base.afterCommit,
    copyFrom: base.copyFrom,
    async transaction(fn) {
      const after: (() => void)[] = [];
      const result = await pg.transaction((tx) => fn(wrap(tx, after)));
      for (const f of after) f();
      return result;
    },
    listen: (channel, onMessage) => pg.listen(channel, onMessage),
    close: () => pg.close(),
  };
}
