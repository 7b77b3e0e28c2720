/** Request and response shapes of the surveys' management API. */
import { z } from '../../platform/openapi.ts';
import { LIBRARY, QUESTION_KINDS } from './surveys.library.ts';
import { DIMENSIONS, SURVEY_KINDS, TEMPLATE_KEYS } from './surveys.templates.ts';

const Kind = z.enum(SURVEY_KINDS);
const QuestionKind = z.enum(QUESTION_KINDS);
const Dimension = z.enum(DIMENSIONS);
const Status = z.enum(['draft', 'open', 'closed']);
const LibraryKey = z.enum(LIBRARY.map((q) => q.key) as [string, ...string[]]);

/** A text in each language it is written in (nl, fr, en). */
const Localized = z
  .object({ nl: z.string().optional(), fr: z.string().optional(), en: z.string().optional() })
  .openapi('SurveyText', { description: 'A text in each language it is written in (nl, fr, en)' });

/** Every language (the organisation's default required), or one plain text in that language. */
const TextInput = (max: number, min = 1) =>
  z
    .union([
      z.string().trim().min(min).max(max),
      z.strictObject({ nl: z.string().max(max).optional(), fr: z.string().max(max).optional(), en: z.string().max(max).optional() }),
    ])
    .openapi({ description: "Every language, the organisation's default language required; or one text in that language" });

export const SurveyCreate = z
  .strictObject({
    templateKey: z
      .enum(TEMPLATE_KEYS)
      .optional()
      .openapi({ description: 'A ready template (GET /surveys/library); without it a blank survey' }),
    kind: Kind.optional().openapi({
      description: "Blank surveys: what it is about (default custom; 'ambassador' shows it to coordinators)",
    }),
    title: TextInput(200).optional(),
    intro: TextInput(4000, 0).optional(),
  })
  .openapi('SurveyCreate');

export const SurveyPatch = z
  .strictObject({
    title: TextInput(200).optional(),
    intro: TextInput(4000, 0).optional(),
    minGroup: z
      .number()
      .int()
      .min(3)
      .max(100)
      .optional()
      .openapi({ description: 'Reporting minimum: raised any time, never lowered once answers exist' }),
    minComments: z.number().int().min(3).max(200).optional().openapi({ description: 'Minimum for comments, at least minGroup' }),
    reportDimensions: z
      .array(Dimension)
      .max(DIMENSIONS.length)
      .refine((a) => new Set(a).size === a.length, { message: 'Name each segment once.' })
      .optional()
      .openapi({ description: 'The segments results may be broken down by, in priority order; fixed once answers exist' }),
    responseDays: z.number().int().min(1).max(120).optional(),
    reminderDays: z.number().int().min(1).max(60).nullable().optional(),
    closesAt: z
      .string()
      .datetime({ offset: true })
      .nullable()
      .optional()
      .openapi({ description: 'When it closes by itself (null: when HR closes it)' }),
    offersAlumni: z.boolean().optional(),
  })
  .openapi('SurveyPatch');

const OptionInput = z.strictObject({
  key: z.string().regex(/^[a-z0-9_]{1,40}$/, 'Use lower-case letters, digits and _ (e.g. career).'),
  label: TextInput(300),
});

export const QuestionBody = z
  .strictObject({
    kind: QuestionKind,
    text: TextInput(1000),
    options: z
      .array(OptionInput)
      .max(30)
      .optional()
      .openapi({ description: 'single and multi: two options or more, each with a stable key' }),
    required: z.boolean().optional().openapi({ description: 'Default: true, false for a comment (text)' }),
  })
  .openapi('SurveyQuestionBody');

export const QuestionPatch = z
  .strictObject({
    kind: QuestionKind.optional(),
    text: TextInput(1000).optional(),
    options: z.array(OptionInput).max(30).optional(),
    required: z.boolean().optional(),
  })
  .openapi('SurveyQuestionPatch');

export const FromLibrary = z.strictObject({ keys: z.array(LibraryKey).min(1).max(50) }).openapi('SurveyQuestionsFromLibrary');
export const Reorder = z
  .strictObject({
    questionIds: z.array(z.string().uuid()).min(1).max(200).openapi({ description: 'Every question of the survey once, in the new order' }),
  })
  .openapi('SurveyQuestionOrder');

export const QuestionParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
  questionId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'questionId', in: 'path' } }),
});

const Option = z.object({ key: z.string(), label: z.string().openapi({ description: "In the reader's language" }), labels: Localized });

export const Question = z
  .object({
    id: z.string().uuid(),
    position: z.number().int(),
    libraryKey: z.string().nullable(),
    kind: QuestionKind,
    text: z.string().openapi({ description: "In the reader's language (else the organisation's, else any)" }),
    texts: Localized,
    options: z.array(Option),
    required: z.boolean(),
  })
  .openapi('SurveyQuestion');

export const SurveySummary = z
  .object({
    id: z.string().uuid(),
    templateKey: z.string().nullable(),
    kind: Kind,
    title: z.string().openapi({ description: "In the reader's language" }),
    titles: Localized,
    intro: z.string(),
    intros: Localized,
    status: Status,
    minGroup: z.number().int(),
    minComments: z.number().int(),
    reportDimensions: z.array(Dimension),
    responseDays: z.number().int(),
    reminderDays: z.number().int().nullable(),
    offersAlumni: z.boolean(),
    openedAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    invited: z.number().int().nullable().openapi({ description: 'Invitations sent; null unless the reader manages surveys' }),
    answered: z.number().int().nullable().openapi({
      description: "Invitations answered; null unless the reader manages surveys, and while fewer than the survey's minimum answered",
    }),
    hasAnswers: z.boolean().openapi({ description: 'Answers exist: minimums only go up, questions keep their kind and options' }),
    questionCount: z.number().int(),
  })
  .openapi('SurveySummary');

export const Survey = SurveySummary.extend({ questions: z.array(Question) }).openapi('Survey');
export const SurveyList = z.object({ items: z.array(SurveySummary) });

const LibraryItem = z.object({
  key: z.string(),
  topic: z.string(),
  kind: QuestionKind,
  text: z.string().openapi({ description: "In the reader's language, {{orgName}} filled in" }),
  texts: Localized,
  options: z.array(Option),
  required: z.boolean(),
});
export const Library = z
  .object({
    questions: z.array(LibraryItem),
    templates: z.array(
      z.object({
        key: z.enum(TEMPLATE_KEYS),
        kind: Kind,
        title: z.string(),
        titles: Localized,
        intro: z.string(),
        questions: z.array(z.string()).openapi({ description: 'Library keys, in order' }),
        reportDimensions: z.array(Dimension),
        responseDays: z.number().int(),
        reminderDays: z.number().int().nullable(),
        offersAlumni: z.boolean(),
        alwaysOn: z.boolean().openapi({ description: 'Sent one person at a time by a journey step' }),
      }),
    ),
  })
  .openapi('SurveyLibrary');

export const Settings = z
  .object({ retentionMonths: z.number().int().openapi({ description: 'Raw answers are deleted after this many months; aggregates stay' }) })
  .openapi('SurveySettings');
export const SettingsBody = z.strictObject({ retentionMonths: z.number().int().min(1).max(120) });

export const PreviewQuery = z.strictObject({ language: z.enum(['nl', 'fr', 'en']).optional() });
