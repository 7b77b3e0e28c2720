/**
 * Serves the built web app (dist/web, made by scripts/build.mjs): hashed-free static files with
 * revalidation, and index.html for every app route so deep links work.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import type { AppContext } from '../platform/context.ts';
import type { HonoEnv } from '../platform/http.ts';
import { WEB_DIST_DIR } from '../platform/paths.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export function webRoutes(ctx: AppContext) {
  const r = new Hono<HonoEnv>();
  const cache = new Map<string, { body: Buffer; etag: string }>();
  const read = (file: string) => {
    // Re-read when the file changes, so a rebuild shows without a restart.
    const full = path.join(WEB_DIST_DIR, file);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) return undefined;
    const etag = `"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}"`;
    const hit = cache.get(file);
    if (hit?.etag === etag) return hit;
    const entry = { body: fs.readFileSync(full), etag };
    cache.set(file, entry);
    return entry;
  };

  r.get('/assets/:file{[a-zA-Z0-9._-]+}', (c) => {
    const file = c.req.param('file');
    const ext = path.extname(file);
    // Source maps help developers read the minified app; in production they only help attackers.
    const served = TYPES[ext] && !(ext === '.map' && ctx.config.production);
    const entry = served ? read(file) : undefined;
    if (!entry) return c.text('Not found', 404);
    if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304);
    return c.body(new Uint8Array(entry.body), 200, { 'content-type': TYPES[ext], etag: entry.etag, 'cache-control': 'no-cache' });
  });

  r.get('/*', (c) => {
    const p = c.req.path;
    if (p.startsWith('/api/') || p.startsWith('/careers')) return c.notFound();
    const entry = read('index.html');
    if (!entry) return c.text('The web app is not built: run `npm run build`.', 503);
    return c.body(new Uint8Array(entry.body), 200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy':
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    });
  });
  return r;
}
