/**
 * Factories for surveys: a survey made from a ready template and opened, as HR would (through the
 * surveys service, acting as the organisation's admin, so every rule and the audit log apply).
 * Other helpers append their own survey factories below.
 */
import type { AppContext } from '../src/platform/context.ts';
import { systemActor } from '../src/platform/policy.ts';
import * as surveys from '../src/modules/surveys/surveys.service.ts';
import type { QuestionKind } from '../src/modules/surveys/surveys.library.ts';
import type { ReportDimension, TemplateKey } from '../src/modules/surveys/surveys.templates.ts';

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

export interface SurveyOptions {
  /** Open it (default true); false leaves a draft. */
  open?: boolean;
  minGroup?: number;
  minComments?: number;
  reportDimensions?: ReportDimension[];
  responseDays?: number;
  reminderDays?: number | null;
  /** ISO instant. */
  closesAt?: string | null;
  offersAlumni?: boolean;
}

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
