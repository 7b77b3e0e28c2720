/**
 * Single sign-on end to end against a real OpenID provider (oidc-provider on loopback): the app is
 * called in memory for /auth/sso/*, the provider over real HTTP with its own login form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, importPeople, makeUser, type TestEnv } from '../helpers.ts';
import { orgWithAdmin, type Org } from '../factories.ts';
import { ssoSettingsFor, startTestProvider, type TestProvider } from '../oidc-provider.ts';

let env: TestEnv;
let idp: TestProvider;
let org: Org;
let slug: string;
const REDIRECT = 'http://embassy.test/auth/sso/callback';

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1) ?? null;

async function start(path: string, headers: Record<string, string> = {}) {
  const res = await env.app.request(path, { headers });
  expect(res.status, await res.clone().text()).toBe(302);
  return { authUrl: res.headers.get('location')!, flowCookie: cookieOf(res, 'embassy_sso_flow')! };
}

async function finish(callbackUrl: URL, flowCookie: string | null, headers: Record<string, string> = {}) {
  return env.app.request(`/auth/sso/callback${callbackUrl.search}`, {
    headers: { ...(flowCookie ? { cookie: flowCookie } : {}), ...headers },
  });
}

/** Signs in through the provider as `login`; answers the callback's response. */
async function signInAs(login: string, opts: { slug?: string; headers?: Record<string, string>; query?: string } = {}) {
  const { authUrl, flowCookie } = await start(`/auth/sso/${opts.slug ?? slug}${opts.query ?? ''}`, opts.headers);
  return finish(await idp.signIn(authUrl, login), flowCookie, opts.headers);
}

async function me(res: Response) {
  const session = cookieOf(res, 'embassy_session');
  expect(session).not.toBeNull();
  return env.app.request('/api/v1/me', { headers: { cookie: session! } });
}

const failures = async (reason: string) =>
  env.ctx.db.query<{ details: { reason: string } }>(
    `select details from audit_log where action = 'sso.failed' and details->>'reason' = $1`,
    [reason],
  );

async function configure(overrides: Record<string, unknown> = {}) {
  const res = await client(env.app, org.admin.token).put('/api/v1/sso', {
    ...ssoSettingsFor(idp, {
      roleMap: [
        { group: 'hr-admins', role: 'admin' },
        { group: 'managers', role: 'manager' },
      ],
    }),
    ...overrides,
  });
  expect(res.status, res.text).toBe(200);
  return res;
}

beforeAll(async () => {
  // The provider signs with the real time; the application's clock starts there too.
  env = await createTestEnv({ now: new Date().toISOString() });
  idp = await startTestProvider({ redirectUri: REDIRECT, idTokenTtlSeconds: 120 });
  org = await orgWithAdmin(env);
  [{ slug }] = await env.ctx.db.query<{ slug: string }>('select slug from organisations where id = $1', [org.id]);
  await importPeople(env.app, org.admin.token, [
    { number: 'E001', first: 'Ann', last: 'Peeters', email: 'ann@acme.example' },
    { number: 'E002', first: 'Bart', last: 'Claes', email: 'bart@acme.example' },
    { number: 'E003', first: 'Chloé', last: 'Dubois', email: 'chloe@acme.example', language: 'fr' },
    { number: 'E004', first: 'Dirk', last: 'Maes', email: 'dirk@acme.example' },
    { number: 'E005', first: 'Els', last: 'Wouters', email: 'els@acme.example' },
  ]);
  await configure();
}, 60_000);

afterAll(async () => {
  await idp?.close();
  await env?.close();
});

describe('sign-in through the identity provider', () => {
  it('creates an account linked to the directory entry by verified email, and the session works', async () => {
    idp.setAccount('ann-sub', { email: 'Ann@acme.example', email_verified: true, name: 'Ann P' });
    const res = await signInAs('ann-sub', { query: '?returnTo=/people' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/people');
    const who = await me(res);
    expect(who.status).toBe(200);
    const body = await who.json();
    expect(body.user.email).toBe('ann@acme.example');
    expect(body.user.role).toBe('employee');
    const [person] = await env.ctx.db.query<{ id: string }>(`select id from people where org_id = $1 and employee_number = 'E001'`, [
      org.id,
    ]);
    expect(body.user.personId).toBe(person.id);
    const [u] = await env.ctx.db.query<{ sso_subject: string; password_hash: string | null }>(
      'select sso_subject, password_hash from users where id = $1',
      [body.user.id],
    );
    expect(u.sso_subject).toBe(`${idp.issuer} ann-sub`);
    expect(u.password_hash).toBeNull();
    const created = await env.ctx.db.query(`select 1 from audit_log where action = 'sso.account_created' and target_id = $1`, [
      body.user.id,
    ]);
    expect(created).toHaveLength(1);

    // Sign-out ends this session like any other.
    const session = cookieOf(res, 'embassy_session')!;
    const csrf = body.csrfToken;
    const out = await env.app.request('/api/v1/auth/sign-out', { method: 'POST', headers: { cookie: session, 'x-csrf-token': csrf } });
    expect(out.status).toBe(204);
    expect((await env.app.request('/api/v1/me', { headers: { cookie: session } })).status).toBe(401);

    // A second sign-in finds the same account by its subject.
    const again = await signInAs('ann-sub');
    expect(((await (await me(again)).json()) as { user: { id: string } }).user.id).toBe(body.user.id);
  });

  it('takes the role from the groups claim (highest wins), and audits a change', async () => {
    idp.setAccount('bart-sub', { email: 'bart@acme.example', email_verified: true, groups: ['managers', 'hr-admins', 'other'] });
    const res = await signInAs('bart-sub');
    const body = await (await me(res)).json();
    expect(body.user.role).toBe('admin');
    idp.setAccount('bart-sub', { email: 'bart@acme.example', email_verified: true, groups: ['managers'] });
    const second = await signInAs('bart-sub');
    expect((await (await me(second)).json()).user.role).toBe('manager');
    const changed = await env.ctx.db.query<{ details: { from: string; to: string } }>(
      `select details from audit_log where action = 'sso.role_changed' and target_id = $1`,
      [body.user.id],
    );
    expect(changed.map((c) => c.details)).toEqual([expect.objectContaining({ from: 'admin', to: 'manager', reason: 'group' })]);
  });

  it('takes a role from a group back when the person leaves the group, but not a role an admin set', async () => {
    idp.setAccount('bart-sub', { email: 'bart@acme.example', email_verified: true, groups: ['hr-admins'] });
    const body = await (await me(await signInAs('bart-sub'))).json();
    expect(body.user.role).toBe('admin');
    // Out of every mapped group (or no groups claim at all): the default role, not the admin role kept for ever.
    idp.setAccount('bart-sub', { email: 'bart@acme.example', email_verified: true, groups: ['unmapped'] });
    expect((await (await me(await signInAs('bart-sub'))).json()).user.role).toBe('employee');
    idp.setAccount('bart-sub', { email: 'bart@acme.example', email_verified: true, groups: ['managers'] });
    expect((await (await me(await signInAs('bart-sub'))).json()).user.role).toBe('manager');
    idp.setAccount('bart-sub', { email: 'bart@acme.example', email_verified: true });
    expect((await (await me(await signInAs('bart-sub'))).json()).user.role).toBe('employee');

    // A role an admin gives afterwards is the admin's: a sign-in in no mapped group leaves it.
    const patched = await client(env.app, org.admin.token).patch(`/api/v1/users/${body.user.id}`, { role: 'coordinator' });
    expect(patched.status, patched.text).toBe(200);
    expect((await (await me(await signInAs('bart-sub'))).json()).user.role).toBe('coordinator');

    const changes = await env.ctx.db.query<{ details: { from: string; to: string; reason: string } }>(
      `select details from audit_log where action = 'sso.role_changed' and target_id = $1 order by id`,
      [body.user.id],
    );
    expect(changes.slice(-4).map((c) => [c.details.from, c.details.to, c.details.reason])).toEqual([
      ['manager', 'admin', 'group'],
      ['admin', 'employee', 'no-group'],
      ['employee', 'manager', 'group'],
      ['manager', 'employee', 'no-group'],
    ]);
  });

  it('lowers a role from a group when Entra says the groups did not fit in the token (overage), and never raises one', async () => {
    const overage = {
      _claim_names: { groups: 'src1' },
      _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/v1.0/me/getMemberObjects' } },
    };
    idp.setAccount('ann-sub', { email: 'ann@acme.example', email_verified: true, groups: ['hr-admins'] });
    const body = await (await me(await signInAs('ann-sub'))).json();
    expect(body.user.role).toBe('admin');
    idp.setAccount('ann-sub', { email: 'ann@acme.example', email_verified: true, ...overage });
    expect((await (await me(await signInAs('ann-sub'))).json()).user.role).toBe('employee');
    const [changed] = await env.ctx.db.query<{ details: { from: string; to: string; reason: string } }>(
      `select details from audit_log where action = 'sso.role_changed' and target_id = $1 order by id desc limit 1`,
      [body.user.id],
    );
    expect(changed.details).toMatchObject({ from: 'admin', to: 'employee', reason: 'groups-overage' });
    const [signIn] = await env.ctx.db.query<{ details: unknown }>(
      `select details from audit_log where action = 'auth.sign_in_sso' and actor_user_id = $1 order by id desc limit 1`,
      [body.user.id],
    );
    expect(signIn.details).toEqual({ groupsOverage: true });

    // With a default role above what the mapping gave, an overage keeps the lower role.
    await configure({ defaultRole: 'coordinator' });
    idp.setAccount('ann-sub', { email: 'ann@acme.example', email_verified: true, groups: ['managers'] });
    expect((await (await me(await signInAs('ann-sub'))).json()).user.role).toBe('manager');
    idp.setAccount('ann-sub', { email: 'ann@acme.example', email_verified: true, ...overage });
    expect((await (await me(await signInAs('ann-sub'))).json()).user.role).toBe('manager');
    await configure();
    idp.setAccount('ann-sub', { email: 'ann@acme.example', email_verified: true });
    expect((await (await me(await signInAs('ann-sub'))).json()).user.role).toBe('employee');
  });

  it('links an existing password account and keeps its role when no group matches', async () => {
    const existing = await makeUser(env.ctx, org.id, 'coordinator', { email: 'dirk@acme.example' });
    idp.setAccount('dirk-sub', { email: 'dirk@acme.example', email_verified: true, groups: ['unmapped'] });
    const body = await (await me(await signInAs('dirk-sub'))).json();
    expect(body.user.id).toBe(existing.id);
    expect(body.user.role).toBe('coordinator');
  });

  it('refuses an unverified email with a page in the language of the browser and an audit entry', async () => {
    idp.setAccount('eve-sub', { email: 'els@acme.example', email_verified: false });
    const res = await signInAs('eve-sub', { headers: { 'accept-language': 'nl-BE,nl;q=0.9' } });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('geverifieerd');
    expect(html).not.toMatch(/<script/i);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await failures('unverified-email')).toHaveLength(1);
    expect((await env.ctx.db.query(`select 1 from users where email = 'els@acme.example'`)).length).toBe(0);
  });

  it('refuses someone not in the directory (no matching person), in French when asked', async () => {
    idp.setAccount('stranger', { email: 'stranger@acme.example', email_verified: true });
    const res = await signInAs('stranger', { query: '?lang=fr' });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('registre du personnel');
    expect(await failures('no-person')).toHaveLength(1);
  });

  it('refuses a person who has left and a disabled account', async () => {
    await env.ctx.db.query(`update people set end_date = '2020-06-30' where org_id = $1 and employee_number = 'E005'`, [org.id]);
    idp.setAccount('els-sub', { email: 'els@acme.example', email_verified: true });
    const left = await signInAs('els-sub');
    expect(left.status).toBe(403);
    expect(await left.text()).toContain('sso-person-left');

    // Ended by SCIM (active: false) today: no way in, though the end date is today.
    await env.ctx.db.query(
      `update people set end_date = null, scim_ended_on = current_date where org_id = $1 and employee_number = 'E005'`,
      [org.id],
    );
    const ended = await signInAs('els-sub');
    expect(ended.status).toBe(403);
    expect(await ended.text()).toContain('sso-person-left');

    const disabled = await makeUser(env.ctx, org.id, 'employee', { email: 'chloe@acme.example' });
    await env.ctx.db.query('update users set disabled_at = now() where id = $1', [disabled.id]);
    idp.setAccount('chloe-sub', { email: 'chloe@acme.example', email_verified: true });
    const res = await signInAs('chloe-sub');
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('sso-account-disabled');
    await env.ctx.db.query('update users set disabled_at = null where id = $1', [disabled.id]);
  });

  it('refuses a callback whose state is not this browser’s, or used twice', async () => {
    idp.setAccount('ann-sub', { email: 'ann@acme.example', email_verified: true });
    const a = await start(`/auth/sso/${slug}`);
    const b = await start(`/auth/sso/${slug}`);
    const callback = await idp.signIn(a.authUrl, 'ann-sub');
    // Another browser's flow cookie (a login CSRF attempt): refused.
    const wrong = await finish(callback, b.flowCookie);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('sso-state-mismatch');
    // No cookie at all: refused.
    expect((await finish(callback, null)).status).toBe(400);
    // The right browser once: signed in; the same callback again: refused.
    expect((await finish(callback, a.flowCookie)).status).toBe(303);
    expect((await finish(callback, a.flowCookie)).status).toBe(400);
    expect((await failures('state-mismatch')).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses an expired flow (the fake clock passes its ten minutes)', async () => {
    const { authUrl, flowCookie } = await start(`/auth/sso/${slug}`);
    const callback = await idp.signIn(authUrl, 'ann-sub');
    env.clock.advance(11 * 60_000);
    try {
      const res = await finish(callback, flowCookie);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('sso-state-mismatch');
    } finally {
      env.clock.advance(-11 * 60_000);
    }
  });

  it('refuses an expired ID token (clock skew beyond the 60 s tolerance)', async () => {
    const { authUrl, flowCookie } = await start(`/auth/sso/${slug}`);
    const callback = await idp.signIn(authUrl, 'ann-sub');
    // The ID token lives 120 s; five minutes later by Embassy's clock, it has expired.
    env.clock.advance(5 * 60_000);
    try {
      const res = await finish(callback, flowCookie, { 'accept-language': 'en' });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('sso-clock-skew');
      expect(await failures('clock-skew')).toHaveLength(1);
    } finally {
      env.clock.advance(-5 * 60_000);
    }
  });

  it('shows the identity provider’s own error (access_denied)', async () => {
    const { authUrl, flowCookie } = await start(`/auth/sso/${slug}`);
    const callback = await idp.cancel(authUrl);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const res = await finish(callback, flowCookie);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('sso-idp-error');
    expect(await failures('idp-error')).toHaveLength(1);
  });

  it('says the client secret is wrong when the token endpoint refuses it (invalid_client)', async () => {
    await configure({ clientSecret: 'not-the-secret' });
    try {
      const res = await signInAs('ann-sub');
      expect(res.status).toBe(502);
      expect(await res.text()).toContain('sso-wrong-client-secret');
      expect(await failures('wrong-client-secret')).toHaveLength(1);
    } finally {
      await configure();
    }
  });

  it('links by the employee number claim when configured', async () => {
    await configure({ linkBy: 'employee_number', employeeNumberClaim: 'employee_number' });
    try {
      // No verified email: the employee number links.
      idp.setAccount('chloe-2', { email: 'chloe.private@example.com', email_verified: false, employee_number: 'E003' });
      const res = await signInAs('chloe-2');
      expect(res.status).toBe(303);
      const body = await (await me(res)).json();
      expect(body.user.email).toBe('chloe@acme.example');
      idp.setAccount('nobody', { employee_number: 'E999' });
      const none = await signInAs('nobody');
      expect(none.status).toBe(403);
      expect(await none.text()).toContain('sso-no-person');
    } finally {
      await configure();
    }
  });

  it('answers a page, not JSON, for an organisation without SSO', async () => {
    const res = await env.app.request('/auth/sso/no-such-org', { headers: { 'accept-language': 'fr-BE' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<html lang="fr">');
  });

  it('never lets return_to leave the site', async () => {
    for (const bad of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      const res = await signInAs('ann-sub', { query: `?returnTo=${encodeURIComponent(bad)}` });
      expect(res.headers.get('location')).toBe('/');
    }
  });
});

describe('rate limits', () => {
  it('limits starts per client address, not for everyone behind another address', async () => {
    const from = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });
    const at = (ip: string) => env.app.request(`/auth/sso/${slug}`, {}, from(ip));
    let last: Response | null = null;
    for (let i = 0; i < 601; i++) {
      last = await at('203.0.113.7');
      if (last.status !== 302) break;
    }
    expect(last!.status).toBe(429);
    expect(await last!.text()).toContain('sso-too-many-requests');
    expect((await at('203.0.113.8')).status).toBe(302);
  }, 60_000);
});

describe('work-account discovery', () => {
  it('answers by domain only, the same shape for any address', async () => {
    const api = client(env.app);
    const known = await api.post('/api/v1/auth/sso/discover', { email: 'ann@acme.example' });
    const unknownAddress = await api.post('/api/v1/auth/sso/discover', { email: 'nobody-here@acme.example' });
    expect(known.status).toBe(200);
    expect(known.body.items).toEqual([expect.objectContaining({ slug, startUrl: `/auth/sso/${slug}` })]);
    expect(unknownAddress.body).toEqual(known.body);
    const other = await api.post('/api/v1/auth/sso/discover', { email: 'ann@elsewhere.example' });
    expect(other.body.items).toEqual([]);
  });
});
