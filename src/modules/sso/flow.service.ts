/**
 * The sign-in through the identity provider: start (a flow row with the hashed state, the nonce and
 * the PKCE verifier, ten minutes) and finish (checks, then link the person, find or create the
 * account, and open an ordinary session: signing out ends it like any other).
 */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { decryptSecret, SecretUnreadable } from '../../platform/encryption.ts';
import { AppError } from '../../platform/errors.ts';
import { browserLanguage, isUiLanguage, type UiLanguage } from '../../platform/language.ts';
import { orgToday } from '../../platform/org-time.ts';
import { consumeAll } from '../../platform/rate-limit.ts';
import { hashToken } from '../../platform/tokens.ts';
import { createSession, type SignedIn } from '../accounts/sign-in.service.ts';
import { authorizationUrl, clientFor, exchange, ExchangeError, rememberKeys, SsoProviderError, type RelyingParty } from './sso.client.ts';
import { groupsOverage, roleFromGroups, ROLE_RANK, verifiedEmails, type MappedRole } from './sso.presets.ts';
import * as repo from './sso.repo.ts';
import { redirectUri, secretPurpose } from './sso.service.ts';

const FLOW_MINUTES = 10;

/** Every way a sign-in through the identity provider can fail: the error page and the audit entry name it. */
export const FAILURE_REASONS = [
  'not-configured',
  'state-mismatch',
  'idp-error',
  'wrong-client-secret',
  'clock-skew',
  'invalid-token',
  'token-refused',
  'idp-unreachable',
  'unverified-email',
  'no-person',
  'ambiguous-person',
  'account-disabled',
  'person-left',
  'too-many-requests',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export class SsoFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly lang: UiLanguage,
    readonly org: { id: string; name: string; slug: string } | null,
    detail: string,
  ) {
    super(detail);
  }
}

export interface FlowRequest {
  ip: string;
  userAgent: string | null;
  acceptLanguage: string | null | undefined;
}

/** Only a path of this site: never another site (an open redirect), never a protocol-relative //host. */
export function safeReturnTo(raw: string | null | undefined): string {
  if (!raw || raw.length > 500 || !/^\/(?![/\\])[\x21-\x7e]*$/.test(raw)) return '/';
  return raw;
}

const langOf = (org: repo.OrgRow | null, stored: string | null, acceptLanguage: string | null | undefined): UiLanguage =>
  isUiLanguage(stored)
    ? stored
    : (browserLanguage(acceptLanguage) ?? (org && isUiLanguage(org.default_language) ? org.default_language : 'en'));

async function fail(
  ctx: AppContext,
  reason: FailureReason,
  org: repo.OrgRow | null,
  lang: UiLanguage,
  req: FlowRequest,
  detail: string,
  label?: string,
): Promise<never> {
  await audit(ctx.db, ctx.clock, {
    orgId: org?.id ?? null,
    actorLabel: label ?? 'single sign-on',
    action: 'sso.failed',
    ip: req.ip,
    details: { reason, detail: detail.slice(0, 300) },
  });
  throw new SsoFailure(reason, lang, org ? { id: org.id, name: org.name, slug: org.slug } : null, detail);
}

/**
 * Limits on starts and callbacks: per organisation generously (everyone of an office behind one
 * address signs in around nine), per address more tightly, and never by address alone.
 */
async function limit(ctx: AppContext, what: 'start' | 'callback', by: { ip?: string; orgId?: string }) {
  await consumeAll(ctx.db, ctx.clock, [
    ...(by.ip ? [{ key: `sso-${what}:ip:${by.ip}`, max: 600, windowSeconds: 600 }] : []),
    ...(by.orgId ? [{ key: `sso-${what}:org:${by.orgId}`, max: 20_000, windowSeconds: 600 }] : []),
  ]);
}

function relyingParty(ctx: AppContext, config: repo.SsoConfigRow): RelyingParty {
  return {
    issuer: config.issuer,
    clientId: config.client_id,
    clientSecret: decryptSecret(ctx.config, config.client_secret_sealed, secretPurpose(config.org_id, config.issuer, config.client_id)),
  };
}

export async function startFlow(
  ctx: AppContext,
  slug: string,
  input: { returnTo?: string | null; lang?: string | null; loginHint?: string | null },
  req: FlowRequest,
): Promise<{ url: string; state: string }> {
  const org = await repo.findOrgBySlug(ctx.db, slug);
  const lang = langOf(org, input.lang ?? null, req.acceptLanguage);
  await limit(ctx, 'start', { ip: req.ip, orgId: org?.id }).catch((err) => tooMany(err, org, lang));
  const config = org ? await repo.findConfig(ctx.db, org.id) : null;
  if (!org || !config?.enabled) return fail(ctx, 'not-configured', org, lang, req, `No single sign-on is enabled for "${slug}".`);
  let started;
  try {
    const client = await clientFor(ctx, relyingParty(ctx, config));
    const extra: Record<string, string> = {};
    if (input.loginHint && input.loginHint.length <= 254) extra.login_hint = input.loginHint;
    started = await authorizationUrl(client, redirectUri(ctx), extra);
  } catch (err) {
    if (err instanceof SsoProviderError) return fail(ctx, 'idp-unreachable', org, lang, req, err.message);
    if (err instanceof SecretUnreadable) return fail(ctx, 'wrong-client-secret', org, lang, req, err.message);
    throw err;
  }
  const now = ctx.clock.now();
  await repo.insertFlow(ctx.db, {
    stateHash: hashToken(started.state),
    orgId: org.id,
    nonce: started.nonce,
    codeVerifier: started.codeVerifier,
    returnTo: safeReturnTo(input.returnTo),
    language: isUiLanguage(input.lang) ? input.lang : browserLanguage(req.acceptLanguage),
    now,
    expiresAt: new Date(now.getTime() + FLOW_MINUTES * 60_000),
  });
  return { url: started.url, state: started.state };
}

function tooMany(err: unknown, org: repo.OrgRow | null, lang: UiLanguage): never {
  if (err instanceof AppError && err.code === 'too-many-requests') {
    throw new SsoFailure('too-many-requests', lang, org ? { id: org.id, name: org.name, slug: org.slug } : null, err.message);
  }
  throw err;
}

export interface Finished {
  signedIn: SignedIn;
  returnTo: string;
}

/**
 * The identity provider sent the browser back. `cookieState` is the state this browser started
 * with (the flow cookie): a callback with another state, or none, is someone else's flow.
 */
export async function finishFlow(ctx: AppContext, query: URLSearchParams, cookieState: string | null, req: FlowRequest): Promise<Finished> {
  const state = query.get('state');
  await limit(ctx, 'callback', { ip: req.ip }).catch((err) => tooMany(err, null, langOf(null, null, req.acceptLanguage)));
  if (!state || !cookieState || state !== cookieState) {
    return fail(
      ctx,
      'state-mismatch',
      null,
      langOf(null, null, req.acceptLanguage),
      req,
      'The state does not match this browser’s sign-in.',
    );
  }
  const flow = await repo.takeFlow(ctx.db, hashToken(state));
  const org = flow ? await repo.findOrg(ctx.db, flow.org_id) : null;
  const lang = langOf(org, flow?.language ?? null, req.acceptLanguage);
  if (!flow || !org || flow.expires_at <= ctx.clock.now()) {
    return fail(ctx, 'state-mismatch', org, lang, req, 'This sign-in expired or was used already.');
  }
  await limit(ctx, 'callback', { orgId: org.id }).catch((err) => tooMany(err, org, lang));
  const config = await repo.findConfig(ctx.db, org.id);
  if (!config?.enabled) return fail(ctx, 'not-configured', org, lang, req, 'Single sign-on was turned off.');

  const idpError = query.get('error');
  if (idpError) {
    const description = (query.get('error_description') ?? '').slice(0, 200);
    return fail(ctx, 'idp-error', org, lang, req, `${idpError.slice(0, 60)}${description ? `: ${description}` : ''}`);
  }

  let claims: Record<string, unknown>;
  try {
    const rp = relyingParty(ctx, config);
    const client = await clientFor(ctx, rp);
    const callbackUrl = new URL(redirectUri(ctx));
    callbackUrl.search = query.toString();
    claims = await exchange(client, callbackUrl, { state, nonce: flow.nonce, codeVerifier: flow.code_verifier });
    rememberKeys(rp, client);
  } catch (err) {
    if (err instanceof ExchangeError) return fail(ctx, err.reason, org, lang, req, err.message);
    if (err instanceof SsoProviderError) return fail(ctx, 'idp-unreachable', org, lang, req, err.message);
    if (err instanceof SecretUnreadable) return fail(ctx, 'wrong-client-secret', org, lang, req, err.message);
    throw err;
  }
  return link(ctx, config, org, lang, claims, flow.return_to, req);
}

async function link(
  ctx: AppContext,
  config: repo.SsoConfigRow,
  org: repo.OrgRow,
  lang: UiLanguage,
  claims: Record<string, unknown>,
  returnTo: string,
  req: FlowRequest,
): Promise<Finished> {
  const subject = `${String(claims.iss)} ${String(claims.sub)}`;
  const label = typeof claims.email === 'string' ? claims.email : subject;
  const failing = (reason: FailureReason, detail: string) => fail(ctx, reason, org, lang, req, detail, label);

  // 1. The directory entry: by a verified email, or by the employee number claim.
  let person: repo.LinkPersonRow | null = null;
  let emails: string[] = [];
  let user = await repo.userBySubject(ctx.db, org.id, subject);
  if (config.link_by === 'employee_number') {
    const raw = claims[config.employee_number_claim ?? ''];
    const number = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (number) person = await repo.personByEmployeeNumber(ctx.db, org.id, number);
    if (!person && !user) return failing('no-person', `No person with the employee number in "${config.employee_number_claim}".`);
  } else {
    emails = verifiedEmails(config.preset, claims, config.google_domain);
    if (emails.length === 0 && !user)
      return failing('unverified-email', 'The identity provider did not say the email address is verified.');
    const found = await repo.peopleByEmails(ctx.db, org.id, emails);
    if (found.length > 1) return failing('ambiguous-person', 'Several directory entries have these addresses.');
    person = found[0] ?? null;
  }
  if (!person && user?.person_id) person = await repo.personById(ctx.db, org.id, user.person_id);
  user ??= await repo.userByPersonOrEmail(ctx.db, org.id, person?.id ?? null, person?.work_email ? [person.work_email, ...emails] : emails);
  // An account without a directory entry (an admin, say) may sign in by its verified address too.
  if (!person && !user) return failing('no-person', 'No directory entry or account has this address.');

  // 2. Still here: not disabled, not left.
  if (user?.disabled_at) return failing('account-disabled', 'This account is disabled.');
  if (person?.deprovisioned) return failing('person-left', 'Ended by the provisioning client (SCIM).');
  if (person?.end_date && person.end_date < (await orgToday(ctx, org.id))) return failing('person-left', `Left on ${person.end_date}.`);

  // 3. The role (see decideRole).
  const { role, roleSource, reason } = decideRole(config, claims, user);

  const email = user?.email ?? person?.work_email ?? emails[0] ?? verifiedEmails(config.preset, claims, config.google_domain)[0];
  if (!email) return failing('unverified-email', 'No verified email address for the new account.');
  const displayName =
    [person?.first_name, person?.last_name].filter(Boolean).join(' ') || (typeof claims.name === 'string' ? claims.name.slice(0, 200) : '');
  const signedIn = await ctx.db.transaction(async (tx) => {
    let account: repo.LinkUserRow;
    if (!user) {
      account = await repo.insertSsoUser(tx, {
        orgId: org.id,
        email,
        role,
        roleSource,
        personId: person?.id ?? null,
        subject,
        displayName,
      });
      await audit(tx, ctx.clock, {
        orgId: org.id,
        actorUserId: account.id,
        actorLabel: email,
        action: 'sso.account_created',
        targetType: 'user',
        targetId: account.id,
        ip: req.ip,
        details: { role, reason, personId: account.person_id },
      });
    } else {
      account = await repo.linkSsoUser(tx, org.id, user.id, { role, roleSource, personId: person?.id ?? null, subject });
      if (user.sso_subject !== subject) {
        await audit(tx, ctx.clock, {
          orgId: org.id,
          actorUserId: user.id,
          actorLabel: user.email,
          action: 'sso.account_linked',
          targetType: 'user',
          targetId: user.id,
          ip: req.ip,
          details: { previouslyLinked: user.sso_subject !== null },
        });
      }
      if (user.role !== role) {
        await audit(tx, ctx.clock, {
          orgId: org.id,
          actorUserId: user.id,
          actorLabel: user.email,
          action: 'sso.role_changed',
          targetType: 'user',
          targetId: user.id,
          ip: req.ip,
          details: { from: user.role, to: role, reason, groupsClaim: config.groups_claim },
        });
      }
    }
    const session = await createSession(ctx, tx, account, { ip: req.ip, userAgent: req.userAgent });
    await audit(tx, ctx.clock, {
      orgId: org.id,
      actorUserId: account.id,
      actorLabel: account.email,
      action: 'auth.sign_in_sso',
      ip: req.ip,
      // Entra sent no groups (too many): worth knowing when a role looks wrong.
      ...(config.role_map.length > 0 && groupsOverage(claims, config.groups_claim) ? { details: { groupsOverage: true } } : {}),
    });
    return session;
  });
  return { signedIn, returnTo };
}

/** Why an account has the role a sign-in gives it: the audit entries say it. */
export type RoleReason = 'break-glass' | 'group' | 'default' | 'no-group' | 'groups-overage' | 'kept';

/**
 * The role of a sign-in. A break-glass admin stays admin. A mapped group gives its role (the highest)
 * and the account remembers that the mapping gave it (`role_source` 'sso:<role>'). No group matches:
 * a new account gets the default role; an account whose role the mapping gave (and nobody changed
 * since) falls back to the default role, so leaving the group takes the role back; a role an admin
 * set stays. When the token says the groups did not fit in it (Entra above 200 groups), the groups
 * are unknown: the mapping's role falls back too, but never higher than it was (the default role
 * might be higher than what the mapping gave).
 */
export function decideRole(
  config: repo.SsoConfigRow,
  claims: Record<string, unknown>,
  user: repo.LinkUserRow | null,
): { role: MappedRole; roleSource: string | null; reason: RoleReason } {
  if (user && config.break_glass_user_ids.includes(user.id)) return { role: 'admin', roleSource: null, reason: 'break-glass' };
  const mapped = roleFromGroups(claims[config.groups_claim], config.role_map);
  if (mapped) return { role: mapped, roleSource: `sso:${mapped}`, reason: 'group' };
  if (!user) return { role: config.default_role, roleSource: null, reason: 'default' };
  const fromMapping = user.role_source === `sso:${user.role}`;
  if (!fromMapping) return { role: user.role, roleSource: user.role_source, reason: 'kept' };
  if (config.role_map.length > 0 && groupsOverage(claims, config.groups_claim)) {
    return ROLE_RANK[config.default_role] < ROLE_RANK[user.role]
      ? { role: config.default_role, roleSource: null, reason: 'groups-overage' }
      : { role: user.role, roleSource: user.role_source, reason: 'groups-overage' };
  }
  return { role: config.default_role, roleSource: null, reason: 'no-group' };
}
