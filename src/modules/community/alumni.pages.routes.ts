/**
 * /alumni/<token>: the mailed link's page, public and without a session. GET shows the choice and
 * changes nothing (mail scanners follow links); POST (the button) makes it, for exactly the person
 * the signed link names. Not part of the API: these are pages.
 */
import { Hono, type Context } from 'hono';
import { AppError } from '../../platform/errors.ts';
import type { AppContext } from '../../platform/context.ts';
import type { HonoEnv } from '../../platform/http.ts';
import { z } from '../../platform/openapi.ts';
import { ALUMNI_PATH } from './alumni.link.ts';
import { choicePage, donePage, invalidLinkPage, noticePage, type AlumniPageView, type PageError } from './alumni.pages.ts';
import { chooseByLink, lookUpLink, type AlumniSubject } from './alumni.service.ts';

const view = (s: AlumniSubject): AlumniPageView => ({
  lang: s.language,
  orgName: s.org_name,
  brandColour: s.brand_colour,
  firstName: s.first_name,
  sensitive: s.sensitive,
});

const EmailField = z.string().trim().min(1).max(254).email();

export function alumniPageRoutes(ctx: AppContext) {
  const app = new Hono<HonoEnv>();
  // The token is in the address: nothing of it may leave in a Referer, be cached or be indexed.
  const headers = (c: Context<HonoEnv>) => {
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-robots-tag', 'noindex');
  };

  app.get(`${ALUMNI_PATH}/:token`, async (c) => {
    headers(c);
    const token = c.req.param('token');
    const found = await lookUpLink(ctx, token, c.get('ip') ?? 'unknown');
    if (!found) return c.html(invalidLinkPage(), 404);
    const s = found.subject;
    if (s.chosen_at && !s.left_at) return c.html(noticePage(view(s), 'already'), 200);
    // Used up by a choice or leave since it was sent: it shows and chooses nothing any more.
    if (found.spent) return c.html(invalidLinkPage(), 410);
    if (!s.eligible) return c.html(noticePage(view(s), 'notEligible'), 200);
    return c.html(choicePage(view(s), `${ALUMNI_PATH}/${encodeURIComponent(token)}`), 200);
  });

  app.post(`${ALUMNI_PATH}/:token`, async (c) => {
    headers(c);
    const token = c.req.param('token');
    const found = await lookUpLink(ctx, token, c.get('ip') ?? 'unknown');
    if (!found) return c.html(invalidLinkPage(), 404);
    const s = found.subject;
    const action = `${ALUMNI_PATH}/${encodeURIComponent(token)}`;
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const typed = typeof body.email === 'string' ? body.email.slice(0, 254) : '';
    const email = EmailField.safeParse(typed);
    if (!email.success) {
      return c.html(choicePage(view(s), action, { email: typed, error: 'badEmail' }), 422);
    }
    try {
      await chooseByLink(ctx, token, { email: email.data, careers: body.careers === 'yes' }, c.get('ip') ?? 'unknown');
    } catch (err) {
      if (!(err instanceof AppError) || err.status === 429) throw err;
      if (err.code === 'alumni-link-spent') return c.html(invalidLinkPage(), 410);
      if (err.code === 'conflict') return c.html(noticePage(view(s), 'already'), 200);
      if (err.code === 'alumni-not-eligible') return c.html(noticePage(view(s), 'notEligible'), 200);
      const error: PageError =
        err.code === 'already-has-account'
          ? 'taken'
          : err.code === 'sensitive-person-internal-only'
            ? 'sensitive'
            : err.code === 'behind-the-scenes-internal-only'
              ? 'behindTheScenes'
              : 'workEmail';
      return c.html(choicePage(view(s), action, { email: typed, error }), err.status as 409);
    }
    return c.html(donePage(view(s), email.data), 200);
  });
  return app;
}
