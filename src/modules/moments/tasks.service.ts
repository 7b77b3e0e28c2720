/** Tasks the journeys create: their owner (or HR) ticks the checklist and completes them. */
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events.ts';
import { can, type Actor } from '../../platform/policy.ts';
import * as repo from './tasks.repo.ts';

export type { TaskRow } from './tasks.repo.ts';

/** Tasks for the actor: their own, plus HR's when they are HR. */
export async function myTasks(ctx: AppContext, actor: Actor, includeDone: boolean) {
  return repo.listOwned(ctx.db, actor.orgId, actor.personId, can(actor, 'moments.manage'), includeDone);
}

export async function updateTask(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { checklist?: { done: boolean }[]; completed?: boolean },
) {
  const t = await repo.getTask(ctx.db, actor.orgId, id);
  const mine = t && (t.owner_person_id === actor.personId || can(actor, 'moments.manage'));
  if (!t || !mine) throw notFound('Task');
  // Only the done flags change: the items themselves come from the journey.
  const checklist = input.checklist
    ? t.checklist.map((item, i) => ({ ...item, done: input.checklist![i]?.done ?? item.done }))
    : t.checklist;
  const completed = input.completed ?? (input.checklist ? checklist.every((c) => c.done) : undefined);
  await ctx.db.transaction(async (tx) => {
    const saved = await repo.saveTask(tx, actor.orgId, id, checklist, completed ?? null, ctx.clock.now());
    if (saved?.newly_completed) {
      await emitEvent(tx, ctx.clock.now(), actor.orgId, 'task.completed', {
        taskId: id,
        personId: saved.person_id,
        ownerPersonId: saved.owner_person_id,
      });
    }
  });
}
