/** SQL of questions from the careers pages to ambassadors, and of the form tokens that guard them. */
import type { Queryable } from '../../db/db.ts';

/**
 * Records a form token as spent: false when it was spent before. Form tokens are not an
 * organisation's: the nonce is unique across the installation.
 */
export async function spendFormToken(tx: Queryable, nonce: string, expiresAt: Date): Promise<boolean> {
  const rows = await tx.query(
    `insert into form_tokens_used (nonce, expires_at) values ($1, $2) on conflict (nonce) do nothing returning nonce`,
    [nonce, expiresAt],
  );
  return rows.length === 1;
}

export async function pruneFormTokens(db: Queryable, now: Date): Promise<void> {
  await db.query(`delete from form_tokens_used where expires_at < $1`, [now]);
}

/** A public ambassador by their public id. */
export async function findPublicAmbassador(db: Queryable, orgId: string, ambassadorId: string) {
  const [target] = await db.query<{ person_id: string; first_name: string }>(
    `select person_id, first_name from public_ambassadors where org_id = $1 and id = $2`,
    [orgId, ambassadorId],
  );
  return target ?? null;
}

export async function isPublicStoryOf(db: Queryable, orgId: string, ambassadorId: string, storyId: string) {
  const [story] = await db.query(`select 1 from public_stories where org_id = $1 and ambassador_id = $2 and id = $3`, [
    orgId,
    ambassadorId,
    storyId,
  ]);
  return Boolean(story);
}

export async function insertQuestion(
  tx: Queryable,
  orgId: string,
  q: { personId: string; storyId: string | null; askerName: string; askerEmail: string; body: string; language: string; now: Date },
) {
  const [row] = await tx.query<{ id: string }>(
    `insert into questions (org_id, person_id, story_id, asker_name, asker_email, body, language, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [orgId, q.personId, q.storyId, q.askerName, q.askerEmail, q.body, q.language, q.now],
  );
  return row.id;
}

export interface QuestionRow {
  id: string;
  asker_name: string;
  body: string;
  language: string;
  story_id: string | null;
  created_at: Date;
  answered_at: Date | null;
  answer: string | null;
  shared_email: boolean;
}

/** The questions to a person, without the askers' addresses. */
export function listQuestionsTo(db: Queryable, orgId: string, personId: string) {
  return db.query<QuestionRow>(
    `select id, asker_name, body, language, story_id, created_at, answered_at, answer, shared_email
       from questions where org_id = $1 and person_id = $2 order by created_at desc limit 200`,
    [orgId, personId],
  );
}

export async function findQuestionTo(db: Queryable, orgId: string, id: string, personId: string) {
  const [q] = await db.query<{ asker_name: string; asker_email: string; body: string; language: string; answered_at: Date | null }>(
    `select asker_name, asker_email, body, language, answered_at from questions where org_id = $1 and id = $2 and person_id = $3`,
    [orgId, id, personId],
  );
  return q ?? null;
}

export async function saveAnswer(tx: Queryable, orgId: string, id: string, a: { answer: string; now: Date; shareEmail: boolean }) {
  await tx.query(`update questions set answer = $3, answered_at = $4, shared_email = $5 where org_id = $1 and id = $2`, [
    orgId,
    id,
    a.answer,
    a.now,
    a.shareEmail,
  ]);
}
