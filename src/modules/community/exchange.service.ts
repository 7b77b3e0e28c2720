/**
 * The community exchange: posts in people's own words, published at once and never edited by anyone
 * else; comments and reactions; pinned posts; hiding only by a coordinator, for a legal reason that
 * is recorded (audited) and mailed to the author. Internal by construction: nothing here is public.
 */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { embeddedMediaIds, renderMarkdown } from '../../platform/markdown.ts';
import { requirePerson, type Actor } from '../../platform/policy.ts';
import { assertAuthor, assertCanWrite, assertParticipant, canModerate } from './community.policy.ts';
import { mentionMail } from './exchange.mails.ts';
import { mailLanguageSql } from '../../platform/language.ts';
import { localDateOf } from '../../platform/calendar.ts';
import * as feedRepo from './exchange.feed.ts';
import * as repo from './exchange.repo.ts';
import { visibleComment, visiblePost } from './exchange.access.ts';
import { alumniOnly, alumniTopicId, assertAlumniPlace } from './alumni.topic.ts';

export type { CommentRow, PostRow, Reaction } from './exchange.repo.ts';
export { REACTIONS } from './exchange.repo.ts';
export { hideComment, hidePost, pin } from './exchange.moderation.ts';

const facts = (ctx: AppContext, actor: Actor) => repo.participationFacts(ctx.db, actor.orgId, actor.personId);

async function participant(ctx: AppContext, actor: Actor) {
  assertParticipant(actor, await facts(ctx, actor));
}

async function writer(ctx: AppContext, actor: Actor): Promise<string> {
  const personId = requirePerson(actor);
  assertCanWrite(actor, await facts(ctx, actor));
  return personId;
}

/** A post shows only its author's own uploads: an image id is not a capability. */
async function ownImages(ctx: AppContext, orgId: string, personId: string, body: string): Promise<string[]> {
  const ids = embeddedMediaIds(body);
  const foreign = await repo.mediaNotOwnedBy(ctx.db, orgId, personId, ids);
  if (foreign.length) {
    throw unprocessable(
      'A post can only show images you uploaded yourself.',
      foreign.map((id) => ({ path: 'body', params: { id }, message: `The image /media/${id} is not one of your uploads.` })),
      'not-own-image',
    );
  }
  return ids;
}

async function checkTopic(ctx: AppContext, orgId: string, topicId: string | null) {
  if (!topicId) return;
  const [row] = await ctx.db.query(`select 1 from community_topics where org_id = $1 and id = $2 and archived_at is null`, [
    orgId,
    topicId,
  ]);
  if (!row) throw unprocessable('Choose one of the community topics.', [{ path: 'topicId', message: 'This topic does not exist.' }]);
}

async function checkEvent(ctx: AppContext, orgId: string, eventId: string | null) {
  if (!eventId) return;
  const [row] = await ctx.db.query(`select 1 from community_events where org_id = $1 and id = $2`, [orgId, eventId]);
  if (!row) throw unprocessable('Choose one of the community events.', [{ path: 'eventId', message: 'This event does not exist.' }]);
}

export interface PostInput {
  body: string;
  topicId: string | null;
  /** The event whose feed it belongs to (set when publishing). */
  eventId?: string | null;
  /** Colleagues named: their person id, or the ambassadorship id the program shows for someone behind the scenes. */
  mentions?: string[];
}

/** Where a post or comment is written: its topic and event (a comment: its post's). */
interface Place {
  topicId: string | null;
  eventId?: string | null;
}

/**
 * Mentioned colleagues who take part; an id that names nobody here is refused (422), like another
 * organisation's. An alumnus (a former colleague who stays on) sees the alumni topic only: naming
 * them anywhere else is refused, so the author learns they cannot read it and no text reaches them.
 */
async function resolveMentions(ctx: AppContext, orgId: string, ids: string[] = [], place: Place) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const [org] = await ctx.db.query<{ time_zone: string }>(`select time_zone from organisations where id = $1`, [orgId]);
  const today = localDateOf(ctx.clock.now(), org.time_zone);
  const found = await repo.mentionTargets(ctx.db, orgId, unique, mailLanguageSql('p'), today);
  const missing = unique.filter((id) => !found.some((f) => f.id === id));
  if (missing.length)
    throw unprocessable(
      'Mention colleagues who take part in the community.',
      missing.map((id) => ({ path: 'mentions', params: { id }, message: 'Nobody in the community has this id.' })),
    );
  const alumni = found.filter((f) => f.alumni);
  if (alumni.length && (place.eventId || place.topicId !== (await alumniTopicId(ctx.db, orgId, ctx.clock.now())))) {
    throw unprocessable(
      'Alumni ambassadors see the alumni topic only: mention them there.',
      alumni.map((f) => ({ path: 'mentions', params: { id: f.id }, message: 'This person is an alumni ambassador and cannot read this.' })),
    );
  }
  return found;
}

/** Records each mention and mails the mentioned person the first time only. */
async function notifyMentions(
  tx: Queryable,
  ctx: AppContext,
  a: { orgId: string; postId: string; commentId: string | null; authorPersonId: string; body: string },
  targets: repo.MentionTarget[],
) {
  const [author] = await tx.query<{ first_name: string }>(`select first_name from people where org_id = $1 and id = $2`, [
    a.orgId,
    a.authorPersonId,
  ]);
  for (const t of targets) {
    if (t.person_id === a.authorPersonId) continue;
    if (!(await repo.insertMention(tx, a.orgId, a.postId, a.commentId, t.person_id, ctx.clock.now()))) continue;
    if (!t.email) continue;
    await enqueueMail(
      tx,
      ctx.clock,
      mentionMail({
        orgId: a.orgId,
        to: t.email,
        lang: t.language,
        authorFirstName: author?.first_name ?? '',
        kind: a.commentId ? 'comment' : 'post',
        body: a.body,
        link: `${ctx.config.publicUrl}/community/exchange/posts/${a.postId}`,
      }),
    );
  }
}

export async function publish(ctx: AppContext, actor: Actor, input: PostInput) {
  const personId = await writer(ctx, actor);
  if (alumniOnly(actor)) assertAlumniPlace(input, await alumniTopicId(ctx.db, actor.orgId, ctx.clock.now()));
  await checkTopic(ctx, actor.orgId, input.topicId);
  await checkEvent(ctx, actor.orgId, input.eventId ?? null);
  const images = await ownImages(ctx, actor.orgId, personId, input.body);
  const mentioned = await resolveMentions(ctx, actor.orgId, input.mentions, input);
  const id = await ctx.db.transaction(async (tx) => {
    const postId = await repo.insertPost(tx, {
      orgId: actor.orgId,
      authorPersonId: personId,
      topicId: input.topicId,
      eventId: input.eventId ?? null,
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      now: ctx.clock.now(),
    });
    await repo.setPostMedia(tx, actor.orgId, postId, images);
    await notifyMentions(tx, ctx, { orgId: actor.orgId, postId, commentId: null, authorPersonId: personId, body: input.body }, mentioned);
    return postId;
  });
  return (await repo.getPost(ctx.db, actor.orgId, id, personId))!;
}

export async function edit(ctx: AppContext, actor: Actor, id: string, input: PostInput) {
  const personId = await writer(ctx, actor);
  const post = await visiblePost(ctx, actor, id);
  assertAuthor(actor, post, 'Post');
  // A milestone has no words of the person to change; they may delete it, or say no to milestones.
  if (post.kind === 'milestone')
    throw unprocessable('A milestone has no text to edit.', [{ path: 'body', message: 'Delete the milestone instead, if you like.' }]);
  if (alumniOnly(actor)) assertAlumniPlace({ topicId: input.topicId }, await alumniTopicId(ctx.db, actor.orgId, ctx.clock.now()));
  await checkTopic(ctx, actor.orgId, input.topicId);
  const images = await ownImages(ctx, actor.orgId, personId, input.body);
  const mentioned = await resolveMentions(ctx, actor.orgId, input.mentions, { topicId: input.topicId, eventId: post.event_id });
  await ctx.db.transaction(async (tx) => {
    await repo.updatePost(tx, actor.orgId, id, {
      topicId: input.topicId,
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      now: ctx.clock.now(),
    });
    await repo.setPostMedia(tx, actor.orgId, id, images);
    await notifyMentions(
      tx,
      ctx,
      { orgId: actor.orgId, postId: id, commentId: null, authorPersonId: personId, body: input.body },
      mentioned,
    );
  });
  return (await repo.getPost(ctx.db, actor.orgId, id, personId))!;
}

export async function remove(ctx: AppContext, actor: Actor, id: string) {
  await writer(ctx, actor);
  const post = await visiblePost(ctx, actor, id);
  assertAuthor(actor, post, 'Post');
  await repo.softDeletePost(ctx.db, actor.orgId, id, ctx.clock.now());
}

export async function read(ctx: AppContext, actor: Actor, id: string) {
  await participant(ctx, actor);
  const post = await visiblePost(ctx, actor, id);
  const comments = await repo.comments(ctx.db, actor.orgId, id, actor.personId, canModerate(actor));
  return { post, comments };
}

export interface FeedQuery {
  topicId?: string;
  eventId?: string;
  limit: number;
  cursor?: string;
}

function decodeCursor(cursor: string | undefined): feedRepo.FeedFilter['after'] {
  if (!cursor) return undefined;
  const [ms, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(Number(ms));
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(at.getTime()))
    throw unprocessable('This page link is not valid.', [{ path: 'cursor', message: 'Start again from the first page.' }]);
  return { publishedAt: at, id };
}

/** The page link after post `p` (exported for the benchmark, which builds deep pages' links). */
export const encodeCursor = (p: Pick<repo.PostRow, 'published_at' | 'id'>) =>
  Buffer.from(`${p.published_at.getTime()}|${p.id}`, 'utf8').toString('base64url');

/**
 * A page of the feed (all topics, one topic, or one event's), newest first, each post with its last
 * visible comments; the first page also carries the pinned posts of that feed. One statement for it
 * all (exchange.feed.ts), whatever the page's size.
 */
export async function feed(ctx: AppContext, actor: Actor, q: FeedQuery) {
  await participant(ctx, actor);
  const after = decodeCursor(q.cursor);
  const includeHidden = canModerate(actor);
  // An alumni account's feed is the alumni topic's, whatever it asks for (an event's feed: nothing).
  if (alumniOnly(actor) && q.eventId) throw notFound('Event');
  const scope = alumniOnly(actor)
    ? { topicId: await alumniTopicId(ctx.db, actor.orgId, ctx.clock.now()), eventId: undefined }
    : { topicId: q.topicId, eventId: q.eventId };
  const { page: rows, pins } = await feedRepo.feedPage(
    ctx.db,
    actor.orgId,
    { ...scope, viewer: actor.personId, includeHidden, after },
    q.limit + 1,
  );
  const items = rows.slice(0, q.limit);
  return { items, pinned: pins, nextCursor: rows.length > q.limit ? encodeCursor(items[items.length - 1]) : null };
}

export interface CommentInput {
  body: string;
  /** Colleagues named, as in a post. */
  mentions?: string[];
}

export async function comment(ctx: AppContext, actor: Actor, postId: string, input: CommentInput) {
  const personId = await writer(ctx, actor);
  const post = await visiblePost(ctx, actor, postId);
  if (post.hidden_at) throw unprocessable('This post is hidden: it takes no new comments.', [], 'post-hidden');
  const mentioned = await resolveMentions(ctx, actor.orgId, input.mentions, { topicId: post.topic_id, eventId: post.event_id });
  const id = await ctx.db.transaction(async (tx) => {
    const commentId = await repo.insertComment(tx, {
      orgId: actor.orgId,
      postId,
      authorPersonId: personId,
      body: input.body,
      bodyHtml: renderMarkdown(input.body),
      now: ctx.clock.now(),
    });
    await notifyMentions(tx, ctx, { orgId: actor.orgId, postId, commentId, authorPersonId: personId, body: input.body }, mentioned);
    return commentId;
  });
  return (await repo.getComment(ctx.db, actor.orgId, id))!;
}

export async function editComment(ctx: AppContext, actor: Actor, id: string, input: CommentInput) {
  const personId = await writer(ctx, actor);
  const c = await visibleComment(ctx, actor, id);
  assertAuthor(actor, c, 'Comment');
  const post = await visiblePost(ctx, actor, c.post_id);
  const mentioned = await resolveMentions(ctx, actor.orgId, input.mentions, { topicId: post.topic_id, eventId: post.event_id });
  await ctx.db.transaction(async (tx) => {
    await repo.updateComment(tx, actor.orgId, id, { body: input.body, bodyHtml: renderMarkdown(input.body), now: ctx.clock.now() });
    // Someone newly named is told; those already told are not told again.
    await notifyMentions(
      tx,
      ctx,
      { orgId: actor.orgId, postId: c.post_id, commentId: id, authorPersonId: personId, body: input.body },
      mentioned,
    );
  });
  return (await repo.getComment(ctx.db, actor.orgId, id))!;
}

export async function removeComment(ctx: AppContext, actor: Actor, id: string) {
  await writer(ctx, actor);
  const c = await visibleComment(ctx, actor, id);
  assertAuthor(actor, c, 'Comment');
  await repo.softDeleteComment(ctx.db, actor.orgId, id, ctx.clock.now());
}

export async function react(ctx: AppContext, actor: Actor, postId: string, kind: repo.Reaction, on: boolean) {
  const personId = await writer(ctx, actor);
  await visiblePost(ctx, actor, postId);
  if (on) await repo.addReaction(ctx.db, actor.orgId, postId, personId, kind, ctx.clock.now());
  else await repo.removeReaction(ctx.db, actor.orgId, postId, personId, kind);
  return (await repo.getPost(ctx.db, actor.orgId, postId, personId))!;
}

export type DigestFrequency = 'off' | 'daily' | 'weekly';

/** The caller's digest choice (weekly unless they chose otherwise). */
export async function digestSetting(ctx: AppContext, actor: Actor): Promise<DigestFrequency> {
  const personId = await writer(ctx, actor);
  return repo.digestFrequency(ctx.db, actor.orgId, personId);
}

export async function setDigest(ctx: AppContext, actor: Actor, frequency: DigestFrequency): Promise<DigestFrequency> {
  const personId = await writer(ctx, actor);
  await repo.setDigestFrequency(ctx.db, actor.orgId, personId, frequency, ctx.clock.now());
  return frequency;
}
