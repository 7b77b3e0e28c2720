/**
 * The shapes of surveys that leave the server: each text in the reader's language, and (since HR
 * edits them) in every language too. Database rows never leave as they are.
 */
import type { Localizer } from '../../platform/language.ts';
import { fillOrgName, LIBRARY } from './surveys.library.ts';
import type { QuestionRow, SurveyRow, SurveyWithQuestions } from './surveys.service.ts';
import { SURVEY_TEMPLATES } from './surveys.templates.ts';
import { withFields } from '../../platform/objects.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const presentQuestion = (q: QuestionRow, loc: Localizer) => ({
  id: q.id,
  position: q.position,
  libraryKey: q.library_key,
  kind: q.kind,
  text: loc.text(q.text),
  texts: q.text,
  options: q.options.map((o) => ({ key: o.key, label: loc.text(o.label), labels: o.label })),
  required: q.required,
});

/**
 * `manager`: the reader manages surveys (HR). Participation is theirs alone, and even to them the
 * number who answered shows only from the survey's minimum: below it, it would be a count of a
 * group smaller than the minimum (null: "fewer than minGroup").
 */
export const presentSurveySummary = (s: SurveyRow, loc: Localizer, manager: boolean) => ({
  id: s.id,
  templateKey: s.template_key,
  kind: s.kind,
  title: loc.text(s.title),
  titles: s.title,
  intro: loc.text(s.intro),
  intros: s.intro,
  status: s.status,
  minGroup: s.min_group,
  minComments: s.min_comments,
  reportDimensions: s.report_dimensions,
  responseDays: s.response_days,
  reminderDays: s.reminder_days,
  offersAlumni: s.offers_alumni,
  openedAt: iso(s.opened_at),
  closesAt: iso(s.closes_at),
  closedAt: iso(s.closed_at),
  createdAt: s.created_at.toISOString(),
  updatedAt: s.updated_at.toISOString(),
  invited: manager ? s.invited : null,
  answered: manager && s.answered >= s.min_group ? s.answered : null,
  hasAnswers: s.has_answers,
  questionCount: s.question_count,
});

export const presentSurvey = (s: SurveyWithQuestions, loc: Localizer, manager: boolean) =>
  withFields(presentSurveySummary(s, loc, manager), { questions: s.questions.map((q) => presentQuestion(q, loc)) });

/** The library and the templates, in the reader's language with the organisation's name filled in. */
export const presentLibrary = (loc: Localizer, orgName: string) => ({
  questions: LIBRARY.map((q) => {
    const texts = fillOrgName(q.text, orgName);
    return {
      key: q.key,
      topic: q.topic,
      kind: q.kind,
      text: loc.text(texts),
      texts,
      options: (q.options ?? []).map((o) => ({ key: o.key, label: loc.text(o.label), labels: o.label })),
      required: q.required,
    };
  }),
  templates: SURVEY_TEMPLATES.map((t) => {
    const titles = fillOrgName(t.title, orgName);
    return {
      key: t.key,
      kind: t.kind,
      title: loc.text(titles),
      titles,
      intro: loc.text(fillOrgName(t.intro, orgName)),
      questions: [...t.questions],
      reportDimensions: [...t.reportDimensions],
      responseDays: t.responseDays,
      reminderDays: t.reminderDays,
      offersAlumni: t.offersAlumni,
      alwaysOn: t.alwaysOn,
    };
  }),
});
