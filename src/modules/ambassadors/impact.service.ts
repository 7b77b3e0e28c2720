/**
 * What ambassadors' work does: tracked share links (a redirect that counts clicks per day, storing no
 * IP address), public story views, and the posts ambassadors report making elsewhere.
 */
import crypto from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { orgToday } from '../../platform/org-time.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { requirePerson, type Actor } from '../../platform/policy.ts';
import * as repo from './impact.repo.ts';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
function shortCode(): string {
  const bytes = crypto.randomBytes(8);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % ALPHABET.length];
  return s;
}

/** The share link of an ambassador (storyId null) or of one of their stories; one per target. */
export async function shareLink(ctx: AppContext, actor: Actor, storyId: string | null) {
  const personId = requirePerson(actor);
  if (storyId && !(await repo.isOwnLiveStory(ctx.db, actor.orgId, storyId, personId))) throw notFound('Story');
  const existing = await repo.findShareLink(ctx.db, actor.orgId, personId, storyId);
  const code = existing?.code ?? shortCode();
  if (!existing) await repo.insertShareLink(ctx.db, actor.orgId, { code, personId, storyId, now: ctx.clock.now() });
  return { code, url: `${ctx.config.publicUrl}/s/${code}` };
}

/**
 * The tracked share link of something public (a public story, a public ambassador's profile) for the
 * careers pages' share buttons: the ambassador's own link to it, made when there is none yet, so a
 * visitor's share counts like the ambassador's. Null when the target is not public.
 */
export async function publicShareLink(
  ctx: AppContext,
  orgId: string,
  target: { storyId: string } | { ambassadorId: string },
): Promise<string | null> {
  const t = await repo.publicShareTarget(ctx.db, orgId, target);
  if (!t) return null;
  let link = await repo.findShareLink(ctx.db, orgId, t.person_id, t.story_id);
  if (!link) {
    await repo.insertShareLinkIfAbsent(ctx.db, orgId, {
      code: shortCode(),
      personId: t.person_id,
      storyId: t.story_id,
      now: ctx.clock.now(),
    });
    link = await repo.findShareLink(ctx.db, orgId, t.person_id, t.story_id);
  }
  return link ? `${ctx.config.publicUrl}/s/${link.code}` : null;
}

/**
 * Where a share link leads, counting the click only when the target is public right now. A link to
 * someone who left the program, or went internal, leads to the careers wall and counts nothing.
 */
export async function followShareLink(ctx: AppContext, code: string): Promise<string | null> {
  const link = await repo.findShareLinkByCode(ctx.db, code);
  if (!link) return null;
  const base = `/careers/${link.slug}`;
  const target = link.story_id
    ? link.public_story
      ? `${base}/stories/${link.public_story}`
      : null
    : link.public_ambassador
      ? `${base}/ambassadors/${link.public_ambassador}`
      : null;
  if (!target) return base;
  await repo.countClick(ctx.db, code, await orgToday(ctx, link.org_id));
  return target;
}

export interface PostInput {
  url: string;
  network: string;
  postedOn: string;
  tone: 'positive' | 'neutral' | 'negative';
  topic: 'organisation' | 'job' | 'other';
  original: boolean;
  reactions?: number | null;
}

export async function logPost(ctx: AppContext, actor: Actor, input: PostInput) {
  const personId = requirePerson(actor);
  if (!/^https?:\/\//i.test(input.url))
    throw unprocessable('Invalid link.', [
      { path: 'url', code: 'invalid-link', message: 'Paste the link of the post, starting with https://' },
    ]);
  if (input.postedOn > (await orgToday(ctx, actor.orgId)))
    throw unprocessable('Invalid date.', [
      { path: 'postedOn', code: 'date-in-future', message: 'The date of a post cannot be in the future.' },
    ]);
  return repo.insertPost(ctx.db, actor.orgId, {
    personId,
    url: input.url,
    network: input.network,
    postedOn: input.postedOn,
    tone: input.tone,
    topic: input.topic,
    original: input.original,
    reactions: input.reactions ?? null,
    now: ctx.clock.now(),
  });
}

export async function myPosts(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  return repo.listPosts(ctx.db, actor.orgId, personId);
}

export async function deletePost(ctx: AppContext, actor: Actor, id: string) {
  const personId = requirePerson(actor);
  if (!(await repo.deletePost(ctx.db, actor.orgId, id, personId))) throw notFound('Post');
}

/**
 * Public story views, counted in memory and written every few seconds: a page view costs no write.
 * A crash loses at most the last few seconds of counts.
 */
export class ViewCounter {
  private pending = new Map<string, number>();
  constructor(private ctx: AppContext) {}
  count(storyId: string) {
    this.pending.set(storyId, (this.pending.get(storyId) ?? 0) + 1);
  }
  async flush() {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    // The day of a view is the story's organisation's day (in its own time zone).
    await repo.addStoryViews(this.ctx.db, this.ctx.clock.now(), [...batch.keys()], [...batch.values()]);
  }
}
