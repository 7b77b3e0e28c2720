/** SQL of the program's impact: share links and their clicks, story views, reported posts. */
import type { Queryable } from '../../db/db.ts';

export async function isOwnLiveStory(db: Queryable, orgId: string, storyId: string, personId: string) {
  const [s] = await db.query(`select 1 from stories where org_id = $1 and id = $2 and author_person_id = $3 and deleted_at is null`, [
    orgId,
    storyId,
    personId,
  ]);
  return Boolean(s);
}

export async function findShareLink(db: Queryable, orgId: string, personId: string, storyId: string | null) {
  const [existing] = await db.query<{ code: string }>(
    `select code from share_links where org_id = $1 and person_id = $2 and story_id is not distinct from $3`,
    [orgId, personId, storyId],
  );
  return existing ?? null;
}

export async function insertShareLink(
  db: Queryable,
  orgId: string,
  r: { code: string; personId: string; storyId: string | null; now: Date },
) {
  await db.query(`insert into share_links (code, org_id, person_id, story_id, created_at) values ($1, $2, $3, $4, $5)`, [
    r.code,
    orgId,
    r.personId,
    r.storyId,
    r.now,
  ]);
}

/** Like insertShareLink, but adds nothing when the target has a link already (two page renders at once make one). */
export async function insertShareLinkIfAbsent(
  db: Queryable,
  orgId: string,
  r: { code: string; personId: string; storyId: string | null; now: Date },
) {
  await db.query(
    `insert into share_links (code, org_id, person_id, story_id, created_at)
     select $1, $2, $3, $4, $5
      where not exists (select 1 from share_links where org_id = $2 and person_id = $3 and story_id is not distinct from $4)
     on conflict do nothing`,
    [r.code, orgId, r.personId, r.storyId, r.now],
  );
}

/** Whose link a share of a public story or a public profile is: read from the public views only. */
export async function publicShareTarget(db: Queryable, orgId: string, t: { storyId: string } | { ambassadorId: string }) {
  const [row] = await db.query<{ person_id: string; story_id: string | null }>(
    'storyId' in t
      ? `select person_id, id as story_id from public_stories where org_id = $1 and id = $2`
      : `select person_id, null::uuid as story_id from public_ambassadors where org_id = $1 and id = $2`,
    [orgId, 'storyId' in t ? t.storyId : t.ambassadorId],
  );
  return row ?? null;
}

export interface ShareLinkTarget {
  org_id: string;
  slug: string;
  person_id: string;
  story_id: string | null;
  public_story: string | null;
  public_ambassador: string | null;
}

/**
 * A share link by its code, with what it leads to if that is public. The one lookup without an
 * organisation id: the code in a public URL is all a visitor brings, and it names its organisation.
 */
export async function findShareLinkByCode(db: Queryable, code: string) {
  const [link] = await db.query<ShareLinkTarget>(
    `select l.org_id, o.slug, l.person_id, l.story_id,
            (select ps.id::text from public_stories ps where ps.id = l.story_id and ps.org_id = l.org_id) as public_story,
            (select pa.id::text from public_ambassadors pa where pa.person_id = l.person_id and pa.org_id = l.org_id) as public_ambassador
       from share_links l join organisations o on o.id = l.org_id where l.code = $1`,
    [code],
  );
  return link ?? null;
}

/** Counts one click on a share link on `day` (the organisation's day; the code belongs to one organisation). */
export async function countClick(db: Queryable, code: string, day: string) {
  await db.query(
    `insert into share_clicks (code, day, clicks) values ($1, $2, 1) on conflict (code, day) do update set clicks = share_clicks.clicks + 1`,
    [code, day],
  );
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

export async function insertPost(
  db: Queryable,
  orgId: string,
  p: {
    personId: string;
    url: string;
    network: string;
    postedOn: string;
    tone: string;
    topic: string;
    original: boolean;
    reactions: number | null;
    now: Date;
  },
) {
  const [row] = await db.query<{ id: string }>(
    `insert into external_posts (org_id, person_id, url, network, posted_on, tone, topic, original, reactions, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [orgId, p.personId, p.url, p.network, p.postedOn, p.tone, p.topic, p.original, p.reactions, p.now],
  );
  return row.id;
}

export function listPosts(db: Queryable, orgId: string, personId: string) {
  return db.query<PostRow>(
    `select id, url, network, posted_on, tone, topic, original, reactions from external_posts where org_id = $1 and person_id = $2 order by posted_on desc limit 500`,
    [orgId, personId],
  );
}

/** Deletes a post of the person; false when they have no such post. */
export async function deletePost(db: Queryable, orgId: string, id: string, personId: string) {
  const rows = await db.query(`delete from external_posts where org_id = $1 and id = $2 and person_id = $3 returning id`, [
    orgId,
    id,
    personId,
  ]);
  return rows.length > 0;
}

/**
 * Adds counted views of public stories, on each story's organisation's day (in its own time zone).
 * Spans organisations: a batch holds the views of every story seen since the last flush, and each
 * story row names its organisation.
 */
export async function addStoryViews(db: Queryable, now: Date, storyIds: string[], counts: number[]) {
  await db.query(
    `insert into story_views (story_id, day, views)
       select v.id, ($1::timestamptz at time zone o.time_zone)::date, v.n
         from unnest($2::uuid[], $3::int[]) as v(id, n) join stories s on s.id = v.id join organisations o on o.id = s.org_id
       on conflict (story_id, day) do update set views = story_views.views + excluded.views`,
    [now, storyIds, counts],
  );
}
