/** SQL of a person's own data: the export of everything Embassy holds about them and the erasure of what they chose to give. */
import type { Queryable } from '../../db/db.ts';

export const PERSON_TABLES: { name: string; sql: string }[] = [
  {
    name: 'person',
    sql: `select p.*, s.name as site_name, s.region from people p left join sites s on s.id = p.site_id where p.org_id = $1 and p.id = $2`,
  },
  {
    name: 'ambassador',
    sql: `select scope, behind_the_scenes, intro, topics, languages, links, active, joined_at, left_at from ambassadors where org_id = $1 and person_id = $2`,
  },
  {
    name: 'ambassadorInvitations',
    sql: `select message, answer, created_at, answered_at from ambassador_invitations where org_id = $1 and person_id = $2`,
  },
  {
    name: 'stories',
    sql: `select id, title, body, language, scope, published_at, updated_at, hidden_at, hidden_reason, deleted_at from stories where org_id = $1 and author_person_id = $2`,
  },
  {
    name: 'recognitions',
    sql: `select kind, from_label, note, milestone, company_wide, created_at from recognitions where org_id = $1 and person_id = $2`,
  },
  {
    name: 'reportedPosts',
    sql: `select url, network, posted_on, tone, topic, original, reactions from external_posts where org_id = $1 and person_id = $2`,
  },
  {
    name: 'questionsToMe',
    sql: `select asker_name, body, created_at, answered_at, answer from questions where org_id = $1 and person_id = $2`,
  },
  {
    name: 'trainingCompletions',
    sql: `select r.title, c.completed_at from training_completions c join resources r on r.id = c.resource_id where c.org_id = $1 and c.person_id = $2`,
  },
  {
    name: 'momentPreferences',
    sql: `select birthday_audience, show_birth_year, anniversary_audience, wanted, note, updated_at from moment_preferences where org_id = $1 and person_id = $2`,
  },
  {
    name: 'personalMoments',
    sql: `select kind, label, first_name, day, month, audience, consent_text, consented_at from personal_moments where org_id = $1 and person_id = $2`,
  },
  {
    name: 'deliveries',
    sql: `select d.due_date, d.status, d.subject, d.sent_at, st.name as step from deliveries d join journey_steps st on st.id = d.step_id where d.org_id = $1 and d.person_id = $2`,
  },
  { name: 'tasksAboutMe', sql: `select title, due_date, completed_at from tasks where org_id = $1 and person_id = $2` },
  {
    name: 'buddies',
    sql: `select newcomer_person_id, buddy_person_id, created_at, ended_at from buddy_assignments where org_id = $1 and (newcomer_person_id = $2 or buddy_person_id = $2)`,
  },
];

export async function getAccount(db: Queryable, orgId: string, userId: string) {
  const [user] = await db.query(
    `select email, display_name, role, language, created_at, last_sign_in_at from users where org_id = $1 and id = $2`,
    [orgId, userId],
  );
  return user ?? null;
}

/** The rows of one of PERSON_TABLES about one person. */
export function personTable(db: Queryable, orgId: string, personId: string, table: { sql: string }) {
  return db.query(table.sql, [orgId, personId]);
}

export function listSignIns(db: Queryable, orgId: string, userId: string) {
  return db.query(
    `select action, at, ip from audit_log where org_id = $1 and actor_user_id = $2 and action like 'auth.%' order by id desc limit 1000`,
    [orgId, userId],
  );
}

/** Deletes everything the person chose to give; returns the number of rows removed, by kind. */
export async function eraseOptional(tx: Queryable, orgId: string, personId: string) {
  const removed: Record<string, number> = {};
  const del = async (name: string, sql: string) => {
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
  await tx.query(`update people set buddy_volunteer = false where org_id = $1 and id = $2`, [orgId, personId]);
  return removed;
}
