/**
 * Fixed-window counters in the database, so limits hold across several web processes.
 * Each call counts one attempt; past the limit it throws 429 with Retry-After.
 */
import type { Queryable } from '../db/db.ts';
import type { Clock } from './clock.ts';
import { tooManyRequests } from './errors.ts';

export interface Limit {
  /** What is limited and for whom, e.g. `sign-in:ip:1.2.3.4`. */
  key: string;
  max: number;
  windowSeconds: number;
}

export async function consume(db: Queryable, clock: Clock, limit: Limit): Promise<void> {
  const nowMs = clock.now().getTime();
  const windowMs = limit.windowSeconds * 1000;
  const start = new Date(Math.floor(nowMs / windowMs) * windowMs);
  const [row] = await db.query<{ hits: number }>(
    `insert into rate_limits (key, window_start, hits) values ($1, $2, 1)
     on conflict (key, window_start) do update set hits = rate_limits.hits + 1
     returning hits`,
    [limit.key, start],
  );
  if (row.hits > limit.max) {
    const retryAfter = Math.max(1, Math.ceil((start.getTime() + windowMs - nowMs) / 1000));
    throw tooManyRequests(retryAfter);
  }
}

/** Checks several limits; the first one exceeded answers. */
export async function consumeAll(db: Queryable, clock: Clock, limits: Limit[]): Promise<void> {
  for (const l of limits) await consume(db, clock, l);
}

/** Old windows are of no use; the worker drops them now and then. */
export async function pruneRateLimits(db: Queryable, clock: Clock): Promise<void> {
  await db.query(`delete from rate_limits where window_start < $1`, [new Date(clock.now().getTime() - 24 * 3600_000)]);
}
