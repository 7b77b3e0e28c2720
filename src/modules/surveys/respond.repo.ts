/**
 * SQL behind the respondent's pages. The invitation (who, which survey, the segment copied at send
 * time, the draft) is found by its link's hash; the answer rows written from it carry no person, no
 * invitation and no time finer than the month.
 */
import type { Queryable } from '../../db/db.ts';
import type { LocalizedText } from '../../platform/language.ts';
import type { AnswerValue, FormQuestion } from './respond.pages.ts';

export interface InvitationView {
  id: string;
  org_id: string;
  survey_id: string;
  person_id: string;
  language: string;
  segment: {
    department?: string | null;
    siteId?: string | null;
    region?: string | null;
    language?: string | null;
    seniority?: string | null;
    startCohort?: string | null;
    managerPath?: string[];
  };
  expires_at: Date;
  answered_on: string | null;
  draft: Record<string, AnswerValue> | null;
  survey_status: 'draft' | 'open' | 'closed';
  survey_closes_at: Date | null;
  title: LocalizedText;
  intro: LocalizedText;
  min_group: number;
  min_comments: number;
  offers_alumni: boolean;
  org_name: string;
  brand_colour: string | null;
  default_language: string;
  time_zone: string;
  retention_months: number;
  /** When the person said yes to staying on as an alumni ambassador (null: not, or withdrawn). */
  alumni_since: Date | null;
}

/** The invitation a link's hash names, with its survey and organisation; undefined for none. */
export async function invitationByHash(q: Queryable, tokenHash: string): Promise<InvitationView | undefined> {
  const [row] = await q.query<InvitationView>(
    `select i.id, i.org_id, i.survey_id, i.person_id, i.language, i.segment, i.expires_at, i.answered_on::text as answered_on, i.draft,
            s.status as survey_status, s.closes_at as survey_closes_at, s.title, s.intro, s.min_group, s.min_comments, s.offers_alumni,
            o.name as org_name, o.brand_colour, o.default_language, o.time_zone, o.survey_retention_months as retention_months,
            (select a.at from alumni_interest a where a.org_id = i.org_id and a.person_id = i.person_id) as alumni_since
       from survey_invitations i
       join surveys s on s.id = i.survey_id and s.org_id = i.org_id
       join organisations o on o.id = i.org_id
      where i.token_hash = $1`,
    [tokenHash],
  );
  return row;
}

export interface QuestionRow extends FormQuestion {
  library_key: string | null;
}

export async function questions(q: Queryable, orgId: string, surveyId: string): Promise<QuestionRow[]> {
  return q.query<QuestionRow>(
    `select id, kind, text, options, required, library_key from survey_questions
      where org_id = $1 and survey_id = $2 order by position, created_at`,
    [orgId, surveyId],
  );
}

/** Keeps a partial answer; false when the invitation was answered meanwhile. */
export async function saveDraft(
  q: Queryable,
  orgId: string,
  invitationId: string,
  draft: Record<string, AnswerValue>,
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `update survey_invitations set draft = $3, draft_saved_at = $4
      where org_id = $1 and id = $2 and answered_on is null returning id`,
    [orgId, invitationId, JSON.stringify(draft), now],
  );
  return rows.length > 0;
}

/**
 * Marks the invitation answered (the day only) and drops its draft, if it still takes an answer:
 * not answered, not expired, its survey open. Returns false otherwise, so two submits racing write
 * one response.
 */
export async function claimForAnswer(q: Queryable, orgId: string, invitationId: string, today: string, now: Date): Promise<boolean> {
  const rows = await q.query(
    `update survey_invitations i set answered_on = $3::date, draft = null, draft_saved_at = null
      where i.org_id = $1 and i.id = $2 and i.answered_on is null and i.expires_at > $4
        and exists (select 1 from surveys s where s.id = i.survey_id and s.status = 'open' and (s.closes_at is null or s.closes_at > $4))
      returning i.id`,
    [orgId, invitationId, today, now],
  );
  return rows.length > 0;
}

export interface ResponseSegment {
  department: string | null;
  siteId: string | null;
  region: string | null;
  language: string | null;
  seniority: string | null;
  startCohort: string | null;
  managerPath: string[];
}

/** A segment as a response stores it: every dimension, null when not known. */
export const responseSegment = (s: Partial<ResponseSegment>): ResponseSegment => ({
  department: s.department ?? null,
  siteId: s.siteId ?? null,
  region: s.region ?? null,
  language: s.language ?? null,
  seniority: s.seniority ?? null,
  startCohort: s.startCohort ?? null,
  managerPath: s.managerPath ?? [],
});

/** One response: the month and the segment copied from the invitation, nothing that leads back to it. */
export async function insertResponse(q: Queryable, orgId: string, surveyId: string, period: string, s: ResponseSegment): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into survey_responses (org_id, survey_id, period, department, site_id, region, language, seniority, start_cohort, manager_path)
     values ($1, $2, $3::date, $4, $5::uuid, $6, $7, $8, $9, $10::uuid[]) returning id`,
    [orgId, surveyId, period, s.department, s.siteId, s.region, s.language, s.seniority, s.startCohort, s.managerPath],
  );
  return row.id;
}

export interface AnswerRow {
  questionId: string;
  value: number | null;
  choices: string[] | null;
  comment: string | null;
}

/** The response's answers, in one statement. */
export async function insertAnswers(q: Queryable, orgId: string, surveyId: string, responseId: string, answers: readonly AnswerRow[]) {
  if (!answers.length) return;
  await q.query(
    `insert into survey_answers (response_id, org_id, survey_id, question_id, value, choices, comment)
     select $1, $2, $3, a.question_id, a.value, a.choices, a.comment
       from jsonb_to_recordset($4::jsonb) as a(question_id uuid, value smallint, choices text[], comment text)`,
    [
      responseId,
      orgId,
      surveyId,
      JSON.stringify(answers.map((a) => ({ question_id: a.questionId, value: a.value, choices: a.choices, comment: a.comment }))),
    ],
  );
}

/** Yes to staying on as an alumni ambassador: saved with the person, apart from any answer. */
export async function upsertAlumniInterest(q: Queryable, orgId: string, personId: string, surveyId: string, now: Date): Promise<Date> {
  const [row] = await q.query<{ at: Date }>(
    `insert into alumni_interest (org_id, person_id, survey_id, at) values ($1, $2, $3, $4)
     on conflict (org_id, person_id) do update set at = alumni_interest.at
     returning at`,
    [orgId, personId, surveyId, now],
  );
  return row.at;
}

export async function deleteAlumniInterest(q: Queryable, orgId: string, personId: string): Promise<void> {
  await q.query(`delete from alumni_interest where org_id = $1 and person_id = $2`, [orgId, personId]);
}
