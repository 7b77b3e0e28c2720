import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../../src/platform/client-address.ts';
import { systemActor } from '../../src/platform/policy.ts';
import { createToken } from '../../src/modules/accounts/tokens.service.ts';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let admin: TestUser;
const PASSWORD = 'een lange zin als wachtwoord';

beforeAll(async () => {
  env = await createTestEnv({ config: { trustProxy: parseTrustProxy('1') } });
  orgId = (await makeOrg(env.ctx, 'bank', 'De Bank')).id;
  admin = await makeUser(env.ctx, orgId, 'admin', { email: 'hr@bank.be', password: PASSWORD });
});
afterAll(() => env.close());

function cookieOf(res: { headers: Headers }): string {
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0];
}

async function signIn(email: string, password: string) {
  return client(env.app).post('/api/v1/auth/sign-in', { email, password });
}

/** The mail as its recipient gets it: secret links are sealed away from text_body (platform/mail.ts). */
async function lastMailTo(to: string) {
  const [row] = await env.ctx.db.query<{ subject: string; text_body: string }>(
    'select subject, coalesce(sealed_text, text_body) as text_body from mail_outbox where to_address = $1 order by created_at desc limit 1',
    [to],
  );
  return row;
}

describe('sign-in and sessions', () => {
  it('signs in with email and password and sets a httpOnly SameSite session cookie', async () => {
    const res = await signIn('HR@bank.be', PASSWORD);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/embassy_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(res.body.user.role).toBe('admin');
    expect(res.body.csrfToken).toBeTruthy();
    const me = await client(env.app, undefined, { cookie: cookieOf(res) }).get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('hr@bank.be');
  });

  it('requires the CSRF token on state-changing requests made with the cookie', async () => {
    const res = await signIn('hr@bank.be', PASSWORD);
    const c = client(env.app, undefined, { cookie: cookieOf(res) });
    const without = await c.patch('/api/v1/me', { displayName: 'HR' });
    expect(without.status).toBe(403);
    expect(without.body.detail).toMatch(/CSRF/);
    const withToken = await c.patch('/api/v1/me', { displayName: 'HR' }, { 'x-csrf-token': res.body.csrfToken });
    expect(withToken.status).toBe(200);
  });

  it('answers 401 for a wrong password and records the failure in the audit log', async () => {
    const res = await signIn('hr@bank.be', 'not the password at all');
    expect(res.status).toBe(401);
    const log = await client(env.app, admin.token).get('/api/v1/audit-log?action=auth.sign_in_failed');
    expect(log.body.items.length).toBeGreaterThan(0);
    expect(log.body.items[0].actor).toBe('hr@bank.be');
  });

  it('slows guessing of one account to 429 with Retry-After, yet lets the person in from their known browser', async () => {
    const email = 'target@bank.be';
    await makeUser(env.ctx, orgId, 'employee', { email, password: PASSWORD });
    // The person signed in from this browser before: it keeps a device cookie.
    const before = await signIn(email, PASSWORD);
    const device = /embassy_device=([^;]+)/.exec(before.headers.get('set-cookie') ?? '')?.[1];
    expect(device).toBeTruthy();
    expect(before.headers.get('set-cookie')).toMatch(/embassy_device=[^;]+;.*Path=\/api\/v1\/auth.*HttpOnly/i);

    // Someone else guesses: five wrong passwords answer 401, then the account makes them wait.
    for (let i = 0; i < 5; i++) expect((await signIn(email, `wrong password ${i}`)).status).toBe(401);
    const refused = await signIn(email, 'wrong password again');
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    // Waiting is all the guesser gets: even the right password from an unknown browser waits...
    expect((await signIn(email, PASSWORD)).status).toBe(429);
    // ...while the person, in the browser they used before, signs in at once.
    const known = await client(env.app).post('/api/v1/auth/sign-in', { email, password: PASSWORD }, { cookie: `embassy_device=${device}` });
    expect(known.status).toBe(200);
    // The wait doubles with every further failure once it has passed, and is over after it.
    env.clock.advance(wait * 1000);
    expect((await signIn(email, 'wrong password later')).status).toBe(401);
    const longer = await signIn(email, 'wrong password later');
    expect(Number(longer.headers.get('retry-after'))).toBeGreaterThan(wait);
    env.clock.advance(Number(longer.headers.get('retry-after')) * 1000);
    expect((await signIn(email, PASSWORD)).status).toBe(200);
  });

  it('lets 200 people sign in from one office address within 5 minutes, typos included', async () => {
    const hash = (await env.ctx.db.query<{ password_hash: string }>(`select password_hash from users where email = 'hr@bank.be'`))[0]
      .password_hash;
    const office = client(env.app, undefined, { 'x-forwarded-for': '198.51.100.7' });
    await env.ctx.db.query(
      `insert into users (org_id, email, role, password_hash) select $1, 'office' || g || '@bank.be', 'employee', $2 from generate_series(1, 200) g`,
      [orgId, hash],
    );
    const statuses: number[] = [];
    for (let i = 1; i <= 200; i++) {
      // Every tenth person mistypes first, as people do on a Monday morning.
      if (i % 10 === 0)
        expect(
          (await office.post('/api/v1/auth/sign-in', { email: `office${i}@bank.be`, password: 'een lange zin als wachtwoorf' })).status,
        ).toBe(401);
      statuses.push((await office.post('/api/v1/auth/sign-in', { email: `office${i}@bank.be`, password: PASSWORD })).status);
      env.clock.advance(1500);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    // 220 password checks (argon2id, deliberately slow): give a loaded machine time.
  }, 180_000);

  it('slows an address that guesses across many accounts, but not those who signed in there before', async () => {
    const guesser = client(env.app, undefined, { 'x-forwarded-for': '203.0.113.66' });
    const colleague = await signIn('hr@bank.be', PASSWORD);
    const device = /embassy_device=([^;]+)/.exec(colleague.headers.get('set-cookie') ?? '')![1];
    let last = 0;
    for (let i = 0; i < 60 && last !== 429; i++)
      last = (await guesser.post('/api/v1/auth/sign-in', { email: `someone${i}@bank.be`, password: 'guess guess guess' })).status;
    expect(last).toBe(429);
    // A new account from that address waits too; a known browser there does not.
    expect((await guesser.post('/api/v1/auth/sign-in', { email: 'hr@bank.be', password: PASSWORD })).status).toBe(429);
    expect(
      (await guesser.post('/api/v1/auth/sign-in', { email: 'hr@bank.be', password: PASSWORD }, { cookie: `embassy_device=${device}` }))
        .status,
    ).toBe(200);
  });

  it('signs out one session, or every session at once', async () => {
    const a = await signIn('hr@bank.be', PASSWORD);
    const b = await signIn('hr@bank.be', PASSWORD);
    const ca = client(env.app, undefined, { cookie: cookieOf(a), 'x-csrf-token': a.body.csrfToken });
    const cb = client(env.app, undefined, { cookie: cookieOf(b), 'x-csrf-token': b.body.csrfToken });
    expect((await ca.post('/api/v1/auth/sign-out')).status).toBe(204);
    expect((await ca.get('/api/v1/me')).status).toBe(401);
    expect((await cb.get('/api/v1/me')).status).toBe(200);
    const c = await signIn('hr@bank.be', PASSWORD);
    const cc = client(env.app, undefined, { cookie: cookieOf(c), 'x-csrf-token': c.body.csrfToken });
    const all = await cc.post('/api/v1/auth/sign-out-all');
    expect(all.status).toBe(200);
    expect(all.body.sessionsEnded).toBeGreaterThanOrEqual(2);
    // API tokens made with the account are revoked with it.
    expect(all.body.tokensRevoked).toBeGreaterThanOrEqual(1);
    expect((await client(env.app, admin.token).get('/api/v1/me')).status).toBe(401);
    admin = {
      ...admin,
      token: (await createToken(env.ctx, { ...systemActor(orgId), userId: admin.id, email: admin.email, role: 'admin' }, { name: 'again' }))
        .token,
    };
    expect((await cb.get('/api/v1/me')).status).toBe(401);
    expect((await cc.get('/api/v1/me')).status).toBe(401);
  });

  it('expires a session unused for a week', async () => {
    const res = await signIn('hr@bank.be', PASSWORD);
    const c = client(env.app, undefined, { cookie: cookieOf(res) });
    env.clock.advance(8 * 24 * 3600_000);
    expect((await c.get('/api/v1/me')).status).toBe(401);
  });
});

describe('password reset', () => {
  it('mails a link, refuses a weak password, sets a strong one once and ends old sessions', async () => {
    const email = 'reset@bank.be';
    const user = await makeUser(env.ctx, orgId, 'employee', { email, password: PASSWORD });
    expect((await client(env.app, user.token).get('/api/v1/me')).status).toBe(200);
    const old = await signIn(email, PASSWORD);
    expect((await client(env.app).post('/api/v1/auth/password-reset', { email })).status).toBe(202);
    // Unknown addresses get the same answer.
    expect((await client(env.app).post('/api/v1/auth/password-reset', { email: 'nobody@bank.be' })).status).toBe(202);
    const mail = await lastMailTo(email);
    const token = /#token=([\w-]+)/.exec(mail.text_body)![1];
    const weak = await client(env.app).post('/api/v1/auth/password-reset/confirm', { token, password: 'Password2024!' });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0].path).toBe('password');
    const newPassword = 'drie koffie en een croissant';
    expect((await client(env.app).post('/api/v1/auth/password-reset/confirm', { token, password: newPassword })).status).toBe(204);
    expect((await client(env.app).post('/api/v1/auth/password-reset/confirm', { token, password: newPassword })).status).toBe(422);
    expect((await client(env.app, undefined, { cookie: cookieOf(old) }).get('/api/v1/me')).status).toBe(401);
    // The API tokens go with the old password.
    expect((await client(env.app, user.token).get('/api/v1/me')).status).toBe(401);
    expect((await signIn(email, newPassword)).status).toBe(200);
    expect((await signIn(email, PASSWORD)).status).toBe(401);
  });

  it('rate-limits reset requests per address', async () => {
    let last;
    for (let i = 0; i < 6; i++) last = await client(env.app).post('/api/v1/auth/password-reset', { email: 'flood@bank.be' });
    expect(last!.status).toBe(429);
    expect(last!.headers.get('retry-after')).toBeTruthy();
  });
});

describe('invitations', () => {
  it('an admin invites by mail; the invitee chooses a password and is signed in with the role', async () => {
    const api = client(env.app, admin.token);
    const inv = await api.post('/api/v1/invitations', { email: 'New.Person@bank.be', role: 'coordinator' });
    expect(inv.status).toBe(201);
    expect((await api.get('/api/v1/invitations')).body.items.map((i: any) => i.email)).toContain('new.person@bank.be');
    const mail = await lastMailTo('new.person@bank.be');
    expect(mail.subject).toMatch(/De Bank/);
    const token = /#token=([\w-]+)/.exec(mail.text_body)![1];
    const info = await client(env.app).get(`/api/v1/auth/invitations/${token}`);
    expect(info.body).toMatchObject({
      email: 'new.person@bank.be',
      role: 'coordinator',
      organisation: { name: 'De Bank' },
      // No single sign-on here: a password, and no work account to offer.
      signIn: { password: true, workAccount: null },
    });
    const accepted = await client(env.app).post('/api/v1/auth/invitations/accept', {
      token,
      password: 'mijn eigen lange wachtwoord',
      displayName: 'New Person',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.role).toBe('coordinator');
    expect(accepted.headers.get('set-cookie')).toMatch(/embassy_session=/);
    expect((await client(env.app).post('/api/v1/auth/invitations/accept', { token, password: 'mijn eigen lange wachtwoord' })).status).toBe(
      404,
    );
  });

  it('only admins invite', async () => {
    const employee = await makeUser(env.ctx, orgId, 'employee');
    expect((await client(env.app, employee.token).post('/api/v1/invitations', { email: 'x@bank.be', role: 'admin' })).status).toBe(403);
  });

  it('rejects unknown fields with a message naming them', async () => {
    const res = await client(env.app, admin.token).post('/api/v1/invitations', { email: 'y@bank.be', role: 'employee', isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/isAdmin/);
  });
});

describe('users and roles', () => {
  it('an admin changes a role and disables a user, whose sessions and tokens stop working', async () => {
    const u = await makeUser(env.ctx, orgId, 'employee', { password: PASSWORD });
    const session = await signIn(u.email, PASSWORD);
    const api = client(env.app, admin.token);
    expect((await api.patch(`/api/v1/users/${u.id}`, { role: 'manager' })).body.role).toBe('manager');
    expect((await api.patch(`/api/v1/users/${u.id}`, { disabled: true })).body.disabled).toBe(true);
    expect((await client(env.app, u.token).get('/api/v1/me')).status).toBe(401);
    expect((await client(env.app, undefined, { cookie: cookieOf(session) }).get('/api/v1/me')).status).toBe(401);
    const log = await api.get('/api/v1/audit-log?action=users.update');
    expect(log.body.items[0].details).toMatchObject({ disabled: true });
  });

  it('keeps at least one active admin', async () => {
    const solo = await makeOrg(env.ctx);
    const only = await makeUser(env.ctx, solo.id, 'admin');
    const res = await client(env.app, only.token).patch(`/api/v1/users/${only.id}`, { role: 'employee' });
    expect(res.status).toBe(409);
  });

  it('users, audit log and mailbox are for admins', async () => {
    const employee = await makeUser(env.ctx, orgId, 'employee');
    const c = client(env.app, employee.token);
    for (const url of ['/api/v1/users', '/api/v1/audit-log', '/api/v1/mailbox', '/api/v1/invitations']) {
      expect((await c.get(url)).status, url).toBe(403);
    }
    expect((await c.patch('/api/v1/organisation', { name: 'Mine now' })).status).toBe(403);
  });
});

describe('API tokens', () => {
  it('creates a token shown once, lists it without the secret, and revokes it', async () => {
    const employee = await makeUser(env.ctx, orgId, 'employee');
    const c = client(env.app, employee.token);
    const created = await c.post('/api/v1/tokens', { name: 'payroll sync' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^emb_/);
    const list = await c.get('/api/v1/tokens');
    expect(list.text).not.toContain(created.body.token);
    expect(list.body.items.every((t: any) => t.userId === employee.id)).toBe(true);
    expect((await client(env.app, created.body.token).get('/api/v1/me')).status).toBe(200);
    expect((await c.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    expect((await client(env.app, created.body.token).get('/api/v1/me')).status).toBe(401);
  });

  it("an employee cannot revoke someone else's token; an admin can and sees all", async () => {
    const a = await makeUser(env.ctx, orgId, 'employee');
    const b = await makeUser(env.ctx, orgId, 'employee');
    const tokenOfB = (await client(env.app, b.token).get('/api/v1/tokens')).body.items[0];
    expect((await client(env.app, a.token).delete(`/api/v1/tokens/${tokenOfB.id}`)).status).toBe(404);
    const all = await client(env.app, admin.token).get('/api/v1/tokens');
    expect(all.body.items.some((t: any) => t.id === tokenOfB.id)).toBe(true);
    // The list tells when each token was last used, and the admin revokes B's token at once.
    expect((await client(env.app, b.token).get('/api/v1/me')).status).toBe(200);
    const used = (await client(env.app, admin.token).get('/api/v1/tokens')).body.items.find((t: any) => t.id === tokenOfB.id);
    expect(used.lastUsedAt).toBe(env.clock.now().toISOString());
    expect((await client(env.app, admin.token).delete(`/api/v1/tokens/${tokenOfB.id}`)).status).toBe(204);
    expect((await client(env.app, b.token).get('/api/v1/me')).status).toBe(401);
    const log = await client(env.app, admin.token).get('/api/v1/audit-log?action=tokens.revoke');
    expect(log.body.items[0].targetId).toBe(tokenOfB.id);
  });

  it('answers 401 for a malformed or unknown bearer token', async () => {
    expect((await client(env.app, 'emb_nope').get('/api/v1/me')).status).toBe(401);
    expect((await client(env.app, undefined, { authorization: 'Basic abc' }).get('/api/v1/me')).status).toBe(401);
  });
});
