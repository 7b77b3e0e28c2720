/**
 * The feed's read path: a page of posts, the pinned posts above a first page, and the last visible
 * comments of each post shown, in one statement whatever the page's size (no query per post).
 *
 * The page and the pins are SELECT_POST (author, counts and the reader's reactions as correlated
 * subqueries, evaluated for the rows shown only, after LIMIT); each shown post's last comments are a
 * correlated subquery as JSON. The indexes behind it (migrations 017, 018 and 023, plans in
 * `npm run bench -- community`): community_posts_feed / _topic / _event for the page and its cursor,
 * community_posts_pinned for the pins, community_comments_recent for the comments and their count,
 * community_reactions_kinds for the reaction counts.
 */
import type { Queryable } from '../../db/db.ts';
import { SELECT_COMMENT, SELECT_POST, type CommentRow, type PostRow } from './exchange.repo.ts';
import { withFields } from '../../platform/objects.ts';

/** Comments shown under each post of the feed. */
export const RECENT_COMMENTS = 2;

export interface FeedFilter {
  topicId?: string;
  eventId?: string;
  viewer: string | null;
  /** Coordinators see hidden posts and comments (with the reason); others only their own. */
  includeHidden: boolean;
  /** Cursor: the last post of the previous page. Without one (a first page), the pins come too. */
  after?: { publishedAt: Date; id: string };
}

export type FeedPostRow = PostRow & { recent_comments: CommentRow[] };

type DateKey = 'created_at' | 'updated_at' | 'hidden_at' | 'deleted_at';
type Row = PostRow & { is_pin: boolean; recent_comments: (Omit<CommentRow, DateKey> & Record<DateKey, string | null>)[] };
const date = (v: string | null) => (v === null ? null : new Date(v));

/**
 * A page, newest first by (published_at, id), `limit` posts at most; hidden posts only for their
 * author or coordinators. On a first page also the pins (not hidden, not deleted), newest pin first,
 * at most five: the whole community's, or the topic's or the event's whose feed it is. Each post
 * with its last RECENT_COMMENTS comments, oldest first, visible as in the post's own comment list
 * (exchange.repo.ts `comments`): deleted never; hidden only to their author and coordinators.
 */
export async function feedPage(
  q: Queryable,
  orgId: string,
  f: FeedFilter,
  limit: number,
): Promise<{ page: FeedPostRow[]; pins: FeedPostRow[] }> {
  // $1 org and $2 reader as SELECT_POST wants them; $3 whether hidden comments show; $4 comments per post.
  const params: unknown[] = [orgId, f.viewer, f.includeHidden, RECENT_COMMENTS];
  const add = (v: unknown) => (params.push(v), `$${params.length}`);
  const scope = (f.topicId ? ` and cp.topic_id = ${add(f.topicId)}` : '') + (f.eventId ? ` and cp.event_id = ${add(f.eventId)}` : '');
  const where = ['cp.org_id = $1', 'cp.deleted_at is null'];
  if (!f.includeHidden) where.push('(cp.hidden_at is null or cp.author_person_id = $2)');
  if (f.after) {
    // A row comparison the feed indexes answer directly (an index condition, not a filter).
    where.push(`(cp.published_at, cp.id) < (${add(f.after.publishedAt)}, ${add(f.after.id)}::uuid)`);
  }
  const page = `select false as is_pin, pg.* from (${SELECT_POST}
      where ${where.join(' and ')}${scope} order by cp.published_at desc, cp.id desc limit ${add(limit)}) pg`;
  const pins = `select true as is_pin, pn.* from (${SELECT_POST}
      where cp.org_id = $1 and cp.pinned_at is not null and cp.deleted_at is null and cp.hidden_at is null${scope}
      order by cp.pinned_at desc limit 5) pn`;
  const rows = await q.query<Row>(
    `with shown as (${f.after ? page : `${pins} union all ${page}`})
     select s.*,
            (select coalesce(json_agg(rc order by rc.created_at, rc.id), '[]'::json) from (${SELECT_COMMENT}
               where cc.org_id = $1 and cc.post_id = s.id and cc.deleted_at is null
                 and ($3 or cc.hidden_at is null or cc.author_person_id = $2)
               order by cc.created_at desc, cc.id desc limit $4) rc) as recent_comments
       from shown s
      order by s.is_pin desc, case when s.is_pin then s.pinned_at end desc, s.published_at desc, s.id desc`,
    params,
  );
  const out = { page: [] as FeedPostRow[], pins: [] as FeedPostRow[] };
  for (const { is_pin, recent_comments, ...post } of rows) {
    // JSON carries the comments' times as text.
    const comments = recent_comments.map((c) =>
      withFields(c, {
        created_at: date(c.created_at)!,
        updated_at: date(c.updated_at)!,
        hidden_at: date(c.hidden_at),
        deleted_at: date(c.deleted_at),
      }),
    );
    (is_pin ? out.pins : out.page).push(withFields(post, { recent_comments: comments }));
  }
  return out;
}
