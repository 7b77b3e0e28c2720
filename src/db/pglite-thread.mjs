// PGlite in a thread of its own (src/db/pglite.ts starts it): the database engine runs as WebAssembly,
// synchronously, so in the main thread every statement stopped the server for its whole length (a
// careers-wall render is 20-30 ms of SQL, and every visitor waited through it). Here the statements
// run beside the server, on the other core when there is one.
//
// Plain JavaScript, so the same file serves the sources (tests, tsx) and the bundle. Messages, each
// with an `id` the answer repeats:
//   { op: 'query', sql, params, tx? }  -> { rows }
//   { op: 'exec', sql, tx? } | { op: 'copy', sql, data, tx? } -> {}
//   { op: 'begin' } -> { tx }          a transaction; its statements carry its number
//   { op: 'end', tx, commit }          commits (or rolls back) and answers when it is done
//   { op: 'listen' | 'unlisten', channel }; notices come as { notice: channel, payload }
//   { op: 'close' }
// An error answers { error: { message, code, ...the fields PostgreSQL sends } }.
import { Blob } from 'node:buffer';
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const { dataDir, oid } = workerData;
const parsers = {
  [oid.date]: (v) => v,
  [oid.int8]: (v) => Number(v),
  [oid.numeric]: (v) => Number(v),
};
/** What an error carries across: PostgreSQL's fields (db-errors.ts reads code, column, constraint, table). */
const ERROR_FIELDS = [
  'message',
  'code',
  'detail',
  'hint',
  'constraint',
  'table',
  'column',
  'schema',
  'dataType',
  'severity',
  'position',
  'where',
  'routine',
];
/** Thrown inside a transaction's function to make PGlite roll it back. */
const ROLLBACK = Symbol('rollback');

if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
const pg = await PGlite.create(dataDir, { extensions: { pg_trgm }, parsers });

/** Open transactions by number: the handle their statements use, and how to end them. */
const open = new Map();
let lastTx = 0;
const listening = new Map();

function begin() {
  const tx = ++lastTx;
  let end;
  const ended = new Promise((resolve) => (end = resolve));
  return new Promise((started, failed) => {
    const done = pg
      .transaction(async (handle) => {
        open.get(tx).handle = handle;
        started({ tx });
        if (!(await ended)) throw ROLLBACK;
      })
      .finally(() => open.delete(tx));
    open.set(tx, { handle: undefined, end, done });
    // Before the function ran, a failed BEGIN; after, nothing (end() reports how it ended).
    done.catch(failed);
  });
}

async function end(tx, commit) {
  const t = open.get(tx);
  if (!t) throw new Error(`no open transaction ${tx}`);
  t.end(commit);
  try {
    await t.done;
  } catch (err) {
    if (err !== ROLLBACK) throw err;
  }
  return {};
}

function on(tx) {
  if (tx === undefined) return pg;
  const t = open.get(tx);
  if (!t?.handle) throw new Error(`no open transaction ${tx}`);
  return t.handle;
}

async function run(m) {
  switch (m.op) {
    case 'query':
      return { rows: (await on(m.tx).query(m.sql, m.params)).rows };
    case 'exec':
      await on(m.tx).exec(m.sql);
      return {};
    case 'copy':
      await on(m.tx).query(m.sql, [], { blob: new Blob([m.data]) });
      return {};
    case 'begin':
      return begin();
    case 'end':
      return end(m.tx, m.commit);
    case 'listen':
      if (!listening.has(m.channel))
        listening.set(m.channel, await pg.listen(m.channel, (payload) => parentPort.postMessage({ notice: m.channel, payload })));
      return {};
    case 'unlisten':
      await listening.get(m.channel)?.();
      listening.delete(m.channel);
      return {};
    case 'close':
      await pg.close();
      return {};
    default:
      throw new Error(`unknown operation ${m.op}`);
  }
}

parentPort.on('message', (m) => {
  run(m).then(
    (answer) => parentPort.postMessage({ id: m.id, ...answer }),
    (err) => {
      const error = {};
      for (const k of ERROR_FIELDS) if (err?.[k] !== undefined) error[k] = err[k];
      error.message ??= String(err);
      parentPort.postMessage({ id: m.id, error });
    },
  );
});
parentPort.postMessage({ ready: true });
