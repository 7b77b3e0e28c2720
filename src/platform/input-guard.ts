/**
 * Text no part of Embassy can store or show faithfully is refused at the door, for every route:
 * a NUL character (PostgreSQL text cannot hold it, so it used to surface as a 500) and a lone
 * UTF-16 surrogate (it would be stored as U+FFFD, silently changing what someone wrote). Checked in
 * the path, the query and JSON bodies before any handler runs, so a new route cannot forget it;
 * forms check their fields with `unstorableText` where they parse them.
 */
import type { MiddlewareHandler } from 'hono';
import { badRequest } from './errors.ts';
import type { HonoEnv } from './http.ts';

// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `s` contains text that cannot be stored as written. */
export function isUnstorable(s: string): boolean {
  return UNSTORABLE.test(s);
}

/** The path (`body.title`, `body.links.0.url`) of the first unstorable string in a JSON value, if any. */
export function findUnstorable(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isUnstorable(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorable(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = isUnstorable(k) ? `${path}.${k}` : findUnstorable(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

const refuse = (path: string) =>
  badRequest(
    'The request contains a character that cannot be stored (a NUL character or a broken emoji).',
    [{ path, message: 'Remove the NUL character or the broken character (a lone UTF-16 surrogate).' }],
    'unstorable-text',
  );

function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

export function guardInput(): MiddlewareHandler<HonoEnv> {
  return async (c, next) => {
    const url = c.req.url;
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    // %00 in the path, or a malformed escape, matches no route worth reaching.
    if (/%00/.test(path) || (decoded(path) !== null && isUnstorable(decoded(path)!))) throw refuse('path');
    if (q !== -1) {
      for (const pair of url.slice(q + 1).split('&')) {
        if (!pair) continue;
        const [k, v = ''] = pair.split('=');
        const key = decoded(k) ?? k;
        const value = decoded(v);
        if (value === null)
          throw badRequest(
            'The query string is not valid URL encoding.',
            [{ path: `query.${key}`, message: 'Not valid percent-encoding.' }],
            'invalid-url-encoding',
          );
        if (isUnstorable(key) || isUnstorable(value)) throw refuse(`query.${key}`);
      }
    }
    const type = c.req.header('content-type') ?? '';
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && /^application\/(.+\+)?json\b/i.test(type)) {
      // Read once here; hono keeps the text for the route's own validator. An empty body (a DELETE
      // sent with a JSON content type) or one that is not JSON is left to the route: one that takes
      // no body ignores it, one that does answers with its own validation error.
      const text = await c.req.text();
      if (text.trim() === '') return next();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return next();
      }
      const found = findUnstorable(body, 'body');
      if (found) throw refuse(found);
    }
    return next();
  };
}
