import { Hono } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import type { HonoEnv } from '../../platform/http.ts';

/** The respondent's pages (/surveys/<token>): public, without a session, without JavaScript. */
export function respondRoutes(_ctx: AppContext) {
  return new Hono<HonoEnv>();
}
