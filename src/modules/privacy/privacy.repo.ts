/**
 * SQL of a person's own data: everything Embassy holds about them for the export, and the erasure
 * of what they chose to give. Each query selects only what the export shows (privacy.presenters.ts):
 * no organisation ids, no search columns, no hashes. Names of journeys, steps and tasks may be a
 * localized text (a jsonb object per language); they are read as jsonb and picked by the presenter.
 */
import type { Queryable } from '../../db/db.ts';

type Localizable = string | Partial<Record<string, string>>;

export interface AccountRow {
  email: string;
  display_name: string;
  role: 'admin' | 'coordinator' | 'manager' | 'employee';
  language: 'nl' | 'fr' | 'en' | 'de' | null;
  created_at: Date;
  last_sign_in_at: Date | null;
  org_language: string;
  /** The single sign-on link, as `<issuer> <subject>` (sso/flow.service.ts). */
  sso_subject: string | null;
}

export async function getAccount(db: Queryable, orgId: string, userId: string): Promise<AccountRow | undefined> {
  const [row] = await db.query<AccountRow>(
    `select u.email, u.display_name, u.role, u.language, u.created_at, u.last_sign_in_at, o.default_language as org_language,
            u.sso_subject
       from users u join organisations o on o.id = u.org_id where u.org_id = $1 and u.id = $2`,
    [orgId, userId],
  );
  return row;
}

export interface PersonRow {
  employee_number: string;
  first_name: string;
  last_name: string;
  work_email: string | null;
  personal_email: string | null;
  language: 'nl' | 'fr' | 'en' | 'de' | null;
  job_title: string | null;
  department: string | null;
  employment_type: string | null;
  site_name: string | null;
  region: string | null;
  manager_first_name: string | null;
  manager_last_name: string | null;
  start_date: string | null;
  end_date: string | null;
  birth_day: number | null;
  birth_month: number | null;
  birth_year: number | null;
  sensitive: boolean;
  buddy_volunteer: boolean;
  dates: { key: string; date: string }[];
  external_id: string | null;
  user_name: string | null;
  updated_at: Date;
}

export async function getPerson(db: Queryable, orgId: string, personId: string): Promise<PersonRow | undefined> {
  const [row] = await db.query<PersonRow>(
    `select p.employee_number, p.first_name, p.last_name, p.work_email, p.personal_email, p.language, p.job_title, p.department,
            p.employment_type, s.name as site_name, s.region, m.first_name as manager_first_name, m.last_name as manager_last_name,
            p.start_date, p.end_date, p.birth_day, p.birth_month, p.birth_year, p.sensitive, p.buddy_volunteer, p.updated_at,
            p.external_id, p.user_name,
            coalesce((select jsonb_agg(jsonb_build_object('key', d.key, 'date', d.date::text) order by d.key)
                        from person_dates d where d.org_id = p.org_id and d.person_id = p.id), '[]'::jsonb) as dates
       from people p
       left join sites s on s.id = p.site_id
       left join people m on m.id = p.manager_id
      where p.org_id = $1 and p.id = $2`,
    [orgId, personId],
  );
  return row;
}

export interface AmbassadorRow {
  active: boolean;
  scope: 'internal' | 'external';
  behind_the_scenes: boolean;
  intro: string;
  topics: string[];
  languages: string[];
  links: { network: string; url: string }[];
  has_photo: boolean;
  joined_at: Date;
  left_at: Date | null;
}

export async function getAmbassador(db: Queryable, orgId: string, personId: string): Promise<AmbassadorRow | undefined> {
  const [row] = await db.query<AmbassadorRow>(
    `select active, scope, behind_the_scenes, intro, topics, languages, links, photo_id is not null as has_photo, joined_at, left_at
       from ambassadors where org_id = $1 and person_id = $2`,
    [orgId, personId],
  );
  return row;
}

/** One list of the export: the rows about one person. */
const list =
  <T>(sql: string) =>
  (db: Queryable, orgId: string, personId: string) =>
    db.query<T>(sql, [orgId, personId]);

export const listInvitations = list<{
  message: string;
  answer: 'pending' | 'accepted' | 'maybe_later' | 'declined';
  created_at: Date;
  answered_at: Date | null;
}>(`select message, answer, created_at, answered_at from ambassador_invitations where org_id = $1 and person_id = $2 order by created_at`);

export const listStories = list<{
  title: string;
  body: string;
  language: 'nl' | 'fr' | 'en' | 'de';
  scope: 'internal' | 'external';
  published_at: Date;
  updated_at: Date;
  hidden_at: Date | null;
  hidden_reason: string | null;
  deleted_at: Date | null;
}>(
  `select title, body, language, scope, published_at, updated_at, hidden_at, hidden_reason, deleted_at
     from stories where org_id = $1 and author_person_id = $2 order by published_at`,
);

export const listImages = list<{ purpose: string; content_type: string; width: number; height: number; created_at: Date }>(
  `select purpose, content_type, width, height, created_at from media where org_id = $1 and owner_person_id = $2 order by created_at`,
);

export const listRecognitions = list<{
  kind: 'thanks' | 'milestone';
  from_label: string;
  note: string;
  milestone: string | null;
  company_wide: boolean;
  created_at: Date;
}>(
  `select kind, from_label, note, milestone, company_wide, created_at from recognitions where org_id = $1 and person_id = $2 order by created_at`,
);

export const listPosts = list<{
  url: string;
  network: string;
  posted_on: string;
  tone: 'positive' | 'neutral' | 'negative';
  topic: 'organisation' | 'job' | 'other';
  original: boolean;
  reactions: number | null;
}>(
  `select url, network, posted_on, tone, topic, original, reactions from external_posts where org_id = $1 and person_id = $2 order by posted_on`,
);

export const listQuestions = list<{
  asker_name: string;
  body: string;
  language: string;
  created_at: Date;
  answered_at: Date | null;
  answer: string | null;
}>(
  `select asker_name, body, language, created_at, answered_at, answer from questions where org_id = $1 and person_id = $2 order by created_at`,
);

export const listTrainings = list<{ title: string; completed_at: Date }>(
  `select r.title, c.completed_at from training_completions c join resources r on r.id = c.resource_id
    where c.org_id = $1 and c.person_id = $2 order by c.completed_at`,
);

export interface PreferencesRow {
  birthday_audience: 'nobody' | 'team' | 'manager';
  show_birth_year: boolean;
  anniversary_audience: 'nobody' | 'team' | 'manager';
  wanted: Record<string, boolean>;
  colleague_digest: boolean | null;
  note: string;
  updated_at: Date;
}

export async function getPreferences(db: Queryable, orgId: string, personId: string): Promise<PreferencesRow | undefined> {
  const [row] = await db.query<PreferencesRow>(
    // colleague_digest: read through to_jsonb so the export also works on a database from before it existed.
    `select birthday_audience, show_birth_year, anniversary_audience, wanted, (to_jsonb(mp) ->> 'colleague_digest')::boolean as colleague_digest,
            note, updated_at
       from moment_preferences mp where org_id = $1 and person_id = $2`,
    [orgId, personId],
  );
  return row;
}

export const listPersonalMoments = list<{
  kind: 'child_birthday' | 'other';
  label: string;
  first_name: string | null;
  day: number;
  month: number;
  audience: 'manager' | 'team';
  consent_text: string;
  consented_at: Date;
}>(
  `select kind, label, first_name, day, month, audience, consent_text, consented_at
     from personal_moments where org_id = $1 and person_id = $2 order by month, day`,
);

export const listDeliveries = list<{
  journey: Localizable;
  step: Localizable;
  due_date: string;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'skipped' | 'cancelled';
  subject: string | null;
  sent_at: Date | null;
}>(
  `select to_jsonb(j.name) as journey, to_jsonb(st.name) as step, d.due_date, d.status, d.subject, d.sent_at
     from deliveries d join journey_steps st on st.id = d.step_id join journeys j on j.id = st.journey_id
    where d.org_id = $1 and d.person_id = $2 order by d.due_date, d.due_at`,
);

export const listTasks = list<{ title: Localizable; due_date: string | null; completed_at: Date | null }>(
  `select to_jsonb(title) as title, due_date, completed_at from tasks where org_id = $1 and person_id = $2 order by due_date nulls last, created_at`,
);

export const listBuddies = list<{
  role: 'newcomer' | 'buddy';
  first_name: string;
  last_name: string;
  created_at: Date;
  ended_at: Date | null;
}>(
  `select case when b.newcomer_person_id = $2 then 'newcomer' else 'buddy' end as role,
          o.first_name, o.last_name, b.created_at, b.ended_at
     from buddy_assignments b
     join people o on o.id = case when b.newcomer_person_id = $2 then b.buddy_person_id else b.newcomer_person_id end
    where b.org_id = $1 and (b.newcomer_person_id = $2 or b.buddy_person_id = $2)
    order by b.created_at`,
);

/** Their yes to staying on as an alumni ambassador (asked after an exit survey; not anonymous, kept apart from any answer). */
export async function getAlumniInterest(db: Queryable, orgId: string, personId: string) {
  const [row] = await db.query<{ at: Date; survey: Localizable | null }>(
    `select a.at, to_jsonb(s.title) as survey from alumni_interest a left join surveys s on s.id = a.survey_id
      where a.org_id = $1 and a.person_id = $2`,
    [orgId, personId],
  );
  return row;
}

export function listSignIns(db: Queryable, orgId: string, userId: string) {
  return db.query<{ action: string; at: Date; ip: string | null }>(
    `select action, at, ip from audit_log where org_id = $1 and actor_user_id = $2 and action like 'auth.%' order by id desc limit 1000`,
    [orgId, userId],
  );
}

/** The account's live calendar feed: when it was made and last read (never its token or the token's hash). */
export async function getCalendarFeed(db: Queryable, orgId: string, userId: string) {
  const [row] = await db.query<{ created_at: Date; last_used_at: Date | null }>(
    `select created_at, last_used_at from calendar_feeds where org_id = $1 and user_id = $2 and revoked_at is null`,
    [orgId, userId],
  );
  return row;
}

/**
 * Calendar invitations sent to them: to one of their addresses, or about them by a step addressed to
 * them (the rule of their calendar feed). Not an invitation about them sent to others (a team's).
 */
export function listCalendarInvitations(db: Queryable, orgId: string, personId: string | null, emails: string[]) {
  return db.query<{ title: Localizable; starts_at: Date; ends_at: Date; status: 'active' | 'cancelled' }>(
    `select to_jsonb(st.name) as title, ci.starts_at, ci.ends_at, ci.status
       from calendar_invitations ci
       join deliveries d on d.id = ci.delivery_id
       join journey_steps st on st.id = d.step_id
      where ci.org_id = $1 and (ci.attendees && $3::text[] or (st.recipient = 'person' and ci.person_id = $2::uuid))
      order by ci.starts_at limit 1000`,
    [orgId, personId, emails],
  );
}

/** Revokes the account's calendar feed (its address stops working at once); 1 when there was one, else 0. */
export async function revokeCalendarFeed(tx: Queryable, orgId: string, userId: string, now: Date): Promise<number> {
  const rows = await tx.query(
    `update calendar_feeds set revoked_at = $3 where org_id = $1 and user_id = $2 and revoked_at is null returning 1`,
    [orgId, userId, now],
  );
  return rows.length;
}

/** Deletes everything the person chose to give; returns the number of rows removed, by kind. */
export async function eraseOptional(tx: Queryable, orgId: string, personId: string) {
  const removed = {} as Record<
    | 'stories'
    | 'ambassador'
    | 'media'
    | 'reportedPosts'
    | 'shareLinks'
    | 'questions'
    | 'recognitions'
    | 'personalMoments'
    | 'momentPreferences'
    | 'trainingCompletions'
    | 'alumniInterest',
    number
  >;
  const del = async (name: keyof typeof removed, sql: string) => {
    removed[name] = (await tx.query(`${sql} returning 1`, [orgId, personId])).length;
  };
  await del('stories', `delete from stories where org_id = $1 and author_person_id = $2`);
  await del('ambassador', `delete from ambassadors where org_id = $1 and person_id = $2`);
  await del('media', `delete from media where org_id = $1 and owner_person_id = $2`);
  await del('reportedPosts', `delete from external_posts where org_id = $1 and person_id = $2`);
  await del('shareLinks', `delete from share_links where org_id = $1 and person_id = $2`);
  await del('questions', `delete from questions where org_id = $1 and person_id = $2`);
  await del('recognitions', `delete from recognitions where org_id = $1 and person_id = $2`);
  await del('personalMoments', `delete from personal_moments where org_id = $1 and person_id = $2`);
  await del('momentPreferences', `delete from moment_preferences where org_id = $1 and person_id = $2`);
  await del('trainingCompletions', `delete from training_completions where org_id = $1 and person_id = $2`);
  await del('alumniInterest', `delete from alumni_interest where org_id = $1 and person_id = $2`);
  await tx.query(`update people set buddy_volunteer = false where org_id = $1 and id = $2`, [orgId, personId]);
  return removed;
}
