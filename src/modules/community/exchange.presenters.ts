/** The exchange's rows as the API shows them: authors named as internalView allows. */
import type { Actor } from '../../platform/policy.ts';
import { ambassadorAsSeenBy } from '../ambassadors/ambassadors.service.ts';
import { canModerate } from './community.policy.ts';
import { REACTIONS, type CommentRow, type PostRow } from './exchange.service.ts';

/** The author as the program names them; someone not (or no longer) an ambassador is named in full. */
const author = (viewer: Actor, r: PostRow | CommentRow) =>
  ambassadorAsSeenBy(viewer, {
    person_id: r.author_person_id,
    ambassador_id: r.ambassador_id,
    behind_the_scenes: r.behind_the_scenes,
    first_name: r.first_name,
    last_name: r.last_name,
  });

/** The reason of a hiding is told to the author and coordinators only. */
const hidden = (viewer: Actor, r: PostRow | CommentRow) =>
  r.hidden_at
    ? { at: r.hidden_at.toISOString(), reason: viewer.personId === r.author_person_id || canModerate(viewer) ? r.hidden_reason : null }
    : null;

/** A post; in the feed (`recent_comments` loaded) with its last visible comments, oldest first. */
export function presentPost(viewer: Actor, p: PostRow & { recent_comments?: CommentRow[] }) {
  const counts = p.reactions ?? {};
  return {
    id: p.id,
    kind: p.kind,
    milestone: p.milestone ? { kind: p.milestone, key: p.milestone_key } : null,
    author: author(viewer, p),
    mine: viewer.personId === p.author_person_id,
    topicId: p.topic_id,
    eventId: p.event_id,
    body: p.body,
    bodyHtml: p.body_html,
    pinned: p.pinned_at !== null,
    hidden: hidden(viewer, p),
    commentCount: p.comment_count,
    reactions: Object.fromEntries(REACTIONS.map((k) => [k, counts[k] ?? 0])) as Record<(typeof REACTIONS)[number], number>,
    myReactions: (p.my_reactions ?? []) as (typeof REACTIONS)[number][],
    publishedAt: p.published_at.toISOString(),
    editedAt: p.updated_at.getTime() !== p.published_at.getTime() ? p.updated_at.toISOString() : null,
    ...(p.recent_comments ? { recentComments: p.recent_comments.map((c) => presentComment(viewer, c)) } : {}),
  };
}

export function presentComment(viewer: Actor, c: CommentRow) {
  return {
    id: c.id,
    postId: c.post_id,
    author: author(viewer, c),
    mine: viewer.personId === c.author_person_id,
    body: c.body,
    bodyHtml: c.body_html,
    hidden: hidden(viewer, c),
    createdAt: c.created_at.toISOString(),
    editedAt: c.updated_at.getTime() !== c.created_at.getTime() ? c.updated_at.toISOString() : null,
  };
}
