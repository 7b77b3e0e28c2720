/** SQL of the community exchange: posts, comments, reactions. Every query takes the organisation's id. */
import type { Queryable } from '../../db/db.ts';

export const REACTIONS = ['like', 'celebrate', 'insightful', 'support'] as const;
export type Reaction = (typeof REACTIONS)[number];

export interface PostRow {
  id: string;
  author_person_id: string;
  /** 'milestone': posted by the platform in the person's name, with their consent (milestones.service.ts); no text of its own. */
  kind: 'post' | 'milestone';
  milestone: 'joined' | 'first-story' | 'first-event' | 'ambassador-year' | null;
  milestone_key: string | null;
  topic_id: string | null;
  event_id: string | null;
  body: string;
  body_html: string;
  pinned_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  deleted_at: Date | null;
  published_at: Date;
  updated_at: Date;
  first_name: string;
  last_name: string;
  ambassador_id: string | null;
  behind_the_scenes: boolean;
  comment_count: number;
  reactions: Record<string, number> | null;
  my_reactions: string[] | null;
}

export interface CommentRow {
  id: string;
  post_id: string;
  author_person_id: string;
  body: string;
  body_html: string;
  hidden_at: Date | null;
  hidden_reason: string | null;
  deleted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  first_name: string;
  last_name: string;
  ambassador_id: string | null;
  behind_the_scenes: boolean;
}

export async function participationFacts(q: Queryable, orgId: string, personId: string | null) {
  const [row] = await q.query<{ active_ambassador: boolean; in_directory: boolean; open_to_all: boolean }>(
    `select exists (select 1 from ambassadors a where a.org_id = o.id and a.person_id = $2 and a.active) as active_ambassador,
            exists (select 1 from people p where p.org_id = o.id and p.id = $2 and p.deprovisioned_at is null) as in_directory,
            o.community_open_to_all as open_to_all
       from organisations o where o.id = $1`,
    [orgId, personId],
  );
  return { activeAmbassador: row.active_ambassador, inDirectory: row.in_directory, openToAll: row.open_to_all };
}

/** $1 org, $2 viewer person id (may be null). Shared with the feed (exchange.feed.ts). */
export const SELECT_POST = `
  select cp.id, cp.author_person_id, cp.kind, cp.milestone, cp.milestone_key, cp.topic_id, cp.event_id, cp.body, cp.body_html, cp.pinned_at, cp.hidden_at, cp.hidden_reason,
         cp.deleted_at, cp.published_at, cp.updated_at, p.first_name, p.last_name, a.id as ambassador_id,
         coalesce(a.behind_the_scenes, false) as behind_the_scenes,
         (select count(*)::int from community_comments cc
           where cc.org_id = cp.org_id and cc.post_id = cp.id and cc.deleted_at is null and cc.hidden_at is null) as comment_count,
         (select jsonb_object_agg(kind, n) from (select r.kind, count(*)::int as n from community_reactions r
           where r.org_id = cp.org_id and r.post_id = cp.id group by r.kind) k) as reactions,
         (select array_agg(r.kind order by r.kind) from community_reactions r
           where r.org_id = cp.org_id and r.post_id = cp.id and r.person_id = $2) as my_reactions
    from community_posts cp
    join people p on p.id = cp.author_person_id and p.org_id = cp.org_id
    left join ambassadors a on a.org_id = cp.org_id and a.person_id = cp.author_person_id`;

export async function getPost(q: Queryable, orgId: string, id: string, viewer: string | null): Promise<PostRow | undefined> {
  const [row] = await q.query<PostRow>(`${SELECT_POST} where cp.org_id = $1 and cp.id = $3`, [orgId, viewer, id]);
  return row;
}

export async function insertPost(
  q: Queryable,
  p: { orgId: string; authorPersonId: string; topicId: string | null; eventId: string | null; body: string; bodyHtml: string; now: Date },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into community_posts (org_id, author_person_id, topic_id, event_id, body, body_html, published_at, updated_at)
     values ($1, $2, $3, $7, $4, $5, $6, $6) returning id`,
    [p.orgId, p.authorPersonId, p.topicId, p.body, p.bodyHtml, p.now, p.eventId],
  );
  return row.id;
}

export async function updatePost(
  q: Queryable,
  orgId: string,
  id: string,
  p: { topicId: string | null; body: string; bodyHtml: string; now: Date },
) {
  await q.query(`update community_posts set topic_id = $3, body = $4, body_html = $5, updated_at = $6 where org_id = $1 and id = $2`, [
    orgId,
    id,
    p.topicId,
    p.body,
    p.bodyHtml,
    p.now,
  ]);
}

export async function setPostMedia(q: Queryable, orgId: string, postId: string, mediaIds: string[]) {
  await q.query(`delete from community_post_media where org_id = $1 and post_id = $2`, [orgId, postId]);
  for (const m of mediaIds) {
    await q.query(`insert into community_post_media (org_id, post_id, media_id) values ($1, $2, $3) on conflict do nothing`, [
      orgId,
      postId,
      m,
    ]);
  }
}

export async function mediaNotOwnedBy(q: Queryable, orgId: string, personId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await q.query<{ id: string }>(
    `select m.id from media m where m.org_id = $1 and m.owner_person_id = $2 and m.id = any($3::uuid[])`,
    [orgId, personId, ids],
  );
  const own = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !own.has(id));
}

export async function softDeletePost(q: Queryable, orgId: string, id: string, now: Date) {
  await q.query(`update community_posts set deleted_at = $3, pinned_at = null where org_id = $1 and id = $2`, [orgId, id, now]);
}

export async function setPostHidden(q: Queryable, orgId: string, id: string, h: { reason: string; by: string | null; now: Date } | null) {
  await q.query(
    `update community_posts set hidden_at = $3, hidden_reason = $4, hidden_by = $5, pinned_at = case when $3::timestamptz is null then pinned_at end
      where org_id = $1 and id = $2`,
    [orgId, id, h?.now ?? null, h?.reason ?? null, h?.by ?? null],
  );
}

export async function setPinned(q: Queryable, orgId: string, id: string, pin: { by: string | null; now: Date } | null) {
  await q.query(`update community_posts set pinned_at = $3, pinned_by = $4 where org_id = $1 and id = $2`, [
    orgId,
    id,
    pin?.now ?? null,
    pin?.by ?? null,
  ]);
}

/** Shared with the feed's recent comments (exchange.feed.ts). */
export const SELECT_COMMENT = `
  select cc.id, cc.post_id, cc.author_person_id, cc.body, cc.body_html, cc.hidden_at, cc.hidden_reason, cc.deleted_at,
         cc.created_at, cc.updated_at, p.first_name, p.last_name, a.id as ambassador_id,
         coalesce(a.behind_the_scenes, false) as behind_the_scenes
    from community_comments cc
    join people p on p.id = cc.author_person_id and p.org_id = cc.org_id
    left join ambassadors a on a.org_id = cc.org_id and a.person_id = cc.author_person_id`;

export async function getComment(q: Queryable, orgId: string, id: string): Promise<CommentRow | undefined> {
  const [row] = await q.query<CommentRow>(`${SELECT_COMMENT} where cc.org_id = $1 and cc.id = $2`, [orgId, id]);
  return row;
}

export async function comments(q: Queryable, orgId: string, postId: string, viewer: string | null, includeHidden: boolean) {
  return q.query<CommentRow>(
    `${SELECT_COMMENT} where cc.org_id = $1 and cc.post_id = $2 and cc.deleted_at is null
        and ($4 or cc.hidden_at is null or cc.author_person_id = $3)
      order by cc.created_at, cc.id limit 500`,
    [orgId, postId, viewer, includeHidden],
  );
}

export async function insertComment(
  q: Queryable,
  c: { orgId: string; postId: string; authorPersonId: string; body: string; bodyHtml: string; now: Date },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into community_comments (org_id, post_id, author_person_id, body, body_html, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $6) returning id`,
    [c.orgId, c.postId, c.authorPersonId, c.body, c.bodyHtml, c.now],
  );
  return row.id;
}

export async function updateComment(q: Queryable, orgId: string, id: string, c: { body: string; bodyHtml: string; now: Date }) {
  await q.query(`update community_comments set body = $3, body_html = $4, updated_at = $5 where org_id = $1 and id = $2`, [
    orgId,
    id,
    c.body,
    c.bodyHtml,
    c.now,
  ]);
}

export async function setCommentHidden(
  q: Queryable,
  orgId: string,
  id: string,
  h: { reason: string; by: string | null; now: Date } | null,
) {
  await q.query(`update community_comments set hidden_at = $3, hidden_reason = $4, hidden_by = $5 where org_id = $1 and id = $2`, [
    orgId,
    id,
    h?.now ?? null,
    h?.reason ?? null,
    h?.by ?? null,
  ]);
}

export async function softDeleteComment(q: Queryable, orgId: string, id: string, now: Date) {
  await q.query(`update community_comments set deleted_at = $3 where org_id = $1 and id = $2`, [orgId, id, now]);
}

export async function addReaction(q: Queryable, orgId: string, postId: string, personId: string, kind: Reaction, now: Date) {
  await q.query(
    `insert into community_reactions (org_id, post_id, person_id, kind, created_at) values ($1, $2, $3, $4, $5) on conflict do nothing`,
    [orgId, postId, personId, kind, now],
  );
}

export async function removeReaction(q: Queryable, orgId: string, postId: string, personId: string, kind: Reaction) {
  await q.query(`delete from community_reactions where org_id = $1 and post_id = $2 and person_id = $3 and kind = $4`, [
    orgId,
    postId,
    personId,
    kind,
  ]);
}

export async function digestFrequency(q: Queryable, orgId: string, personId: string): Promise<'off' | 'daily' | 'weekly'> {
  const [row] = await q.query<{ frequency: 'off' | 'daily' | 'weekly' }>(
    `select frequency from community_digest_settings where org_id = $1 and person_id = $2`,
    [orgId, personId],
  );
  return row?.frequency ?? 'weekly';
}

export async function setDigestFrequency(q: Queryable, orgId: string, personId: string, frequency: string, now: Date) {
  await q.query(
    `insert into community_digest_settings (org_id, person_id, frequency, updated_at) values ($1, $2, $3, $4)
     on conflict (org_id, person_id) do update set frequency = excluded.frequency, updated_at = excluded.updated_at`,
    [orgId, personId, frequency, now],
  );
}

export interface MentionTarget {
  person_id: string;
  email: string | null;
  language: string;
  /** A former colleague staying on as an alumnus: reachable in the alumni topic only, at the alumni address. */
  alumni: boolean;
}

/**
 * Resolves mentioned ids (a person's id, or an ambassadorship's id, which is how the program shows
 * people behind the scenes) to people of this organisation who take part; unknown ids are left out.
 * Still employed ($3: today in the organisation's zone; "former" as in exchange.digest.ts and the
 * careers pages' view): participants, at their work address. A former colleague only as an active
 * alumnus with an enabled alumni account, at the alumni address; anyone else who left is nobody here.
 */
export async function mentionTargets(
  q: Queryable,
  orgId: string,
  ids: string[],
  languageSql: string,
  today: string,
): Promise<(MentionTarget & { id: string })[]> {
  if (!ids.length) return [];
  return q.query(
    `select x.id, p.id as person_id, ${languageSql} as language, not employed.is_employed as alumni,
            case when employed.is_employed then coalesce(p.work_email, p.personal_email) else al.email end as email
       from unnest($2::uuid[]) as x(id)
       left join ambassadors am on am.org_id = $1 and am.id = x.id
       join people p on p.org_id = $1 and p.id = coalesce(am.person_id, x.id)
       join organisations o on o.id = p.org_id
       left join alumni_ambassadors al on al.org_id = p.org_id and al.person_id = p.id and al.left_at is null
       cross join lateral (
         select (p.end_date is null or p.end_date >= $3::date) and p.scim_ended_on is null and p.deprovisioned_at is null as is_employed
       ) employed
      where case when employed.is_employed
                 then o.community_open_to_all
                      or exists (select 1 from ambassadors a where a.org_id = $1 and a.person_id = p.id and a.active)
                      or exists (select 1 from users u where u.org_id = $1 and u.person_id = p.id
                                   and u.role in ('admin', 'coordinator') and u.disabled_at is null)
                 else al.person_id is not null
                      and exists (select 1 from ambassadors a where a.org_id = $1 and a.person_id = p.id and a.active)
                      and exists (select 1 from users u where u.org_id = $1 and u.person_id = p.id and u.role = 'alumni'
                                   and u.disabled_at is null)
            end`,
    [orgId, ids, today],
  );
}

/** Records a mention; true only the first time (the mail goes once per post or comment and person). */
export async function insertMention(q: Queryable, orgId: string, postId: string, commentId: string | null, personId: string, now: Date) {
  const rows = await q.query(
    `insert into community_mentions (org_id, post_id, comment_id, person_id, created_at) values ($1, $2, $3, $4, $5)
     on conflict do nothing returning id`,
    [orgId, postId, commentId, personId, now],
  );
  return rows.length > 0;
}
