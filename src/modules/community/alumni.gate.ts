/**
 * What an alumni account may call, in one list; everything else under /api answers 403 before any
 * route runs. Fail-closed on purpose: a route added tomorrow is refused to alumni until someone
 * decides it belongs here (test/api/alumni-roles.test.ts walks every operation of the OpenAPI
 * document). The services behind the allowed routes narrow further: own stories only
 * (stories.service.ts), the alumni topic only (exchange.service.ts, exchange.topics.ts).
 */
import type { MiddlewareHandler } from 'hono';
import { forbidden } from '../../platform/errors.ts';
import type { HonoEnv } from '../../platform/http.ts';

const ID = '[^/]+';
/** "METHOD path" with {id} for one path segment; paths are below /api/v1. */
export const ALUMNI_ALLOWED = [
  // Signing in and out, invitations, resets: the auth routes act for whoever holds the credential.
  'POST /auth/sign-in',
  'POST /auth/sign-out',
  'POST /auth/sign-out-all',
  'POST /auth/password-reset',
  'POST /auth/password-reset/confirm',
  'GET /auth/invitations/{id}',
  'POST /auth/invitations/accept',
  'POST /auth/sso/discover',
  // Themselves and their alumni choice.
  'GET /me',
  'PATCH /me',
  'GET /me/alumni',
  'DELETE /me/alumni',
  // Their own ambassador profile and images.
  'GET /me/ambassador',
  'PUT /me/ambassador',
  'PUT /me/ambassador/photo',
  'DELETE /me/ambassador/photo',
  'GET /me/media',
  'POST /me/media',
  // Their own stories (the service shows them nobody else's), sharing them, their own reported posts.
  'POST /me/stories',
  'GET /stories',
  'GET /stories/{id}',
  'PUT /stories/{id}',
  'DELETE /stories/{id}',
  'POST /me/share-links',
  'GET /me/posts',
  'POST /me/posts',
  'DELETE /me/posts/{id}',
  'GET /me/recognitions',
  // Candidates' questions addressed to them.
  'GET /me/questions',
  'POST /me/questions/{id}/answer',
  // The alumni part of the community (the service keeps them to the alumni topic).
  'GET /community/topics',
  'GET /community/posts',
  'POST /community/posts',
  'GET /community/posts/{id}',
  'PUT /community/posts/{id}',
  'DELETE /community/posts/{id}',
  'POST /community/posts/{id}/comments',
  'PUT /community/comments/{id}',
  'DELETE /community/comments/{id}',
  'PUT /community/posts/{id}/reactions',
  // Their digest of the alumni topic: theirs to turn off or change (exchange.digest.ts mails it at the alumni address).
  'GET /me/community/digest',
  'PUT /me/community/digest',
  // Their own data.
  'GET /me/export',
  'DELETE /me/optional-data',
] as const;

const PATTERNS = ALUMNI_ALLOWED.map((entry) => {
  const [method, path] = entry.split(' ');
  const re = new RegExp(`^/api/v1${path.replace(/\{id\}/g, ID).replace(/\//g, '\\/')}/?$`);
  return { method, re };
});

export function alumniMayCall(method: string, path: string): boolean {
  const m = method === 'HEAD' ? 'GET' : method;
  return PATTERNS.some((p) => p.method === m && p.re.test(path));
}

/** After authenticate: an alumni actor reaches the allowed routes only. */
export function alumniGate(): MiddlewareHandler<HonoEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (actor?.role === 'alumni') {
      // An alumni account whose person is gone (the directory entry deleted) has nothing left to reach.
      if (!actor.personId && !['/api/v1/me', '/api/v1/auth/sign-out'].includes(c.req.path)) throw forbidden();
      if (!alumniMayCall(c.req.method, c.req.path)) {
        throw forbidden('Alumni accounts reach their own profile, stories, questions and data, and the alumni community.');
      }
    }
    await next();
  };
}
