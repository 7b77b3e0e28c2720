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
    type Connection = { query(text: string): void; sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void };
    const noop = () => {};
    const submittable = {
      submit: (connection: Connection) => connection.query(sql.replace(/from\s+'\/dev\/blob'/i, 'from stdin')),
      handleCopyInResponse(connection: Connection) {
        for (let i = 0; i < bytes.length; i += 65_536) connection.sendCopyFromChunk(bytes.subarray(i, i + 65_536));
        connection.endCopyFrom();
      },
      // pg forgets the query before handing it an error, so the ReadyForQuery that follows never
      // reaches it (and a dropped socket sends none): reject now. The client stays usable (rollback).
      handleError: (err: unknown) => reject(err),
      handleReadyForQuery: () => resolve(),
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

/** Back-off between attempts to LISTEN again after the connection was lost. */
const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 5_000;

/** A connection of its own (a pooled one would be handed to other queries) that LISTENs on `channel`. */
async function listenOn(
  Client: typeof import('pg').Client,
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
): Promise<Client> {
  const client = new Client({ connectionString: url, keepAlive: true });
  // An error before the LISTEN is in place rejects below; the caller watches for later ones.
  client.on('error', () => {});
  client.on('notification', (n) => {
    if (n.channel === channel) onMessage(n.payload ?? '');
  });
  try {
    await client.connect();
    await client.query(`listen "${channel.replace(/"/g, '')}"`);
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
  return client;
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
  const stops = new Set<() => Promise<void>>();
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
    async listen(channel, onMessage, options = {}) {
      let current: Client | undefined;
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const open = async () => {
        const client = await listenOn(pg.Client, url, channel, onMessage);
        if (stopped) {
          await client.end().catch(() => {});
          return;
        }
        current = client;
        // 'end' follows every loss (an 'error' alone may come first): either one means notices are missed from now on.
        const lost = () => {
          if (current !== client) return;
          current = undefined;
          client.end().catch(() => {});
          if (stopped) return;
          options.onLost?.();
          retry(RETRY_FIRST_MS);
        };
        client.on('error', lost);
        client.on('end', lost);
      };
      const retry = (delay: number) => {
        timer = setTimeout(() => {
          timer = undefined;
          open().then(
            () => {
              if (!stopped) options.onRestored?.();
            },
            () => {
              if (!stopped) retry(Math.min(delay * 2, RETRY_MAX_MS));
            },
          );
        }, delay);
        timer.unref();
      };
      await open();
      const stop = async () => {
        stopped = true;
        stops.delete(stop);
        clearTimeout(timer);
        const client = current;
        current = undefined;
        await client?.end().catch(() => {});
      };
      stops.add(stop);
      return stop;
    },
    async close() {
      await Promise.all([...stops].map((stop) => stop()));
      await pool.end();
    },
  };
}
