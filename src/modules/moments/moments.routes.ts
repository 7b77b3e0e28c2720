/** HTTP in and out for the schedule, deliveries, tasks, buddies and personal moments (journeys: journeys.routes.ts). */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { addDays } from '../../platform/calendar.ts';
import { orgToday } from '../../platform/org-time.ts';
import { badRequest } from '../../platform/errors.ts';
import { actorOf, type HonoEnv } from '../../platform/http.ts';
import { viewerLanguage } from '../../platform/language.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as buddies from './buddy.service.ts';
import {
  deliveryCursor,
  presentAttempt,
  presentCalendarItem,
  presentDelivery,
  presentMyMoments,
  presentTask,
  presentUpcoming,
} from './moments.presenters.ts';
import * as s from './moments.schemas.ts';
import * as moments from './moments.service.ts';
import * as personal from './personal.service.ts';
import * as tasks from './tasks.service.ts';

export function momentsRoutes(ctx: AppContext) {
  const r = createRouter();
  /** The reader's language for the texts of journeys (platform/language.ts: choice, directory, browser, organisation). */
  const lang = (c: Context<HonoEnv>) => viewerLanguage(ctx.db, actorOf(c), c.req.header('accept-language'));

  // ---- Schedule and deliveries ----
  r.openapi(
    createRoute({
      operationId: 'runMoments',
      method: 'post',
      path: '/moments/run',
      tags: ['Schedule'],
      summary: 'Run the daily sweep for a day (HR); idempotent',
      security,
      request: { body: jsonBody(s.RunBody) },
      responses: { 200: json(s.RunSummary), ...errors },
    }),
    async (c) => c.json(await moments.runMoments(ctx, actorOf(c), c.req.valid('json').date), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'listDeliveries',
      method: 'get',
      path: '/deliveries',
      tags: ['Schedule'],
      summary: 'Deliveries, newest first; status=failed for those needing attention (HR)',
      security,
      request: { query: s.DeliveriesQuery },
      responses: { 200: json(z.object({ items: z.array(s.Delivery), nextCursor: z.string().nullable() })), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      let after: { dueAt: string; id: string } | undefined;
      if (q.cursor) {
        const [dueAt, id] = Buffer.from(q.cursor, 'base64url').toString('utf8').split('|');
        if (!dueAt || !/^[0-9a-f-]{36}$/.test(id ?? '') || Number.isNaN(Date.parse(dueAt)))
          throw badRequest(
            'The cursor is not valid: use the nextCursor of a previous page.',
            [{ path: 'cursor', message: 'Invalid cursor.' }],
            'invalid-cursor',
          );
        after = { dueAt, id };
      }
      const rows = await moments.listDeliveries(ctx, actorOf(c), { status: q.status, limit: q.limit + 1, after });
      const page = rows.slice(0, q.limit);
      const loc = await lang(c);
      return c.json(
        {
          items: page.map((d) => presentDelivery(d, loc)),
          nextCursor: rows.length > q.limit ? deliveryCursor(page[page.length - 1]) : null,
        },
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      operationId: 'listDeliveryAttempts',
      method: 'get',
      path: '/deliveries/{id}/attempts',
      tags: ['Schedule'],
      summary: 'Every attempt of a delivery and its error',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Attempts), ...errors },
    }),
    async (c) => c.json({ items: (await moments.deliveryAttempts(ctx, actorOf(c), c.req.valid('param').id)).map(presentAttempt) }, 200),
  );
  r.openapi(
    createRoute({
      operationId: 'retryDelivery',
      method: 'post',
      path: '/deliveries/{id}/retry',
      tags: ['Schedule'],
      summary: 'Send a failed delivery again',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Queued' }, ...errors },
    }),
    async (c) => {
      await moments.retryDelivery(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'getPersonTimeline',
      method: 'get',
      path: '/people/{id}/timeline',
      tags: ['Schedule'],
      summary: "A person's moments: delivered and to come (HR, the person, their manager)",
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Timeline), ...errors },
    }),
    async (c) => {
      const t = await moments.timeline(ctx, actorOf(c), c.req.valid('param').id);
      const loc = await lang(c);
      return c.json({ past: t.past.map((d) => presentDelivery(d, loc)), upcoming: t.upcoming.map((u) => presentUpcoming(u, loc)) }, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'getMomentsCalendar',
      method: 'get',
      path: '/moments/calendar',
      tags: ['Schedule'],
      summary: "Upcoming moments of your reports (HR: everyone, or one manager's reports)",
      security,
      request: { query: s.CalendarQuery },
      responses: { 200: json(s.Calendar), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const from = q.from ?? (await orgToday(ctx, actorOf(c).orgId));
      const items = await moments.calendar(ctx, actorOf(c), { from, to: q.to ?? addDays(from, 30), managerId: q.manager });
      const loc = await lang(c);
      return c.json({ items: items.map((i) => presentCalendarItem(i, loc)) }, 200);
    },
  );

  // ---- Tasks ----
  r.openapi(
    createRoute({
      operationId: 'listMyTasks',
      method: 'get',
      path: '/me/tasks',
      tags: ['Tasks'],
      summary: "Your tasks (HR also sees HR's)",
      security,
      request: { query: s.TasksQuery },
      responses: { 200: json(z.object({ items: z.array(s.Task) })), ...errors },
    }),
    async (c) => {
      const items = await tasks.myTasks(ctx, actorOf(c), c.req.valid('query').done === 'true');
      const loc = await lang(c);
      return c.json({ items: items.map((t) => presentTask(t, loc)) }, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'updateTask',
      method: 'patch',
      path: '/tasks/{id}',
      tags: ['Tasks'],
      summary: 'Tick checklist items or complete a task',
      security,
      request: { params: IdParam, body: jsonBody(s.TaskPatch) },
      responses: { 204: { description: 'Saved' }, ...errors },
    }),
    async (c) => {
      await tasks.updateTask(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  // ---- Buddies ----
  r.openapi(
    createRoute({
      operationId: 'getBuddy',
      method: 'get',
      path: '/people/{id}/buddy',
      tags: ['Buddies'],
      summary: "The newcomer's buddy and ranked suggestions with their reasons (HR, the manager)",
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Suggestions), ...errors },
    }),
    async (c) => c.json(await buddies.suggestions(ctx, actorOf(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'setBuddy',
      method: 'put',
      path: '/people/{id}/buddy',
      tags: ['Buddies'],
      summary: 'Confirm a buddy (null: none)',
      security,
      request: { params: IdParam, body: jsonBody(s.BuddyBody) },
      responses: { 200: json(s.Suggestions), ...errors },
    }),
    async (c) => c.json(await buddies.assign(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json').buddyPersonId), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'setBuddyVolunteer',
      method: 'put',
      path: '/me/buddy-volunteer',
      tags: ['Buddies'],
      summary: 'Volunteer as a buddy, or stop',
      security,
      request: { body: jsonBody(s.VolunteerBody) },
      responses: { 204: { description: 'Saved' }, ...errors },
    }),
    async (c) => {
      await buddies.setVolunteer(ctx, actorOf(c), c.req.valid('json').volunteer);
      return c.body(null, 204);
    },
  );

  // ---- Personal moments ----
  r.openapi(
    createRoute({
      operationId: 'getMyMoments',
      method: 'get',
      path: '/me/moments',
      tags: ['Personal moments'],
      summary: 'The moments that matter to you, and who is reminded of them',
      security,
      responses: { 200: json(s.MyMoments), ...errors },
    }),
    async (c) => c.json(presentMyMoments(await personal.getPreferences(ctx, actorOf(c))), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'updateMyMoments',
      method: 'put',
      path: '/me/moments',
      tags: ['Personal moments'],
      summary: 'Choose who is reminded, whether your birth year shows, and which moments you want noticed',
      security,
      request: { body: jsonBody(s.Prefs) },
      responses: { 200: json(s.MyMoments), ...errors },
    }),
    async (c) => c.json(presentMyMoments(await personal.setPreferences(ctx, actorOf(c), c.req.valid('json'))), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'addPersonalMoment',
      method: 'post',
      path: '/me/moments/personal',
      tags: ['Personal moments'],
      summary: "Add a moment of your own (a child's birthday: day and month, first name optional), with your explicit consent",
      security,
      request: { body: jsonBody(s.PersonalMomentBody) },
      responses: { 201: json(z.object({ id: z.string() })), ...errors },
    }),
    async (c) => c.json({ id: await personal.addPersonalMoment(ctx, actorOf(c), c.req.valid('json')) }, 201),
  );
  r.openapi(
    createRoute({
      operationId: 'deletePersonalMoment',
      method: 'delete',
      path: '/me/moments/personal/{id}',
      tags: ['Personal moments'],
      summary: 'Withdraw consent: the moment is deleted and its reminders stop',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await personal.withdrawPersonalMoment(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  return r;
}
