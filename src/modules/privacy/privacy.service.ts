/**
 * A person's own data: everything Embassy holds about them as JSON, and erasure of all they chose
 * to give (ambassadorship, stories, photos, posts, personal moments, preferences). The directory
 * record itself is HR's to keep for the legal periods (Belgian social documents: 5 years after the
 * contract ends) and to delete.
 */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { commitChange } from '../../platform/change.ts';
import type { Actor } from '../../platform/policy.ts';
import * as repo from './privacy.repo.ts';

export async function exportMine(ctx: AppContext, actor: Actor) {
  const data: Record<string, unknown> = {
    exportedAt: ctx.clock.now().toISOString(),
    account: await repo.getAccount(ctx.db, actor.orgId, actor.userId),
  };
  if (actor.personId) {
    for (const t of repo.PERSON_TABLES) {
      const rows = await repo.personTable(ctx.db, actor.orgId, actor.personId, t);
      data[t.name] = t.name === 'person' || t.name === 'ambassador' || t.name === 'momentPreferences' ? (rows[0] ?? null) : rows;
    }
  }
  data.signIns = await repo.listSignIns(ctx.db, actor.orgId, actor.userId);
  await audit(ctx.db, ctx.clock, {
    orgId: actor.orgId,
    actorUserId: actor.userId || null,
    actorLabel: actor.label,
    action: 'privacy.export',
  });
  return data;
}

/** Erases everything the person chose to give; returns what was removed, by kind. */
export async function eraseOptional(ctx: AppContext, actor: Actor) {
  const personId = actor.personId;
  if (!personId) return {};
  return commitChange(
    ctx,
    actor,
    (removed: Record<string, number>) => ({ action: 'privacy.erase_optional', details: removed, publicChange: true }),
    (tx) => repo.eraseOptional(tx, actor.orgId, personId),
  );
}
