import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, type TestEnv } from '../helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await makeOrg(env.ctx, 'hdr');
});
afterAll(() => env.close());

describe('response headers', () => {
  it('sets the security headers everywhere, and lets a route choose its own caching and framing', async () => {
    const api = await client(env.app).get('/api/v1/me');
    expect(api.headers.get('cache-control')).toBe('no-store');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    const feed = await client(env.app).get('/api/v1/public/orgs/hdr/stories');
    expect(feed.headers.get('cache-control')).toBe('no-cache');
    const wall = await client(env.app).get('/careers/hdr');
    expect(wall.headers.get('x-frame-options')).toBe('DENY');
    const embed = await client(env.app).get('/careers/hdr/embed');
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).not.toBe('DENY');
  });
});

describe('security headers on every surface', () => {
  const csp = (h: Headers) => h.get('content-security-policy') ?? '';

  it('gives the API docs page a policy that runs only its own script', async () => {
    const docs = await client(env.app).get('/api/docs');
    expect(docs.status).toBe(200);
    expect(csp(docs.headers)).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp(docs.headers)).toContain("base-uri 'none'");
    // The hash is of the script the page really has.
    const script = /<script>([\s\S]*?)<\/script>/.exec(docs.text)![1];
    const { createHash } = await import('node:crypto');
    expect(csp(docs.headers)).toContain(createHash('sha256').update(script).digest('base64'));
  });

  it('gives careers 404 pages, unknown organisations and API errors a policy too', async () => {
    for (const url of [
      '/careers/hdr/stories/0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
      '/careers/no-such-org',
      '/api/v1/nothing-here',
      '/careers/hdr/sitemap.xml',
    ]) {
      const res = await client(env.app).get(url);
      expect(csp(res.headers), url).toContain("default-src 'none'");
      expect(csp(res.headers), url).toContain("frame-ancestors 'none'");
      expect(res.headers.get('permissions-policy'), url).toContain('camera=()');
    }
    // Even an answer from the middleware in front of every route (a body too large).
    const big = await env.app.request('/api/v1/auth/sign-in', {
      method: 'POST',
      body: 'x'.repeat(300_000),
      headers: { 'content-type': 'application/json' },
    });
    expect(big.status).toBe(413);
    expect(csp(big.headers)).toContain("default-src 'none'");
  });

  it('limits what the embed page may do besides being framed', async () => {
    const embed = await client(env.app).get('/careers/hdr/embed');
    expect(csp(embed.headers)).toContain("base-uri 'none'");
    expect(csp(embed.headers)).toContain("form-action 'none'");
  });
});

describe('source maps', () => {
  it('are served to developers and not in production, where the app itself still is', async () => {
    // npm install builds dist/web (the prepare script), maps included.
    expect((await client(env.app).get('/assets/app.js.map')).status).toBe(200);
    const prod = await createTestEnv({ config: { production: true } });
    try {
      expect((await client(prod.app).get('/assets/app.js.map')).status).toBe(404);
      expect((await client(prod.app).get('/assets/app.css.map')).status).toBe(404);
      expect((await client(prod.app).get('/assets/app.js')).status).toBe(200);
    } finally {
      await prod.close();
    }
  });
});
