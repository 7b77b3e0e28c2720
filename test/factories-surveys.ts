/**
 * Factories for surveys: a survey made from a ready template and opened, as HR would (through the
 * surveys service, acting as the organisation's admin, so every rule and the audit log apply).
 * Other helpers append their own survey factories below.
 */
import type { AppContext } from '../src/platform/context.ts';
import { systemActor } from '../src/platform/policy.ts';
import * as surveys from '../src/modules/surveys/surveys.service.ts';
import * as respond from '../src/modules/surveys/respond.repo.ts';
import type { SurveyChanges } from '../src/modules/surveys/surveys.repo.ts';
import type { QuestionKind } from '../src/modules/surveys/surveys.library.ts';
import type { TemplateKey } from '../src/modules/surveys/surveys.templates.ts';

export interface TestSurveyQuestion {
  id: string;
  kind: QuestionKind;
  /** The library question it came from (every template question has one). */
  libraryKey: string | null;
  required: boolean;
  /** single / multi: the option keys. */
  options: string[];
}

export interface TestSurvey {
  id: string;
  questions: TestSurveyQuestion[];
}

/** The survey's settings (as HR changes them; closesAt an ISO instant), and whether to open it. */
export type SurveyOptions = Omit<SurveyChanges, 'title' | 'intro'> & {
  /** Open it (default true); false leaves a draft. */
  open?: boolean;
};

/** A survey made from `templateKey` in `orgId`, opened unless `opts.open === false`; its id and questions. */
export async function surveyFromTemplate(
  env: { ctx: AppContext },
  orgId: string,
  templateKey: TemplateKey,
  opts: SurveyOptions = {},
): Promise<TestSurvey> {
  const actor = systemActor(orgId);
  const { open = true, ...changes } = opts;
  let s = await surveys.createSurvey(env.ctx, actor, { templateKey });
  // Raising only the reporting minimum raises the comments' one with it (it may never be lower).
  if (changes.minGroup !== undefined && changes.minComments === undefined) changes.minComments = Math.max(s.min_comments, changes.minGroup);
  if (Object.keys(changes).length) s = await surveys.updateSurvey(env.ctx, actor, s.id, changes);
  if (open) s = await surveys.openSurvey(env.ctx, actor, s.id);
  return {
    id: s.id,
    questions: s.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      libraryKey: q.library_key,
      required: q.required,
      options: q.options.map((o) => o.key),
    })),
  };
}

// ---- Responses and invitations written directly (helper C: results and retention tests) ----

/** A response's segment as survey_responses stores it (what the invitation copied at send time). */
export interface ResponseSegment {
  department?: string | null;
  siteId?: string | null;
  region?: string | null;
  language?: string | null;
  seniority?: string | null;
  startCohort?: string | null;
  managerPath?: string[];
  /** The first day of the month it was answered in (default 2026-11-01). */
  period?: string;
}

/** An answer per question id: a number (enps, scale), option keys (single, multi) or a comment (text). */
export type TestAnswers = Record<string, number | string[] | string>;

/**
 * One response per segment in `segments`, each with `answers` (or answers(i) for the i-th), written
 * with SQL as the answer page would (no person, no invitation, the month only). Returns the ids.
 */
export async function answerSurvey(
  env: { ctx: AppContext },
  orgId: string,
  surveyId: string,
  segments: ResponseSegment[],
  answers: TestAnswers | ((i: number) => TestAnswers),
): Promise<string[]> {
  const ids: string[] = [];
  await env.ctx.db.transaction(async (tx) => {
    for (const [i, s] of segments.entries()) {
      const id = await respond.insertResponse(tx, orgId, surveyId, s.period ?? '2026-11-01', respond.responseSegment(s));
      ids.push(id);
      const a = typeof answers === 'function' ? answers(i) : answers;
      await respond.insertAnswers(
        tx,
        orgId,
        surveyId,
        id,
        Object.entries(a).map(([questionId, v]) => ({
          questionId,
          value: typeof v === 'number' ? v : null,
          choices: Array.isArray(v) ? v : null,
          comment: typeof v === 'string' ? v : null,
        })),
      );
    }
  });
  return ids;
}

/**
 * Invitations to `surveyId` with the given segments, each for a fresh directory entry written with
 * SQL (no mail): what response rates count. Returns the people's ids.
 */
export async function inviteDirect(
  env: { ctx: AppContext },
  orgId: string,
  surveyId: string,
  segments: ResponseSegment[],
  sentAt = '2026-11-02T09:00:00Z',
): Promise<string[]> {
  const ids: string[] = [];
  for (const s of segments) {
    const n = crypto.randomUUID();
    const [p] = await env.ctx.db.query<{ id: string }>(
      `insert into people (org_id, employee_number, first_name, last_name) values ($1, $2, 'Invited', 'Person') returning id`,
      [orgId, `INV-${n}`],
    );
    await env.ctx.db.query(
      `insert into survey_invitations (org_id, survey_id, person_id, token_hash, language, segment, sent_at, expires_at)
       values ($1, $2, $3, $4, 'nl', $5, $6, $6::timestamptz + interval '21 days')`,
      [orgId, surveyId, p.id, n, JSON.stringify(respond.responseSegment(s)), sentAt],
    );
    ids.push(p.id);
  }
  return ids;
}
