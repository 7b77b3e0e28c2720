/**
 * The story editor offers a person's own uploaded images to choose from (GET /me/media): their story
 * uploads, newest first, and nobody else's; not their profile photo (that is not a story image).
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';
import { ambassador, orgWithAdmin, type Org } from '../factories.ts';

let env: TestEnv;
let org: Org;

beforeAll(async () => {
  env = await createTestEnv();
  org = await orgWithAdmin(env);
});
afterAll(() => env.close());

async function upload(user: TestUser, path = '/api/v1/me/media', method = 'POST'): Promise<string> {
  const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();
  const res = await env.app.request(path, {
    method,
    body: new Uint8Array(png),
    headers: { authorization: `Bearer ${user.token}`, 'content-type': 'image/png' },
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  const body = (await res.json()) as { photoUrl?: string; url?: string };
  return (body.photoUrl ?? body.url)!.replace('/media/', '');
}

describe('GET /me/media', () => {
  it("lists the person's own story images, newest first, and no one else's", async () => {
    const ana = await ambassador(env, org);
    const bo = await ambassador(env, org);
    const first = await upload(ana.user);
    env.clock.advance(60_000);
    const second = await upload(ana.user);
    await upload(bo.user);
    await upload(ana.user, '/api/v1/me/ambassador/photo', 'PUT');

    const res = await client(env.app, ana.user.token).get('/api/v1/me/media');
    expect(res.status).toBe(200);
    expect(res.body.items.map((m: { id: string }) => m.id)).toEqual([second, first]);
    expect(res.body.items[0]).toMatchObject({ url: `/media/${second}`, width: 30, height: 20 });
  });

  it('answers a user who is nobody in the directory with a clear error, and strangers with 401', async () => {
    const admin = await makeUser(env.ctx, org.id, 'admin');
    const res = await client(env.app, admin.token).get('/api/v1/me/media');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('person-not-linked');
    expect((await client(env.app).get('/api/v1/me/media')).status).toBe(401);
  });
});
