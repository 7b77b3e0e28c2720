/** Personal calendar feeds under /api/v1: whether one exists, create (the URL shown once), revoke. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, security } from '../../platform/openapi.ts';
import { createFeed, feedStatus, revokeFeed } from './calendars.service.ts';
import { CalendarFeed, CreatedCalendarFeed } from './calendars.schemas.ts';

const present = (row: { created_at: Date; last_used_at: Date | null } | null) => ({
  exists: row !== null,
  createdAt: row?.created_at.toISOString() ?? null,
  lastUsedAt: row?.last_used_at?.toISOString() ?? null,
});

export function calendarsRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'getCalendarFeed',
      method: 'get',
      path: '/me/calendar-feed',
      tags: ['Calendar feed'],
      summary: 'Whether you have a personal calendar feed, since when, and when it was last read',
      security,
      responses: { 200: json(CalendarFeed), ...errors },
    }),
    async (c) => c.json(present(await feedStatus(ctx, actorOf(c))), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'createCalendarFeed',
      method: 'post',
      path: '/me/calendar-feed',
      tags: ['Calendar feed'],
      summary: 'A new secret calendar feed URL (shown once) of your moments, tasks and events; the previous one stops working',
      security,
      responses: { 201: json(CreatedCalendarFeed, 'Created'), ...errors },
    }),
    async (c) => {
      const { url, row } = await createFeed(ctx, actorOf(c));
      return c.json({ ...present(row), url }, 201);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'revokeCalendarFeed',
      method: 'delete',
      path: '/me/calendar-feed',
      tags: ['Calendar feed'],
      summary: 'Revoke your calendar feed URL: calendar programs get 404 from it',
      security,
      responses: { 204: { description: 'Revoked' }, ...errors },
    }),
    async (c) => {
      await revokeFeed(ctx, actorOf(c));
      return c.body(null, 204);
    },
  );

  return r;
}
