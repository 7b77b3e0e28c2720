/**
 * One way to change data: the change, its audit entry and (when public pages show it) its public
 * change notice, in one transaction. Either all of it is committed or none: no audit entry for a
 * write that rolled back, no write without its entry, no public page left stale after a commit.
 *
 * ```ts
 * return commitChange(ctx, actor, { action: 'sites.update', targetType: 'site', targetId: id }, (tx) => repo.updateSite(tx, ...));
 * ```
 */
import type { Queryable } from '../db/db.ts';
import { audit } from './audit.ts';
import { publicChanged } from './changes.ts';
import type { AppContext } from './context.ts';
import type { Actor } from './policy.ts';

export interface ChangeRecord {
  /** What the audit log calls it: `module.verb`, e.g. `journeys.update`. */
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
  /** The change shows on public surfaces: drop their caches when it commits. */
  publicChange?: boolean;
}

/**
 * Runs `work` in a transaction, then records `record` in the audit log inside it, as `actor`.
 * `record` may be computed from the work's result (the id of what it created, say); annotate its
 * parameter, as TypeScript infers T from the first callback it reads.
 */
export async function commitChange<T>(
  ctx: AppContext,
  actor: Actor,
  record: ChangeRecord | ((result: T) => ChangeRecord),
  work: (tx: Queryable) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const result = await work(tx);
    const r = typeof record === 'function' ? record(result) : record;
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      details: r.details,
      ip: r.ip,
    });
    if (r.publicChange) await publicChanged(tx, actor.orgId);
    return result;
  });
}
