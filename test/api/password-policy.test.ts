/**
 * One password policy on every path that sets a password: an invitation's sign-up and a reset
 * refuse the person's own name with digits (Sophie1987!) by its rule, and a shared mailbox such as
 * admin@ does not make every password with "admin" in it "your email address".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let admin: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  orgId = (await makeOrg(env.ctx, 'pwbank', 'Zuiderbank')).id;
  admin = await makeUser(env.ctx, orgId, 'admin', { email: 'admin@pwbank.be', password: 'the admin takes tram 7 home' });
  await importPeople(env.app, admin.token, [
    { number: 'P1', first: 'Sophie', last: 'Dubois', email: 'sd.finance@pwbank.be' },
    { number: 'P2', first: 'Jan', last: 'Janssens', email: 'jj.sales@pwbank.be' },
  ]);
});
afterAll(() => env.close());

async function linkIn(to: string) {
  const [row] = await env.ctx.db.query<{ text: string }>(
    'select coalesce(sealed_text, text_body) as text from mail_outbox where to_address = $1 order by created_at desc limit 1',
    [to],
  );
  return /#token=([\w-]+)/.exec(row.text)![1];
}

const rule = (res: { status: number; body: any }) => ({ status: res.status, code: res.body.code, item: res.body.errors?.[0] });

describe('the password policy where passwords are set', () => {
  it("refuses, on an invitation's sign-up, the person's own name from the directory with digits", async () => {
    await client(env.app, admin.token).post('/api/v1/invitations', { email: 'sd.finance@pwbank.be', role: 'employee' });
    const token = await linkIn('sd.finance@pwbank.be');
    const weak = await client(env.app).post('/api/v1/auth/invitations/accept', { token, password: 'Sophie1987!!' });
    expect(rule(weak)).toMatchObject({
      status: 422,
      code: 'password-rejected',
      item: { path: 'password', code: 'password-contains-name', params: { name: 'Sophie' } },
    });
    const surname = await client(env.app).post('/api/v1/auth/invitations/accept', { token, password: 'Dubois-2024-!!' });
    expect(rule(surname).item.code).toBe('password-contains-name');
    const org = await client(env.app).post('/api/v1/auth/invitations/accept', { token, password: 'Zuiderbank2024!' });
    expect(rule(org).item).toMatchObject({ code: 'password-contains-organisation', params: { name: 'Zuiderbank' } });
    const ok = await client(env.app).post('/api/v1/auth/invitations/accept', { token, password: 'Sophie takes tram 7 to the sea' });
    expect(ok.status).toBe(200);
  });

  it('refuses, on a reset, the name of the person the account belongs to', async () => {
    await makeUser(env.ctx, orgId, 'employee', { email: 'jj.sales@pwbank.be', password: 'een lange zin als wachtwoord' });
    await client(env.app).post('/api/v1/auth/password-reset', { email: 'jj.sales@pwbank.be' });
    const token = await linkIn('jj.sales@pwbank.be');
    const weak = await client(env.app).post('/api/v1/auth/password-reset/confirm', { token, password: 'Janssens1990!' });
    expect(rule(weak)).toMatchObject({ status: 422, item: { code: 'password-contains-name', params: { name: 'Jan' } } });
    const email = await client(env.app).post('/api/v1/auth/password-reset/confirm', { token, password: 'my jj.sales secret word' });
    expect(rule(email).item).toMatchObject({ code: 'password-contains-email', params: { part: 'jj.sales' } });
    expect(
      (await client(env.app).post('/api/v1/auth/password-reset/confirm', { token, password: 'drie koffie en een croissant' })).status,
    ).toBe(204);
  });

  it('lets the admin@ account choose a passphrase with "admin" in it', async () => {
    await client(env.app).post('/api/v1/auth/password-reset', { email: 'admin@pwbank.be' });
    const token = await linkIn('admin@pwbank.be');
    expect(
      (await client(env.app).post('/api/v1/auth/password-reset/confirm', { token, password: 'admin brings croissants on friday' })).status,
    ).toBe(204);
  });
});
