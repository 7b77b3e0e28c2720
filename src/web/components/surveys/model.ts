/**
 * The surveys API as the survey screens see it (management, campaigns, results), who may open
 * which screen, and the labels of the codes the API sends. The shapes follow the HTTP contract
 * (api.gen.ts) once the operations exist there; until then they are written from the design.
 */
import type { MessageKey } from '../../lib/i18n.tsx';
import type { Me, Reply, Schema } from '../../lib/types.ts';

export type LocalizedText = Schema<'SurveyText'>;
export type Survey = Schema<'Survey'>;
export type SurveySummary = Schema<'SurveySummary'>;
export type SurveyQuestion = Schema<'SurveyQuestion'>;
export type SurveyStatus = Survey['status'];
export type SurveyKind = Survey['kind'];
export type QuestionKind = SurveyQuestion['kind'];
export type Dimension = Schema<'SurveyDimension'>;
export const DIMENSIONS: readonly Dimension[] = ['department', 'site', 'region', 'language', 'seniority', 'start_cohort', 'period'];
export type WithheldReason = Schema<'SurveyWithheldReason'>;
export type Library = Schema<'SurveyLibrary'>;
export type LibraryQuestion = Library['questions'][number];
export type SurveyTemplate = Library['templates'][number];
/** The segment a campaign sends to: every list empty means everyone. */
export type CampaignSegment = Schema<'CampaignSegment'>;
export type CampaignPreview = Reply<'/api/v1/surveys/{id}/campaigns/preview', 'post'>;
export type CampaignSent = Reply<'/api/v1/surveys/{id}/campaigns', 'post'>;

// ---- Results (a withheld group has its reason and no number at all) ----

export type Results = Schema<'SurveyResults'>;
export type Enps = NonNullable<Results['group']['enps']>;
export type QuestionMeta = Results['questions'][number];
export type QuestionResult = NonNullable<Schema<'SurveyResultGroup'>['questions']>[number];
export type Segment = Schema<'SurveyResultSegment'>;
export type Trend = Schema<'SurveyTrend'>;
export type Comments = Schema<'SurveyComments'>;
export type SegmentValues = Schema<'SurveySegments'>;

// ---- Who sees what ----

/** HR writes and sends surveys (surveys.manage: admins). */
export const managesSurveys = (me: Me) => me.permissions.includes('surveys.manage');
/** Results are for admins, coordinators (the program's surveys) and managers (their own team). */
export const seesSurveyResults = (me: Me) => me.permissions.includes('surveys.results');

// ---- Labels ----

export const STATUS_KEYS: Record<SurveyStatus, MessageKey> = {
  draft: 'surveys.status.draft',
  open: 'surveys.status.open',
  closed: 'surveys.status.closed',
};
export const KIND_KEYS: Record<SurveyKind, MessageKey> = {
  onboarding: 'surveys.kind.onboarding',
  exit: 'surveys.kind.exit',
  pulse: 'surveys.kind.pulse',
  ambassador: 'surveys.kind.ambassador',
  moments: 'surveys.kind.moments',
  custom: 'surveys.kind.custom',
};
export const QUESTION_KIND_KEYS: Record<QuestionKind, MessageKey> = {
  enps: 'surveys.qkind.enps',
  scale: 'surveys.qkind.scale',
  single: 'surveys.qkind.single',
  multi: 'surveys.qkind.multi',
  text: 'surveys.qkind.text',
};
export const DIMENSION_KEYS: Record<Dimension, MessageKey> = {
  department: 'surveys.dim.department',
  site: 'surveys.dim.site',
  region: 'surveys.dim.region',
  language: 'surveys.dim.language',
  seniority: 'surveys.dim.seniority',
  start_cohort: 'surveys.dim.start_cohort',
  period: 'surveys.dim.period',
};
export const WITHHELD_KEYS: Record<WithheldReason, MessageKey> = {
  // One reason for "too small" and "would let a small group be worked out": telling them apart would tell a count.
  anonymity: 'surveys.withheld.anonymity',
  'not-offered': 'surveys.withheld.not-offered',
};
export const TOPIC_KEYS: Record<string, MessageKey | undefined> = {
  engagement: 'surveys.topic.engagement',
  onboarding: 'surveys.topic.onboarding',
  exit: 'surveys.topic.exit',
  ambassador: 'surveys.topic.ambassador',
  moments: 'surveys.topic.moments',
  general: 'surveys.topic.general',
};
export const SENIORITY_BANDS = ['<1y', '1-3y', '3-5y', '5-10y', '10y+'] as const;

/** A localized text in the reader's language, else the first one written. */
export function pick(text: LocalizedText | null | undefined, lang: string): string {
  if (!text) return '';
  return (text as Record<string, string | undefined>)[lang] || text.en || text.nl || text.fr || '';
}

// ---- Where (API paths, so one place changes when the contract does) ----

const e = encodeURIComponent;
export const paths = {
  surveys: '/surveys',
  /** Questions and ready templates. */
  library: '/surveys/library',
  survey: (id: string) => `/surveys/${e(id)}`,
  fromLibrary: (id: string) => `/surveys/${e(id)}/questions/from-library`,
  question: (id: string, q: string) => `/surveys/${e(id)}/questions/${e(q)}`,
  order: (id: string) => `/surveys/${e(id)}/questions/order`,
  open: (id: string) => `/surveys/${e(id)}/open`,
  close: (id: string) => `/surveys/${e(id)}/close`,
  preview: (id: string, language: string) => `/surveys/${e(id)}/preview?language=${e(language)}`,
  campaigns: (id: string) => `/surveys/${e(id)}/campaigns`,
  campaignPreview: (id: string) => `/surveys/${e(id)}/campaigns/preview`,
  results: (id: string) => `/surveys/${e(id)}/results`,
  trend: (id: string) => `/surveys/${e(id)}/results/trend`,
  comments: (id: string) => `/surveys/${e(id)}/results/comments`,
  segments: (id: string) => `/surveys/${e(id)}/results/segments`,
  csv: (id: string) => `/surveys/${e(id)}/results.csv`,
};

/** A question as the results screens draw it: its texts in the reader's language with its numbers. */
export interface ViewQuestion {
  id: string;
  kind: QuestionKind;
  text: string;
  options: { key: string; label: string }[];
  result: QuestionResult | null;
}

export function viewQuestions(meta: readonly QuestionMeta[], results: readonly QuestionResult[] | undefined, lang: string): ViewQuestion[] {
  return [...meta]
    .sort((a, b) => a.position - b.position)
    .map((q) => ({
      id: q.id,
      kind: q.kind,
      text: pick(q.text, lang),
      options: q.options.map((o) => ({ key: o.key, label: pick(o.label, lang) || o.key })),
      result: results?.find((r) => r.id === q.id) ?? null,
    }));
}
