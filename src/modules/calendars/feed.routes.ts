/** The calendar feed itself: /calendar/<token>.ics, with no session. (To be built.) */
import { Hono } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import type { HonoEnv } from '../../platform/http.ts';

export function calendarFeedRoutes(ctx: AppContext) {
  void ctx;
  return new Hono<HonoEnv>();
}
