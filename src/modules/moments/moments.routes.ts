/** HTTP in and out for journeys, the schedule, deliveries, tasks, buddies and personal moments. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { addDays } from '../../platform/calendar.ts';
import { localDate } from '../../platform/clock.ts';
import { badRequest } from '../../platform/errors.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, IsoDate, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as buddies from './buddy.service.ts';
import * as journeys from './journeys.service.ts';
import * as moments from './moments.service.ts';
import * as personal from './personal.service.ts';
import { JOURNEY_TEMPLATES } from './templates.ts';
import { PLACEHOLDERS } from './render.ts';

const Lang = z.enum(['nl', 'fr', 'en', 'de']);
const Text = z.strictObject({ subject: z.string().max(300), body: z.string().max(20_000) });
const StepBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['message', 'task', 'survey_invitation', 'ambassador_invitation']),
  recipient: z.enum(['person', 'manager', 'buddy', 'hr', 'team']),
  anchor: z.enum(['start_date', 'end_date', 'birthday', 'work_anniversary', 'retirement', 'custom']),
  customKey: z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, 'Use lower-case letters, digits and _ (e.g. move_date).').nullable().optional(),
  anniversaryYear: z.number().int().min(1).max(60).nullable().optional(),
  offsetDays: z.number().int().min(-400).max(400),
  offsetUnit: z.enum(['calendar', 'working']),
  sendTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:mm, e.g. 09:00.').optional(),
  templates: z.strictObject({ nl: Text.optional(), fr: Text.optional(), en: Text.optional(), de: Text.optional() }).optional(),
  task: z.strictObject({ title: z.string().min(1).max(200), owner: z.enum(['manager', 'hr', 'buddy', 'person']), dueDays: z.number().int().min(0).max(365), checklist: z.array(z.string().min(1).max(300)).max(50) }).nullable().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
const Journey = z.object({}).passthrough().openapi('Journey');
const JourneyParams = z.object({ id: z.string().uuid(), stepId: z.string().uuid() });
const Delivery = z.object({ id: z.string(), personId: z.string(), name: z.string(), stepName: z.string(), journeyName: z.string(), kind: z.string(), recipient: z.string(), occurrence: z.string(), dueDate: z.string(), dueAt: z.string(), status: z.string(), attempts: z.number(), lastError: z.string().nullable(), to: z.array(z.string()).nullable(), subject: z.string().nullable(), sentAt: z.string().nullable() }).openapi('Delivery');

const presentDelivery = (d: moments.DeliveryRow) => ({
  id: d.id, personId: d.person_id, name: `${d.first_name} ${d.last_name}`, stepName: d.step_name, journeyName: d.journey_name, kind: d.kind, recipient: d.recipient,
  occurrence: d.occurrence, dueDate: d.due_date, dueAt: d.due_at.toISOString(), status: d.status, attempts: d.attempts, lastError: d.last_error, to: d.to_addresses, subject: d.subject, sentAt: d.sent_at?.toISOString() ?? null,
});

export function momentsRoutes(ctx: AppContext) {
  const r = createRouter();

  // ---- Journeys ----
  r.openapi(createRoute({ method: 'get', path: '/journey-templates', tags: ['Journeys'], summary: 'Ready journeys to start from, and the placeholders messages can use', security, responses: { 200: json(z.object({ items: z.array(z.object({ key: z.string(), name: z.string(), description: z.string(), steps: z.number() })), placeholders: z.array(z.string()) })), ...errors } }),
    async (c) => {
      actorOf(c);
      return c.json({ items: JOURNEY_TEMPLATES.map((t) => ({ key: t.key, name: t.name, description: t.description, steps: t.steps.length })), placeholders: [...PLACEHOLDERS] }, 200);
    });
  r.openapi(createRoute({ method: 'get', path: '/journeys', tags: ['Journeys'], summary: 'Journeys with their steps (HR)', security, responses: { 200: json(z.object({ items: z.array(Journey) })), ...errors } }),
    async (c) => c.json({ items: await journeys.listJourneys(ctx, actorOf(c)) }, 200));
  r.openapi(createRoute({ method: 'post', path: '/journeys', tags: ['Journeys'], summary: 'Create a journey, from a template or empty; inactive until activated', security, request: { body: jsonBody(z.strictObject({ templateKey: z.string().max(60).optional(), name: z.string().trim().min(1).max(200).optional(), active: z.boolean().optional() })) }, responses: { 201: json(Journey), ...errors } }),
    async (c) => c.json(await journeys.createJourney(ctx, actorOf(c), c.req.valid('json')), 201));
  r.openapi(createRoute({ method: 'get', path: '/journeys/{id}', tags: ['Journeys'], summary: 'A journey and its steps', security, request: { params: IdParam }, responses: { 200: json(Journey), ...errors } }),
    async (c) => c.json(await journeys.getJourney(ctx, actorOf(c), c.req.valid('param').id), 200));
  r.openapi(createRoute({
    method: 'patch', path: '/journeys/{id}', tags: ['Journeys'], summary: 'Rename, scope (departments, sites, languages, employment types), missed-step policy, activate', security,
    request: { params: IdParam, body: jsonBody(z.strictObject({ name: z.string().trim().min(1).max(200).optional(), description: z.string().max(2000).optional(), departments: z.array(z.string().max(200)).optional(), siteIds: z.array(z.string().uuid()).optional(), languages: z.array(Lang).optional(), employmentTypes: z.array(z.string().max(100)).optional(), missedPolicy: z.enum(['catch_up', 'skip']).optional(), active: z.boolean().optional() })) },
    responses: { 200: json(Journey), ...errors } }),
    async (c) => c.json(await journeys.updateJourney(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200));
  r.openapi(createRoute({ method: 'delete', path: '/journeys/{id}', tags: ['Journeys'], summary: 'Delete a journey', security, request: { params: IdParam }, responses: { 204: { description: 'Deleted' }, ...errors } }),
    async (c) => {
      await journeys.deleteJourney(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
  r.openapi(createRoute({ method: 'post', path: '/journeys/{id}/steps', tags: ['Journeys'], summary: 'Add a step', security, request: { params: IdParam, body: jsonBody(StepBody) }, responses: { 201: json(Journey), ...errors } }),
    async (c) => c.json(await journeys.addStep(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201));
  r.openapi(createRoute({ method: 'put', path: '/journeys/{id}/steps/{stepId}', tags: ['Journeys'], summary: 'Change a step', security, request: { params: JourneyParams, body: jsonBody(StepBody) }, responses: { 200: json(Journey), ...errors } }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await journeys.updateStep(ctx, actorOf(c), p.id, p.stepId, c.req.valid('json')), 200);
    });
  r.openapi(createRoute({ method: 'delete', path: '/journeys/{id}/steps/{stepId}', tags: ['Journeys'], summary: 'Remove a step', security, request: { params: JourneyParams }, responses: { 204: { description: 'Removed' }, ...errors } }),
    async (c) => {
      const p = c.req.valid('param');
      await journeys.deleteStep(ctx, actorOf(c), p.id, p.stepId);
      return c.body(null, 204);
    });
  r.openapi(createRoute({ method: 'get', path: '/journeys/{id}/steps/{stepId}/preview', tags: ['Journeys'], summary: 'A step\'s message with a real person\'s data, in a language', security, request: { params: JourneyParams, query: z.strictObject({ personId: z.string().uuid(), language: Lang.optional() }) }, responses: { 200: json(z.object({ language: z.string(), languages: z.array(z.string()), subject: z.string(), body: z.string() })), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await journeys.preview(ctx, actorOf(c), c.req.valid('param').stepId, q.personId, q.language), 200);
    });

  // ---- Schedule and deliveries ----
  r.openapi(createRoute({ method: 'post', path: '/moments/run', tags: ['Schedule'], summary: 'Run the daily sweep for a day (HR); idempotent', security, request: { body: jsonBody(z.strictObject({ date: IsoDate })) }, responses: { 200: json(z.object({ org: z.string(), date: z.string(), due: z.number(), created: z.number() })), ...errors } }),
    async (c) => c.json(await moments.runMoments(ctx, actorOf(c), c.req.valid('json').date), 200));
  r.openapi(createRoute({ method: 'get', path: '/deliveries', tags: ['Schedule'], summary: 'Deliveries, newest first; status=failed for those needing attention (HR)', security, request: { query: z.strictObject({ status: z.enum(['pending', 'sending', 'sent', 'failed', 'skipped', 'cancelled']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50), cursor: z.string().max(200).optional().openapi({ description: 'The nextCursor of the previous page' }) }) }, responses: { 200: json(z.object({ items: z.array(Delivery), nextCursor: z.string().nullable() })), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      let after: { dueAt: string; id: string } | undefined;
      if (q.cursor) {
        const [dueAt, id] = Buffer.from(q.cursor, 'base64url').toString('utf8').split('|');
        if (!dueAt || !/^[0-9a-f-]{36}$/.test(id ?? '') || Number.isNaN(Date.parse(dueAt))) throw badRequest('The cursor is not valid: use the nextCursor of a previous page.', [{ path: 'cursor', message: 'Invalid cursor.' }]);
        after = { dueAt, id };
      }
      const rows = await moments.listDeliveries(ctx, actorOf(c), { status: q.status, limit: q.limit + 1, after });
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      return c.json({ items: page.map(presentDelivery), nextCursor: rows.length > q.limit ? Buffer.from(`${last.due_at.toISOString()}|${last.id}`).toString('base64url') : null }, 200);
    });
  r.openapi(createRoute({ method: 'get', path: '/deliveries/{id}/attempts', tags: ['Schedule'], summary: 'Every attempt of a delivery and its error', security, request: { params: IdParam }, responses: { 200: json(z.object({ items: z.array(z.object({ attempt: z.number(), at: z.string(), outcome: z.string(), error: z.string().nullable() })) })), ...errors } }),
    async (c) => c.json({ items: (await moments.deliveryAttempts(ctx, actorOf(c), c.req.valid('param').id)).map((a) => ({ ...a, at: a.at.toISOString() })) }, 200));
  r.openapi(createRoute({ method: 'post', path: '/deliveries/{id}/retry', tags: ['Schedule'], summary: 'Send a failed delivery again', security, request: { params: IdParam }, responses: { 204: { description: 'Queued' }, ...errors } }),
    async (c) => {
      await moments.retryDelivery(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
  r.openapi(createRoute({ method: 'get', path: '/people/{id}/timeline', tags: ['Schedule'], summary: 'A person\'s moments: delivered and to come (HR, the person, their manager)', security, request: { params: IdParam }, responses: { 200: json(z.object({ past: z.array(Delivery), upcoming: z.array(z.object({ stepId: z.string(), stepName: z.string(), journeyName: z.string(), kind: z.string(), recipient: z.string(), occurrence: z.string(), dueDate: z.string() })) })), ...errors } }),
    async (c) => {
      const t = await moments.timeline(ctx, actorOf(c), c.req.valid('param').id);
      return c.json({ past: t.past.map(presentDelivery), upcoming: t.upcoming }, 200);
    });
  r.openapi(createRoute({ method: 'get', path: '/moments/calendar', tags: ['Schedule'], summary: 'Upcoming moments of your reports (HR: everyone, or one manager\'s reports)', security, request: { query: z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional(), manager: z.string().uuid().optional() }) }, responses: { 200: json(z.object({ items: z.array(z.object({ personId: z.string(), name: z.string(), stepName: z.string(), journeyName: z.string(), dueDate: z.string(), kind: z.string(), status: z.string().openapi({ description: 'A delivery\'s status for days gone by; "upcoming" from today on' }) })) })), ...errors } }),
    async (c) => {
      const q = c.req.valid('query');
      const from = q.from ?? localDate(ctx.clock.now());
      return c.json({ items: await moments.calendar(ctx, actorOf(c), { from, to: q.to ?? addDays(from, 30), managerId: q.manager }) }, 200);
    });

  // ---- Tasks ----
  const Task = z.object({ id: z.string(), person: z.object({ id: z.string(), name: z.string() }), owner: z.string().nullable(), title: z.string(), dueDate: z.string().nullable(), checklist: z.array(z.object({ label: z.string(), done: z.boolean() })), completedAt: z.string().nullable() }).openapi('Task');
  r.openapi(createRoute({ method: 'get', path: '/me/tasks', tags: ['Tasks'], summary: 'Your tasks (HR also sees HR\'s)', security, request: { query: z.strictObject({ done: z.enum(['true', 'false']).optional() }) }, responses: { 200: json(z.object({ items: z.array(Task) })), ...errors } }),
    async (c) => c.json({ items: (await moments.myTasks(ctx, actorOf(c), c.req.valid('query').done === 'true')).map((t) => ({ id: t.id, person: { id: t.person_id, name: `${t.first_name} ${t.last_name}` }, owner: t.owner_role, title: t.title, dueDate: t.due_date, checklist: t.checklist, completedAt: t.completed_at?.toISOString() ?? null })) }, 200));
  r.openapi(createRoute({ method: 'patch', path: '/tasks/{id}', tags: ['Tasks'], summary: 'Tick checklist items or complete a task', security, request: { params: IdParam, body: jsonBody(z.strictObject({ checklist: z.array(z.object({ label: z.string(), done: z.boolean() })).optional(), completed: z.boolean().optional() })) }, responses: { 204: { description: 'Saved' }, ...errors } }),
    async (c) => {
      await moments.updateTask(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    });

  // ---- Buddies ----
  const Suggestions = z.object({ current: z.object({ personId: z.string(), name: z.string() }).nullable(), suggestions: z.array(z.object({ personId: z.string(), name: z.string(), score: z.number(), reasons: z.array(z.object({ reason: z.string(), points: z.number() })) })) });
  r.openapi(createRoute({ method: 'get', path: '/people/{id}/buddy', tags: ['Buddies'], summary: 'The newcomer\'s buddy and ranked suggestions with their reasons (HR, the manager)', security, request: { params: IdParam }, responses: { 200: json(Suggestions), ...errors } }),
    async (c) => c.json(await buddies.suggestions(ctx, actorOf(c), c.req.valid('param').id), 200));
  r.openapi(createRoute({ method: 'put', path: '/people/{id}/buddy', tags: ['Buddies'], summary: 'Confirm a buddy (null: none)', security, request: { params: IdParam, body: jsonBody(z.strictObject({ buddyPersonId: z.string().uuid().nullable() })) }, responses: { 200: json(Suggestions), ...errors } }),
    async (c) => c.json(await buddies.assign(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json').buddyPersonId), 200));
  r.openapi(createRoute({ method: 'put', path: '/me/buddy-volunteer', tags: ['Buddies'], summary: 'Volunteer as a buddy, or stop', security, request: { body: jsonBody(z.strictObject({ volunteer: z.boolean() })) }, responses: { 204: { description: 'Saved' }, ...errors } }),
    async (c) => {
      await buddies.setVolunteer(ctx, actorOf(c), c.req.valid('json').volunteer);
      return c.body(null, 204);
    });

  // ---- Personal moments ----
  const Audience = z.enum(['nobody', 'team', 'manager']);
  const Prefs = z.strictObject({ birthdayAudience: Audience, showBirthYear: z.boolean(), anniversaryAudience: Audience, wanted: z.partialRecord(z.enum(personal.WANTABLE), z.boolean()), note: z.string().max(2000) });
  const MyMoments = z.object({ buddyVolunteer: z.boolean(), preferences: Prefs, moments: z.array(z.object({ id: z.string(), kind: z.string(), label: z.string(), firstName: z.string().nullable(), day: z.number(), month: z.number(), audience: z.string(), consentedAt: z.string() })) });
  const presentMine = (m: Awaited<ReturnType<typeof personal.getPreferences>>) => ({ buddyVolunteer: m.buddyVolunteer, preferences: m.preferences, moments: m.moments.map((x) => ({ id: x.id, kind: x.kind, label: x.label, firstName: x.first_name, day: x.day, month: x.month, audience: x.audience, consentedAt: x.consented_at.toISOString() })) });
  r.openapi(createRoute({ method: 'get', path: '/me/moments', tags: ['Personal moments'], summary: 'The moments that matter to you, and who is reminded of them', security, responses: { 200: json(MyMoments), ...errors } }),
    async (c) => c.json(presentMine(await personal.getPreferences(ctx, actorOf(c))), 200));
  r.openapi(createRoute({ method: 'put', path: '/me/moments', tags: ['Personal moments'], summary: 'Choose who is reminded, whether your birth year shows, and which moments you want noticed', security, request: { body: jsonBody(Prefs) }, responses: { 200: json(MyMoments), ...errors } }),
    async (c) => c.json(presentMine(await personal.setPreferences(ctx, actorOf(c), c.req.valid('json'))), 200));
  r.openapi(createRoute({
    method: 'post', path: '/me/moments/personal', tags: ['Personal moments'], summary: 'Add a moment of your own (a child\'s birthday: day and month, first name optional), with your explicit consent', security,
    request: { body: jsonBody(z.strictObject({ kind: z.enum(['child_birthday', 'other']), label: z.string().trim().max(100).default(''), firstName: z.string().trim().max(60).nullable().optional(), day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12), audience: z.enum(['manager', 'team']), consent: z.literal(true, { message: 'Tick the consent box: this moment is only kept with your explicit yes.' }), consentText: z.string().min(10).max(1000) })) },
    responses: { 201: json(z.object({ id: z.string() })), ...errors } }),
    async (c) => c.json({ id: await personal.addPersonalMoment(ctx, actorOf(c), c.req.valid('json')) }, 201));
  r.openapi(createRoute({ method: 'delete', path: '/me/moments/personal/{id}', tags: ['Personal moments'], summary: 'Withdraw consent: the moment is deleted and its reminders stop', security, request: { params: IdParam }, responses: { 204: { description: 'Deleted' }, ...errors } }),
    async (c) => {
      await personal.withdrawPersonalMoment(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
  return r;
}
