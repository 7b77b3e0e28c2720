/** Accounts: users, roles and invitations (signing in and resets: sign-in.service.ts; API tokens: tokens.service.ts). */
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../db/db.ts';
import { audit } from '../../platform/audit.ts';
import { commitChange } from '../../platform/change.ts';
import { AppError, conflict, notFound, problem, unauthorized, unprocessable } from '../../platform/errors.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { assertUsablePassword, hashPassword } from '../../platform/passwords.ts';
import { authorize, type Actor, type Role } from '../../platform/policy.ts';
import { checkBackOff, recordFailure } from '../../platform/throttle.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';
import { interfaceLanguage, mailLanguage, type UiLanguage } from '../../platform/language.ts';
import { getOrganisationForActor } from '../organisations/organisations.service.ts';
import * as repo from './accounts.repo.ts';
import { invitationMail } from './accounts.mails.ts';
import { createSession, TOKEN_GUESSING, type RequestInfo, type SignedIn } from './sign-in.service.ts';
import { assertPasswordAllowed, ssoStatus } from '../sso/sso.service.ts';
import { alumniAccountConfirmed } from '../community/alumni.service.ts';

/** A row of users, as other modules that read accounts (single sign-on) type theirs. */
export type { UserRow } from './accounts.repo.ts';

/** How long an invitation link works (single and bulk invitations). */
export const INVITATION_DAYS = 7;

// ---- Invitations ----

const roleNotAssignable = () =>
  unprocessable(
    "The alumni role comes only from the person's own choice to stay on as an alumni ambassador.",
    [{ path: 'role', message: 'Choose admin, coordinator, manager or employee.' }],
    'role-not-assignable',
  );

export async function invite(ctx: AppContext, actor: Actor, input: { email: string; role: Role }) {
  authorize(actor, 'users.manage');
  if (input.role === 'alumni') throw roleNotAssignable();
  const email = input.email.trim().toLowerCase();
  const org = await getOrganisationForActor(ctx, actor);
  if (await repo.getUserByEmail(ctx.db, actor.orgId, email))
    throw conflict(`${email} already has an account.`, 'already-has-account', { email });
  const token = randomToken();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const inv = await repo.insertInvitation(tx, {
      orgId: actor.orgId,
      email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor.userId || null,
      now,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86400_000),
    });
    const personLanguage = await repo.personLanguageByEmail(tx, actor.orgId, email);
    await enqueueMail(
      tx,
      ctx.clock,
      invitationMail({
        orgId: actor.orgId,
        orgName: org.name,
        to: email,
        link: `${ctx.config.publicUrl}/invitation#token=${token}`,
        days: INVITATION_DAYS,
        // Nobody has an account yet to choose with: the directory entry's language, else the organisation's.
        lang: mailLanguage({ chosen: null, person: personLanguage, orgDefault: org.default_language }),
      }),
    );
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: 'users.invite',
      targetType: 'invitation',
      targetId: inv.id,
      details: { email, role: input.role },
    });
    return { invitation: inv, token };
  });
}

/**
 * The invitation of an alumni account (community/alumni.service.ts, inside its transaction): the
 * person chose to stay on with this personal address. Returns the link for the alumni module's own
 * mail; the account gets the person's id when accepted.
 */
export async function inviteAlumniAccount(
  ctx: AppContext,
  tx: Queryable,
  input: { orgId: string; email: string; personId: string; invitedBy: string | null },
): Promise<{ invitationId: string; link: string; days: number }> {
  const token = randomToken();
  const now = ctx.clock.now();
  const inv = await repo.insertInvitation(tx, {
    orgId: input.orgId,
    email: input.email,
    role: 'alumni',
    tokenHash: hashToken(token),
    invitedBy: input.invitedBy,
    now,
    expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86400_000),
    personId: input.personId,
  });
  return { invitationId: inv.id, link: `${ctx.config.publicUrl}/invitation#token=${token}`, days: INVITATION_DAYS };
}

/** The account with this address in the organisation, if any (the alumni choice refuses one that is taken). */
export async function findUserByEmail(ctx: AppContext, q: Queryable, orgId: string, email: string) {
  return repo.getUserByEmail(q, orgId, email);
}

export async function listInvitations(ctx: AppContext, actor: Actor) {
  authorize(actor, 'users.read');
  return repo.listPendingInvitations(ctx.db, actor.orgId, ctx.clock.now());
}

export async function revokeInvitation(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'users.manage');
  await commitChange(ctx, actor, { action: 'users.invitation_revoked', targetType: 'invitation', targetId: id }, async (tx) => {
    if (!(await repo.revokeInvitation(tx, actor.orgId, id, ctx.clock.now()))) throw notFound('Invitation');
  });
}

async function validInvitation(ctx: AppContext, token: string) {
  const inv = await repo.findInvitationByToken(ctx.db, hashToken(token));
  if (!inv || inv.accepted_at || inv.revoked_at || inv.expires_at <= ctx.clock.now()) {
    throw new AppError('invitation-unavailable', 'Invitation not found (it may have expired or been used already).', {
      params: { resource: 'Invitation' },
    });
  }
  return inv;
}

/** What an invitation is for, and the language its page shows in: the invited person's, else the browser's, else the organisation's. */
export async function describeInvitation(ctx: AppContext, token: string, acceptLanguage?: string | null) {
  const inv = await validInvitation(ctx, token);
  const { language } = interfaceLanguage({ chosen: null, person: inv.person_language, acceptLanguage, orgDefault: inv.org_language });
  // Where the organisation requires single sign-on, the invited person needs no password: their work
  // account signs them in (and links their directory entry); the page says so instead of asking for one.
  const sso = await ssoStatus(ctx, inv.org_id);
  // Alumni accounts use a personal address the employer's identity provider does not know.
  const alumni = inv.role === 'alumni';
  return {
    email: inv.email,
    role: inv.role,
    organisation: { name: inv.org_name, slug: inv.org_slug },
    expiresAt: inv.expires_at,
    language,
    signIn: {
      password: alumni || !sso.required,
      workAccount: sso.enabled && !alumni ? `/auth/sso/${encodeURIComponent(inv.org_slug)}` : null,
    },
  };
}

export async function acceptInvitation(
  ctx: AppContext,
  input: { token: string; password: string; displayName?: string },
  req: RequestInfo,
): Promise<SignedIn> {
  const guessing = [{ key: `invite-accept:ip:${req.ip}`, ...TOKEN_GUESSING }];
  await checkBackOff(ctx.db, ctx.clock, guessing);
  const inv = await validInvitation(ctx, input.token).catch(async (err) => {
    await recordFailure(ctx.db, ctx.clock, guessing);
    throw err;
  });
  // A new account has no break-glass standing: where SSO is required it signs in with the work
  // account. An alumni account has none (a personal address): it always sets a password.
  if (inv.role !== 'alumni') await assertPasswordAllowed(ctx, inv.org_id, null);
  assertUsablePassword(input.password, {
    email: inv.email,
    orgName: inv.org_name,
    names: [input.displayName, ...(await repo.personNamesByEmail(ctx.db, inv.org_id, inv.email))],
  });
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.claimInvitation(tx, inv.id, ctx.clock.now())))
      throw new AppError('invitation-unavailable', 'Invitation not found (it may have expired or been used already).', {
        params: { resource: 'Invitation' },
      });
    if (await repo.getUserByEmail(tx, inv.org_id, inv.email))
      throw conflict(`${inv.email} already has an account.`, 'already-has-account', { email: inv.email });
    const u = await repo.insertUser(tx, {
      orgId: inv.org_id,
      email: inv.email,
      role: inv.role,
      passwordHash,
      displayName: input.displayName?.trim() ?? '',
      // The alumni account belongs to the person who chose it (its address is not their work address).
      personId: inv.role === 'alumni' ? inv.person_id : null,
    });
    // The personal address is confirmed: the alumni row gets its account, the careers choice its effect.
    if (inv.role === 'alumni' && inv.person_id) await alumniAccountConfirmed(ctx, tx, inv.org_id, inv.person_id, u.id);
    await audit(tx, ctx.clock, {
      orgId: inv.org_id,
      actorUserId: u.id,
      actorLabel: u.email,
      action: 'users.invitation_accepted',
      targetType: 'user',
      targetId: u.id,
      ip: req.ip,
    });
    return createSession(ctx, tx, u, req);
  });
}

// ---- Users ----

/** Creates a user directly (the CLI and the demo); people otherwise join by invitation. */
export async function addUser(
  ctx: AppContext,
  actor: Actor,
  input: { email: string; role: Role; password?: string; displayName?: string },
): Promise<repo.UserRow> {
  authorize(actor, 'users.manage');
  if (input.role === 'alumni') throw roleNotAssignable();
  const email = input.email.trim().toLowerCase();
  const org = await getOrganisationForActor(ctx, actor);
  if (input.password !== undefined)
    assertUsablePassword(input.password, {
      email,
      orgName: org.name,
      names: [input.displayName, ...(await repo.personNamesByEmail(ctx.db, actor.orgId, email))],
    });
  if (await repo.getUserByEmail(ctx.db, actor.orgId, email))
    throw conflict(`${email} already has an account.`, 'already-has-account', { email });
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const user = await repo.insertUser(tx, {
      orgId: actor.orgId,
      email,
      role: input.role,
      passwordHash,
      displayName: input.displayName ?? '',
    });
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: 'users.add',
      targetType: 'user',
      targetId: user.id,
      details: { email, role: input.role },
    });
    return user;
  });
}

export async function listUsers(ctx: AppContext, actor: Actor) {
  authorize(actor, 'users.read');
  return repo.listUsers(ctx.db, actor.orgId);
}

export async function updateUser(ctx: AppContext, actor: Actor, id: string, input: { role?: Role; disabled?: boolean }) {
  authorize(actor, 'users.manage');
  return ctx.db.transaction(async (tx) => {
    const user = await repo.getUser(tx, actor.orgId, id);
    if (!user) throw notFound('User');
    // An alumni account is the person's own choice, with their own address: never made or unmade by a role change.
    if (input.role && input.role !== user.role && (input.role === 'alumni' || user.role === 'alumni')) throw roleNotAssignable();
    // Nor re-opened by an admin once the person closed it (leaving is theirs; returning too, by choosing again).
    if (user.role === 'alumni' && user.disabled_at && input.disabled === false) {
      throw problem('alumni-account-closed', 'This alumni account was closed by its person: only they can return, by choosing again.');
    }
    const losesAdmin = user.role === 'admin' && !user.disabled_at && ((input.role && input.role !== 'admin') || input.disabled === true);
    if (losesAdmin && (await repo.countActiveAdmins(tx, actor.orgId)) <= 1) {
      throw conflict('This is the last active admin: make someone else admin first.', 'last-admin');
    }
    const disabledAt = input.disabled === undefined ? user.disabled_at : input.disabled ? (user.disabled_at ?? ctx.clock.now()) : null;
    const updated = await repo.updateUserAccess(tx, actor.orgId, id, { role: input.role ?? user.role, disabledAt });
    if (input.disabled) await repo.deleteUserSessions(tx, actor.orgId, id);
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: 'users.update',
      targetType: 'user',
      targetId: id,
      details: {
        email: user.email,
        ...(input.role ? { role: [user.role, input.role] } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      },
    });
    return updated;
  });
}

/** `language`: the interface language the person chooses; null goes back to automatic (directory entry, browser, organisation). */
export async function updateMe(ctx: AppContext, actor: Actor, input: { language?: UiLanguage | null; displayName?: string }) {
  await repo.updateOwnSettings(ctx.db, actor.orgId, actor.userId, { language: input.language, displayName: input.displayName?.trim() });
  return (await repo.getUser(ctx.db, actor.orgId, actor.userId))!;
}

export async function getMe(ctx: AppContext, actor: Actor) {
  const user = await repo.getUser(ctx.db, actor.orgId, actor.userId);
  if (!user) throw unauthorized();
  return user;
}
