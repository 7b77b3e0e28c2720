/**
 * Request and response shapes of survey results. A withheld group carries `withheld` (why) and NO
 * number at all: no respondents, no invited count, no response rate, no score, no distribution.
 */
import { z } from '../../platform/openapi.ts';
import { DIMENSIONS } from './segments.ts';

/** A text in each language it is written in (the same shape as LocalizedText elsewhere). */
const LocalizedText = z.object({ nl: z.string().optional(), fr: z.string().optional(), en: z.string().optional() });

export const Dimension = z.enum(DIMENSIONS).openapi('SurveyDimension', {
  description:
    "A segment results can be broken down by. Values: department (as in the directory), site (the site's id; `label` is its name), region, language (nl/fr/en), seniority ('<1y', '1-3y', '3-5y', '5-10y', '10y+'), start_cohort and period ('YYYY-Qn'); '' means not known.",
});

const Reason = z.enum(['anonymity', 'not-offered']).openapi('SurveyWithheldReason', {
  description:
    "Why a group is not shown: `anonymity` it has fewer respondents than the survey's minimum, or showing it next to the groups this viewer can see would let someone compute a group below the minimum by subtraction (one reason for both: telling them apart would tell a count); `not-offered` not a group results are given for (a dimension the survey does not report).",
});

export const SurveyIdParam = z.object({ id: z.string().uuid() });

const filterParam = z.string().max(300).optional().openapi({
  description:
    "One segment value the results are limited to, as `dimension=value` with the value URL-encoded (e.g. `department=Finance`, `site=<uuid>`, `department=` for not known). Missing or empty: everyone in the viewer's scope.",
  example: 'department=Finance',
});

export const ResultsQuery = z.strictObject({
  filter: filterParam,
  breakdown: Dimension.optional().openapi({ description: 'The dimension of the heatmap (its columns are the questions).' }),
});

export const CsvQuery = ResultsQuery.extend({
  delimiter: z.enum([';', ',']).default(';').openapi({ description: '`;` (default, Belgian Excel) or `,`' }),
});

export const CommentsQuery = z.strictObject({ filter: filterParam });

export const TrendQuery = z.strictObject({
  by: z.enum(['period', 'start_cohort']).default('period').openapi({
    description: '`period`: per quarter in which the answers were given; `start_cohort`: per quarter in which the respondents started.',
  }),
});

const SurveySummary = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  title: LocalizedText,
  reportDimensions: z.array(Dimension),
});

const Common = {
  survey: SurveySummary,
  scope: z.enum(['organisation', 'team']).openapi({ description: "`team`: a manager's own team (everyone they manage, directly or not)" }),
  minGroup: z.number().int(),
  minComments: z.number().int(),
};

const QuestionMeta = z.object({
  id: z.string().uuid(),
  position: z.number().int(),
  kind: z.enum(['enps', 'scale', 'single', 'multi', 'text']),
  text: LocalizedText,
  options: z.array(z.object({ key: z.string(), label: LocalizedText })),
});

const Enps = z
  .object({
    score: z.number().int().openapi({ description: '% promoters minus % detractors, -100..100' }),
    promoters: z.number().int().openapi({ description: 'Answers 9 or 10' }),
    passives: z.number().int().openapi({ description: 'Answers 7 or 8' }),
    detractors: z.number().int().openapi({ description: 'Answers 0 to 6' }),
  })
  .openapi('Enps');

const QuestionResult = z.object({
  id: z.string().uuid(),
  answered: z.number().int(),
  distribution: z.array(z.object({ value: z.string(), count: z.number().int() })).openapi({
    description: 'Every possible value (0..10, 1..5, or each option key) with its count, zeros included',
  }),
  average: z.number().nullable().openapi({ description: 'enps and scale questions; null otherwise or without answers' }),
  enps: Enps.nullable(),
});

const Notes = z
  .array(
    z.object({
      code: z.enum(['anonymity', 'not-offered', 'comments-while-open']),
      count: z.number().int().openapi({ description: 'How many of the groups on this answer it applies to' }),
      text: LocalizedText.openapi({ description: 'Why, in plain words (nl, fr, en)' }),
    }),
  )
  .openapi({ description: 'Why things are withheld, once per reason' });

/** Shown: the numbers. Withheld: the reason, and nothing else. */
const Group = z
  .object({
    key: z.string().openapi({ description: "The group, as a filter value ('' = everyone in scope)" }),
    dimension: z.enum(DIMENSIONS).nullable(),
    value: z.string().nullable(),
    label: z.string().nullable().openapi({ description: "A site's name; the value itself otherwise; null for not known or everyone" }),
    withheld: Reason.optional(),
    respondents: z.number().int().optional(),
    invited: z.number().int().optional(),
    responseRate: z.number().nullable().optional().openapi({ description: 'respondents / invited, 0..1; null when nobody was invited' }),
    enps: Enps.nullable().optional().openapi({ description: "The survey's (first) eNPS question" }),
    questions: z.array(QuestionResult).optional(),
  })
  .openapi('SurveyResultGroup');

const Score = z.object({
  questionId: z.string().uuid(),
  answered: z.number().int(),
  average: z.number().nullable(),
  enps: z.number().int().nullable().openapi({ description: 'eNPS score of an enps question' }),
});

const Segment = z
  .object({
    key: z.string(),
    value: z.string(),
    label: z.string().nullable(),
    withheld: Reason.optional(),
    respondents: z.number().int().optional(),
    invited: z.number().int().optional(),
    responseRate: z.number().nullable().optional(),
    scores: z.array(Score).optional().openapi({ description: 'enps and scale questions' }),
  })
  .openapi('SurveyResultSegment');

export const Results = z
  .object({
    ...Common,
    questions: z.array(QuestionMeta),
    filter: z.object({ key: z.string(), dimension: Dimension, value: z.string(), label: z.string().nullable() }).nullable(),
    group: Group,
    heatmap: z.object({ dimension: Dimension, segments: z.array(Segment) }).nullable(),
    notes: Notes,
  })
  .openapi('SurveyResults');

export const Trend = z
  .object({
    ...Common,
    by: z.enum(['period', 'start_cohort']),
    questions: z.array(QuestionMeta),
    points: z.array(
      Segment.extend({
        source: z.enum(['live', 'archive', 'both']).openapi({
          description: '`archive`: from the aggregates kept after the raw answers were deleted (retention)',
        }),
        enps: z.number().int().nullable().optional(),
      }),
    ),
    notes: Notes,
  })
  .openapi('SurveyTrend');

export const Comments = z
  .object({
    ...Common,
    group: z.object({ key: z.string(), withheld: Reason.optional(), whileOpen: z.boolean().optional() }),
    questions: z.array(
      z.object({
        id: z.string().uuid(),
        text: LocalizedText,
        comments: z.array(z.string()).openapi({ description: 'In random order, without names or times' }),
      }),
    ),
    notes: Notes,
  })
  .openapi('SurveyComments');

export const Segments = z
  .object({
    ...Common,
    dimensions: z.array(
      z.object({
        dimension: Dimension,
        values: z.array(z.object({ value: z.string(), label: z.string().nullable() })),
      }),
    ),
  })
  .openapi('SurveySegments');
