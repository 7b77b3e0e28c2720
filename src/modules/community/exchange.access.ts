/** Whether the actor may see a post or a comment of the exchange: the one check every path takes. */
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy.ts';
import { canReadContribution } from './community.policy.ts';
import * as repo from './exchange.repo.ts';
import { alumniOnly, alumniTopicId } from './alumni.topic.ts';

/** A post the actor may see, or 404 (another organisation's post answers exactly like a missing one). */
export async function visiblePost(ctx: AppContext, actor: Actor, id: string) {
  const post = await repo.getPost(ctx.db, actor.orgId, id, actor.personId);
  if (!post || !canReadContribution(actor, post)) throw notFound('Post');
  // An alumni account sees the alumni topic only: any other post answers as if it did not exist.
  if (alumniOnly(actor) && post.topic_id !== (await alumniTopicId(ctx.db, actor.orgId, ctx.clock.now()))) throw notFound('Post');
  return post;
}

export async function visibleComment(ctx: AppContext, actor: Actor, id: string) {
  const c = await repo.getComment(ctx.db, actor.orgId, id);
  if (!c || !canReadContribution(actor, c)) throw notFound('Comment');
  await visiblePost(ctx, actor, c.post_id);
  return c;
}
