/**
 * What ambassadors' work does: tracked share links (a redirect that counts clicks per day, storing no
 * IP address), public story views, and the posts ambassadors report making elsewhere.
 */
import crypto from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { orgToday } from '../../platform/org-time.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { requirePerson, type Actor } from '../../platform/policy.ts';

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
  if (storyId) {
    const [s] = await ctx.db.query(`select 1 from stories where org_id = $1 and id = $2 and author_person_id = $3 and deleted_at is null`, [actor.orgId, storyId, personId]);
    if (!s) throw notFound('Story');
  }
  const [existing] = await ctx.db.query<{ code: string }>(
    `select code from share_links where org_id = $1 and person_id = $2 and story_id is not distinct from $3`,
    [actor.orgId, personId, storyId],
  );
  const code = existing?.code ?? shortCode();
  if (!existing) {
    await ctx.db.query(`insert into share_links (code, org_id, person_id, story_id, created_at) values ($1, $2, $3, $4, $5)`, [code, actor.orgId, personId, storyId, ctx.clock.now()]);
  }
  return { code, url: `${ctx.config.publicUrl}/s/${code}` };
}

/**
 * Where a share link leads, counting the click only when the target is public right now. A link to
 * someone who left the program, or went internal, leads to the careers wall and counts nothing.
 */
export async function followShareLink(ctx: AppContext, code: string): Promise<string | null> {
  const [link] = await ctx.db.query<{ org_id: string; slug: string; person_id: string; story_id: string | null; public_story: string | null; public_ambassador: string | null }>(
    `select l.org_id, o.slug, l.person_id, l.story_id,
            (select ps.id::text from public_stories ps where ps.id = l.story_id and ps.org_id = l.org_id) as public_story,
            (select pa.id::text from public_ambassadors pa where pa.person_id = l.person_id and pa.org_id = l.org_id) as public_ambassador
       from share_links l join organisations o on o.id = l.org_id where l.code = $1`,
    [code],
  );
  if (!link) return null;
  const base = `/careers/${link.slug}`;
  const target = link.story_id ? (link.public_story ? `${base}/stories/${link.public_story}` : null) : link.public_ambassador ? `${base}/ambassadors/${link.public_ambassador}` : null;
  if (!target) return base;
  await ctx.db.query(
    `insert into share_clicks (code, day, clicks) values ($1, $2, 1) on conflict (code, day) do update set clicks = share_clicks.clicks + 1`,
    [code, await orgToday(ctx, link.org_id)],
  );
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
  if (!/^https?:\/\//i.test(input.url)) throw unprocessable('Invalid link.', [{ path: 'url', code: 'invalid-link', message: 'Paste the link of the post, starting with https://' }]);
  if (input.postedOn > (await orgToday(ctx, actor.orgId))) throw unprocessable('Invalid date.', [{ path: 'postedOn', code: 'date-in-future', message: 'The date of a post cannot be in the future.' }]);
  const [row] = await ctx.db.query<{ id: string }>(
    `insert into external_posts (org_id, person_id, url, network, posted_on, tone, topic, original, reactions, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [actor.orgId, personId, input.url, input.network, input.postedOn, input.tone, input.topic, input.original, input.reactions ?? null, ctx.clock.now()],
  );
  return row.id;
}

export interface PostRow {
  id: string;
  url: string;
  network: string;
  posted_on: string;
  tone: 'positive' | 'neutral' | 'negative';
  topic: 'organisation' | 'job' | 'other';
  original: boolean;
  reactions: number | null;
}

export async function myPosts(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  return ctx.db.query<PostRow>(
    `select id, url, network, posted_on, tone, topic, original, reactions from external_posts where org_id = $1 and person_id = $2 order by posted_on desc limit 500`,
    [actor.orgId, personId],
  );
}

export async function deletePost(ctx: AppContext, actor: Actor, id: string) {
  const personId = requirePerson(actor);
  const rows = await ctx.db.query(`delete from external_posts where org_id = $1 and id = $2 and person_id = $3 returning id`, [actor.orgId, id, personId]);
  if (rows.length === 0) throw notFound('Post');
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
    await this.ctx.db.query(
      `insert into story_views (story_id, day, views)
       select v.id, ($1::timestamptz at time zone o.time_zone)::date, v.n
         from unnest($2::uuid[], $3::int[]) as v(id, n) join stories s on s.id = v.id join organisations o on o.id = s.org_id
       on conflict (story_id, day) do update set views = story_views.views + excluded.views`,
      [this.ctx.clock.now(), [...batch.keys()], [...batch.values()]],
    );
  }
}
