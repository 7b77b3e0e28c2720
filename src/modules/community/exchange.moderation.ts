/**
 * Coordinating the exchange: pinning a post, and hiding a post or a comment only for a legal reason,
 * recorded (audited) and mailed to the author in their language. Nothing is edited or approved.
 */
import type { Queryable } from '../../db/db.ts';
import { commitChange } from '../../platform/change.ts';
import type { AppContext } from '../../platform/context.ts';
import { unprocessable } from '../../platform/errors.ts';
import { enqueueMail } from '../../platform/mail.ts';
import type { Actor } from '../../platform/policy.ts';
import { personFacts } from '../people/people.service.ts';
import { assertModerator } from './community.policy.ts';
import { visibleComment, visiblePost } from './exchange.access.ts';
import { contributionHiddenMail } from './exchange.mails.ts';
import * as repo from './exchange.repo.ts';

export async function pin(ctx: AppContext, actor: Actor, postId: string, pinned: boolean) {
  assertModerator(actor, 'Only coordinators can pin a post.');
  const post = await visiblePost(ctx, actor, postId);
  if (pinned && post.hidden_at) throw unprocessable('A hidden post cannot be pinned.', [], 'post-hidden');
  await commitChange(
    ctx,
    actor,
    { action: pinned ? 'community.post.pin' : 'community.post.unpin', targetType: 'community_post', targetId: postId },
    (tx) => repo.setPinned(tx, actor.orgId, postId, pinned ? { by: actor.userId || null, now: ctx.clock.now() } : null),
  );
  return (await repo.getPost(ctx.db, actor.orgId, postId, actor.personId))!;
}

type Facts = Awaited<ReturnType<typeof personFacts>>;

async function tellAuthor(
  tx: Queryable,
  ctx: AppContext,
  orgId: string,
  p: Facts,
  c: { kind: 'post' | 'comment'; excerpt: string; reason: string },
) {
  const to = p?.work_email ?? p?.personal_email;
  if (to) await enqueueMail(tx, ctx.clock, contributionHiddenMail({ orgId, to, ...c, lang: p?.mail_language ?? null }));
}

/** Hides a post (reason given) or shows it again (reason null); the author is told by mail. */
export async function hidePost(ctx: AppContext, actor: Actor, postId: string, reason: string | null) {
  assertModerator(actor, 'Only coordinators can hide a post, and only for a legal reason.');
  const post = await visiblePost(ctx, actor, postId);
  const author = await personFacts(ctx, actor.orgId, post.author_person_id);
  await commitChange(
    ctx,
    actor,
    {
      action: reason === null ? 'community.post.unhide' : 'community.post.hide',
      targetType: 'community_post',
      targetId: postId,
      details: reason === null ? {} : { reason },
    },
    async (tx) => {
      await repo.setPostHidden(
        tx,
        actor.orgId,
        postId,
        reason === null ? null : { reason, by: actor.userId || null, now: ctx.clock.now() },
      );
      if (reason !== null && !post.hidden_at) await tellAuthor(tx, ctx, actor.orgId, author, { kind: 'post', excerpt: post.body, reason });
    },
  );
  return (await repo.getPost(ctx.db, actor.orgId, postId, actor.personId))!;
}

/**
 * Hides a comment (reason given) or shows it again (reason null), like a post: audited, the author
 * told by mail in their language when it is hidden (not again when only the reason changes).
 */
export async function hideComment(ctx: AppContext, actor: Actor, commentId: string, reason: string | null) {
  assertModerator(actor, 'Only coordinators can hide a comment, and only for a legal reason.');
  const c = await visibleComment(ctx, actor, commentId);
  const author = await personFacts(ctx, actor.orgId, c.author_person_id);
  await commitChange(
    ctx,
    actor,
    {
      action: reason === null ? 'community.comment.unhide' : 'community.comment.hide',
      targetType: 'community_comment',
      targetId: commentId,
      details: reason === null ? { postId: c.post_id } : { postId: c.post_id, reason },
    },
    async (tx) => {
      await repo.setCommentHidden(
        tx,
        actor.orgId,
        commentId,
        reason === null ? null : { reason, by: actor.userId || null, now: ctx.clock.now() },
      );
      if (reason !== null && !c.hidden_at) await tellAuthor(tx, ctx, actor.orgId, author, { kind: 'comment', excerpt: c.body, reason });
    },
  );
  return (await repo.getComment(ctx.db, actor.orgId, commentId))!;
}
