/** Accounts: sign-in and sessions, password reset, invitations, users and roles (API tokens: tokens.service.ts). */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { commitChange } from '../../platform/change.ts';
import { AppError, conflict, notFound, unauthorized, unprocessable } from '../../platform/errors.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { hashPassword, passwordRuleBroken, verifyPassword } from '../../platform/passwords.ts';
import { authorize, type Actor, type Role } from '../../platform/policy.ts';
import { consumeAll } from '../../platform/rate-limit.ts';
import { checkBackOff, clearFailures, recordFailure, type BackOff } from '../../platform/throttle.ts';
import { SESSION_MAX_AGE_S } from '../../platform/http.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';
import { getOrganisationForActor } from '../organisations/organisations.service.ts';
import * as repo from './accounts.repo.ts';
import { invitationMail, resetMail } from './accounts.mails.ts';

const INVITATION_DAYS = 7;
const RESET_MINUTES = 60;

export interface RequestInfo {
  ip: string;
  userAgent: string | null;
  /** The browser's device cookie, when it has one (sign-in only). */
  device?: string | null;
}

function checkPassword(password: string, context: { email?: string; orgName?: string }) {
  const broken = passwordRuleBroken(password, context);
  if (broken) throw unprocessable('This password cannot be used.', [{ path: 'password', ...broken }], 'password-rejected');
}

export interface SignedIn {
  sessionToken: string;
  csrfToken: string;
  user: repo.UserRow;
  /** A new device cookie to set, when the browser had none. */
  deviceToken?: string | null;
}

async function createSession(ctx: AppContext, user: repo.UserRow, req: RequestInfo): Promise<SignedIn> {
  const sessionToken = randomToken();
  const csrfToken = randomToken(24);
  const now = ctx.clock.now();
  await repo.insertSession(ctx.db, {
    tokenHash: hashToken(sessionToken),
    userId: user.id,
    orgId: user.org_id,
    csrfToken,
    now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
    userAgent: req.userAgent,
  });
  await ctx.db.query('update users set last_sign_in_at = $2 where id = $1', [user.id, now]);
  await repo.linkPerson(ctx.db, user.org_id, user.id);
  return { sessionToken, csrfToken, user };
}

/**
 * Sign-in limits (platform/throttle.ts): only failures count, per account, per client address and
 * per browser. A browser the person signed in from before (a known device, by its cookie) is held
 * only to its own limit, so an attacker guessing someone's password elsewhere, or a whole office
 * behind one address, never keeps the real person out of their usual browser.
 */
/** Links carry 256-bit tokens; this only keeps a client from hammering the endpoints with wrong ones. */
const TOKEN_GUESSING = { free: 20, baseDelaySeconds: 30, maxDelaySeconds: 900, forgetAfterSeconds: 3600 } as const;

const SIGN_IN_LIMITS = {
  account: { free: 5, baseDelaySeconds: 15, maxDelaySeconds: 900, forgetAfterSeconds: 3600 },
  ip: { free: 50, baseDelaySeconds: 5, maxDelaySeconds: 900, forgetAfterSeconds: 3600 },
  device: { free: 10, baseDelaySeconds: 15, maxDelaySeconds: 900, forgetAfterSeconds: 3600 },
} as const;

function signInRules(email: string, req: RequestInfo, deviceHash: string | null, knownDevice: boolean): BackOff[] {
  const device = deviceHash ? [{ key: `sign-in:device:${deviceHash}`, ...SIGN_IN_LIMITS.device }] : [];
  if (knownDevice) return device;
  return [{ key: `sign-in:account:${email}`, ...SIGN_IN_LIMITS.account }, { key: `sign-in:ip:${req.ip}`, ...SIGN_IN_LIMITS.ip }, ...device];
}

export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string; organisation?: string },
  req: RequestInfo,
): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const candidates = (await repo.findUsersByEmail(ctx.db, email, input.organisation)).filter((u) => !u.disabled_at);
  const deviceHash = req.device ? hashToken(req.device) : null;
  const knownDevice =
    deviceHash !== null &&
    (await repo.isKnownDevice(
      ctx.db,
      deviceHash,
      candidates.map((u) => u.id),
    ));
  const rules = signInRules(email, req, deviceHash, knownDevice);
  // Checked before the password, so an attempt during the back-off learns nothing.
  await checkBackOff(ctx.db, ctx.clock, rules);
  const matches: typeof candidates = [];
  if (candidates.length === 0) await verifyPassword(null, input.password);
  for (const u of candidates) if (await verifyPassword(u.password_hash, input.password)) matches.push(u);

  if (matches.length === 0) {
    // Counted against the account, address and browser even when from a known device: a stolen
    // device cookie alone buys no more guesses than the account allows others.
    await recordFailure(ctx.db, ctx.clock, signInRules(email, req, deviceHash, false));
    for (const u of candidates.length ? candidates : [null]) {
      await audit(ctx.db, ctx.clock, {
        orgId: u?.org_id ?? null,
        actorUserId: u?.id ?? null,
        actorLabel: email,
        action: 'auth.sign_in_failed',
        ip: req.ip,
      });
    }
    throw unauthorized('Wrong email address or password.', 'wrong-credentials');
  }
  if (matches.length > 1) {
    throw new AppError('choose-organisation', 'This address has an account in several organisations: say which one.', {
      errors: matches.map((m) => ({ path: 'organisation', params: { slug: m.org_slug }, message: m.org_slug })),
    });
  }
  const user = matches[0];
  await audit(ctx.db, ctx.clock, { orgId: user.org_id, actorUserId: user.id, actorLabel: email, action: 'auth.sign_in', ip: req.ip });
  const device = req.device ?? randomToken();
  await repo.rememberDevice(ctx.db, { deviceHash: hashToken(device), userId: user.id, orgId: user.org_id, now: ctx.clock.now() });
  if (deviceHash) await clearFailures(ctx.db, `sign-in:device:${deviceHash}`);
  return { ...(await createSession(ctx, user, req)), deviceToken: req.device ? null : device };
}

export async function signOut(ctx: AppContext, actor: Actor): Promise<void> {
  if (actor.sessionHash) await repo.deleteSession(ctx.db, actor.sessionHash);
  await audit(ctx.db, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId, actorLabel: actor.label, action: 'auth.sign_out' });
}

/**
 * Ends every session of the actor, on every device, and revokes their API tokens: whoever may have
 * taken over the account loses every way in it gave them.
 */
export async function signOutEverywhere(ctx: AppContext, actor: Actor): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  return ctx.db.transaction(async (tx) => {
    const sessionsEnded = await repo.deleteUserSessions(tx, actor.orgId, actor.userId);
    const tokensRevoked = await repo.revokeUserTokens(tx, actor.orgId, actor.userId, ctx.clock.now());
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'auth.sign_out_all',
      details: { sessions: sessionsEnded, tokens: tokensRevoked },
    });
    return { sessionsEnded, tokensRevoked };
  });
}

/** Always answers the same way, whether or not the address has an account. */
export async function requestPasswordReset(ctx: AppContext, input: { email: string; organisation?: string }, req: RequestInfo) {
  const email = input.email.trim().toLowerCase();
  await consumeAll(ctx.db, ctx.clock, [
    // Each request may send a mail, so requests count, not failures; per address generously, as a
    // whole office shares one.
    { key: `reset:ip:${req.ip}`, max: 100, windowSeconds: 3600 },
    { key: `reset:email:${email}`, max: 5, windowSeconds: 3600 },
  ]);
  const users = (await repo.findUsersByEmail(ctx.db, email, input.organisation)).filter((u) => !u.disabled_at && u.password_hash);
  const now = ctx.clock.now();
  for (const u of users) {
    const token = randomToken();
    await ctx.db.transaction(async (tx) => {
      await tx.query(`insert into password_resets (org_id, user_id, token_hash, created_at, expires_at) values ($1, $2, $3, $4, $5)`, [
        u.org_id,
        u.id,
        hashToken(token),
        now,
        new Date(now.getTime() + RESET_MINUTES * 60_000),
      ]);
      await enqueueMail(
        tx,
        ctx.clock,
        resetMail({
          orgId: u.org_id,
          orgName: u.org_name,
          to: u.email,
          link: `${ctx.config.publicUrl}/reset-password#token=${token}`,
          lang: u.language,
        }),
      );
      await audit(tx, ctx.clock, {
        orgId: u.org_id,
        actorUserId: u.id,
        actorLabel: email,
        action: 'auth.password_reset_requested',
        ip: req.ip,
      });
    });
  }
}

export async function confirmPasswordReset(ctx: AppContext, input: { token: string; password: string }, req: RequestInfo) {
  const guessing = [{ key: `reset-confirm:ip:${req.ip}`, ...TOKEN_GUESSING }];
  await checkBackOff(ctx.db, ctx.clock, guessing);
  const now = ctx.clock.now();
  const [row] = await ctx.db.query<{ id: string; user_id: string; org_id: string; email: string; org_name: string }>(
    `select r.id, r.user_id, r.org_id, u.email, o.name as org_name
       from password_resets r join users u on u.id = r.user_id join organisations o on o.id = r.org_id
      where r.token_hash = $1 and r.used_at is null and r.expires_at > $2 and u.disabled_at is null`,
    [hashToken(input.token), now],
  );
  if (!row) {
    await recordFailure(ctx.db, ctx.clock, guessing);
    throw unprocessable(
      'This reset link is invalid or has expired. Ask for a new one.',
      [{ path: 'token', message: 'Invalid or expired.' }],
      'invalid-or-expired-token',
    );
  }
  checkPassword(input.password, { email: row.email, orgName: row.org_name });
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    await tx.query('update password_resets set used_at = $2 where id = $1', [row.id, now]);
    await tx.query('update users set password_hash = $2 where id = $1', [row.user_id, passwordHash]);
    // A reset means the old password may be known to someone else: end every session and revoke
    // every API token (one may have been made with the stolen password).
    const sessions = await repo.deleteUserSessions(tx, row.org_id, row.user_id);
    const tokens = await repo.revokeUserTokens(tx, row.org_id, row.user_id, now);
    await audit(tx, ctx.clock, {
      orgId: row.org_id,
      actorUserId: row.user_id,
      actorLabel: row.email,
      action: 'auth.password_reset',
      ip: req.ip,
      details: { sessions, tokens },
    });
  });
}

// ---- Invitations ----

export async function invite(ctx: AppContext, actor: Actor, input: { email: string; role: Role }) {
  authorize(actor, 'users.manage');
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
    const [person] = await tx.query<{ language: string | null }>('select language from people where org_id = $1 and work_email = $2', [
      actor.orgId,
      email,
    ]);
    await enqueueMail(
      tx,
      ctx.clock,
      invitationMail({
        orgId: actor.orgId,
        orgName: org.name,
        to: email,
        link: `${ctx.config.publicUrl}/invitation#token=${token}`,
        days: INVITATION_DAYS,
        lang: person?.language ?? org.default_language,
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

export async function describeInvitation(ctx: AppContext, token: string) {
  const inv = await validInvitation(ctx, token);
  return { email: inv.email, role: inv.role, organisation: { name: inv.org_name, slug: inv.org_slug }, expiresAt: inv.expires_at };
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
  checkPassword(input.password, { email: inv.email, orgName: inv.org_name });
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.db.transaction(async (tx) => {
    const claimed = await tx.query('update invitations set accepted_at = $2 where id = $1 and accepted_at is null returning id', [
      inv.id,
      ctx.clock.now(),
    ]);
    if (claimed.length === 0)
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
    });
    await audit(tx, ctx.clock, {
      orgId: inv.org_id,
      actorUserId: u.id,
      actorLabel: u.email,
      action: 'users.invitation_accepted',
      targetType: 'user',
      targetId: u.id,
      ip: req.ip,
    });
    return u;
  });
  return createSession(ctx, user, req);
}

// ---- Users ----

/** Creates a user directly (the CLI and the demo); people otherwise join by invitation. */
export async function addUser(
  ctx: AppContext,
  actor: Actor,
  input: { email: string; role: Role; password?: string; displayName?: string },
): Promise<repo.UserRow> {
  authorize(actor, 'users.manage');
  const email = input.email.trim().toLowerCase();
  const org = await getOrganisationForActor(ctx, actor);
  if (input.password !== undefined) checkPassword(input.password, { email, orgName: org.name });
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
    const losesAdmin = user.role === 'admin' && !user.disabled_at && ((input.role && input.role !== 'admin') || input.disabled === true);
    if (losesAdmin && (await repo.countActiveAdmins(tx, actor.orgId)) <= 1) {
      throw conflict('This is the last active admin: make someone else admin first.', 'last-admin');
    }
    const disabledAt = input.disabled === undefined ? user.disabled_at : input.disabled ? (user.disabled_at ?? ctx.clock.now()) : null;
    const [updated] = await tx.query<repo.UserRow>(
      `update users set role = $3, disabled_at = $4 where org_id = $1 and id = $2
       returning id, org_id, email, display_name, role, password_hash, person_id, disabled_at, language, created_at, last_sign_in_at`,
      [actor.orgId, id, input.role ?? user.role, disabledAt],
    );
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

export async function updateMe(ctx: AppContext, actor: Actor, input: { language?: string | null; displayName?: string }) {
  await ctx.db.query(
    `update users set language = case when $3 then $4 else language end,
                      display_name = coalesce($5, display_name)
      where org_id = $1 and id = $2`,
    [actor.orgId, actor.userId, input.language !== undefined, input.language ?? null, input.displayName?.trim() ?? null],
  );
  return (await repo.getUser(ctx.db, actor.orgId, actor.userId))!;
}

export async function getMe(ctx: AppContext, actor: Actor) {
  const user = await repo.getUser(ctx.db, actor.orgId, actor.userId);
  if (!user) throw unauthorized();
  return user;
}
