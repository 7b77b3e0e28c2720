/** Single sign-on settings under /api/v1: the identity provider of an organisation. (To be built.) */
import type { AppContext } from '../../platform/context.ts';
import { createRouter } from '../../platform/openapi.ts';

export function ssoRoutes(ctx: AppContext) {
  void ctx;
  return createRouter();
}
