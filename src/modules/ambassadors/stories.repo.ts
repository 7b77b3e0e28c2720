import type { Queryable } from '../../db/db.ts';
import type { Scope } from './ambassadors.policy.ts';

export interface StoryRow {
  id: string;
  author_person_id: string;
  title: string;
  body: string;
  body_html: string;
  language: 'nl' | 'fr' | 'en' | 'de';
  scope: Scope;
  hidden_at: Date | null;
  hidden_reason: string | null;
  deleted_at: Date | null;
  published_at: Date;
  updated_at: Date;
  first_name: string;
  last_name: string;
  job_title: string | null;
  department: string | null;
  photo_id: string | null;
  ambassador_id: string | null;
  behind_the_scenes: boolean;
  author_active: boolean;
}

const SELECT = `
  select st.id, st.author_person_id, st.title, st.body, st.body_html, st.language, st.scope, st.hidden_at, st.hidden_reason,
         st.deleted_at, st.published_at, st.updated_at, p.first_name, p.last_name, p.job_title, p.department,
         a.photo_id, a.id as ambassador_id, coalesce(a.behind_the_scenes, false) as behind_the_scenes, coalesce(a.active, false) as author_active
    from stories st join people p on p.id = st.author_person_id
    left join ambassadors a on a.org_id = st.org_id and a.person_id = st.author_person_id`;

export async function get(q: Queryable, orgId: string, id: string): Promise<StoryRow | undefined> {
  const [row] = await q.query<StoryRow>(`${SELECT} where st.org_id = $1 and st.id = $2`, [orgId, id]);
  return row;
}

export interface FeedFilter {
  /** What the program shows as the author's personId (see internalView): their person id, or the ambassadorship's id. */
  authorPersonId?: string;
  language?: string;
  /** The viewer: sees their own hidden stories; coordinators see all hidden ones. */
  viewerPersonId: string | null;
  includeHidden: boolean;
}

export async function feed(q: Queryable, orgId: string, f: FeedFilter, limit: number, before?: Date) {
  return q.query<StoryRow>(
    `${SELECT} where st.org_id = $1 and st.deleted_at is null
        and (coalesce(a.active, false) or st.author_person_id = $2)
        and (st.hidden_at is null or $3 or st.author_person_id = $2)
        -- By ambassadorship id always; by person id only where the program shows it, so the directory
        -- id of someone behind the scenes finds nothing (it would tell who they are).
        and ($4::uuid is null or a.id = $4
             or (st.author_person_id = $4 and (not coalesce(a.behind_the_scenes, false) or st.author_person_id = $2)))
        and ($5::text is null or st.language = $5)
        and ($6::timestamptz is null or st.published_at < $6)
      order by st.published_at desc limit $7`,
    [orgId, f.viewerPersonId, f.includeHidden, f.authorPersonId ?? null, f.language ?? null, before ?? null, limit],
  );
}

export async function insert(
  q: Queryable,
  s: { orgId: string; authorPersonId: string; title: string; body: string; bodyHtml: string; language: string; scope: Scope; now: Date },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into stories (org_id, author_person_id, title, body, body_html, language, scope, published_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8) returning id`,
    [s.orgId, s.authorPersonId, s.title, s.body, s.bodyHtml, s.language, s.scope, s.now],
  );
  return row.id;
}

export async function update(
  q: Queryable,
  orgId: string,
  id: string,
  s: { title: string; body: string; bodyHtml: string; language: string; scope: Scope; now: Date },
) {
  await q.query(
    `update stories set title = $3, body = $4, body_html = $5, language = $6, scope = $7, updated_at = $8 where org_id = $1 and id = $2`,
    [orgId, id, s.title, s.body, s.bodyHtml, s.language, s.scope, s.now],
  );
}

export async function softDelete(q: Queryable, orgId: string, id: string, now: Date) {
  await q.query(`update stories set deleted_at = $3 where org_id = $1 and id = $2`, [orgId, id, now]);
}

export async function setHidden(q: Queryable, orgId: string, id: string, h: { reason: string; by: string | null; now: Date } | null) {
  await q.query(`update stories set hidden_at = $3, hidden_reason = $4, hidden_by = $5 where org_id = $1 and id = $2`, [
    orgId,
    id,
    h?.now ?? null,
    h?.reason ?? null,
    h?.by ?? null,
  ]);
}

export async function countByAuthor(q: Queryable, orgId: string, personId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>(`select count(*)::int as n from stories where org_id = $1 and author_person_id = $2`, [
    orgId,
    personId,
  ]);
  return row.n;
}

/** The story images `personId` uploaded, newest first: what they may put in a story. */
export async function ownImages(q: Queryable, orgId: string, personId: string, limit: number) {
  return q.query<{ id: string; width: number; height: number; created_at: Date }>(
    `select id, width, height, created_at from media where org_id = $1 and owner_person_id = $2 and purpose = 'story'
      order by created_at desc, id limit $3`,
    [orgId, personId, limit],
  );
}

/** Of `mediaIds`, the ones that are not images owned by `personId` in this organisation. */
export async function mediaNotOwnedBy(q: Queryable, orgId: string, personId: string, mediaIds: string[]): Promise<string[]> {
  if (mediaIds.length === 0) return [];
  const owned = await q.query<{ id: string }>(`select id from media where org_id = $1 and owner_person_id = $2 and id = any($3::uuid[])`, [
    orgId,
    personId,
    mediaIds,
  ]);
  const ok = new Set(owned.map((r) => r.id));
  return mediaIds.filter((id) => !ok.has(id));
}

/** The images a story shows: exactly `mediaIds` (already checked to be its author's own). */
export async function setStoryMedia(q: Queryable, orgId: string, storyId: string, mediaIds: string[]) {
  await q.query(`delete from story_media where org_id = $1 and story_id = $2 and not (media_id = any($3::uuid[]))`, [
    orgId,
    storyId,
    mediaIds,
  ]);
  if (mediaIds.length === 0) return;
  await q.query(`insert into story_media (org_id, story_id, media_id) select $1, $2, unnest($3::uuid[]) on conflict do nothing`, [
    orgId,
    storyId,
    mediaIds,
  ]);
}
