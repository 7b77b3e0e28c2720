/** Bulk invitations under /api/v1: everyone of a segment without an account. (To be built.) */
import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function bulkInvitationRoutes(ctx: AppContext) {
  void ctx;
  return createRouter();
}
