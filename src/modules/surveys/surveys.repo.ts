/** SQL for surveys and their questions. The organisation id is a required argument everywhere. */
import type { Queryable } from '../../db/db.ts';
import type { LocalizedText } from '../../platform/language.ts';
import type { QuestionKind } from './surveys.library.ts';
import type { ReportDimension, SurveyKind } from './surveys.templates.ts';

export type SurveyStatus = 'draft' | 'open' | 'closed';

export interface SurveyRow {
  id: string;
  template_key: string | null;
  kind: SurveyKind;
  title: LocalizedText;
  intro: LocalizedText;
  status: SurveyStatus;
  min_group: number;
  min_comments: number;
  report_dimensions: ReportDimension[];
  response_days: number;
  reminder_days: number | null;
  offers_alumni: boolean;
  opened_at: Date | null;
  closes_at: Date | null;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  /** Invitations sent, and answered (survey_invitations). */
  invited: number;
  answered: number;
  /** Whether any answer row exists: the minimums and the questions' structure are locked from then on. */
  has_answers: boolean;
  question_count: number;
}

export interface OptionRow {
  key: string;
  label: LocalizedText;
}

export interface QuestionRow {
  id: string;
  survey_id: string;
  position: number;
  library_key: string | null;
  kind: QuestionKind;
  text: LocalizedText;
  options: OptionRow[];
  required: boolean;
}

const S_SELECT = `
  select s.id, s.template_key, s.kind, s.title, s.intro, s.status, s.min_group, s.min_comments, s.report_dimensions,
         s.response_days, s.reminder_days, s.offers_alumni, s.opened_at, s.closes_at, s.closed_at, s.created_at, s.updated_at,
         (select count(*)::int from survey_invitations i where i.survey_id = s.id) as invited,
         (select count(*)::int from survey_invitations i where i.survey_id = s.id and i.answered_on is not null) as answered,
         exists (select 1 from survey_responses r where r.survey_id = s.id) as has_answers,
         (select count(*)::int from survey_questions q where q.survey_id = s.id) as question_count
    from surveys s`;
const Q_COLS = 'id, survey_id, position, library_key, kind, text, options, required';

export interface SurveyFilter {
  /** Only these kinds (a coordinator: the ambassador program's). */
  kinds?: SurveyKind[];
  /** Leave drafts out (a manager sees surveys that were sent). */
  sentOnly?: boolean;
}

export async function listSurveys(q: Queryable, orgId: string, f: SurveyFilter = {}): Promise<SurveyRow[]> {
  return q.query<SurveyRow>(
    `${S_SELECT} where s.org_id = $1 and ($2::text[] is null or s.kind = any($2)) and (not $3 or s.status <> 'draft')
      order by s.created_at desc, s.id`,
    [orgId, f.kinds ?? null, f.sentOnly ?? false],
  );
}

export async function getSurvey(q: Queryable, orgId: string, id: string, opts: { lock?: boolean } = {}): Promise<SurveyRow | undefined> {
  // Locking the survey row serializes HR's changes to one survey (the minimums' checks read, then write).
  if (opts.lock) await q.query(`select id from surveys where org_id = $1 and id = $2 for update`, [orgId, id]);
  const [row] = await q.query<SurveyRow>(`${S_SELECT} where s.org_id = $1 and s.id = $2`, [orgId, id]);
  return row;
}

export async function listQuestions(q: Queryable, orgId: string, surveyId: string): Promise<QuestionRow[]> {
  return q.query<QuestionRow>(
    `select ${Q_COLS} from survey_questions where org_id = $1 and survey_id = $2 order by position, created_at, id`,
    [orgId, surveyId],
  );
}

export async function getQuestion(q: Queryable, orgId: string, surveyId: string, id: string): Promise<QuestionRow | undefined> {
  const [row] = await q.query<QuestionRow>(`select ${Q_COLS} from survey_questions where org_id = $1 and survey_id = $2 and id = $3`, [
    orgId,
    surveyId,
    id,
  ]);
  return row;
}

export interface SurveyFields {
  templateKey: string | null;
  kind: SurveyKind;
  title: LocalizedText;
  intro: LocalizedText;
  status: SurveyStatus;
  minGroup?: number;
  minComments?: number;
  reportDimensions: readonly ReportDimension[];
  responseDays: number;
  reminderDays: number | null;
  offersAlumni: boolean;
  closesAt?: Date | null;
}

export async function insertSurvey(q: Queryable, orgId: string, s: SurveyFields, now: Date): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into surveys (org_id, template_key, kind, title, intro, status, min_group, min_comments, report_dimensions, response_days,
                          reminder_days, offers_alumni, closes_at, opened_at, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, coalesce($7, 5), coalesce($8, 5), $9, $10, $11, $12, $13, case when $6 = 'open' then $14::timestamptz end, $14, $14)
     returning id`,
    [
      orgId,
      s.templateKey,
      s.kind,
      JSON.stringify(s.title),
      JSON.stringify(s.intro),
      s.status,
      s.minGroup ?? null,
      s.minComments ?? null,
      [...s.reportDimensions],
      s.responseDays,
      s.reminderDays,
      s.offersAlumni,
      s.closesAt ?? null,
      now,
    ],
  );
  return row.id;
}

/** A type, not an interface: the audit log records it as a plain record. `undefined`: unchanged. */
export type SurveyChanges = {
  title?: LocalizedText;
  intro?: LocalizedText;
  minGroup?: number;
  minComments?: number;
  reportDimensions?: ReportDimension[];
  responseDays?: number;
  reminderDays?: number | null;
  closesAt?: string | null;
  offersAlumni?: boolean;
};

export async function updateSurvey(q: Queryable, orgId: string, id: string, c: SurveyChanges, now: Date): Promise<boolean> {
  const rows = await q.query(
    `update surveys set title = coalesce($3::jsonb, title), intro = coalesce($4::jsonb, intro), min_group = coalesce($5, min_group),
            min_comments = coalesce($6, min_comments), report_dimensions = coalesce($7, report_dimensions),
            response_days = coalesce($8, response_days),
            reminder_days = case when $9 then $10::int else reminder_days end,
            closes_at = case when $11 then $12::timestamptz else closes_at end,
            offers_alumni = coalesce($13, offers_alumni), updated_at = $14
      where org_id = $1 and id = $2 returning id`,
    [
      orgId,
      id,
      c.title ? JSON.stringify(c.title) : null,
      c.intro ? JSON.stringify(c.intro) : null,
      c.minGroup ?? null,
      c.minComments ?? null,
      c.reportDimensions ?? null,
      c.responseDays ?? null,
      c.reminderDays !== undefined,
      c.reminderDays ?? null,
      c.closesAt !== undefined,
      c.closesAt ?? null,
      c.offersAlumni ?? null,
      now,
    ],
  );
  return rows.length > 0;
}

export async function setStatus(q: Queryable, orgId: string, id: string, status: 'open' | 'closed', now: Date): Promise<void> {
  await q.query(
    status === 'open'
      ? `update surveys set status = 'open', opened_at = coalesce(opened_at, $3), closed_at = null,
                closes_at = case when closes_at <= $3 then null else closes_at end, updated_at = $3
          where org_id = $1 and id = $2`
      : `update surveys set status = 'closed', closed_at = $3, updated_at = $3 where org_id = $1 and id = $2`,
    [orgId, id, now],
  );
}

/** Deletes a survey that is still a draft; false when there is none. */
export async function deleteDraft(q: Queryable, orgId: string, id: string): Promise<boolean> {
  return (await q.query(`delete from surveys where org_id = $1 and id = $2 and status = 'draft' returning id`, [orgId, id])).length > 0;
}

export interface QuestionFields {
  libraryKey: string | null;
  kind: QuestionKind;
  text: LocalizedText;
  options: OptionRow[];
  required: boolean;
}

/** Adds questions after the last one; returns their ids in order. */
export async function insertQuestions(q: Queryable, orgId: string, surveyId: string, qs: QuestionFields[], now: Date): Promise<string[]> {
  if (qs.length === 0) return [];
  const [{ next }] = await q.query<{ next: number }>(
    `select coalesce(max(position) + 1, 0)::int as next from survey_questions where org_id = $1 and survey_id = $2`,
    [orgId, surveyId],
  );
  const ids: string[] = [];
  for (const [i, x] of qs.entries()) {
    const [row] = await q.query<{ id: string }>(
      `insert into survey_questions (org_id, survey_id, position, library_key, kind, text, options, required, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) returning id`,
      [orgId, surveyId, next + i, x.libraryKey, x.kind, JSON.stringify(x.text), JSON.stringify(x.options), x.required, now],
    );
    ids.push(row.id);
  }
  return ids;
}

export type QuestionChanges = {
  kind?: QuestionKind;
  text?: LocalizedText;
  options?: OptionRow[];
  required?: boolean;
};

export async function updateQuestion(q: Queryable, orgId: string, surveyId: string, id: string, c: QuestionChanges, now: Date) {
  await q.query(
    `update survey_questions set kind = coalesce($4, kind), text = coalesce($5::jsonb, text), options = coalesce($6::jsonb, options),
            required = coalesce($7, required), updated_at = $8
      where org_id = $1 and survey_id = $2 and id = $3`,
    [
      orgId,
      surveyId,
      id,
      c.kind ?? null,
      c.text ? JSON.stringify(c.text) : null,
      c.options ? JSON.stringify(c.options) : null,
      c.required ?? null,
      now,
    ],
  );
}

export async function deleteQuestion(q: Queryable, orgId: string, surveyId: string, id: string): Promise<boolean> {
  return (
    (await q.query(`delete from survey_questions where org_id = $1 and survey_id = $2 and id = $3 returning id`, [orgId, surveyId, id]))
      .length > 0
  );
}

/** Positions 0..n-1 in the order of `ids` (all the survey's questions, checked by the caller). */
export async function reorderQuestions(q: Queryable, orgId: string, surveyId: string, ids: string[], now: Date) {
  await q.query(
    `update survey_questions sq set position = x.i - 1, updated_at = $4
       from unnest($3::uuid[]) with ordinality as x(id, i)
      where sq.org_id = $1 and sq.survey_id = $2 and sq.id = x.id`,
    [orgId, surveyId, ids, now],
  );
}

export async function touchSurvey(q: Queryable, orgId: string, id: string, now: Date) {
  await q.query(`update surveys set updated_at = $3 where org_id = $1 and id = $2`, [orgId, id, now]);
}

/** The open survey of the organisation made from a template, the most recently opened first. */
export async function findOpenFromTemplate(q: Queryable, orgId: string, templateKey: string, now: Date): Promise<string | undefined> {
  const [row] = await q.query<{ id: string }>(
    `select id from surveys where org_id = $1 and template_key = $2 and status = 'open' and (closes_at is null or closes_at > $3)
      order by opened_at desc nulls last, created_at desc, id limit 1`,
    [orgId, templateKey, now],
  );
  return row?.id;
}

export async function orgFacts(q: Queryable, orgId: string) {
  const [row] = await q.query<{ name: string; default_language: string; survey_retention_months: number; brand_colour: string | null }>(
    `select name, default_language, survey_retention_months, brand_colour from organisations where id = $1`,
    [orgId],
  );
  return row;
}

export async function setRetention(q: Queryable, orgId: string, months: number, now: Date) {
  await q.query(`update organisations set survey_retention_months = $2, updated_at = $3 where id = $1`, [orgId, months, now]);
}
