/**
 * The calendar feed itself: GET /calendar/<token>.ics, with no session (calendar programs have
 * none). The token is the secret: only its hash is stored, the path is hidden in logs
 * (platform/log.ts), and an unknown or revoked one answers 404. Rate-limited per token.
 */
import { Hono } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { HonoEnv } from '../../platform/http.ts';
import { renderFeed } from './calendars.service.ts';

export function calendarFeedRoutes(ctx: AppContext) {
  const app = new Hono<HonoEnv>();
  app.get('/calendar/:file', async (c) => {
    c.header('referrer-policy', 'no-referrer');
    c.header('x-robots-tag', 'noindex');
    const file = c.req.param('file');
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound('Calendar feed');
    const ics = await renderFeed(ctx, token, c.get('ip') ?? null);
    if (ics === null) throw notFound('Calendar feed');
    c.header('content-type', 'text/calendar; charset=utf-8');
    c.header('content-disposition', 'inline; filename="embassy.ics"');
    c.header('cache-control', 'private, max-age=900');
    return c.body(ics, 200);
  });
  return app;
}
