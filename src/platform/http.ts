/**
 * What every route shares: the Hono environment, the signed-in actor (from a session cookie or a
 * Bearer API token), CSRF protection for cookie sessions, and the client's address.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from './context.ts';
import { forbidden, unauthorized } from './errors.ts';
import type { Actor, Role } from './policy.ts';
import { hashToken, safeEqual } from './tokens.ts';
import { clientInfo } from './client-address.ts';
import { credentialCaches } from './auth-cache.ts';
import { authGeneration } from './auth-changes.ts';

export type HonoEnv = {
  Variables: { actor: Actor | null; ip: string; https: boolean };
  Bindings: { incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } } };
};

export const SESSION_COOKIE = 'embassy_session';
export const CSRF_HEADER = 'x-csrf-token';
/** A random id per browser, set at a successful sign-in: "a browser this person signed in from". */
export const DEVICE_COOKIE = 'embassy_device';
export const DEVICE_MAX_AGE_S = 365 * 24 * 3600;
/** Sessions end after 30 days, or after 7 days unused. */
export const SESSION_MAX_AGE_S = 30 * 24 * 3600;
export const SESSION_IDLE_S = 7 * 24 * 3600;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface SessionRow {
  token_hash: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  org_id: string;
  role: Role;
  email: string;
  person_id: string | null;
}

/**
 * The client's address and protocol, for every route (pages, forms, API): decided once, here, from
 * the TCP peer and the forwarding headers of proxies TRUST_PROXY names (client-address.ts).
 */
export function identifyClient(ctx: AppContext): MiddlewareHandler<HonoEnv> {
  return async (c, next) => {
    const socket = c.env?.incoming?.socket;
    const info = clientInfo(
      ctx.config.trustProxy,
      socket?.remoteAddress,
      { forwardedFor: c.req.header('x-forwarded-for'), forwardedProto: c.req.header('x-forwarded-proto') },
      socket?.encrypted === true,
    );
    c.set('ip', info.ip);
    c.set('https', info.https);
    c.set('actor', null);
    return next();
  };
}

/** Cookies are Secure when the public address is https or this request came over HTTPS. */
export function secureCookie(ctx: AppContext, c: Context<HonoEnv>): boolean {
  return ctx.config.secureCookies || c.get('https') === true;
}

/** Sets the session cookie of a sign-in (password, invitation or single sign-on): httpOnly, Lax, thirty days. */
export function setSessionCookie(ctx: AppContext, c: Context<HonoEnv>, sessionToken: string): void {
  setCookie(c, SESSION_COOKIE, sessionToken, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secureCookie(ctx, c),
    path: '/',
    maxAge: SESSION_MAX_AGE_S,
  });
}

export function authenticate(ctx: AppContext): MiddlewareHandler<HonoEnv> {
  return async (c, next) => {
    c.set('actor', null);
    // Public endpoints act for nobody: a visitor's session cookie must not change them. Import
    // progress is checked against the credential itself (people.progress.ts), not the database.
    if (c.req.path.startsWith('/api/v1/public/') || c.req.path.startsWith('/api/v1/people/imports/')) return next();
    const header = c.req.header('authorization');
    if (header) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      if (!m) throw unauthorized('The Authorization header must be "Bearer <token>".', 'invalid-api-token');
      c.set('actor', await actorFromToken(ctx, m[1]));
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      const actor = await actorFromSession(ctx, cookie);
      if (actor && !SAFE_METHODS.has(c.req.method)) {
        const sent = c.req.header(CSRF_HEADER) ?? '';
        if (!safeEqual(sent, actor.csrfToken ?? '')) {
          throw forbidden('Missing or wrong CSRF token: send the X-CSRF-Token header you got from GET /api/v1/me.', 'csrf-token-invalid');
        }
      }
      c.set('actor', actor);
    }
    return next();
  };
}

interface TokenRow {
  id: string;
  name: string;
  user_id: string;
  org_id: string;
  role: Role;
  email: string;
  person_id: string | null;
  last_used_at: Date | null;
}

const tokenActor = (row: TokenRow): Actor => ({
  userId: row.user_id,
  orgId: row.org_id,
  role: row.role,
  email: row.email,
  personId: row.person_id,
  via: 'token',
  tokenId: row.id,
  label: `${row.email} (API token "${row.name}")`,
});

const sessionActor = (row: SessionRow): Actor => ({
  userId: row.user_id,
  orgId: row.org_id,
  role: row.role,
  email: row.email,
  personId: row.person_id,
  via: 'session',
  sessionHash: row.token_hash,
  csrfToken: row.csrf_token,
  label: row.email,
});

/** Verified credentials, for a few seconds (auth-cache.ts): each request gets its own copy of the actor. */
const cachesOf = (ctx: AppContext) => credentialCaches<TokenRow, SessionRow>(ctx);

async function actorFromToken(ctx: AppContext, token: string): Promise<Actor> {
  const hash = hashToken(token);
  const cache = cachesOf(ctx).tokens;
  const cached = cache.get(hash);
  if (cached) return tokenActor(cached);
  const generation = authGeneration();
  const [row] = await ctx.db.query<TokenRow>(
    `select t.id, t.name, t.user_id, t.org_id, u.role, u.email, u.person_id, t.last_used_at
       from api_tokens t join users u on u.id = t.user_id
      where t.token_hash = $1 and t.revoked_at is null and u.disabled_at is null`,
    [hash],
  );
  if (!row) throw unauthorized('This API token is unknown or revoked.', 'invalid-api-token');
  const now = ctx.clock.now();
  // Writing on every request would make each read a write; a minute's precision is enough.
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > 60_000) {
    await ctx.db.query('update api_tokens set last_used_at = $2 where id = $1', [row.id, now]);
  }
  cache.set(hash, row, generation);
  return tokenActor(row);
}

/** Whether a session is past its thirty days, or unused for seven. */
const sessionOver = (row: SessionRow, now: Date) =>
  row.expires_at <= now || now.getTime() - row.last_seen_at.getTime() > SESSION_IDLE_S * 1000;

async function actorFromSession(ctx: AppContext, cookie: string): Promise<Actor | null> {
  const hash = hashToken(cookie);
  const cache = cachesOf(ctx).sessions;
  const now = ctx.clock.now();
  const cached = cache.get(hash);
  // A cached session is at most a few seconds old: the database decides when it ends or needs touching.
  if (cached && !sessionOver(cached, now) && now.getTime() - cached.last_seen_at.getTime() <= 5 * 60_000) return sessionActor(cached);
  const generation = authGeneration();
  const [row] = await ctx.db.query<SessionRow>(
    `select s.token_hash, s.csrf_token, s.last_seen_at, s.expires_at, s.user_id, s.org_id, u.role, u.email, u.person_id
       from sessions s join users u on u.id = s.user_id
      where s.token_hash = $1 and u.disabled_at is null`,
    [hash],
  );
  if (!row) return null;
  if (sessionOver(row, now)) {
    await ctx.db.query('delete from sessions where token_hash = $1', [row.token_hash]);
    return null;
  }
  if (now.getTime() - row.last_seen_at.getTime() > 5 * 60_000) {
    await ctx.db.query('update sessions set last_seen_at = $2 where token_hash = $1', [row.token_hash, now]);
    row.last_seen_at = now;
  }
  cache.set(hash, row, generation);
  return sessionActor(row);
}

/** A hash of the request's credential (Bearer token or session cookie), without touching the database. */
export function credentialHash(c: Context<HonoEnv>): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  const cookie = getCookie(c, SESSION_COOKIE);
  const secret = bearer ?? cookie;
  return secret ? hashToken(secret) : null;
}

/** The signed-in actor, or 401. */
export function actorOf(c: Context<HonoEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw unauthorized();
  return actor;
}
