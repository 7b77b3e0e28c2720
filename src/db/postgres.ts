import type { Client, PoolClient } from 'pg';
import type { Db } from './db.ts';
import { OID } from './db.ts';

const typeParsers: Record<number, (v: string) => unknown> = {
  [OID.date]: (v) => v,
  [OID.int8]: (v) => Number(v),
  [OID.numeric]: (v) => Number(v),
};

/**
 * `COPY ... FROM '/dev/blob'` (PGlite's name for the data) as `COPY ... FROM STDIN` on one client: the data goes in 64 kB CopyData messages. pg runs any object
 * with `submit` as a query and hands it the protocol's messages (as pg-copy-streams does).
 */
function copyIn(client: PoolClient, sql: string, data: Uint8Array | string): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return new Promise((resolve, reject) => {
    let failed: unknown;
    type Connection = { query(text: string): void; sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void };
    const noop = () => {};
    const submittable = {
      submit: (connection: Connection) => connection.query(sql.replace(/from\s+'\/dev\/blob'/i, 'from stdin')),
      handleCopyInResponse(connection: Connection) {
        for (let i = 0; i < bytes.length; i += 65_536) connection.sendCopyFromChunk(bytes.subarray(i, i + 65_536));
        connection.endCopyFrom();
      },
      handleError: (err: unknown) => (failed = err),
      handleReadyForQuery: () => (failed ? reject(failed) : resolve()),
      handleCommandComplete: noop,
      handleRowDescription: noop,
      handleDataRow: noop,
      handleEmptyQuery: noop,
      handlePortalSuspended: noop,
      handleCopyData: noop,
    };
    client.query(submittable as never);
  });
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Db> {
  // Loaded here, not at the top: a server on the embedded database never loads the driver (~15 MB).
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  const listeners = new Set<Client>();
  await pool.query('select 1');
  return {
    engine: 'postgres',
    async query<T>(sql: string, params?: readonly unknown[]) {
      const res = await pool.query(sql, params as unknown[] | undefined);
      return res.rows as T[];
    },
    afterCommit: (fn) => fn(),
    async transaction(fn) {
      const client = await pool.connect();
      const after: (() => void)[] = [];
      let released = false;
      try {
        await client.query('begin');
        const result = await fn({
          afterCommit: (f) => after.push(f),
          async query<T>(sql: string, params?: readonly unknown[]) {
            const res = await client.query(sql, params as unknown[] | undefined);
            return res.rows as T[];
          },
          async exec(sql: string) {
            await client.query(sql);
          },
          copyFrom: (sql, data) => copyIn(client, sql, data),
        });
        await client.query('commit');
        client.release();
        released = true;
        for (const f of after) f();
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      } finally {
        if (!released) client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async listen(channel, onMessage) {
      // A connection of its own: a pooled one would be handed to other queries.
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => {});
      await client.connect();
      client.on('notification', (n) => {
        if (n.channel === channel) onMessage(n.payload ?? '');
      });
      await client.query(`listen "${channel.replace(/"/g, '')}"`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end().catch(() => {});
      };
    },
    async close() {
      await Promise.all([...listeners].map((c) => c.end().catch(() => {})));
      await pool.end();
    },
  };
}
