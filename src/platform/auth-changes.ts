/**
 * Tells every process that who may sign in, or as what, changed (a token revoked, a user disabled or
 * given another role, a session ended...), so the caches of verified credentials (auth-cache.ts) are
 * dropped at once, never used after the change.
 *
 * Other processes hear it through PostgreSQL's NOTIFY on AUTH_CHANNEL, sent by triggers on users,
 * api_tokens and sessions (migration 028): every write reaches them, whichever code makes it, and
 * only once its transaction commits. This process also drops its caches directly when the code that
 * writes says so (authChanged), without waiting for the notice to come back.
 *
 * One counter for the whole process: a change anywhere drops every cache (they are small and refill
 * in one query per credential); an entry is only used while the counter is what it was when the
 * entry was read from the database.
 */
import type { Queryable } from '../db/db.ts';

export const AUTH_CHANNEL = 'embassy_auth';

let generation = 0;

/** The current generation: entries read before a change carry an older one and are not used. */
export function authGeneration(): number {
  return generation;
}

/**
 * Call inside the transaction that changed a credential or an account's access. Caches are dropped
 * now and again once the transaction commits: an entry read in between, from data before the
 * commit, must not stay. (The trigger sends the NOTIFY for other processes.)
 */
export function authChanged(q: Queryable): void {
  generation++;
  q.afterCommit(() => {
    generation++;
  });
}

/** Called by the LISTEN connection for notices on AUTH_CHANNEL (other processes' changes, and ours). */
export function deliverAuthChange(): void {
  generation++;
}
