/** Chat channels (Teams, Slack incoming webhooks) under /api/v1. (To be built.) */
import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function chatRoutes(ctx: AppContext) {
  void ctx;
  return createRouter();
}
