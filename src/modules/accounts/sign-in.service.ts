/** Signing in and out, sessions and password resets (users and invitations: accounts.service.ts). */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { AppError, unauthorized, unprocessable } from '../../platform/errors.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { assertUsablePassword, hashPassword, verifyPassword } from '../../platform/passwords.ts';
import type { Actor } from '../../platform/policy.ts';
import { consumeAll } from '../../platform/rate-limit.ts';
import { checkBackOff, clearFailures, recordFailure, type BackOff } from '../../platform/throttle.ts';
import { SESSION_MAX_AGE_S } from '../../platform/http.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';
import type { Queryable } from '../../db/db.ts';
import * as repo from './accounts.repo.ts';
import { resetMail } from './accounts.mails.ts';
import { assertPasswordAllowed, passwordAllowed } from '../sso/sso.service.ts';

const RESET_MINUTES = 60;

export interface RequestInfo {
  ip: string;
  userAgent: string | null;
  /** The browser's device cookie, when it has one (sign-in only). */
  device?: string | null;
}

export interface SignedIn {
  sessionToken: string;
  csrfToken: string;
  user: repo.UserRow;
  /** A new device cookie to set, when the browser had none. */
  deviceToken?: string | null;
}

/** A new session for `user`, inside the caller's transaction. */
export async function createSession(ctx: AppContext, tx: Queryable, user: repo.UserRow, req: RequestInfo): Promise<SignedIn> {
  const sessionToken = randomToken();
  const csrfToken = randomToken(24);
  const now = ctx.clock.now();
  await repo.insertSession(tx, {
    tokenHash: hashToken(sessionToken),
    userId: user.id,
    orgId: user.org_id,
    csrfToken,
    now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
    userAgent: req.userAgent,
  });
  await repo.touchSignIn(tx, user.id, now);
  await repo.linkPerson(tx, user.org_id, user.id);
  return { sessionToken, csrfToken, user };
}

/** Links carry 256-bit tokens; this only keeps a client from hammering the endpoints with wrong ones. */
export const TOKEN_GUESSING = { free: 20, baseDelaySeconds: 30, maxDelaySeconds: 900, forgetAfterSeconds: 3600 } as const;

/**
 * Sign-in limits (platform/throttle.ts): only failures count, per account, per client address and
 * per browser. A browser the person signed in from before (a known device, by its cookie) is held
 * only to its own limit, so an attacker guessing someone's password elsewhere, or a whole office
 * behind one address, never keeps the real person out of their usual browser.
 */
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
  // After the password check, so the answer says nothing of an address whose password is not known.
  await assertPasswordAllowed(ctx, user.org_id, user.id);
  const device = req.device ?? randomToken();
  const signedIn = await ctx.db.transaction(async (tx) => {
    await repo.rememberDevice(tx, { deviceHash: hashToken(device), userId: user.id, orgId: user.org_id, now: ctx.clock.now() });
    if (deviceHash) await clearFailures(tx, `sign-in:device:${deviceHash}`);
    const session = await createSession(ctx, tx, user, req);
    await audit(tx, ctx.clock, { orgId: user.org_id, actorUserId: user.id, actorLabel: email, action: 'auth.sign_in', ip: req.ip });
    return session;
  });
  return { ...signedIn, deviceToken: req.device ? null : device };
}

export async function signOut(ctx: AppContext, actor: Actor): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (actor.sessionHash) await repo.deleteSession(tx, actor.sessionHash);
    await audit(tx, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId, actorLabel: actor.label, action: 'auth.sign_out' });
  });
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
  const found = (await repo.findUsersByEmail(ctx.db, email, input.organisation)).filter((u) => !u.disabled_at && u.password_hash);
  // Where SSO is required no reset mail goes out (break-glass admins aside); the answer stays the same.
  const users: typeof found = [];
  for (const u of found) if (await passwordAllowed(ctx, u.org_id, u.id)) users.push(u);
  const now = ctx.clock.now();
  for (const u of users) {
    const token = randomToken();
    await ctx.db.transaction(async (tx) => {
      await repo.insertPasswordReset(tx, {
        orgId: u.org_id,
        userId: u.id,
        tokenHash: hashToken(token),
        now,
        expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000),
      });
      const lang = u.language ?? (await repo.personLanguageByEmail(tx, u.org_id, u.email)) ?? u.org_language;
      await enqueueMail(
        tx,
        ctx.clock,
        resetMail({
          orgId: u.org_id,
          orgName: u.org_name,
          to: u.email,
          link: `${ctx.config.publicUrl}/reset-password#token=${token}`,
          lang,
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
  const row = await repo.findValidReset(ctx.db, hashToken(input.token), now);
  if (!row) {
    await recordFailure(ctx.db, ctx.clock, guessing);
    throw unprocessable(
      'This reset link is invalid or has expired. Ask for a new one.',
      [{ path: 'token', message: 'Invalid or expired.' }],
      'invalid-or-expired-token',
    );
  }
  await assertPasswordAllowed(ctx, row.org_id, row.user_id);
  assertUsablePassword(input.password, {
    email: row.email,
    orgName: row.org_name,
    names: [row.display_name, row.first_name, row.last_name],
  });
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    await repo.markResetUsed(tx, row.id, now);
    await repo.setPassword(tx, row.user_id, passwordHash);
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
