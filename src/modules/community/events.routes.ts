/** Community events under /api/v1: job fairs, campus days, meetups, online sessions; sign-ups and attendance. (To be built.) */
import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function eventsRoutes(ctx: AppContext) {
  void ctx;
  return createRouter();
}
