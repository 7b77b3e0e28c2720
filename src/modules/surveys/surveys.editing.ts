/**
 * What HR's changes to a survey and to its questions both go through (surveys.service.ts,
 * surveys.questions.ts): the organisation's languages its texts must be in, the library's questions
 * as a survey's, the survey locked for the change and the rule that keeps answers meaning what
 * they meant ('survey-has-answers').
 */
import type { Queryable } from '../../db/db.ts';
import { conflict, notFound, unprocessable, type ProblemItem } from '../../platform/errors.ts';
import { contentLanguage } from '../../platform/language.ts';
import type { Actor } from '../../platform/policy.ts';
import * as repo from './surveys.repo.ts';
import { fillOrgName, libraryQuestion } from './surveys.library.ts';

// ---- Texts ----

export async function orgOf(q: Queryable, orgId: string) {
  const org = await repo.orgFacts(q, orgId);
  if (!org) throw notFound('Organisation');
  return { ...org, required: contentLanguage(org.default_language) };
}

export function incomplete(errors: ProblemItem[]): void {
  if (errors.length) throw unprocessable('Some texts are missing a language.', errors);
}

/** The library's questions as a survey's, with the organisation's name filled in. */
export function fromLibrary(keys: readonly string[], orgName: string): repo.QuestionFields[] {
  return keys.map((key) => {
    const q = libraryQuestion(key);
    if (!q) throw new Error(`No library question ${key}`);
    return {
      libraryKey: q.key,
      kind: q.kind,
      text: fillOrgName(q.text, orgName),
      options: (q.options ?? []).map((o) => ({ key: o.key, label: { ...o.label } })),
      required: q.required,
    };
  });
}

// ---- Rules ----

export function assertNoAnswers(s: repo.SurveyRow, what: string): void {
  if (s.has_answers)
    throw conflict(
      `This survey has answers: ${what}. Texts can still be edited; to ask something else, make a new survey.`,
      'survey-has-answers',
    );
}

/**
 * Loads the survey for a change by HR (locked until the transaction ends), or 404. The lock also
 * orders HR's change against a respondent's answer: inserting a survey_responses row takes a key
 * share lock on its survey, which waits for this one (and this one for an answer being written),
 * so "has answers" is never read just before an answer commits.
 */
export async function forChange(tx: Queryable, actor: Actor, id: string): Promise<repo.SurveyRow> {
  const s = await repo.getSurvey(tx, actor.orgId, id, { lock: true });
  if (!s) throw notFound('Survey');
  return s;
}
