/** Journeys and their steps: created from templates or from scratch, previewed, then activated. */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { localDate } from '../../platform/clock.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { assertInOrg } from '../../platform/tenancy.ts';
import { CONTEXT_SQL, type DeliveryContext } from './deliveries.ts';
import { chooseLanguage, render, type Lang, type Templates } from './render.ts';
import { JOURNEY_TEMPLATES, type StepTemplate } from './templates.ts';

export interface JourneyRow {
  id: string;
  template_key: string | null;
  name: string;
  description: string;
  departments: string[];
  site_ids: string[];
  languages: string[];
  employment_types: string[];
  missed_policy: 'catch_up' | 'skip';
  active: boolean;
  updated_at: Date;
}

export interface StepRow {
  id: string;
  journey_id: string;
  position: number;
  name: string;
  kind: StepTemplate['kind'];
  recipient: StepTemplate['recipient'];
  anchor: StepTemplate['anchor'];
  custom_key: string | null;
  anniversary_year: number | null;
  offset_days: number;
  offset_unit: 'calendar' | 'working';
  send_time: string;
  templates: Templates;
  task: StepTemplate['task'] | null;
}

const J_COLS = 'id, template_key, name, description, departments, site_ids, languages, employment_types, missed_policy, active, updated_at';
const S_COLS = 'id, journey_id, position, name, kind, recipient, anchor, custom_key, anniversary_year, offset_days, offset_unit, send_time, templates, task';

export async function listJourneys(ctx: AppContext, actor: Actor) {
  authorize(actor, 'moments.manage');
  const journeys = await ctx.db.query<JourneyRow>(`select ${J_COLS} from journeys where org_id = $1 order by name`, [actor.orgId]);
  const steps = await ctx.db.query<StepRow>(`select ${S_COLS} from journey_steps where org_id = $1 order by position, offset_days`, [actor.orgId]);
  return journeys.map((j) => ({ ...j, steps: steps.filter((s) => s.journey_id === j.id) }));
}

export async function getJourney(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'moments.manage');
  const [j] = await ctx.db.query<JourneyRow>(`select ${J_COLS} from journeys where org_id = $1 and id = $2`, [actor.orgId, id]);
  if (!j) throw notFound('Journey');
  const steps = await ctx.db.query<StepRow>(`select ${S_COLS} from journey_steps where org_id = $1 and journey_id = $2 order by position, offset_days`, [actor.orgId, id]);
  return { ...j, steps };
}

export interface StepInput {
  name: string;
  kind: StepTemplate['kind'];
  recipient: StepTemplate['recipient'];
  anchor: StepTemplate['anchor'];
  customKey?: string | null;
  anniversaryYear?: number | null;
  offsetDays: number;
  offsetUnit: 'calendar' | 'working';
  sendTime?: string;
  templates?: Templates;
  task?: StepTemplate['task'] | null;
  position?: number;
}

function checkStep(s: StepInput) {
  const errors: { path: string; message: string }[] = [];
  if (s.anchor === 'custom' && !s.customKey) errors.push({ path: 'customKey', message: 'Name the custom date (e.g. move_date).' });
  if (s.kind === 'task' && !s.task) errors.push({ path: 'task', message: 'A task step needs a title, an owner and a checklist.' });
  if ((s.kind === 'message' || s.kind === 'survey_invitation') && !Object.values(s.templates ?? {}).some((t) => t?.subject && t.body)) {
    errors.push({ path: 'templates', message: 'Write the message in at least one language (subject and text).' });
  }
  if (errors.length) throw unprocessable('The step is not complete.', errors);
}

async function insertStep(q: Queryable, orgId: string, journeyId: string, s: StepInput, position: number, now: Date) {
  const [row] = await q.query<{ id: string }>(
    `insert into journey_steps (org_id, journey_id, position, name, kind, recipient, anchor, custom_key, anniversary_year, offset_days, offset_unit, send_time, templates, task, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) returning id`,
    [orgId, journeyId, position, s.name, s.kind, s.recipient, s.anchor, s.customKey ?? null, s.anniversaryYear ?? null, s.offsetDays, s.offsetUnit, s.sendTime ?? '09:00', JSON.stringify(s.templates ?? {}), s.task ? JSON.stringify(s.task) : null, now],
  );
  return row.id;
}

/** Adds a journey from a template (or an empty one), inactive until HR has looked at it. */
export async function createJourney(ctx: AppContext, actor: Actor, input: { templateKey?: string; name?: string; active?: boolean }) {
  authorize(actor, 'moments.manage');
  const template = input.templateKey ? JOURNEY_TEMPLATES.find((t) => t.key === input.templateKey) : undefined;
  if (input.templateKey && !template) throw unprocessable('Unknown template.', [{ path: 'templateKey', message: `Use one of ${JOURNEY_TEMPLATES.map((t) => t.key).join(', ')}.` }]);
  const now = ctx.clock.now();
  const id = await ctx.db.transaction(async (tx) => {
    const [j] = await tx.query<{ id: string }>(
      `insert into journeys (org_id, template_key, name, description, active, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $6) returning id`,
      [actor.orgId, template?.key ?? null, input.name ?? template?.name ?? 'New journey', template?.description ?? '', input.active ?? false, now],
    );
    for (const [i, s] of (template?.steps ?? []).entries()) {
      await insertStep(tx, actor.orgId, j.id, { ...s, customKey: s.customKey, anniversaryYear: s.anniversaryYear, sendTime: s.sendTime, templates: s.templates as Templates, task: s.task }, i, now);
    }
    await audit(tx, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId || null, actorLabel: actor.label, action: 'journeys.create', targetType: 'journey', targetId: j.id, details: { template: template?.key ?? null } });
    return j.id;
  });
  return getJourney(ctx, actor, id);
}

export async function updateJourney(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { name?: string; description?: string; departments?: string[]; siteIds?: string[]; languages?: string[]; employmentTypes?: string[]; missedPolicy?: 'catch_up' | 'skip'; active?: boolean },
) {
  authorize(actor, 'moments.manage');
  // The sweep matches people by these ids: another organisation's would be stored as if they were ours.
  if (input.siteIds) await assertInOrg(ctx.db, actor.orgId, 'sites', 'siteIds', input.siteIds);
  const rows = await ctx.db.query(
    `update journeys set name = coalesce($3, name), description = coalesce($4, description), departments = coalesce($5, departments),
            site_ids = coalesce($6, site_ids), languages = coalesce($7, languages), employment_types = coalesce($8, employment_types),
            missed_policy = coalesce($9, missed_policy), active = coalesce($10, active), updated_at = $11
      where org_id = $1 and id = $2 returning id`,
    [actor.orgId, id, input.name ?? null, input.description ?? null, input.departments ?? null, input.siteIds ?? null, input.languages ?? null, input.employmentTypes ?? null, input.missedPolicy ?? null, input.active ?? null, ctx.clock.now()],
  );
  if (rows.length === 0) throw notFound('Journey');
  await audit(ctx.db, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId || null, actorLabel: actor.label, action: 'journeys.update', targetType: 'journey', targetId: id, details: input });
  return getJourney(ctx, actor, id);
}

export async function deleteJourney(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'moments.manage');
  const rows = await ctx.db.query(`delete from journeys where org_id = $1 and id = $2 returning id`, [actor.orgId, id]);
  if (rows.length === 0) throw notFound('Journey');
  await audit(ctx.db, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId || null, actorLabel: actor.label, action: 'journeys.delete', targetType: 'journey', targetId: id });
}

export async function addStep(ctx: AppContext, actor: Actor, journeyId: string, input: StepInput) {
  authorize(actor, 'moments.manage');
  checkStep(input);
  await getJourney(ctx, actor, journeyId);
  const id = await insertStep(ctx.db, actor.orgId, journeyId, input, input.position ?? 100, ctx.clock.now());
  await audit(ctx.db, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId || null, actorLabel: actor.label, action: 'journeys.step_add', targetType: 'journey_step', targetId: id });
  return getJourney(ctx, actor, journeyId);
}

export async function updateStep(ctx: AppContext, actor: Actor, journeyId: string, stepId: string, input: StepInput) {
  authorize(actor, 'moments.manage');
  checkStep(input);
  const rows = await ctx.db.query(
    `update journey_steps set name = $4, kind = $5, recipient = $6, anchor = $7, custom_key = $8, anniversary_year = $9, offset_days = $10,
            offset_unit = $11, send_time = $12, templates = $13, task = $14, position = coalesce($15, position), updated_at = $16
      where org_id = $1 and journey_id = $2 and id = $3 returning id`,
    [actor.orgId, journeyId, stepId, input.name, input.kind, input.recipient, input.anchor, input.customKey ?? null, input.anniversaryYear ?? null, input.offsetDays, input.offsetUnit, input.sendTime ?? '09:00', JSON.stringify(input.templates ?? {}), input.task ? JSON.stringify(input.task) : null, input.position ?? null, ctx.clock.now()],
  );
  if (rows.length === 0) throw notFound('Step');
  await audit(ctx.db, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId || null, actorLabel: actor.label, action: 'journeys.step_update', targetType: 'journey_step', targetId: stepId });
  return getJourney(ctx, actor, journeyId);
}

export async function deleteStep(ctx: AppContext, actor: Actor, journeyId: string, stepId: string) {
  authorize(actor, 'moments.manage');
  const rows = await ctx.db.query(`delete from journey_steps where org_id = $1 and journey_id = $2 and id = $3 returning id`, [actor.orgId, journeyId, stepId]);
  if (rows.length === 0) throw notFound('Step');
  await audit(ctx.db, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId || null, actorLabel: actor.label, action: 'journeys.step_delete', targetType: 'journey_step', targetId: stepId });
}

/** A step's message as a real person would get it, in a language of choice (or theirs). */
export async function preview(ctx: AppContext, actor: Actor, stepId: string, personId: string, language?: Lang) {
  authorize(actor, 'moments.manage');
  const [step] = await ctx.db.query<StepRow>(`select ${S_COLS} from journey_steps where org_id = $1 and id = $2`, [actor.orgId, stepId]);
  if (!step) throw notFound('Step');
  // The same facts a real delivery reads, joined for this person without a delivery row.
  const sql = CONTEXT_SQL.replace('from deliveries d', 'from (select $3::uuid as id, $1::uuid as org_id, $2::uuid as person_id, $4::uuid as step_id) d')
    .replace(/d\.(occurrence|due_date|message_id|attempts)/g, 'null as $1');
  const [facts] = await ctx.db.query<DeliveryContext>(`${sql} where p.org_id = $1`, [actor.orgId, personId, stepId, stepId]);
  if (!facts) throw notFound('Person');
  const lang = language ?? chooseLanguage({ language: facts.language, region: facts.region }, facts.default_language, step.templates);
  const occurrence = (step.anchor === 'start_date' ? facts.start_date : step.anchor === 'end_date' ? facts.end_date : null) ?? localDate(ctx.clock.now());
  const out = render(step.templates, lang, { person: facts, managerName: facts.m_name, buddyName: facts.b_name, orgName: facts.org_name, occurrence, anchor: step.anchor, surveyLink: `${ctx.config.publicUrl}/surveys/preview` });
  return { language: lang, languages: Object.keys(step.templates), ...out };
}

/** The demo and new organisations can start with every template active. */
export async function installTemplates(ctx: AppContext, actor: Actor, active: boolean) {
  for (const t of JOURNEY_TEMPLATES) await createJourney(ctx, actor, { templateKey: t.key, active });
}
