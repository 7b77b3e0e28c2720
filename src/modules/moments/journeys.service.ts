/** Journeys and their steps: created from templates or from scratch, previewed, then activated. */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { commitChange } from '../../platform/change.ts';
import { orgTimeZone, orgToday } from '../../platform/org-time.ts';
import { eventLinesFor } from '../calendars/invitations.service.ts';
import { notFound, unprocessable, type ProblemItem } from '../../platform/errors.ts';
import { cleanLocalized, contentLanguage, missingLanguage, type LocalizedText } from '../../platform/language.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { assertInOrg } from '../../platform/tenancy.ts';
import { getOrganisationForActor } from '../organisations/organisations.service.ts';
import { assertChannelInOrg, channelLanguage } from '../chat/chat.service.ts';
import * as repo from './journeys.repo.ts';
import { chooseLanguage, render, type Lang, type Templates } from './render.ts';
import { JOURNEY_TEMPLATES, type StepTask } from './templates.ts';

export type { JourneyRow, StepRow } from './journeys.repo.ts';
/** For the calendar reconciler (calendars/reconcile.ts): an invitation is cancelled by the same rule as its delivery. */
export { cancelReason, deliveryContexts, type DeliveryContext } from './deliveries.ts';
export type JourneyWithSteps = repo.JourneyRow & { steps: repo.StepRow[] };

/** A text as the API takes it: every language, or one plain text (in the organisation's default language). */
export type TextInput = LocalizedText | string;
/** A step as the API takes it. */
export type StepInput = Omit<repo.StepFields, 'name' | 'task'> & {
  name: TextInput;
  task?: (Omit<StepTask, 'title' | 'checklist'> & { title: TextInput; checklist: TextInput[] }) | null;
};
export type JourneyChangesInput = Omit<repo.JourneyChanges, 'name' | 'description'> & { name?: TextInput; description?: TextInput };

const NEW_JOURNEY: LocalizedText = { nl: 'Nieuw traject', fr: 'Nouveau parcours', en: 'New journey' };

/** The organisation's default language, which every localized text of it must have. */
async function textLanguage(ctx: AppContext, actor: Actor) {
  const org = await getOrganisationForActor(ctx, actor);
  return { orgDefault: org.default_language, required: contentLanguage(org.default_language) };
}

export async function listJourneys(ctx: AppContext, actor: Actor): Promise<JourneyWithSteps[]> {
  authorize(actor, 'moments.manage');
  const journeys = await repo.listJourneys(ctx.db, actor.orgId);
  const steps = await repo.listSteps(ctx.db, actor.orgId);
  return journeys.map((j) => ({ ...j, steps: steps.filter((s) => s.journey_id === j.id) }));
}

export async function getJourney(ctx: AppContext, actor: Actor, id: string): Promise<JourneyWithSteps> {
  authorize(actor, 'moments.manage');
  const j = await repo.getJourney(ctx.db, actor.orgId, id);
  if (!j) throw notFound('Journey');
  return { ...j, steps: await repo.listSteps(ctx.db, actor.orgId, id) };
}

/** The step with its texts cleaned (plain texts under the organisation's language), or 422 naming what is missing. */
function checkStep(s: StepInput, lang: { orgDefault: string; required: string }): repo.StepFields {
  const clean = (t: TextInput) => cleanLocalized(t, lang.orgDefault);
  const step: repo.StepFields = {
    ...s,
    name: clean(s.name),
    task: s.task
      ? { ...s.task, title: clean(s.task.title), checklist: s.task.checklist.map(clean).filter((c) => Object.keys(c).length) }
      : s.task,
  };
  const errors: ProblemItem[] = missingLanguage(step.name, 'name', lang.required);
  if (step.anchor === 'custom' && !step.customKey)
    errors.push({ path: 'customKey', code: 'required', message: 'Name the custom date (e.g. move_date).' });
  if (step.kind === 'task' && !step.task)
    errors.push({ path: 'task', code: 'required', message: 'A task step needs a title, an owner and a checklist.' });
  if (step.kind === 'task' && step.task) {
    errors.push(...missingLanguage(step.task.title, 'task.title', lang.required));
    for (const [i, item] of step.task.checklist.entries()) errors.push(...missingLanguage(item, `task.checklist.${i}`, lang.required));
  }
  if (step.event && step.kind !== 'message')
    errors.push({ path: 'event', code: 'event-only-for-messages', message: 'Only a message step can be an event with a time.' });
  if (step.event?.location) {
    const location = cleanLocalized(step.event.location, lang.orgDefault);
    step.event = { ...step.event, location: Object.keys(location).length ? location : null };
    if (step.event.location) errors.push(...missingLanguage(step.event.location, 'event.location', lang.required));
  }
  // A channel step posts the message in a Teams or Slack channel (chat/): messages only, no calendar invitation.
  if (step.recipient !== 'channel') step.channelId = null;
  else if (step.kind !== 'message')
    errors.push({ path: 'recipient', code: 'invalid', message: 'Only a message step can post to a chat channel.' });
  else if (!step.channelId) errors.push({ path: 'channelId', code: 'required', message: 'Choose the chat channel the step posts to.' });
  if (step.recipient === 'channel' && step.event)
    errors.push({ path: 'event', code: 'invalid', message: 'A step that posts to a chat channel cannot be an event with a time.' });
  if (
    (step.kind === 'message' || step.kind === 'survey_invitation') &&
    !Object.values(step.templates ?? {}).some((t) => t?.subject && t.body)
  ) {
    errors.push({ path: 'templates', code: 'required', message: 'Write the message in at least one language (subject and text).' });
  }
  if (errors.length) throw unprocessable('The step is not complete.', errors, 'step-incomplete');
  return step;
}

/** Adds a journey from a template (or an empty one), inactive until HR has looked at it. */
export async function createJourney(ctx: AppContext, actor: Actor, input: { templateKey?: string; name?: TextInput; active?: boolean }) {
  authorize(actor, 'moments.manage');
  const lang = await textLanguage(ctx, actor);
  const name = input.name === undefined ? undefined : cleanLocalized(input.name, lang.orgDefault);
  if (name) {
    const errors = missingLanguage(name, 'name', lang.required);
    if (errors.length) throw unprocessable('The journey is not complete.', errors, 'journey-incomplete');
  }
  const template = input.templateKey ? JOURNEY_TEMPLATES.find((t) => t.key === input.templateKey) : undefined;
  if (input.templateKey && !template) {
    const allowed = JOURNEY_TEMPLATES.map((t) => t.key).join(', ');
    throw unprocessable(
      'Unknown template.',
      [{ path: 'templateKey', code: 'invalid-enum', params: { allowed }, message: `Use one of ${allowed}.` }],
      'unknown-template',
      { allowed },
    );
  }
  const now = ctx.clock.now();
  const id = await ctx.db.transaction(async (tx) => {
    const journeyId = await repo.insertJourney(tx, {
      orgId: actor.orgId,
      templateKey: template?.key ?? null,
      name: name ?? template?.name ?? NEW_JOURNEY,
      description: template?.description ?? {},
      active: input.active ?? false,
      now,
    });
    for (const [i, s] of (template?.steps ?? []).entries())
      await repo.insertStep(tx, actor.orgId, journeyId, { ...s, templates: s.templates as Templates }, i, now);
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: 'journeys.create',
      targetType: 'journey',
      targetId: journeyId,
      details: { template: template?.key ?? null },
    });
    return journeyId;
  });
  return getJourney(ctx, actor, id);
}

export async function updateJourney(ctx: AppContext, actor: Actor, id: string, changes: JourneyChangesInput) {
  authorize(actor, 'moments.manage');
  const lang = await textLanguage(ctx, actor);
  const input: repo.JourneyChanges = {
    ...changes,
    name: changes.name === undefined ? undefined : cleanLocalized(changes.name, lang.orgDefault),
    description: changes.description === undefined ? undefined : cleanLocalized(changes.description, lang.orgDefault),
  };
  const errors = input.name ? missingLanguage(input.name, 'name', lang.required) : [];
  if (errors.length) throw unprocessable('The journey is not complete.', errors, 'journey-incomplete');
  // The sweep matches people by these ids: another organisation's would be stored as if they were ours.
  if (input.siteIds) await assertInOrg(ctx.db, actor.orgId, 'sites', 'siteIds', input.siteIds);
  await commitChange(ctx, actor, { action: 'journeys.update', targetType: 'journey', targetId: id, details: input }, async (tx) => {
    if (!(await repo.updateJourney(tx, actor.orgId, id, input, ctx.clock.now()))) throw notFound('Journey');
  });
  return getJourney(ctx, actor, id);
}

export async function deleteJourney(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'moments.manage');
  await commitChange(ctx, actor, { action: 'journeys.delete', targetType: 'journey', targetId: id }, async (tx) => {
    if (!(await repo.deleteJourney(tx, actor.orgId, id))) throw notFound('Journey');
  });
}

/** A step's survey must be one of the organisation's (the sweep would send another's link). */
async function checkSurvey(ctx: AppContext, actor: Actor, surveyId: string | null | undefined) {
  if (!surveyId) return;
  const [found] = await ctx.db.query(`select id from surveys where org_id = $1 and id = $2`, [actor.orgId, surveyId]);
  if (!found)
    throw unprocessable(
      'Some ids are unknown.',
      [{ path: 'surveyId', message: `There is no survey with id ${surveyId}.` }],
      'unknown-reference',
    );
}

export async function addStep(ctx: AppContext, actor: Actor, journeyId: string, body: StepInput) {
  authorize(actor, 'moments.manage');
  const input = checkStep(body, await textLanguage(ctx, actor));
  await checkSurvey(ctx, actor, input.surveyId);
  if (body.channelId) await assertChannelInOrg(ctx, actor.orgId, body.channelId);
  await getJourney(ctx, actor, journeyId);
  await commitChange(
    ctx,
    actor,
    (id: string) => ({ action: 'journeys.step_add', targetType: 'journey_step', targetId: id }),
    (tx) => repo.insertStep(tx, actor.orgId, journeyId, input, input.position ?? 100, ctx.clock.now()),
  );
  return getJourney(ctx, actor, journeyId);
}

export async function updateStep(ctx: AppContext, actor: Actor, journeyId: string, stepId: string, body: StepInput) {
  authorize(actor, 'moments.manage');
  const input = checkStep(body, await textLanguage(ctx, actor));
  await checkSurvey(ctx, actor, input.surveyId);
  if (body.channelId) await assertChannelInOrg(ctx, actor.orgId, body.channelId);
  await commitChange(ctx, actor, { action: 'journeys.step_update', targetType: 'journey_step', targetId: stepId }, async (tx) => {
    if (!(await repo.updateStep(tx, actor.orgId, journeyId, stepId, input, ctx.clock.now()))) throw notFound('Step');
  });
  return getJourney(ctx, actor, journeyId);
}

export async function deleteStep(ctx: AppContext, actor: Actor, journeyId: string, stepId: string) {
  authorize(actor, 'moments.manage');
  await commitChange(ctx, actor, { action: 'journeys.step_delete', targetType: 'journey_step', targetId: stepId }, async (tx) => {
    if (!(await repo.deleteStep(tx, actor.orgId, journeyId, stepId))) throw notFound('Step');
  });
}

/** A step's message as a real person would get it, in a language of choice (or theirs). */
export async function preview(ctx: AppContext, actor: Actor, stepId: string, personId: string, language?: Lang) {
  authorize(actor, 'moments.manage');
  const step = await repo.getStep(ctx.db, actor.orgId, stepId);
  if (!step) throw notFound('Step');
  const facts = await repo.previewFacts(ctx.db, actor.orgId, personId, stepId);
  if (!facts) throw notFound('Person');
  // A step that posts to a chat channel writes in the channel's language, not the person's.
  const reader =
    step.recipient === 'channel' && step.channel_id
      ? { language: await channelLanguage(ctx, actor.orgId, step.channel_id), region: null }
      : { language: facts.language, region: facts.region };
  const lang = language ?? chooseLanguage(reader, facts.default_language, step.templates);
  const occurrence =
    (step.anchor === 'start_date' ? facts.start_date : step.anchor === 'end_date' ? facts.end_date : null) ??
    (await orgToday(ctx, actor.orgId));
  const out = render(step.templates, lang, {
    person: facts,
    managerName: facts.m_name,
    buddyName: facts.b_name,
    orgName: facts.org_name,
    occurrence,
    anchor: step.anchor,
    surveyLink: `${ctx.config.publicUrl}/surveys/preview`,
    alumniLink: `${ctx.config.publicUrl}/alumni/preview`,
  });
  // An event's mail says when and where under its text (and carries the invitation).
  if (step.kind === 'message' && step.event)
    out.body += `\n\n${eventLinesFor(step.event, occurrence, await orgTimeZone(ctx.db, actor.orgId), lang, facts.default_language)}`;
  return { language: lang, languages: Object.keys(step.templates), ...out };
}

/** The demo and new organisations can start with every template active. */
export async function installTemplates(ctx: AppContext, actor: Actor, active: boolean) {
  for (const t of JOURNEY_TEMPLATES) await createJourney(ctx, actor, { templateKey: t.key, active });
}
