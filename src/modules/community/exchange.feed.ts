/**
 * The feed's read path: a page of posts, the pinned posts above the first page, and the last visible
 * comments of each post shown. Every query takes the organisation's id.
 *
 * A page costs a fixed number of statements whatever its size (no N+1): the page (author, counts and
 * the viewer's reactions are correlated subqueries evaluated for the page's rows only, after LIMIT),
 * the pinned posts on a first page, and one statement for the recent comments of all those posts.
 * The indexes behind each (see migrations 017, 018 and 023 and `npm run bench -- community`):
 * community_posts_feed / _topic / _event for the page and its cursor, community_posts_pinned for the
 * pins, community_comments_recent for the comments.
 */
import type { Queryable } from '../../db/db.ts';
import { SELECT_COMMENT, SELECT_POST, type CommentRow, type PostRow } from './exchange.repo.ts';

/** Comments shown under each post of the feed. */
export const RECENT_COMMENTS = 2;

export interface FeedFilter {
  topicId?: string;
  eventId?: string;
  viewer: string | null;
  /** Coordinators see hidden posts and comments (with the reason); others only their own. */
  includeHidden: boolean;
  /** Cursor: the last post of the previous page. */
  after?: { publishedAt: Date; id: string };
}

/** Newest first by (published_at, id); hidden posts only for their author or coordinators. */
export async function feedPage(q: Queryable, orgId: string, f: FeedFilter, limit: number): Promise<PostRow[]> {
  const params: unknown[] = [orgId, f.viewer];
  const where = ['cp.org_id = $1', 'cp.deleted_at is null'];
  if (!f.includeHidden) where.push('(cp.hidden_at is null or cp.author_person_id = $2)');
  if (f.topicId) {
    params.push(f.topicId);
    where.push(`cp.topic_id = $${params.length}`);
  }
  if (f.eventId) {
    params.push(f.eventId);
    where.push(`cp.event_id = $${params.length}`);
  }
  if (f.after) {
    params.push(f.after.publishedAt, f.after.id);
    // A row comparison the feed indexes answer directly (an index condition, not a filter).
    where.push(`(cp.published_at, cp.id) < ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(limit);
  return q.query<PostRow>(
    `${SELECT_POST} where ${where.join(' and ')} order by cp.published_at desc, cp.id desc limit $${params.length}`,
    params,
  );
}

/**
 * Pinned posts (not hidden, not deleted), newest pin first, shown above a feed's first page: the
 * whole community's pins, or those of the topic or the event whose feed it is.
 */
export async function pinnedPosts(
  q: Queryable,
  orgId: string,
  viewer: string | null,
  scope: { topicId?: string; eventId?: string } = {},
): Promise<PostRow[]> {
  const params: unknown[] = [orgId, viewer];
  let where = '';
  if (scope.topicId) {
    params.push(scope.topicId);
    where += ` and cp.topic_id = $${params.length}`;
  }
  if (scope.eventId) {
    params.push(scope.eventId);
    where += ` and cp.event_id = $${params.length}`;
  }
  return q.query<PostRow>(
    `${SELECT_POST} where cp.org_id = $1 and cp.pinned_at is not null and cp.deleted_at is null and cp.hidden_at is null${where}
      order by cp.pinned_at desc limit 5`,
    params,
  );
}

/**
 * The last `perPost` comments of each post, oldest first, by post id, in one statement. Visibility
 * as in the post's own comment list (exchange.repo.ts `comments`): deleted never; hidden only to
 * their author and, with `includeHidden`, to coordinators. The lateral subquery reads at most
 * `perPost` index entries per post, however long the discussion.
 */
export async function recentComments(
  q: Queryable,
  orgId: string,
  postIds: string[],
  viewer: string | null,
  includeHidden: boolean,
  perPost = RECENT_COMMENTS,
): Promise<Map<string, CommentRow[]>> {
  const byPost = new Map<string, CommentRow[]>(postIds.map((id) => [id, []]));
  if (!postIds.length) return byPost;
  const rows = await q.query<CommentRow>(
    `${SELECT_COMMENT}
      where cc.org_id = $1 and cc.id in (
        select last.id from unnest($2::uuid[]) as x(post_id)
          cross join lateral (
            select c.id from community_comments c
             where c.org_id = $1 and c.post_id = x.post_id and c.deleted_at is null
               and ($4 or c.hidden_at is null or c.author_person_id = $3)
             order by c.created_at desc, c.id desc limit $5) last)
      order by cc.created_at, cc.id`,
    [orgId, [...new Set(postIds)], viewer, includeHidden, perPost],
  );
  for (const r of rows) byPost.get(r.post_id)?.push(r);
  return byPost;
}
