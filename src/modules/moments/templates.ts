/**
 * Ready journeys HR adapts: from the mail before the first day to the guidance before retirement.
 * Names, descriptions, task titles and checklists are localized texts (nl, fr, en); messages are
 * written per language, with placeholders in {{double braces}} (see render.ts). The journeys
 * themselves are in templates.start.ts (preboarding, onboarding) and templates.later.ts.
 */
import type { LocalizedText } from '../../platform/language.ts';
import type { Anchor } from './schedule.ts';
import { START_TEMPLATES } from './templates.start.ts';
import { LATER_TEMPLATES } from './templates.later.ts';
import type { SurveyTemplateKey } from '../surveys/sending.service.ts';

type Text = { subject: string; body: string };
export type Texts = { nl: Text; fr: Text; en: Text };
/** A text in every language of the interface. */
export type Localized = Required<LocalizedText>;

export interface StepTask {
  title: LocalizedText;
  owner: 'manager' | 'hr' | 'buddy' | 'person';
  dueDays: number;
  checklist: LocalizedText[];
}

/** A message step that is an event with a time: its day is the anchor date plus offsetDays (calendar days). */
export interface StepEvent {
  offsetDays: number;
  /** HH:mm in the organisation's time zone. */
  startTime: string;
  durationMinutes: number;
  location: LocalizedText | null;
}

export interface StepTemplate {
  name: Localized;
  kind: 'message' | 'task' | 'survey_invitation' | 'ambassador_invitation';
  recipient: 'person' | 'manager' | 'buddy' | 'hr' | 'team' | 'channel';
  anchor: Anchor;
  customKey?: string;
  anniversaryYear?: number;
  offsetDays: number;
  offsetUnit: 'calendar' | 'working';
  sendTime?: string;
  templates: Partial<Texts>;
  task?: StepTask;
  /** A survey step's ready survey (surveys.templates.ts: onboarding_7, onboarding_30, onboarding_90, exit ...). */
  surveyTemplate?: SurveyTemplateKey;
  /** An event with a time (message steps only): the mail carries a calendar invitation. */
  event?: StepEvent;
}

export interface JourneyTemplate {
  key: string;
  name: Localized;
  description: Localized;
  steps: StepTemplate[];
}

export const JOURNEY_TEMPLATES: JourneyTemplate[] = [...START_TEMPLATES, ...LATER_TEMPLATES];
