/**
 * An organisation's days: every computation that asks "which day is it" (today's deliveries, a
 * click's day, the default end of a report) asks it here, in the organisation's own time zone,
 * never the server's and never an assumed Europe/Brussels.
 */
import type { Queryable } from '../db/db.ts';
import { localDate } from './clock.ts';
import type { AppContext } from './context.ts';

// Time zones change rarely; a minute's delay in other processes is harmless, and the process that
// changes one forgets it at once (forgetOrgTimeZone).
const TTL_MS = 60_000;
const zones = new Map<string, { zone: string; at: number }>();

export async function orgTimeZone(db: Queryable, orgId: string): Promise<string> {
  const hit = zones.get(orgId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.zone;
  const [row] = await db.query<{ time_zone: string }>(`select time_zone from organisations where id = $1`, [orgId]);
  const zone = row?.time_zone ?? 'Europe/Brussels';
  if (zones.size > 10_000) zones.clear();
  zones.set(orgId, { zone, at: Date.now() });
  return zone;
}

export function forgetOrgTimeZone(orgId: string): void {
  zones.delete(orgId);
}

/** Today (yyyy-mm-dd) where the organisation is. */
export async function orgToday(ctx: Pick<AppContext, 'db' | 'clock'>, orgId: string): Promise<string> {
  return localDate(ctx.clock.now(), await orgTimeZone(ctx.db, orgId));
}
