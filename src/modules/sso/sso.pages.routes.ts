/** The browser side of single sign-on: /auth/sso/<org> starts, /auth/sso/callback returns. (To be built.) */
import { Hono } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import type { HonoEnv } from '../../platform/http.ts';

export function ssoPageRoutes(ctx: AppContext) {
  void ctx;
  return new Hono<HonoEnv>();
}
