/** Webhook endpoints, their delivery log and replay under /api/v1. (To be built.) */
import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function webhooksRoutes(ctx: AppContext) {
  void ctx;
  return createRouter();
}
