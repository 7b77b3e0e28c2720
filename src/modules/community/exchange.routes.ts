/** The ambassadors' internal exchange under /api/v1: posts, comments, reactions, topics, feeds. (To be built.) */
import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function exchangeRoutes(ctx: AppContext) {
  void ctx;
  return createRouter();
}
