/**
 * "Require single sign-on" is for the employer's own staff: an alumni account (a personal address
 * the identity provider does not know) accepts its invitation with a password and signs in with it,
 * while a work account in the same organisation is refused a password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, importPeople, lastMailTo, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let slug: string;
const PASSWORD = 'a long alumni passphrase 42';

beforeAll(async () => {
  env = await createTestEnv();
  slug = `sso-alumni-${Date.now().toString(36)}`;
  const orgId = (await makeOrg(env.ctx, slug)).id;
  const admin = await makeUser(env.ctx, orgId, 'admin');
  const ids = await importPeople(env.app, admin.token, [{ number: '1', first: 'Ann', last: 'Alum', email: 'ann@sso.be' }]);
  await env.ctx.db.query(`update people set end_date = '2025-01-31' where id = $1`, [ids['1']]);
  const work = await makeUser(env.ctx, orgId, 'employee', { email: 'ann@sso.be', password: 'work passphrase long 77' });
  expect((await client(env.app, work.token).post('/api/v1/me/alumni', { email: 'ann@home.example', careers: false })).status).toBe(200);
  // Single sign-on required from here on (the secret is never used: nobody signs in through the provider here).
  await env.ctx.db.query(
    `insert into sso_configs (org_id, preset, issuer, client_id, client_secret_sealed, required, enabled, created_at, updated_at)
     values ($1, 'generic', 'https://idp.example', 'embassy', 'sealed', true, true, now(), now())`,
    [orgId],
  );
});
afterAll(() => env.close());

describe('alumni accounts and required single sign-on', () => {
  it('the invitation page offers a password and no work account', async () => {
    const invite = /invitation#token=([A-Za-z0-9_-]+)/.exec((await lastMailTo(env.ctx, 'ann@home.example')).text_body)![1];
    const info = await client(env.app).get(`/api/v1/auth/invitations/${invite}`);
    expect(info.status).toBe(200);
    expect(info.body.role).toBe('alumni');
    expect(info.body.signIn).toEqual({ password: true, workAccount: null });
    expect((await client(env.app).post('/api/v1/auth/invitations/accept', { token: invite, password: PASSWORD })).status).toBe(200);
  });

  it('signs in with its password, while the work account may not', async () => {
    const alumni = await client(env.app).post('/api/v1/auth/sign-in', { email: 'ann@home.example', password: PASSWORD });
    expect(alumni.status).toBe(200);
    const work = await client(env.app).post('/api/v1/auth/sign-in', { email: 'ann@sso.be', password: 'work passphrase long 77' });
    expect(work.status).toBe(403);
    expect(work.body.code).toBe('sso-required');
  });
});
