/**
 * The shapes of journeys, deliveries, tasks and personal moments that leave the server. Database rows never do.
 * Localized texts are given in the reader's language (`loc`); journeys and steps, which HR edits,
 * also carry every language (`names`, `descriptions`, a task's title and checklist).
 */
import type { Localizer } from '../../platform/language.ts';
import type { JourneyWithSteps, StepRow } from './journeys.service.ts';
import type { AttemptRow, CalendarItem, DeliveryRow, UpcomingMoment } from './moments.service.ts';
import type { TaskRow } from './tasks.service.ts';
import type { getPreferences } from './personal.service.ts';
import type { JourneyTemplate } from './templates.ts';
import { withFields } from '../../platform/objects.ts';

export const presentStep = (s: StepRow, loc: Localizer) => ({
  id: s.id,
  journeyId: s.journey_id,
  position: s.position,
  name: loc.text(s.name),
  names: s.name,
  kind: s.kind,
  recipient: s.recipient,
  anchor: s.anchor,
  customKey: s.custom_key,
  anniversaryYear: s.anniversary_year,
  offsetDays: s.offset_days,
  offsetUnit: s.offset_unit,
  sendTime: s.send_time,
  templates: s.templates,
  task: s.task,
  surveyId: s.survey_id,
  surveyTemplate: s.survey_template,
  event: s.event,
  channelId: s.channel_id,
});

export const presentJourney = (j: JourneyWithSteps, loc: Localizer) => ({
  id: j.id,
  templateKey: j.template_key,
  name: loc.text(j.name),
  names: j.name,
  description: loc.text(j.description),
  descriptions: j.description,
  departments: j.departments,
  siteIds: j.site_ids,
  languages: j.languages,
  employmentTypes: j.employment_types,
  missedPolicy: j.missed_policy,
  active: j.active,
  updatedAt: j.updated_at.toISOString(),
  steps: j.steps.map((s) => presentStep(s, loc)),
});

/** Journeys by their name in the reader's language. */
export const presentJourneys = (journeys: JourneyWithSteps[], loc: Localizer) =>
  journeys.map((j) => presentJourney(j, loc)).sort((a, b) => a.name.localeCompare(b.name, loc.language));

export const presentTemplate = (t: JourneyTemplate, loc: Localizer) => ({
  key: t.key,
  name: loc.text(t.name),
  description: loc.text(t.description),
  steps: t.steps.length,
});

export const presentDelivery = (d: DeliveryRow, loc: Localizer) => ({
  id: d.id,
  personId: d.person_id,
  name: `${d.first_name} ${d.last_name}`,
  stepName: loc.text(d.step_name),
  journeyName: loc.text(d.journey_name),
  kind: d.kind,
  recipient: d.recipient,
  occurrence: d.occurrence,
  dueDate: d.due_date,
  dueAt: d.due_at.toISOString(),
  status: d.status,
  attempts: d.attempts,
  lastError: d.last_error,
  to: d.to_addresses,
  subject: d.subject,
  sentAt: d.sent_at?.toISOString() ?? null,
});

export const presentUpcoming = (u: UpcomingMoment, loc: Localizer) =>
  withFields(u, { stepName: loc.text(u.stepName), journeyName: loc.text(u.journeyName) });

export const presentCalendarItem = (i: CalendarItem, loc: Localizer) =>
  withFields(i, { stepName: loc.text(i.stepName), journeyName: loc.text(i.journeyName) });

export const presentAttempt = (a: AttemptRow) => ({ attempt: a.attempt, at: a.at.toISOString(), outcome: a.outcome, error: a.error });

/** Keyset paging: the last row's due time and id, opaque to the client. */
export const deliveryCursor = (d: DeliveryRow) => Buffer.from(`${d.due_at.toISOString()}|${d.id}`).toString('base64url');

export const presentTask = (t: TaskRow, loc: Localizer) => ({
  id: t.id,
  person: { id: t.person_id, name: `${t.first_name} ${t.last_name}` },
  owner: t.owner_role,
  title: loc.text(t.title),
  dueDate: t.due_date,
  checklist: t.checklist.map((c) => ({ label: loc.text(c.label), done: c.done })),
  completedAt: t.completed_at?.toISOString() ?? null,
});

export const presentMyMoments = (m: Awaited<ReturnType<typeof getPreferences>>) => ({
  buddyVolunteer: m.buddyVolunteer,
  preferences: m.preferences,
  moments: m.moments.map((x) => ({
    id: x.id,
    kind: x.kind,
    label: x.label,
    firstName: x.first_name,
    day: x.day,
    month: x.month,
    audience: x.audience,
    consentedAt: x.consented_at.toISOString(),
  })),
});
