/**
 * PGlite, run in a worker thread of its own (pglite-thread.mjs): its engine is WebAssembly and runs
 * each statement synchronously, which in the main thread stopped every request for as long as any
 * statement ran. Here the main thread only sends statements and receives rows, and serves requests
 * meanwhile. Statements run one at a time in the order sent, as before; a transaction holds the
 * database until it ends, as PGlite's own does.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db, Queryable } from './db.ts';
import { OID } from './db.ts';
import { ROOT } from '../platform/paths.ts';

const THREAD = path.join(ROOT, 'src', 'db', 'pglite-thread.mjs');

interface Answer {
  id?: number;
  rows?: unknown[];
  tx?: number;
  error?: Record<string, unknown> & { message: string };
  notice?: string;
  payload?: string;
  ready?: boolean;
}

/** An error from the thread, with the fields PostgreSQL sent (code, constraint, column...) and a stack from here. */
function errorFrom(fields: Answer['error'] & object): Error {
  return Object.assign(new Error(fields.message), fields);
}

/** Opens (creating if needed) a PGlite database in `dataDir`, or in memory when dataDir is undefined. */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const worker = new Worker(THREAD, { workerData: { dataDir, oid: OID } });
  const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let lastId = 0;
  let failure: Error | undefined;

  // The thread keeps the process alive only while it has something to answer.
  const settle = () => {
    if (pending.size === 0) worker.unref();
  };
  const failAll = (err: Error) => {
    failure ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (a: Answer) => {
      if (a.ready) return resolve();
      if (a.notice !== undefined) {
        for (const fn of listeners.get(a.notice) ?? []) fn(a.payload ?? '');
        return;
      }
      const p = pending.get(a.id!);
      if (!p) return;
      pending.delete(a.id!);
      settle();
      if (a.error) p.reject(errorFrom(a.error));
      else p.resolve(a);
    });
    worker.on('error', (err) => {
      reject(err);
      failAll(err);
    });
    worker.on('exit', (code) => {
      const err = new Error(`the PGlite thread stopped (exit code ${code})`);
      reject(err);
      failAll(err);
    });
  });
  await ready;
  settle();

  const send = (m: Record<string, unknown>): Promise<Answer> => {
    if (failure) return Promise.reject(failure);
    const id = ++lastId;
    return new Promise<Answer>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.ref();
      // Set on the message made by the caller, not spread into a copy (src/platform/objects.ts says why).
      m.id = id;
      worker.postMessage(m);
    });
  };

  const on = (tx: number | undefined, after?: (() => void)[]): Queryable => ({
    afterCommit: (fn) => (after ? after.push(fn) : fn()),
    async query<T>(sql: string, params?: readonly unknown[]) {
      return (await send({ op: 'query', sql, params, tx })).rows as T[];
    },
    async exec(sql: string) {
      await send({ op: 'exec', sql, tx });
    },
    async copyFrom(sql: string, data: Uint8Array | string) {
      await send({ op: 'copy', sql, data, tx });
    },
  });
  const base = on(undefined);
  return {
    engine: 'pglite',
    query: base.query,
    exec: base.exec,
    afterCommit: base.afterCommit,
    copyFrom: base.copyFrom,
    async transaction(fn) {
      const { tx } = await send({ op: 'begin' });
      const after: (() => void)[] = [];
      let result;
      try {
        result = await fn(on(tx, after));
      } catch (err) {
        await send({ op: 'end', tx, commit: false });
        throw err;
      }
      await send({ op: 'end', tx, commit: true });
      for (const f of after) f();
      return result;
    },
    async listen(channel, onMessage) {
      let fns = listeners.get(channel);
      if (!fns) {
        listeners.set(channel, (fns = new Set()));
        await send({ op: 'listen', channel }).catch((err: unknown) => {
          listeners.delete(channel);
          throw err;
        });
      }
      fns.add(onMessage);
      return async () => {
        fns.delete(onMessage);
        if (fns.size === 0 && listeners.get(channel) === fns) {
          listeners.delete(channel);
          await send({ op: 'unlisten', channel });
        }
      };
    },
    async close() {
      if (failure) return;
      await send({ op: 'close' });
      failure = new Error('the database is closed');
      await worker.terminate();
    },
  };
}
