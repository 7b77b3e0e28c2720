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
