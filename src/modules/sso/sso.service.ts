/** Single sign-on with OpenID Connect: the settings of an organisation and what other modules ask of it. */
import type { AppContext } from '../../platform/context.ts';
import * as repo from './sso.repo.ts';

/**
 * Whether the organisation signs in through its identity provider, and whether it must (then
 * passwords, resets, password invitations and bulk invitations are refused, break-glass admins aside).
 * Required only counts while SSO is enabled: a disabled provider never locks anyone out.
 */
export async function ssoStatus(ctx: AppContext, orgId: string): Promise<{ enabled: boolean; required: boolean }> {
  const config = await repo.findConfig(ctx.db, orgId);
  const enabled = config?.enabled ?? false;
  return { enabled, required: enabled && (config?.required ?? false) };
}
