/**
 * A survey's questions as HR writes them: written for the survey or taken from the library, edited,
 * removed, put in order. Once the survey has answers, questions are not added or removed and keep
 * their kind and options ('survey-has-answers', surveys.service.ts says why); their texts can
 * always be edited.
 */
import type { AppContext } from '../../platform/context.ts';
import { commitChange } from '../../platform/change.ts';
import { notFound, unprocessable, type ProblemItem } from '../../platform/errors.ts';
import { cleanLocalized, missingLanguage } from '../../platform/language.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { assertNoAnswers, forChange, fromLibrary, incomplete, orgOf } from './surveys.editing.ts';
import type { QuestionKind } from './surveys.library.ts';
import * as repo from './surveys.repo.ts';
import { getSurvey, type SurveyWithQuestions, type TextInput } from './surveys.service.ts';

export interface QuestionInput {
  kind: QuestionKind;
  text: TextInput;
  options?: { key: string; label: TextInput }[];
  required?: boolean;
}
export type QuestionPatchInput = Partial<QuestionInput>;

type Org = Awaited<ReturnType<typeof orgOf>>;

/** A question as written by HR, checked: its texts in the organisation's language, options only for choices. */
function checkQuestion(input: QuestionInput, org: Org, path = 'body'): repo.QuestionFields {
  const text = cleanLocalized(input.text, org.default_language);
  const options = (input.options ?? []).map((o) => ({ key: o.key, label: cleanLocalized(o.label, org.default_language) }));
  const errors = missingLanguage(text, `${path}.text`, org.required);
  const choice = input.kind === 'single' || input.kind === 'multi';
  if (choice && options.length < 2)
    errors.push({
      path: `${path}.options`,
      code: 'too-small',
      params: { minimum: 2, origin: 'array' },
      message: 'A choice needs at least two options.',
    });
  if (!choice && options.length)
    errors.push({ path: `${path}.options`, code: 'invalid', message: `A question of kind ${input.kind} has no options.` });
  const seen = new Set<string>();
  for (const [i, o] of options.entries()) {
    if (seen.has(o.key)) errors.push({ path: `${path}.options.${i}.key`, code: 'invalid', message: `The key "${o.key}" is used twice.` });
    seen.add(o.key);
    errors.push(...missingLanguage(o.label, `${path}.options.${i}.label`, org.required));
  }
  incomplete(errors);
  return { libraryKey: null, kind: input.kind, text, options, required: input.required ?? input.kind !== 'text' };
}

// ---- Questions ----

export async function addQuestion(ctx: AppContext, actor: Actor, id: string, input: QuestionInput): Promise<SurveyWithQuestions> {
  authorize(actor, 'surveys.manage');
  const fields = checkQuestion(input, await orgOf(ctx.db, actor.orgId));
  await commitChange(
    ctx,
    actor,
    (qid: string) => ({ action: 'surveys.question_add', targetType: 'survey_question', targetId: qid, details: { survey: id } }),
    async (tx) => {
      assertNoAnswers(await forChange(tx, actor, id), 'questions cannot be added');
      const [qid] = await repo.insertQuestions(tx, actor.orgId, id, [fields], ctx.clock.now());
      await repo.touchSurvey(tx, actor.orgId, id, ctx.clock.now());
      return qid;
    },
  );
  return getSurvey(ctx, actor, id);
}

export async function addFromLibrary(ctx: AppContext, actor: Actor, id: string, keys: string[]): Promise<SurveyWithQuestions> {
  authorize(actor, 'surveys.manage');
  const org = await orgOf(ctx.db, actor.orgId);
  await commitChange(
    ctx,
    actor,
    { action: 'surveys.question_add', targetType: 'survey', targetId: id, details: { library: keys } },
    async (tx) => {
      assertNoAnswers(await forChange(tx, actor, id), 'questions cannot be added');
      await repo.insertQuestions(tx, actor.orgId, id, fromLibrary(keys, org.name), ctx.clock.now());
      await repo.touchSurvey(tx, actor.orgId, id, ctx.clock.now());
    },
  );
  return getSurvey(ctx, actor, id);
}

export async function updateQuestion(
  ctx: AppContext,
  actor: Actor,
  id: string,
  questionId: string,
  input: QuestionPatchInput,
): Promise<SurveyWithQuestions> {
  authorize(actor, 'surveys.manage');
  const org = await orgOf(ctx.db, actor.orgId);
  await commitChange(
    ctx,
    actor,
    { action: 'surveys.question_update', targetType: 'survey_question', targetId: questionId, details: { survey: id, ...input } },
    async (tx) => {
      const s = await forChange(tx, actor, id);
      const q = await repo.getQuestion(tx, actor.orgId, id, questionId);
      if (!q) throw notFound('Question');
      const merged = checkQuestion(
        {
          kind: input.kind ?? q.kind,
          text: input.text ?? q.text,
          options: input.options ?? q.options,
          required: input.required ?? q.required,
        },
        org,
      );
      const sameKeys = merged.options.length === q.options.length && merged.options.every((o, i) => o.key === q.options[i].key);
      if (merged.kind !== q.kind || !sameKeys)
        assertNoAnswers(s, "a question's kind and options stay as they are (their labels can be edited)");
      await repo.updateQuestion(
        tx,
        actor.orgId,
        id,
        questionId,
        {
          kind: merged.kind,
          text: input.text === undefined ? undefined : merged.text,
          options: merged.options,
          required: input.required,
        },
        ctx.clock.now(),
      );
      await repo.touchSurvey(tx, actor.orgId, id, ctx.clock.now());
    },
  );
  return getSurvey(ctx, actor, id);
}

export async function deleteQuestion(ctx: AppContext, actor: Actor, id: string, questionId: string): Promise<void> {
  authorize(actor, 'surveys.manage');
  await commitChange(
    ctx,
    actor,
    { action: 'surveys.question_delete', targetType: 'survey_question', targetId: questionId, details: { survey: id } },
    async (tx) => {
      const s = await forChange(tx, actor, id);
      if (!(await repo.getQuestion(tx, actor.orgId, id, questionId))) throw notFound('Question');
      assertNoAnswers(s, 'questions cannot be removed');
      await repo.deleteQuestion(tx, actor.orgId, id, questionId);
      await repo.touchSurvey(tx, actor.orgId, id, ctx.clock.now());
    },
  );
}

/** The survey's questions in a new order: `questionIds` names each of them once. */
export async function reorderQuestions(ctx: AppContext, actor: Actor, id: string, questionIds: string[]): Promise<SurveyWithQuestions> {
  authorize(actor, 'surveys.manage');
  await commitChange(ctx, actor, { action: 'surveys.question_reorder', targetType: 'survey', targetId: id }, async (tx) => {
    await forChange(tx, actor, id);
    const current = new Set((await repo.listQuestions(tx, actor.orgId, id)).map((q) => q.id));
    const given = questionIds.map((x) => x.toLowerCase());
    const errors: ProblemItem[] = given.flatMap((qid, i) =>
      current.has(qid) && given.indexOf(qid) === i
        ? []
        : [{ path: `body.questionIds.${i}`, code: 'invalid' as const, message: 'Not a question of this survey, or named twice.' }],
    );
    if (!errors.length && given.length !== current.size)
      errors.push({ path: 'body.questionIds', code: 'invalid', message: `Name each of the survey's ${current.size} questions once.` });
    if (errors.length) throw unprocessable("The order must name each of the survey's questions once.", errors);
    await repo.reorderQuestions(tx, actor.orgId, id, given, ctx.clock.now());
    await repo.touchSurvey(tx, actor.orgId, id, ctx.clock.now());
  });
  return getSurvey(ctx, actor, id);
}
