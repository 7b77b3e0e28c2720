/**
 * Back-off on failures: a key (an account, an address, a browser) may fail `free` times; after that
 * each further attempt must wait a delay that doubles with every failure, up to `maxDelaySeconds`,
 * and an attempt made sooner answers 429 with Retry-After. Only failures count, so any number of
 * people succeeding from one address (an office behind one NAT at 09:00) are never slowed down.
 * Failures are forgotten `forgetAfterSeconds` after the last one. Counters live in the database so
 * the limits hold across several web processes.
 */
import type { Queryable } from '../db/db.ts';
import type { Clock } from './clock.ts';
import { tooManyRequests } from './errors.ts';

export interface BackOff {
  key: string;
  /** Failures allowed before any delay. */
  free: number;
  /** The delay after the first failure past `free`; doubles with each further one. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  forgetAfterSeconds: number;
}

/** Seconds to wait after `failures` failures (0 while within the free ones). Pure, for tests. */
export function backOffDelaySeconds(rule: Pick<BackOff, 'free' | 'baseDelaySeconds' | 'maxDelaySeconds'>, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** Math.min(30, failures - rule.free));
}

/** Seconds the next attempt must still wait under `rule` (0: it may go ahead). */
export async function waitSeconds(db: Queryable, clock: Clock, rule: BackOff): Promise<number> {
  const [row] = await db.query<{ failures: number; last_failure_at: Date }>(
    `select failures, last_failure_at from attempt_failures where key = $1`,
    [rule.key],
  );
  if (!row) return 0;
  const since = (clock.now().getTime() - row.last_failure_at.getTime()) / 1000;
  if (since > rule.forgetAfterSeconds) return 0;
  return Math.max(0, Math.ceil(backOffDelaySeconds(rule, row.failures) - since));
}

/** Refuses with 429 and Retry-After when any rule says wait. */
export async function checkBackOff(db: Queryable, clock: Clock, rules: BackOff[]): Promise<void> {
  let wait = 0;
  for (const r of rules) wait = Math.max(wait, await waitSeconds(db, clock, r));
  if (wait > 0) throw tooManyRequests(wait);
}

/** Counts a failure against every rule's key. */
export async function recordFailure(db: Queryable, clock: Clock, rules: BackOff[]): Promise<void> {
  const now = clock.now();
  for (const r of rules) {
    await db.query(
      `insert into attempt_failures (key, failures, last_failure_at) values ($1, 1, $2)
       on conflict (key) do update
         set failures = case when attempt_failures.last_failure_at < $2 - make_interval(secs => $3) then 1 else attempt_failures.failures + 1 end,
             last_failure_at = $2`,
      [r.key, now, r.forgetAfterSeconds],
    );
  }
}

/** Forgets the failures of `key` (a person proved who they are). */
export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query(`delete from attempt_failures where key = $1`, [key]);
}

/** Old counters are of no use; the worker drops them now and then. */
export async function pruneFailures(db: Queryable, clock: Clock, olderThanSeconds = 2 * 86400): Promise<void> {
  await db.query(`delete from attempt_failures where last_failure_at < $1`, [new Date(clock.now().getTime() - olderThanSeconds * 1000)]);
}
