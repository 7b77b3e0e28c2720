/** SCIM bearer tokens under /api/v1: created and revoked by admins, audited. (To be built.) */
import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function scimTokenRoutes(ctx: AppContext) {
  void ctx;
  return createRouter();
}
