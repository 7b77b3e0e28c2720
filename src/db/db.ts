/**
 * One SQL dialect (PostgreSQL), two engines: PGlite in a data folder by default, a PostgreSQL server
 * when DATABASE_URL is set. Everything above this file sees only `Db` and `Queryable`.
 */
export interface Queryable {
  /** Runs one statement with $1-style parameters and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` once the surrounding transaction has committed (at once outside a transaction). */
  afterCommit(fn: () => void): void;
  /**
   * Bulk load: runs a `COPY ... FROM '/dev/blob'` statement with `data` as the file: PGlite's own
   * Blob source, or COPY FROM STDIN on PostgreSQL (there only inside a transaction, which holds one
   * connection; absent elsewhere).
   */
  copyFrom?(sql: string, data: Uint8Array | string): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTENs on a channel; returns a function that stops listening. Rejects if the LISTEN cannot be
   * set up. Once listening, a lost connection (PostgreSQL) calls `onLost` at once (notices may be
   * missed from then on), then is opened again with back-off; `onRestored` is called when the
   * LISTEN is back (notices sent in between were missed). PGlite's is in-process and never lost.
   */
  listen(channel: string, onMessage: (payload: string) => void, options?: ListenOptions): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface ListenOptions {
  onLost?: () => void;
  onRestored?: () => void;
}

/** PostgreSQL type oids whose text form we keep as text (dates) or turn into numbers (int8, numeric). */
export const OID = { int8: 20, date: 1082, numeric: 1700 } as const;
