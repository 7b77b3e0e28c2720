/**
 * The browser side of single sign-on: GET /auth/sso/<org> starts (redirect to the identity
 * provider), GET /auth/sso/callback returns. The flow cookie binds the callback to the browser that
 * started it (httpOnly, SameSite=Lax so the provider's top-level redirect carries it, ten minutes).
 * Failures are pages in the person's language, not JSON: a browser lands here.
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../../platform/context.ts';
import { secureCookie, setSessionCookie, type HonoEnv } from '../../platform/http.ts';
import { finishFlow, SsoFailure, startFlow, type FlowRequest } from './flow.service.ts';
import { failurePage, failureStatus } from './sso.pages.ts';

const FLOW_COOKIE = 'embassy_sso_flow';
const FLOW_PATH = '/auth/sso/callback';

export function ssoPageRoutes(ctx: AppContext) {
  const app = new Hono<HonoEnv>();
  const req = (c: Context<HonoEnv>): FlowRequest => ({
    ip: c.get('ip'),
    userAgent: c.req.header('user-agent') ?? null,
    acceptLanguage: c.req.header('accept-language'),
  });
  const headers = (c: Context<HonoEnv>) => {
    c.header('cache-control', 'no-store');
    // The callback's address carries the code and state: nothing of it may leave in a Referer.
    c.header('referrer-policy', 'no-referrer');
    c.header('x-robots-tag', 'noindex');
  };
  const failed = (c: Context<HonoEnv>, err: unknown) => {
    if (!(err instanceof SsoFailure)) throw err;
    return c.html(failurePage(err.lang, err.reason, err.org), failureStatus(err.reason));
  };

  app.get('/auth/sso/callback', async (c) => {
    headers(c);
    const cookieState = getCookie(c, FLOW_COOKIE) ?? null;
    deleteCookie(c, FLOW_COOKIE, { path: FLOW_PATH });
    try {
      const url = new URL(c.req.url);
      const { signedIn, returnTo } = await finishFlow(ctx, url.searchParams, cookieState, req(c));
      setSessionCookie(ctx, c, signedIn.sessionToken);
      return c.redirect(returnTo, 303);
    } catch (err) {
      return failed(c, err);
    }
  });

  app.get('/auth/sso/:orgSlug', async (c) => {
    headers(c);
    try {
      const { url, state } = await startFlow(
        ctx,
        c.req.param('orgSlug'),
        { returnTo: c.req.query('returnTo'), lang: c.req.query('lang'), loginHint: c.req.query('login_hint') },
        req(c),
      );
      setCookie(c, FLOW_COOKIE, state, { httpOnly: true, sameSite: 'Lax', secure: secureCookie(ctx, c), path: FLOW_PATH, maxAge: 600 });
      return c.redirect(url, 302);
    } catch (err) {
      return failed(c, err);
    }
  });
  return app;
}
