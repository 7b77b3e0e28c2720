/**
 * A short-lived, bounded cache of credentials this process has verified (API tokens and session
 * cookies), so that a burst of requests with the same credential costs one database round trip,
 * not one each. Security comes first:
 *  - keyed by the credential's SHA-256 (tokens.ts hashToken), never the secret itself;
 *  - only credentials that were valid are kept: an unknown or revoked one is looked up every time;
 *  - every change to who may sign in, or as what, drops every entry at once (auth-changes.ts): in
 *    this process directly, in others through NOTIFY; an entry read from the database before such a
 *    change is not even stored (its generation is older);
 *  - used only while this process LISTENs for those notices: until the LISTEN is set up, when it
 *    could not be, or from the moment its connection is lost until it is back, every request goes to
 *    the database;
 *  - and in any case an entry lives at most AUTH_CACHE_TTL_MS.
 */
import type { Db } from '../db/db.ts';
import type { AppContext } from './context.ts';
import { AUTH_CHANNEL, authGeneration, deliverAuthChange } from './auth-changes.ts';

/** How long a verified credential is trusted without asking the database again. */
export const AUTH_CACHE_TTL_MS = 5_000;
/** At most this many credentials per cache; past it the oldest goes first. */
export const AUTH_CACHE_MAX = 10_000;

interface Entry<T> {
  value: T;
  generation: number;
  /** performance.now() when read from the database: a monotonic clock, not the (fakeable) wall clock. */
  at: number;
}

export class AuthCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private generation = authGeneration();
  /** False until the process listens for auth changes: the cache then neither answers nor keeps. */
  enabled = true;

  constructor(
    private readonly ttlMs = AUTH_CACHE_TTL_MS,
    private readonly max = AUTH_CACHE_MAX,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Drops everything when a change happened since the last look. */
  private sync(): void {
    const g = authGeneration();
    if (g !== this.generation) {
      this.entries.clear();
      this.generation = g;
    }
  }

  get(key: string): T | undefined {
    if (!this.enabled) return undefined;
    this.sync();
    const e = this.entries.get(key);
    if (!e) return undefined;
    const age = this.now() - e.at;
    if (e.generation !== this.generation || age < 0 || age >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  /**
   * Keeps `value`, read from the database when authGeneration() was `generation`: not kept if a
   * change happened since (the value may predate it).
   */
  set(key: string, value: T, generation: number): void {
    if (!this.enabled) return;
    this.sync();
    if (generation !== this.generation) return;
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, generation, at: this.now() });
  }

  /** Drops every entry. */
  clear(): void {
    this.entries.clear();
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface CredentialCaches<Token, Session> {
  tokens: AuthCache<Token>;
  sessions: AuthCache<Session>;
  /** Settles once the LISTEN is in place (true) or could not be (false: the caches stay off). */
  ready: Promise<boolean>;
}

const byDb = new WeakMap<Db, CredentialCaches<unknown, unknown>>();

/**
 * The caches of one database's credentials, created on first use, which also starts LISTENing for
 * auth changes on that database: the caches stay off until the LISTEN is in place.
 */
export function credentialCaches<Token, Session>(ctx: AppContext): CredentialCaches<Token, Session> {
  let caches = byDb.get(ctx.db);
  if (!caches) {
    const tokens = new AuthCache<unknown>();
    const sessions = new AuthCache<unknown>();
    tokens.enabled = sessions.enabled = false;
    const ready = Promise.resolve()
      .then(() =>
        ctx.db.listen(AUTH_CHANNEL, deliverAuthChange, {
          // Notices may be missed from now on: nothing kept is trusted, nothing is kept, until listening again.
          onLost: () => {
            tokens.enabled = sessions.enabled = false;
            tokens.clear();
            sessions.clear();
            deliverAuthChange();
            ctx.log.warn('lost the connection listening for sign-in changes: verified credentials are not cached until it is back');
          },
          // Changes made meanwhile went unheard: start from a new generation.
          onRestored: () => {
            deliverAuthChange();
            tokens.enabled = sessions.enabled = true;
          },
        }),
      )
      .then(
        () => {
          // Anything that changed before the LISTEN took hold is behind us: start from a new generation.
          deliverAuthChange();
          tokens.enabled = sessions.enabled = true;
          return true;
        },
        (e: unknown) => {
          ctx.log.warn('not listening for sign-in changes: verified credentials are not cached', { error: String(e) });
          return false;
        },
      );
    caches = { tokens, sessions, ready };
    byDb.set(ctx.db, caches);
  }
  return caches as CredentialCaches<Token, Session>;
}
