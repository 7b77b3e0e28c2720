/** SCIM 2.0 (RFC 7643, 7644) at /scim/v2: Users, ServiceProviderConfig, Schemas, ResourceTypes. (To be built.) */
import { Hono } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import type { HonoEnv } from '../../platform/http.ts';

export function scimRoutes(ctx: AppContext) {
  void ctx;
  return new Hono<HonoEnv>();
}
