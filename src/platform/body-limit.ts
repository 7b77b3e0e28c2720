/**
 * Every request body has a limit, enforced while it is read (hono's bodyLimit refuses a declared
 * Content-Length over the limit before reading, and stops a chunked body as soon as it passes it),
 * so no client can make the server hold more than the route needs. Most routes take small JSON;
 * the few that take files name their own limit here, in one table.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from './errors.ts';
import type { HonoEnv } from './http.ts';

/** JSON and forms: the longest text a person writes (a story of 50,000 characters) fits easily. */
export const DEFAULT_BODY_BYTES = 256 * 1024;

export interface BodyLimitRule {
  method: string;
  path: RegExp;
  maxBytes: number;
}

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const kb = (n: number) => (n >= 1024 * 1024 ? mb(n) : `${Math.round(n / 1024)} kB`);

export function tooLarge(maxBytes: number) {
  return new AppError('payload-too-large', `The body is larger than this endpoint accepts (${kb(maxBytes)}).`, {
    params: { maxBytes, limit: kb(maxBytes) },
    errors: [{ path: 'body', code: 'too-big', params: { maximum: maxBytes, origin: 'bytes' }, message: `Send at most ${kb(maxBytes)}.` }],
  });
}

export function limitBodies(rules: BodyLimitRule[], defaultMax = DEFAULT_BODY_BYTES): MiddlewareHandler<HonoEnv> {
  const limiters = new Map<number, MiddlewareHandler>();
  const limiter = (max: number) => {
    let l = limiters.get(max);
    if (!l) {
      l = bodyLimit({
        maxSize: max,
        onError: () => {
          throw tooLarge(max);
        },
      });
      limiters.set(max, l);
    }
    return l;
  };
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const rule = rules.find((r) => r.method === c.req.method && r.path.test(c.req.path));
    return limiter(rule?.maxBytes ?? defaultMax)(c, next);
  };
}
