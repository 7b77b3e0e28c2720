/** HTTP in and out for sign-in, sessions, the signed-in user, invitations, users and API tokens. */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../../platform/context.ts';
import {
  actorOf,
  DEVICE_COOKIE,
  DEVICE_MAX_AGE_S,
  secureCookie,
  SESSION_COOKIE,
  setSessionCookie,
  type HonoEnv,
} from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import { viewerLanguage } from '../../platform/language.ts';
import { can, PERMISSION_NAMES, type Actor } from '../../platform/policy.ts';
import { getOrganisationForActor } from '../organisations/organisations.service.ts';
import * as s from './accounts.schemas.ts';
import * as service from './accounts.service.ts';
import * as signing from './sign-in.service.ts';
import * as tokens from './tokens.service.ts';
import { presentInvitation, presentToken, presentUser } from './accounts.presenters.ts';

export function accountsRoutes(ctx: AppContext) {
  const r = createRouter();
  const req = (c: Context<HonoEnv>) => ({ ip: c.get('ip'), userAgent: c.req.header('user-agent') ?? null });
  const startSession = (c: Context<HonoEnv>, signedIn: signing.SignedIn) => {
    setSessionCookie(ctx, c, signedIn.sessionToken);
    // Marks this browser as one the person signs in from (see the sign-in limits); sent only to
    // the sign-in endpoints, and meaningless without the password.
    if (signedIn.deviceToken) {
      setCookie(c, DEVICE_COOKIE, signedIn.deviceToken, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: secureCookie(ctx, c),
        path: '/api/v1/auth',
        maxAge: DEVICE_MAX_AGE_S,
      });
    }
  };
  /** The signed-in user as the web app starts from it, with the interface language of this request. */
  const me = async (c: Context<HonoEnv>, actor: Actor, csrfToken: string | null) => {
    const [user, org, lang] = await Promise.all([
      service.getMe(ctx, actor),
      getOrganisationForActor(ctx, actor),
      viewerLanguage(ctx.db, actor, c.req.header('accept-language')),
    ]);
    return {
      user: presentUser(user),
      language: lang.language,
      languageSource: lang.source,
      organisation: { id: org.id, slug: org.slug, name: org.name, defaultLanguage: org.default_language, timeZone: org.time_zone },
      csrfToken,
      permissions: PERMISSION_NAMES.filter((p) => can(actor, p)),
    };
  };

  r.openapi(
    createRoute({
      operationId: 'signIn',
      security: [],
      method: 'post',
      path: '/auth/sign-in',
      tags: ['Sign-in'],
      summary: 'Sign in with email and password; sets the session cookie',
      request: { body: jsonBody(s.SignInBody) },
      responses: { 200: json(s.Me), ...errors },
    }),
    async (c) => {
      const device = getCookie(c, DEVICE_COOKIE);
      const signedIn = await signing.signIn(ctx, c.req.valid('json'), {
        ...req(c),
        device: device && /^[\w-]{20,100}$/.test(device) ? device : null,
      });
      startSession(c, signedIn);
      const u = signedIn.user;
      const actor: Actor = {
        userId: u.id,
        orgId: u.org_id,
        role: u.role,
        email: u.email,
        personId: u.person_id,
        via: 'session',
        label: u.email,
      };
      return c.json(await me(c, actor, signedIn.csrfToken), 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'signOut',
      method: 'post',
      path: '/auth/sign-out',
      tags: ['Sign-in'],
      summary: 'End this session',
      security,
      responses: { 204: { description: 'Signed out' }, ...errors },
    }),
    async (c) => {
      await signing.signOut(ctx, actorOf(c));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'signOutEverywhere',
      method: 'post',
      path: '/auth/sign-out-all',
      tags: ['Sign-in'],
      summary: 'End every session of the signed-in user, on every device, and revoke their API tokens',
      security,
      responses: { 200: json(z.object({ sessionsEnded: z.number(), tokensRevoked: z.number() })), ...errors },
    }),
    async (c) => {
      const ended = await signing.signOutEverywhere(ctx, actorOf(c));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json(ended, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'requestPasswordReset',
      security: [],
      method: 'post',
      path: '/auth/password-reset',
      tags: ['Sign-in'],
      summary: 'Mail a password reset link (same answer whether or not the address exists)',
      request: { body: jsonBody(s.ResetRequestBody) },
      responses: { 202: { description: 'If the address has an account, a link is on its way.' }, ...errors },
    }),
    async (c) => {
      await signing.requestPasswordReset(ctx, c.req.valid('json'), req(c));
      return c.body(null, 202);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'confirmPasswordReset',
      security: [],
      method: 'post',
      path: '/auth/password-reset/confirm',
      tags: ['Sign-in'],
      summary: 'Choose a new password with a reset token; ends all sessions and revokes the API tokens',
      request: { body: jsonBody(s.ResetConfirmBody) },
      responses: { 204: { description: 'Password changed' }, ...errors },
    }),
    async (c) => {
      await signing.confirmPasswordReset(ctx, c.req.valid('json'), req(c));
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'describeInvitation',
      security: [],
      method: 'get',
      path: '/auth/invitations/{token}',
      tags: ['Sign-in'],
      summary: 'What an invitation is for',
      request: { params: z.object({ token: z.string().max(200) }) },
      responses: { 200: json(s.InvitationInfo), ...errors },
    }),
    async (c) => {
      const info = await service.describeInvitation(ctx, c.req.valid('param').token, c.req.header('accept-language'));
      return c.json({ ...info, expiresAt: info.expiresAt.toISOString() }, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'acceptInvitation',
      security: [],
      method: 'post',
      path: '/auth/invitations/accept',
      tags: ['Sign-in'],
      summary: 'Accept an invitation: choose a password and sign in',
      request: { body: jsonBody(s.AcceptBody) },
      responses: { 200: json(s.Me), ...errors },
    }),
    async (c) => {
      const signedIn = await service.acceptInvitation(ctx, c.req.valid('json'), req(c));
      startSession(c, signedIn);
      const u = signedIn.user;
      return c.json(
        await me(
          c,
          { userId: u.id, orgId: u.org_id, role: u.role, email: u.email, personId: u.person_id, via: 'session', label: u.email },
          signedIn.csrfToken,
        ),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      operationId: 'getMe',
      method: 'get',
      path: '/me',
      tags: ['Me'],
      summary: 'The signed-in user, organisation, permissions and CSRF token',
      security,
      responses: { 200: json(s.Me), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(await me(c, actor, actor.csrfToken ?? null), 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'updateMe',
      method: 'patch',
      path: '/me',
      tags: ['Me'],
      summary: 'Choose your interface language (null: automatic) or display name; answers as GET /me',
      security,
      request: { body: jsonBody(s.UpdateMeBody) },
      responses: { 200: json(s.Me), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      await service.updateMe(ctx, actor, c.req.valid('json'));
      return c.json(await me(c, actor, actor.csrfToken ?? null), 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'listUsers',
      method: 'get',
      path: '/users',
      tags: ['Users'],
      summary: 'Users of the organisation and their roles (admins)',
      security,
      responses: { 200: json(z.object({ items: z.array(s.User) })), ...errors },
    }),
    async (c) => c.json({ items: (await service.listUsers(ctx, actorOf(c))).map(presentUser) }, 200),
  );

  r.openapi(
    createRoute({
      operationId: 'updateUser',
      method: 'patch',
      path: '/users/{id}',
      tags: ['Users'],
      summary: "Change a user's role, or disable or enable them (admins)",
      security,
      request: { params: IdParam, body: jsonBody(s.UpdateUserBody) },
      responses: { 200: json(s.User), ...errors },
    }),
    async (c) => c.json(presentUser(await service.updateUser(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'listInvitations',
      method: 'get',
      path: '/invitations',
      tags: ['Users'],
      summary: 'Pending invitations (admins)',
      security,
      responses: { 200: json(z.object({ items: z.array(s.Invitation) })), ...errors },
    }),
    async (c) => c.json({ items: (await service.listInvitations(ctx, actorOf(c))).map(presentInvitation) }, 200),
  );

  r.openapi(
    createRoute({
      operationId: 'inviteUser',
      method: 'post',
      path: '/invitations',
      tags: ['Users'],
      summary: 'Invite someone by email with a role (admins)',
      security,
      request: { body: jsonBody(s.InviteBody) },
      responses: { 201: json(s.Invitation, 'Invited; the mail is on its way'), ...errors },
    }),
    async (c) => {
      const { invitation } = await service.invite(ctx, actorOf(c), c.req.valid('json'));
      return c.json(presentInvitation(invitation), 201);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'withdrawInvitation',
      method: 'delete',
      path: '/invitations/{id}',
      tags: ['Users'],
      summary: 'Withdraw a pending invitation (admins)',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Withdrawn' }, ...errors },
    }),
    async (c) => {
      await service.revokeInvitation(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'listTokens',
      method: 'get',
      path: '/tokens',
      tags: ['API tokens'],
      summary: 'Your API tokens (admins: all of the organisation)',
      security,
      responses: { 200: json(z.object({ items: z.array(s.Token) })), ...errors },
    }),
    async (c) => c.json({ items: (await tokens.listTokens(ctx, actorOf(c))).map(presentToken) }, 200),
  );

  r.openapi(
    createRoute({
      operationId: 'createToken',
      method: 'post',
      path: '/tokens',
      tags: ['API tokens'],
      summary: 'Create an API token that acts as you; the secret is shown once',
      security,
      request: { body: jsonBody(s.CreateTokenBody) },
      responses: { 201: json(s.Token.extend({ token: z.string() }), 'Created'), ...errors },
    }),
    async (c) => {
      const { token, row } = await tokens.createToken(ctx, actorOf(c), c.req.valid('json'));
      return c.json({ ...presentToken(row), token }, 201);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'revokeToken',
      method: 'delete',
      path: '/tokens/{id}',
      tags: ['API tokens'],
      summary: 'Revoke an API token',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Revoked' }, ...errors },
    }),
    async (c) => {
      await tokens.revokeToken(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return r;
}
