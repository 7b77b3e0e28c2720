/**
 * Surveys as HR writes them: made from a template or blank, questions from the library or written,
 * opened, closed. Who sees which survey, and the two rules that keep the anonymity promise made to
 * those who already answered:
 * - the reporting minimums may be raised, never lowered, once answers exist ('survey-minimum-locked');
 * - once answers exist, questions are not added or removed and keep their kind and options, and the
 *   reported segments stay as they are ('survey-has-answers'): answers must keep meaning what they
 *   meant, and a second way of cutting the same answers would let a viewer compare the two.
 *   Texts can always be edited (typos, a better word).
 *
 * A survey's questions are written in surveys.questions.ts; what both files' changes go through
 * (the organisation's languages, the lock, 'survey-has-answers') is in surveys.editing.ts.
 */
import type { Queryable } from '../../db/db.ts';
import { audit } from '../../platform/audit.ts';
import { commitChange } from '../../platform/change.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, notFound, unprocessable } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events.ts';
import { cleanLocalized, missingLanguage, type LocalizedText, type UiLanguage } from '../../platform/language.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { completedData, reportedSince } from './completed.ts';
import type { SurveyFormView } from './respond.pages.ts';
import { assertNoAnswers, forChange, fromLibrary, incomplete, orgOf } from './surveys.editing.ts';
import * as repo from './surveys.repo.ts';
import { fillOrgName } from './surveys.library.ts';
import { surveyTemplate, type ReportDimension, type SurveyKind, type SurveyTemplate, type TemplateKey } from './surveys.templates.ts';

export type { QuestionRow, SurveyRow } from './surveys.repo.ts';
export type SurveyWithQuestions = repo.SurveyRow & { questions: repo.QuestionRow[] };

/** A text as the API takes it: every language, or one plain text (in the organisation's default language). */
export type TextInput = LocalizedText | string;

export interface SurveyCreateInput {
  templateKey?: TemplateKey;
  kind?: SurveyKind;
  title?: TextInput;
  intro?: TextInput;
}

export type SurveyPatchInput = Omit<repo.SurveyChanges, 'title' | 'intro'> & { title?: TextInput; intro?: TextInput };

const BLANK_TITLE: LocalizedText = { nl: 'Nieuwe bevraging', fr: 'Nouvelle enquête', en: 'New survey' };

// ---- Who sees what ----

/**
 * Admins see every survey; coordinators the ambassador program's; managers every survey that was
 * sent (they open their own team's results, above the minimums). Employees none.
 */
function visibility(actor: Actor): repo.SurveyFilter {
  authorize(actor, 'surveys.results');
  if (actor.role === 'admin') return {};
  if (actor.role === 'coordinator') return { kinds: ['ambassador'] };
  return { sentOnly: true };
}

function visible(actor: Actor, s: repo.SurveyRow): boolean {
  const f = visibility(actor);
  return (!f.kinds || f.kinds.includes(s.kind)) && (!f.sentOnly || s.status !== 'draft');
}

export async function listSurveys(ctx: AppContext, actor: Actor): Promise<repo.SurveyRow[]> {
  return repo.listSurveys(ctx.db, actor.orgId, visibility(actor));
}

/** A survey the actor may see, or 404 (as for one that does not exist, or another organisation's). */
export async function getSurvey(ctx: AppContext, actor: Actor, id: string): Promise<SurveyWithQuestions> {
  const s = await repo.getSurvey(ctx.db, actor.orgId, id);
  if (!s || !visible(actor, s)) throw notFound('Survey');
  return { ...s, questions: await repo.listQuestions(ctx.db, actor.orgId, id) };
}

// ---- Texts ----

function templateFields(t: SurveyTemplate, orgName: string, status: repo.SurveyStatus): repo.SurveyFields {
  return {
    templateKey: t.key,
    kind: t.kind,
    title: fillOrgName(t.title, orgName),
    intro: fillOrgName(t.intro, orgName),
    status,
    reportDimensions: t.reportDimensions,
    responseDays: t.responseDays,
    reminderDays: t.reminderDays,
    offersAlumni: t.offersAlumni,
  };
}

// ---- Surveys ----

export async function createSurvey(ctx: AppContext, actor: Actor, input: SurveyCreateInput): Promise<SurveyWithQuestions> {
  authorize(actor, 'surveys.manage');
  const org = await orgOf(ctx.db, actor.orgId);
  const template = input.templateKey ? surveyTemplate(input.templateKey) : undefined;
  const title = input.title === undefined ? undefined : cleanLocalized(input.title, org.default_language);
  const intro = input.intro === undefined ? undefined : cleanLocalized(input.intro, org.default_language);
  if (title) incomplete(missingLanguage(title, 'body.title', org.required));
  const base: repo.SurveyFields = template
    ? templateFields(template, org.name, 'draft')
    : {
        templateKey: null,
        kind: input.kind ?? 'custom',
        title: BLANK_TITLE,
        intro: {},
        status: 'draft',
        reportDimensions: ['department', 'site', 'start_cohort'],
        responseDays: 21,
        reminderDays: 7,
        offersAlumni: false,
      };
  // A template's kind stays its own: it decides who sees the survey (coordinators: the ambassador program's).
  const fields = { ...base, title: title ?? base.title, intro: intro ?? base.intro };
  const now = ctx.clock.now();
  const id = await commitChange(
    ctx,
    actor,
    (surveyId: string) => ({
      action: 'surveys.create',
      targetType: 'survey',
      targetId: surveyId,
      details: { template: template?.key ?? null },
    }),
    async (tx) => {
      const surveyId = await repo.insertSurvey(tx, actor.orgId, fields, now);
      await repo.insertQuestions(tx, actor.orgId, surveyId, template ? fromLibrary(template.questions, org.name) : [], now);
      return surveyId;
    },
  );
  return getSurvey(ctx, actor, id);
}

export async function updateSurvey(ctx: AppContext, actor: Actor, id: string, input: SurveyPatchInput): Promise<SurveyWithQuestions> {
  authorize(actor, 'surveys.manage');
  const org = await orgOf(ctx.db, actor.orgId);
  const changes: repo.SurveyChanges = {
    ...input,
    title: input.title === undefined ? undefined : cleanLocalized(input.title, org.default_language),
    intro: input.intro === undefined ? undefined : cleanLocalized(input.intro, org.default_language),
  };
  if (changes.title) incomplete(missingLanguage(changes.title, 'body.title', org.required));
  if (changes.closesAt && new Date(changes.closesAt) <= ctx.clock.now())
    throw unprocessable('The closing time has passed.', [
      { path: 'body.closesAt', code: 'invalid', message: 'Choose a time in the future.' },
    ]);
  await commitChange(ctx, actor, { action: 'surveys.update', targetType: 'survey', targetId: id, details: changes }, async (tx) => {
    const s = await forChange(tx, actor, id);
    const minGroup = changes.minGroup ?? s.min_group;
    const minComments = changes.minComments ?? s.min_comments;
    if (s.has_answers && (minGroup < s.min_group || minComments < s.min_comments)) {
      throw conflict(
        `This survey has answers: its minimums (${s.min_group} for results, ${s.min_comments} for comments) can be raised, never lowered.`,
        'survey-minimum-locked',
        { minGroup: s.min_group, minComments: s.min_comments },
      );
    }
    if (minComments < minGroup) {
      throw unprocessable('The minimum for comments is at least the reporting minimum.', [
        {
          path: 'body.minComments',
          code: 'too-small',
          params: { minimum: minGroup, origin: 'number' },
          message: `The minimum for comments must be at least ${minGroup}.`,
        },
      ]);
    }
    const responseDays = changes.responseDays ?? s.response_days;
    const reminderDays = changes.reminderDays === undefined ? s.reminder_days : changes.reminderDays;
    if (reminderDays !== null && reminderDays >= responseDays) {
      throw unprocessable('The reminder must come before the invitation expires.', [
        {
          path: changes.reminderDays === undefined ? 'body.responseDays' : 'body.reminderDays',
          code: changes.reminderDays === undefined ? 'too-small' : 'too-big',
          params:
            changes.reminderDays === undefined
              ? { minimum: reminderDays + 1, origin: 'number' }
              : { maximum: responseDays - 1, origin: 'number' },
          message: `The reminder (after ${reminderDays} days) must come before the invitation expires (after ${responseDays} days).`,
        },
      ]);
    }
    const dims = changes.reportDimensions;
    if (dims && (dims.length !== s.report_dimensions.length || dims.some((d, i) => d !== s.report_dimensions[i])))
      assertNoAnswers(s, 'the segments its results are reported by stay as they are');
    await repo.updateSurvey(tx, actor.orgId, id, changes, ctx.clock.now());
  });
  return getSurvey(ctx, actor, id);
}

export async function openSurvey(ctx: AppContext, actor: Actor, id: string): Promise<SurveyWithQuestions> {
  authorize(actor, 'surveys.manage');
  await commitChange(ctx, actor, { action: 'surveys.open', targetType: 'survey', targetId: id }, async (tx) => {
    const s = await forChange(tx, actor, id);
    if (s.question_count === 0)
      throw unprocessable('Add at least one question before opening the survey.', undefined, 'survey-no-questions');
    await repo.setStatus(tx, actor.orgId, id, 'open', ctx.clock.now());
  });
  return getSurvey(ctx, actor, id);
}

/** Closed: links stop working, no reminders; results stay. It can be opened again. */
export async function closeSurvey(ctx: AppContext, actor: Actor, id: string): Promise<SurveyWithQuestions> {
  authorize(actor, 'surveys.manage');
  await commitChange(ctx, actor, { action: 'surveys.close', targetType: 'survey', targetId: id }, async (tx) => {
    const s = await forChange(tx, actor, id);
    if (s.status !== 'open') throw conflict('Only an open survey can be closed.', 'survey-not-open');
    await repo.setStatus(tx, actor.orgId, id, 'closed', ctx.clock.now());
    // Totals only (completed.ts); not twice when its closing time passed and the worker reported it already.
    if (!(s.closes_at && s.closes_at <= ctx.clock.now() && (await reportedSince(tx, actor.orgId, id, s.closes_at))))
      await emitEvent(tx, ctx.clock.now(), actor.orgId, 'survey.completed', completedData(s));
  });
  return getSurvey(ctx, actor, id);
}

/** Only a draft: a survey that was sent has invitations and answers that are kept (close it instead). */
export async function deleteSurvey(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'surveys.manage');
  await commitChange(ctx, actor, { action: 'surveys.delete', targetType: 'survey', targetId: id }, async (tx) => {
    const s = await forChange(tx, actor, id);
    if (s.status !== 'draft') throw conflict('Only a draft can be deleted; close the survey instead.', 'survey-not-draft');
    await repo.deleteDraft(tx, actor.orgId, id);
  });
}

// ---- Settings ----

/** Whoever sees results may read it (it is told to respondents too); only admins change it. */
export async function getSettings(ctx: AppContext, actor: Actor): Promise<{ retentionMonths: number }> {
  authorize(actor, 'surveys.results');
  return { retentionMonths: (await orgOf(ctx.db, actor.orgId)).survey_retention_months };
}

export async function updateSettings(ctx: AppContext, actor: Actor, input: { retentionMonths: number }) {
  authorize(actor, 'surveys.manage');
  const before = (await orgOf(ctx.db, actor.orgId)).survey_retention_months;
  await commitChange(
    ctx,
    actor,
    {
      action: 'surveys.settings',
      targetType: 'organisation',
      targetId: actor.orgId,
      details: { retentionMonths: { from: before, to: input.retentionMonths } },
    },
    (tx) => repo.setRetention(tx, actor.orgId, input.retentionMonths, ctx.clock.now()),
  );
  return getSettings(ctx, actor);
}

// ---- For the journeys ----

/**
 * The organisation's open survey made from `templateKey`; made from the template and opened when
 * there is none (a journey's survey step invites to it). Runs in the caller's transaction; the
 * advisory lock keeps two sweeps from making two.
 */
export async function ensureTemplateSurvey(q: Queryable, clock: Clock, orgId: string, templateKey: string): Promise<string> {
  const template = surveyTemplate(templateKey);
  if (!template) throw new Error(`Unknown survey template ${templateKey}`);
  const now = clock.now();
  await q.query(`select pg_advisory_xact_lock(hashtext('survey-template:' || $1 || ':' || $2))`, [orgId, templateKey]);
  const found = await repo.findOpenFromTemplate(q, orgId, templateKey, now);
  if (found) return found;
  const org = await orgOf(q, orgId);
  const id = await repo.insertSurvey(q, orgId, templateFields(template, org.name, 'open'), now);
  await repo.insertQuestions(q, orgId, id, fromLibrary(template.questions, org.name), now);
  await audit(q, clock, {
    orgId,
    actorLabel: 'journeys',
    action: 'surveys.create',
    targetType: 'survey',
    targetId: id,
    details: { template: template.key, opened: true },
  });
  return id;
}

export type { ReportDimension };

/** The organisation's name, for showing the library (HR only) with it filled in. */
export async function libraryOrgName(ctx: AppContext, actor: Actor): Promise<string> {
  authorize(actor, 'surveys.manage');
  return (await orgOf(ctx.db, actor.orgId)).name;
}

/**
 * What HR's preview shows: the respondent's form exactly as a person gets it, in `language`, with
 * every control disabled and nothing to send. Whoever may see the survey may preview it.
 */
export async function previewSurvey(ctx: AppContext, actor: Actor, id: string, language: UiLanguage): Promise<SurveyFormView> {
  const s = await getSurvey(ctx, actor, id);
  const org = await orgOf(ctx.db, actor.orgId);
  return {
    lang: language,
    orgDefault: org.default_language,
    orgName: org.name,
    brandColour: org.brand_colour,
    survey: { title: s.title, intro: s.intro, minGroup: s.min_group, minComments: s.min_comments },
    questions: s.questions.map((q) => ({ id: q.id, kind: q.kind, text: q.text, options: q.options, required: q.required })),
    retentionMonths: org.survey_retention_months,
    preview: true,
  };
}
