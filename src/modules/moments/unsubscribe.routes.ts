/**
 * /unsubscribe/<token>, public and without a session (RFC 8058). GET shows what the link turns off
 * and a button; it changes nothing, because mail scanners and link previews follow every link.
 * POST (the button, or a mail program's one-click "unsubscribe" with List-Unsubscribe=One-Click)
 * turns exactly that preference of that person off. Not part of the API: these are pages.
 */
import { Hono, type Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import type { HonoEnv } from '../../platform/http.ts';
import { askPage, donePage, invalidPage } from './unsubscribe.pages.ts';
import { lookUp, unsubscribe } from './unsubscribe.service.ts';

export function unsubscribeRoutes(ctx: AppContext) {
  const app = new Hono<HonoEnv>();
  // The token is in the address: nothing of it may leave in a Referer, be cached or be indexed.
  const headers = (c: Context<HonoEnv>) => {
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-robots-tag', 'noindex');
  };

  app.get('/unsubscribe/:token', async (c) => {
    headers(c);
    const token = c.req.param('token');
    const v = await lookUp(ctx, token);
    if (!v) return c.html(invalidPage(), 404);
    return c.html(askPage(v, `/unsubscribe/${encodeURIComponent(token)}`), 200);
  });

  app.post('/unsubscribe/:token', async (c) => {
    headers(c);
    const v = await unsubscribe(ctx, c.req.param('token'), c.get('ip') ?? null);
    if (!v) return c.html(invalidPage(), 404);
    return c.html(donePage(v), 200);
  });
  return app;
}
