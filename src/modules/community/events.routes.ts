/** Community events under /api/v1: job fairs, campus days, meetups, online sessions; sign-ups and attendance. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, jsonBody, security, z } from '../../platform/openapi.ts';
import { presentEvent, presentSignup } from './events.presenters.ts';
import * as s from './events.schemas.ts';
import * as events from './events.service.ts';
import { invite } from './events.mails.ts';

const tags = ['Community events'];

export function eventsRoutes(ctx: AppContext) {
  const r = createRouter();
  r.openapi(
    createRoute({
      operationId: 'listCommunityEvents',
      method: 'get',
      path: '/events',
      tags,
      summary: 'Upcoming community events, with their places and your own sign-up',
      security,
      responses: { 200: json(z.object({ items: z.array(s.Event) })), ...errors },
    }),
    async (c) => c.json({ items: (await events.list(ctx, actorOf(c))).map(presentEvent) }, 200),
  );
  r.openapi(
    createRoute({
      operationId: 'createCommunityEvent',
      method: 'post',
      path: '/events',
      tags,
      summary: 'Create an event (coordinators)',
      security,
      request: { body: jsonBody(s.EventInput) },
      responses: { 201: json(z.object({ id: z.string() })), ...errors },
    }),
    async (c) => c.json({ id: await events.create(ctx, actorOf(c), c.req.valid('json')) }, 201),
  );
  r.openapi(
    createRoute({
      operationId: 'getCommunityEvent',
      method: 'get',
      path: '/events/{eventId}',
      tags,
      summary: 'One event; coordinators also see who signed up',
      security,
      request: { params: s.EventParams },
      responses: { 200: json(s.EventDetail), ...errors },
    }),
    async (c) => {
      const one = await events.get(ctx, actorOf(c), c.req.valid('param').eventId);
      return c.json({ ...presentEvent(one), signups: one.signups?.map(presentSignup) ?? null }, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'updateCommunityEvent',
      method: 'put',
      path: '/events/{eventId}',
      tags,
      summary: 'Edit an event (coordinators); more places move people up from the waiting list',
      security,
      request: { params: s.EventParams, body: jsonBody(s.EventInput) },
      responses: { 204: { description: 'Saved' }, ...errors },
    }),
    async (c) => {
      await events.update(ctx, actorOf(c), c.req.valid('param').eventId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'cancelCommunityEvent',
      method: 'post',
      path: '/events/{eventId}/cancel',
      tags,
      summary: 'Cancel an event (coordinators)',
      security,
      request: { params: s.EventParams },
      responses: { 204: { description: 'Cancelled' }, ...errors },
    }),
    async (c) => {
      await events.cancel(ctx, actorOf(c), c.req.valid('param').eventId);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'signUpForCommunityEvent',
      method: 'put',
      path: '/events/{eventId}/signup',
      tags,
      summary: 'Sign up yourself: confirmed while there is a place, else on the waiting list',
      security,
      request: { params: s.EventParams, body: jsonBody(s.SignupBody) },
      responses: { 200: json(z.object({ status: z.enum(['confirmed', 'waiting']) })), ...errors },
    }),
    async (c) => {
      const status = await events.signUp(ctx, actorOf(c), c.req.valid('param').eventId, c.req.valid('json'));
      return c.json({ status: status as 'confirmed' | 'waiting' }, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'setCommunityEventShowPublicly',
      method: 'put',
      path: '/events/{eventId}/signup/public',
      tags,
      summary: 'Change whether you are shown with the event on the careers pages (your own sign-up; any time, at once)',
      security,
      request: { params: s.EventParams, body: jsonBody(s.ShowPubliclyBody) },
      responses: { 200: json(s.ShowPubliclyBody), ...errors },
    }),
    async (c) => {
      const { showPublicly } = c.req.valid('json');
      return c.json({ showPublicly: await events.setShowPublicly(ctx, actorOf(c), c.req.valid('param').eventId, showPublicly) }, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'cancelCommunityEventSignup',
      method: 'delete',
      path: '/events/{eventId}/signup',
      tags,
      summary: 'Cancel your sign-up; the first one waiting moves up',
      security,
      request: { params: s.EventParams },
      responses: { 204: { description: 'Cancelled' }, ...errors },
    }),
    async (c) => {
      await events.cancelSignUp(ctx, actorOf(c), c.req.valid('param').eventId);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'recordCommunityEventAttendance',
      method: 'put',
      path: '/events/{eventId}/attendance',
      tags,
      summary: 'Record whether a participant came (coordinators)',
      security,
      request: { params: s.EventParams, body: jsonBody(s.AttendanceBody) },
      responses: { 204: { description: 'Saved' }, ...errors },
    }),
    async (c) => {
      await events.recordAttendance(ctx, actorOf(c), c.req.valid('param').eventId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'inviteToCommunityEvent',
      method: 'post',
      path: '/events/{eventId}/invitations',
      tags,
      summary: 'Invite active ambassadors by topic, region or language (coordinators); a mail each, once per person and event',
      security,
      request: { params: s.EventParams, body: jsonBody(s.InviteBody) },
      responses: { 200: json(z.object({ invited: z.number().int() })), ...errors },
    }),
    async (c) => c.json({ invited: await invite(ctx, actorOf(c), c.req.valid('param').eventId, c.req.valid('json')) }, 200),
  );
  return r;
}
