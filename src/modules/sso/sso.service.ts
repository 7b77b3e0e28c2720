/** Single sign-on with OpenID Connect: the settings of an organisation and what other modules ask of it. */
import type { AppContext } from '../../platform/context.ts';
import { commitChange } from '../../platform/change.ts';
import { encryptSecret } from '../../platform/encryption.ts';
import { AppError, notFound, problem } from '../../platform/errors.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { consume } from '../../platform/rate-limit.ts';
import { serverMetadata, SsoProviderError } from './sso.client.ts';
import { issuerProblem, type Preset } from './sso.presets.ts';
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

export const SSO_REQUIRED_MESSAGE = 'Your organisation signs in with your work account: use "Sign in with your work account".';

/**
 * Refuses a password (sign-in, reset, accepting an invitation) where the organisation requires SSO,
 * unless `userId` is one of its break-glass admins.
 */
export async function assertPasswordAllowed(ctx: AppContext, orgId: string, userId: string | null): Promise<void> {
  if (!(await passwordAllowed(ctx, orgId, userId))) throw problem('sso-required', SSO_REQUIRED_MESSAGE);
}

export async function passwordAllowed(ctx: AppContext, orgId: string, userId: string | null): Promise<boolean> {
  const config = await repo.findConfig(ctx.db, orgId);
  if (!config?.enabled || !config.required) return true;
  if (userId === null) return false;
  // Alumni accounts sign in with a personal address the identity provider does not know: "require
  // single sign-on" is for the employer's own staff, never a lock on those who left.
  return config.break_glass_user_ids.includes(userId) || (await repo.isAlumniAccount(ctx.db, orgId, userId));
}

/**
 * What the client secret is sealed for: this organisation, issuer and client id. A sealed secret
 * opens only for the provider it was entered for (a changed issuer or client id cannot read it).
 */
export const secretPurpose = (orgId: string, issuer: string, clientId: string) => `sso:${orgId}:${JSON.stringify([issuer, clientId])}`;

/** Where the identity provider sends people back: register this exact address there. */
export const redirectUri = (ctx: AppContext) => `${ctx.config.publicUrl}/auth/sso/callback`;

export async function getSettings(ctx: AppContext, actor: Actor) {
  authorize(actor, 'integrations.manage');
  return { redirectUri: redirectUri(ctx), config: await repo.findConfig(ctx.db, actor.orgId) };
}

export interface SettingsInput {
  preset: Preset;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  linkBy: 'email' | 'employee_number';
  employeeNumberClaim: string | null;
  groupsClaim: string;
  roleMap: repo.RoleMapping[];
  defaultRole: 'coordinator' | 'manager' | 'employee';
  enabled: boolean;
  required: boolean;
  breakGlassUserIds: string[];
  googleDomain?: string | null;
}

const itemError = (code: 'sso-invalid-issuer' | 'sso-break-glass-invalid', path: string, message: string) =>
  new AppError(code, message, { errors: [{ path, message }] });

export async function saveSettings(ctx: AppContext, actor: Actor, input: SettingsInput, ip: string | null) {
  authorize(actor, 'integrations.manage');
  const issuer = input.issuer.replace(/\/+$/, '');
  const wrongIssuer = issuerProblem(input.preset, issuer, ctx.config.allowPrivateUrls);
  if (wrongIssuer) throw itemError('sso-invalid-issuer', 'body.issuer', wrongIssuer);
  if (input.linkBy === 'employee_number' && !input.employeeNumberClaim) {
    throw new AppError('validation-failed', 'Name the claim that holds the employee number.', {
      errors: [{ path: 'body.employeeNumberClaim', code: 'required', message: 'Name the claim that holds the employee number.' }],
    });
  }
  const googleDomain = input.preset === 'google' ? (input.googleDomain ?? null) : null;
  if (input.preset === 'google' && !googleDomain) {
    const message = 'Enter the domain of your Google Workspace: only its accounts may sign in.';
    throw new AppError('validation-failed', message, { errors: [{ path: 'body.googleDomain', code: 'required', message }] });
  }
  const breakGlass = [...new Set(input.breakGlassUserIds)];
  const admins = await repo.activeAdminIds(ctx.db, actor.orgId, breakGlass);
  const notAdmins = breakGlass.filter((id) => !admins.includes(id));
  if (notAdmins.length)
    throw itemError('sso-break-glass-invalid', 'body.breakGlassUserIds', `Not an active admin here: ${notAdmins.join(', ')}.`);
  // Whoever turns "required" on must keep a way in: a break-glass admin, or their own work account.
  if (input.required && breakGlass.length === 0 && !(await repo.hasSsoSubject(ctx.db, actor.orgId, actor.userId))) {
    throw problem(
      'sso-lockout',
      'Name at least one break-glass admin, or sign in with your work account once before requiring single sign-on.',
    );
  }
  const existing = await repo.findConfig(ctx.db, actor.orgId);
  if (!input.clientSecret && !existing) throw problem('sso-secret-required', 'Enter the client secret of the identity provider.');
  // The stored secret belongs to the provider it was entered for: pointing Embassy at another issuer
  // or client id without typing the secret again would send it there.
  if (!input.clientSecret && existing && (existing.issuer !== issuer || existing.client_id !== input.clientId)) {
    const message = 'The issuer or client id changed: enter the client secret again.';
    throw new AppError('sso-secret-reenter', message, { errors: [{ path: 'body.clientSecret', message }] });
  }
  const sealed = input.clientSecret
    ? encryptSecret(ctx.config, input.clientSecret, secretPurpose(actor.orgId, issuer, input.clientId))
    : existing!.client_secret_sealed;
  const changed = existing ? changedFields(existing, { ...input, googleDomain }, issuer) : ['created'];
  return commitChange(
    ctx,
    actor,
    {
      action: existing ? 'sso.update' : 'sso.create',
      targetType: 'sso_config',
      targetId: actor.orgId,
      ip,
      // What changed, never the secret itself: only that it was replaced.
      details: {
        changed: input.clientSecret && existing ? [...changed, 'clientSecret'] : changed,
        preset: input.preset,
        issuer,
        enabled: input.enabled,
        required: input.required,
        breakGlassUserIds: breakGlass,
        ...(googleDomain ? { googleDomain } : {}),
      },
    },
    (tx) =>
      repo.upsertConfig(
        tx,
        actor.orgId,
        {
          ...input,
          issuer,
          clientSecretSealed: sealed,
          employeeNumberClaim: input.linkBy === 'employee_number' ? input.employeeNumberClaim : (input.employeeNumberClaim ?? null),
          breakGlassUserIds: breakGlass,
          googleDomain,
        },
        ctx.clock.now(),
      ),
  );
}

function changedFields(row: repo.SsoConfigRow, input: SettingsInput, issuer: string): string[] {
  const pairs: [string, unknown, unknown][] = [
    ['preset', row.preset, input.preset],
    ['issuer', row.issuer, issuer],
    ['clientId', row.client_id, input.clientId],
    ['linkBy', row.link_by, input.linkBy],
    ['employeeNumberClaim', row.employee_number_claim, input.employeeNumberClaim],
    ['groupsClaim', row.groups_claim, input.groupsClaim],
    ['roleMap', JSON.stringify(row.role_map), JSON.stringify(input.roleMap)],
    ['defaultRole', row.default_role, input.defaultRole],
    ['enabled', row.enabled, input.enabled],
    ['required', row.required, input.required],
    ['googleDomain', row.google_domain, input.googleDomain ?? null],
    ['breakGlassUserIds', [...row.break_glass_user_ids].sort().join(), [...new Set(input.breakGlassUserIds)].sort().join()],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([name]) => name);
}

export async function deleteSettings(ctx: AppContext, actor: Actor, ip: string | null): Promise<void> {
  authorize(actor, 'integrations.manage');
  // Thrown inside the transaction: nothing removed, nothing audited.
  await commitChange(ctx, actor, { action: 'sso.delete', targetType: 'sso_config', targetId: actor.orgId, ip }, async (tx) => {
    if (!(await repo.deleteConfig(tx, actor.orgId))) throw notFound('SSO configuration');
  });
}

/** Reads the issuer's discovery document now (not from the cache) and says what it offers. */
export async function checkConnection(ctx: AppContext, actor: Actor, input: { issuer?: string; preset?: Preset }) {
  authorize(actor, 'integrations.manage');
  await consume(ctx.db, ctx.clock, { key: `sso-check:org:${actor.orgId}`, max: 30, windowSeconds: 600 });
  const saved = await repo.findConfig(ctx.db, actor.orgId);
  const issuer = (input.issuer ?? saved?.issuer)?.replace(/\/+$/, '');
  if (!issuer) throw problem('sso-discovery-failed', 'Enter an issuer first.', { params: { reason: 'no-issuer' } });
  const wrong = issuerProblem(input.preset ?? saved?.preset ?? 'generic', issuer, ctx.config.allowPrivateUrls);
  if (wrong) throw itemError('sso-invalid-issuer', 'body.issuer', wrong);
  try {
    const m = await serverMetadata(ctx, issuer, true);
    return {
      issuer: m.issuer,
      authorizationEndpoint: m.authorization_endpoint ?? '',
      tokenEndpoint: m.token_endpoint ?? null,
      userinfoEndpoint: m.userinfo_endpoint ?? null,
      jwksUri: m.jwks_uri ?? null,
      pkceS256: (m.code_challenge_methods_supported ?? []).includes('S256'),
      tokenEndpointAuthMethods: m.token_endpoint_auth_methods_supported ?? ['client_secret_basic'],
      claimsSupported: (m.claims_supported as string[] | undefined) ?? [],
    };
  } catch (err) {
    if (err instanceof SsoProviderError) throw problem('sso-discovery-failed', err.message, { params: { reason: err.reason } });
    throw err;
  }
}

/**
 * "Sign in with your work account": the organisations whose SSO is enabled and that use this
 * address's DOMAIN (an account or a directory entry with it). Only the domain counts, so the answer
 * is the same for every address of a domain and says nothing about whether one address exists.
 */
export async function discover(ctx: AppContext, email: string, ip: string) {
  await consume(ctx.db, ctx.clock, { key: `sso-discover:ip:${ip}`, max: 300, windowSeconds: 600 });
  const domain = email.trim().toLowerCase().split('@').pop() ?? '';
  const orgs = domain ? await repo.orgsForDomain(ctx.db, domain) : [];
  return orgs.map((o) => ({ slug: o.slug, name: o.name, startUrl: `/auth/sso/${encodeURIComponent(o.slug)}` }));
}
