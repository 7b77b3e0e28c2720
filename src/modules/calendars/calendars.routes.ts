/** Personal calendar feeds under /api/v1: create (the URL shown once), revoke. (To be built.) */
import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function calendarsRoutes(ctx: AppContext) {
  void ctx;
  return createRouter();
}
