/** SQL for ambassadors, invitations and media. The organisation id is always an argument. */
import type { Queryable } from '../../db/db.ts';
import type { Scope } from './ambassadors.policy.ts';

export interface AmbassadorRow {
  id: string;
  person_id: string;
  active: boolean;
  scope: Scope;
  behind_the_scenes: boolean;
  intro: string;
  topics: string[];
  languages: string[];
  links: { network: string; url: string }[];
  photo_id: string | null;
  joined_at: Date;
  left_at: Date | null;
  updated_at: Date;
  first_name: string;
  last_name: string;
  job_title: string | null;
  department: string | null;
  site_name: string | null;
  region: string | null;
  language: string | null;
  work_email: string | null;
  sensitive: boolean;
  start_date: string | null;
  share_milestones: boolean;
  welcomed_at: Date | null;
  welcome_dismissed_at: Date | null;
}

const COLUMNS = `
  a.id, a.person_id, a.active, a.scope, a.behind_the_scenes, a.intro, a.topics, a.languages, a.links,
  a.photo_id, a.joined_at, a.left_at, a.updated_at, p.first_name, p.last_name, p.job_title, p.department,
  s.name as site_name, s.region, p.language, p.work_email, p.sensitive, p.start_date,
  a.share_milestones, a.welcomed_at, a.welcome_dismissed_at`;
const SELECT = `select ${COLUMNS} from ambassadors a join people p on p.id = a.person_id left join sites s on s.id = p.site_id`;

export async function getByPerson(q: Queryable, orgId: string, personId: string): Promise<AmbassadorRow | undefined> {
  const [row] = await q.query<AmbassadorRow>(`${SELECT} where a.org_id = $1 and a.person_id = $2`, [orgId, personId]);
  return row;
}

export interface ProfileInput {
  scope: Scope;
  behindTheScenes: boolean;
  intro: string;
  topics: string[];
  languages: string[];
  links: { network: string; url: string }[];
}

/** Joins (or rejoins, keeping the row) and sets the profile. */
export async function upsert(q: Queryable, orgId: string, personId: string, p: ProfileInput, now: Date) {
  await q.query(
    `insert into ambassadors (org_id, person_id, active, scope, behind_the_scenes, intro, topics, languages, links, joined_at, updated_at)
     values ($1, $2, true, $3, $4, $5, $6, $7, $8, $9, $9)
     on conflict (org_id, person_id) do update set
       scope = excluded.scope, behind_the_scenes = excluded.behind_the_scenes, intro = excluded.intro,
       topics = excluded.topics, languages = excluded.languages, links = excluded.links, updated_at = excluded.updated_at,
       joined_at = case when ambassadors.active then ambassadors.joined_at else excluded.joined_at end,
       left_at = null, active = true`,
    [orgId, personId, p.scope, p.behindTheScenes, p.intro, p.topics, p.languages, JSON.stringify(p.links), now],
  );
}

/**
 * The person's own "celebrate my milestones" choice. milestones_since is the moment of the yes (kept
 * while they keep saying yes): milestones before it are never posted.
 */
export async function setMilestoneConsent(q: Queryable, orgId: string, personId: string, share: boolean, now: Date) {
  await q.query(
    `update ambassadors set share_milestones = $3,
            milestones_since = case when not $3 then null when share_milestones then coalesce(milestones_since, $4) else $4 end
      where org_id = $1 and person_id = $2`,
    [orgId, personId, share, now],
  );
}

/** The new ambassador closed the welcome banner. */
export async function dismissWelcome(q: Queryable, orgId: string, personId: string, now: Date): Promise<boolean> {
  const rows = await q.query(
    `update ambassadors set welcome_dismissed_at = coalesce(welcome_dismissed_at, $3) where org_id = $1 and person_id = $2 and active returning id`,
    [orgId, personId, now],
  );
  return rows.length > 0;
}

export async function leave(q: Queryable, orgId: string, personId: string, now: Date): Promise<boolean> {
  const rows = await q.query(
    `update ambassadors set active = false, left_at = $3, updated_at = $3 where org_id = $1 and person_id = $2 and active returning id`,
    [orgId, personId, now],
  );
  return rows.length > 0;
}

export async function setPhoto(q: Queryable, orgId: string, personId: string, mediaId: string | null, now: Date) {
  const [old] = await q.query<{ photo_id: string | null }>(`select photo_id from ambassadors where org_id = $1 and person_id = $2`, [
    orgId,
    personId,
  ]);
  await q.query(`update ambassadors set photo_id = $3, updated_at = $4 where org_id = $1 and person_id = $2`, [
    orgId,
    personId,
    mediaId,
    now,
  ]);
  if (old?.photo_id) await q.query(`delete from media where org_id = $1 and id = $2`, [orgId, old.photo_id]);
}

export interface CommunityFilter {
  topic?: string;
  region?: string;
  language?: string;
  /** Folded and LIKE-escaped (people.search.ts). */
  q?: string;
}

/**
 * Active ambassadors, internal and external, for colleagues. Someone behind the scenes is found and
 * ordered only by what colleagues see of them (internalView): a search for their last name or a
 * filter on their region would otherwise tell who they are. search_text starts with the folded
 * first name, as long as its lower case (the folding maps one character to one).
 *
 * With a name typed, each ambassador's person is read by its key (offset 0 keeps the planner from
 * reading the whole directory through a name index instead), so the time follows the program's size
 * whatever was typed: on 100,000 people, two letters common in work emails made the name index read
 * all of them. Without, the planner walks the directory in first-name order to the page's end.
 */
export async function listActive(q: Queryable, orgId: string, f: CommunityFilter, limit: number, offset: number) {
  const person = f.q
    ? `cross join lateral (
         select p.first_name, p.last_name, p.job_title, p.department, p.site_id, p.language, p.work_email, p.sensitive,
                p.start_date, p.search_text
           from people p where p.id = a.person_id and p.org_id = $1 offset 0) p`
    : `join people p on p.id = a.person_id and p.org_id = $1`;
  return q.query<AmbassadorRow>(
    `select ${COLUMNS}
       from ambassadors a
       ${person}
       left join sites s on s.id = p.site_id
      where a.org_id = $1 and a.active
        and ($2::text is null or $2 = any(a.topics))
        and ($3::text is null or (s.region = $3 and not a.behind_the_scenes))
        and ($4::text is null or $4 = any(a.languages))
        and ($5::text is null
             or (case when a.behind_the_scenes then left(p.search_text, char_length(lower(p.first_name))) else p.search_text end)
                like '%' || $5 || '%')
      order by p.first_name, case when a.behind_the_scenes then null else p.last_name end, a.id limit $6 offset $7`,
    [orgId, f.topic ?? null, f.region ?? null, f.language ?? null, f.q ?? null, limit, offset],
  );
}

export async function insertMedia(
  q: Queryable,
  m: {
    orgId: string;
    ownerPersonId: string;
    purpose: 'photo' | 'story';
    contentType: string;
    bytes: Buffer;
    width: number;
    height: number;
    now: Date;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into media (org_id, owner_person_id, purpose, content_type, bytes, width, height, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [m.orgId, m.ownerPersonId, m.purpose, m.contentType, m.bytes, m.width, m.height, m.now],
  );
  return row.id;
}

export interface InvitationRow {
  id: string;
  person_id: string;
  invited_by: string | null;
  inviter_email: string | null;
  message: string;
  answer: 'pending' | 'accepted' | 'maybe_later' | 'declined';
  created_at: Date;
  answered_at: Date | null;
}

export async function latestInvitation(q: Queryable, orgId: string, personId: string): Promise<InvitationRow | undefined> {
  const [row] = await q.query<InvitationRow>(
    `select i.id, i.person_id, i.invited_by, u.email as inviter_email, i.message, i.answer, i.created_at, i.answered_at
       from ambassador_invitations i left join users u on u.id = i.invited_by
      where i.org_id = $1 and i.person_id = $2 order by i.created_at desc limit 1`,
    [orgId, personId],
  );
  return row;
}

/** Opting in answers every open invitation of the person. */
export async function acceptOpenInvitations(tx: Queryable, orgId: string, personId: string, now: Date) {
  await tx.query(
    `update ambassador_invitations set answer = 'accepted', answered_at = $3 where org_id = $1 and person_id = $2 and answer in ('pending', 'maybe_later')`,
    [orgId, personId, now],
  );
}

export async function insertInvitation(
  tx: Queryable,
  orgId: string,
  i: { personId: string; invitedBy: string | null; message: string; now: Date },
) {
  const [row] = await tx.query<{ id: string }>(
    `insert into ambassador_invitations (org_id, person_id, invited_by, message, created_at) values ($1, $2, $3, $4, $5) returning id`,
    [orgId, i.personId, i.invitedBy, i.message, i.now],
  );
  return row.id;
}

/** Answers the person's open invitations; false when they have none. */
export async function answerOpenInvitation(db: Queryable, orgId: string, personId: string, answer: string, now: Date) {
  const rows = await db.query(
    `update ambassador_invitations set answer = $3, answered_at = $4
      where org_id = $1 and person_id = $2 and answer in ('pending', 'maybe_later') returning id`,
    [orgId, personId, answer, now],
  );
  return rows.length > 0;
}
