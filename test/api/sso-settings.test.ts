/**
 * The single sign-on settings API (admins only, one configuration per organisation, the secret
 * write-only and sealed) and "SSO required" (passwords refused except for break-glass admins).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, lastMailTo, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';
import { orgWithAdmin, type Org } from '../factories.ts';
import { ssoSettingsFor, startTestProvider, type TestProvider } from '../oidc-provider.ts';
import { decryptSecret } from '../../src/platform/encryption.ts';
import { secretPurpose } from '../../src/modules/sso/sso.service.ts';

let env: TestEnv;
let idp: TestProvider;
let org: Org;
const SECRET = 'super-secret-value-4f1b2c';
const PASSWORD = 'een lang en eigen wachtwoord 1984';

// A client id of its own and no secret unless a test gives one: these tests never sign in.
const settings = (overrides: Record<string, unknown> = {}) => ({
  ...ssoSettingsFor(idp, { clientId: 'embassy', clientSecret: undefined }),
  ...overrides,
});

beforeAll(async () => {
  env = await createTestEnv({ now: new Date().toISOString() });
  idp = await startTestProvider({ redirectUri: 'http://embassy.test/auth/sso/callback' });
  org = await orgWithAdmin(env);
}, 60_000);

afterAll(async () => {
  await idp?.close();
  await env?.close();
});

describe('settings API', () => {
  it('is for admins only', async () => {
    for (const role of ['coordinator', 'manager', 'employee'] as const) {
      const api = client(env.app, (await makeUser(env.ctx, org.id, role)).token);
      expect((await api.get('/api/v1/sso')).status).toBe(403);
      expect((await api.put('/api/v1/sso', settings({ clientSecret: SECRET }))).status).toBe(403);
      expect((await api.delete('/api/v1/sso')).status).toBe(403);
      expect((await api.post('/api/v1/sso/check', {})).status).toBe(403);
    }
    expect((await client(env.app).get('/api/v1/sso')).status).toBe(401);
    expect((await env.ctx.db.query('select 1 from sso_configs where org_id = $1', [org.id])).length).toBe(0);
  });

  it('needs the secret the first time, seals it, never answers it, and keeps it when left out', async () => {
    const api = client(env.app, org.admin.token);
    const empty = await api.get('/api/v1/sso');
    expect(empty.body).toEqual({ redirectUri: 'http://embassy.test/auth/sso/callback', config: null });
    const missing = await api.put('/api/v1/sso', settings());
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('sso-secret-required');

    const saved = await api.put('/api/v1/sso', settings({ clientSecret: SECRET }));
    expect(saved.status).toBe(200);
    expect(saved.body.config).toMatchObject({ clientSecretSet: true, issuer: idp.issuer, enabled: true });
    const [row] = await env.ctx.db.query<{ client_secret_sealed: string }>(
      'select client_secret_sealed from sso_configs where org_id = $1',
      [org.id],
    );
    expect(row.client_secret_sealed).not.toContain(SECRET);
    expect(decryptSecret(env.ctx.config, row.client_secret_sealed, secretPurpose(org.id, idp.issuer, 'embassy'))).toBe(SECRET);
    // Sealed for this organisation, issuer and client id: the same value does not open for another.
    expect(() => decryptSecret(env.ctx.config, row.client_secret_sealed, secretPurpose('another', idp.issuer, 'embassy'))).toThrow();
    expect(() =>
      decryptSecret(env.ctx.config, row.client_secret_sealed, secretPurpose(org.id, 'https://evil.example', 'embassy')),
    ).toThrow();

    const sealedNow = async () =>
      (
        await env.ctx.db.query<{ client_secret_sealed: string; client_id: string; issuer: string }>(
          'select client_secret_sealed, client_id, issuer from sso_configs where org_id = $1',
          [org.id],
        )
      )[0];
    const kept = await api.put('/api/v1/sso', settings({ defaultRole: 'manager' }));
    expect(kept.status).toBe(200);
    expect((await sealedNow()).client_secret_sealed).toBe(row.client_secret_sealed);

    // Another client id or issuer without the secret: refused, so the stored secret never goes to another provider.
    for (const moved of [settings({ clientId: 'embassy-2' }), settings({ issuer: 'https://idp.elsewhere.example' })]) {
      const res = await api.put('/api/v1/sso', moved);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('sso-secret-reenter');
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.clientSecret' })]);
    }
    expect(await sealedNow()).toEqual({ client_secret_sealed: row.client_secret_sealed, client_id: 'embassy', issuer: idp.issuer });

    const NEW_SECRET = 'another-secret-value-9d8e7f';
    const moved = await api.put('/api/v1/sso', settings({ defaultRole: 'manager', clientId: 'embassy-2', clientSecret: NEW_SECRET }));
    expect(moved.status).toBe(200);
    const after = await sealedNow();
    expect(after.client_id).toBe('embassy-2');
    expect(decryptSecret(env.ctx.config, after.client_secret_sealed, secretPurpose(org.id, idp.issuer, 'embassy-2'))).toBe(NEW_SECRET);
    expect(() => decryptSecret(env.ctx.config, after.client_secret_sealed, secretPurpose(org.id, idp.issuer, 'embassy'))).toThrow();

    const read = await api.get('/api/v1/sso');
    for (const text of [saved.text, kept.text, moved.text, read.text]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(NEW_SECRET);
    }
    const audit = await env.ctx.db.query<{ action: string; details: unknown }>(
      `select action, details from audit_log where org_id = $1 and action like 'sso.%' order by at`,
      [org.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['sso.create', 'sso.update', 'sso.update']);
    expect(audit[1].details).toMatchObject({ changed: ['defaultRole'] });
    expect(audit[2].details).toMatchObject({ changed: ['clientId', 'clientSecret'] });
    const everything = JSON.stringify(await env.ctx.db.query('select * from audit_log'));
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(NEW_SECRET);
  });

  it("is invisible to another organisation's admin", async () => {
    const other = await makeOrg(env.ctx);
    const otherAdmin = await makeUser(env.ctx, other.id, 'admin');
    const api = client(env.app, otherAdmin.token);
    const read = await api.get('/api/v1/sso');
    expect(read.status).toBe(200);
    expect(read.body.config).toBeNull();
    expect(read.text).not.toContain(idp.issuer);
    expect((await api.delete('/api/v1/sso')).status).toBe(404);
    // Org A's admin as break-glass account elsewhere: refused like an unknown id.
    const foreign = await api.put('/api/v1/sso', settings({ clientSecret: 'x', breakGlassUserIds: [org.admin.id] }));
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe('sso-break-glass-invalid');
    expect(
      (await env.ctx.db.query<{ client_id: string }>('select client_id from sso_configs where org_id = $1', [org.id]))[0].client_id,
    ).toBe('embassy-2');
  });

  it('checks issuers against the preset', async () => {
    const api = client(env.app, org.admin.token);
    const cases: [string, string, number, string?][] = [
      ['entra', 'https://login.microsoftonline.com/common/v2.0', 422, 'sso-invalid-issuer'],
      ['entra', 'https://login.microsoftonline.com/organizations/v2.0', 422, 'sso-invalid-issuer'],
      ['entra', 'https://evil.example/tenant/v2.0', 422, 'sso-invalid-issuer'],
      ['google', 'https://accounts.google.example', 422, 'sso-invalid-issuer'],
      ['generic', 'http://idp.example', 422, 'sso-invalid-issuer'],
      ['entra', 'https://login.microsoftonline.com/7c0a4c3e-0d3e-4f8e-9a2b-1f2e3d4c5b6a/v2.0', 200],
      ['google', 'https://accounts.google.com', 200],
    ];
    for (const [preset, issuer, status, code] of cases) {
      const googleDomain = preset === 'google' ? 'acme.example' : undefined;
      const res = await api.put('/api/v1/sso', settings({ preset, issuer, enabled: false, clientSecret: SECRET, googleDomain }));
      expect(res.status, `${preset} ${issuer}`).toBe(status);
      if (code) expect(res.body.code).toBe(code);
    }
    expect((await api.put('/api/v1/sso', settings({ clientSecret: SECRET }))).status).toBe(200);
  });

  it('binds Google Workspace to the organisation’s own domain', async () => {
    const api = client(env.app, org.admin.token);
    const google = { preset: 'google', issuer: 'https://accounts.google.com', enabled: false, clientSecret: SECRET };
    const missing = await api.put('/api/v1/sso', settings(google));
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('validation-failed');
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'body.googleDomain', code: 'required' })]);
    expect((await api.put('/api/v1/sso', settings({ ...google, googleDomain: 'https://acme.example' }))).status).toBe(400);
    const saved = await api.put('/api/v1/sso', settings({ ...google, googleDomain: 'Acme.Example' }));
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.config.googleDomain).toBe('acme.example');
    // Another preset has no Workspace domain.
    const generic = await api.put('/api/v1/sso', settings({ clientSecret: SECRET, googleDomain: 'acme.example' }));
    expect(generic.status).toBe(200);
    expect(generic.body.config.googleDomain).toBeNull();
  });

  it("reads the issuer's discovery document, or says clearly why not", async () => {
    const api = client(env.app, org.admin.token);
    const ok = await api.post('/api/v1/sso/check', {});
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ issuer: idp.issuer, pkceS256: true, tokenEndpoint: `${idp.issuer}/token` });
    const dead = await api.post('/api/v1/sso/check', { issuer: 'http://127.0.0.1:9' });
    expect(dead.status).toBe(422);
    expect(dead.body.code).toBe('sso-discovery-failed');
    expect(dead.body.params.reason).toBe('unreachable');
  });

  it('removes the configuration, audited', async () => {
    const other = await orgWithAdmin(env);
    const api = client(env.app, other.admin.token);
    expect((await api.put('/api/v1/sso', settings({ clientSecret: SECRET }))).status).toBe(200);
    expect((await api.delete('/api/v1/sso')).status).toBe(204);
    expect((await api.get('/api/v1/sso')).body.config).toBeNull();
    expect((await api.delete('/api/v1/sso')).status).toBe(404);
    const actions = await env.ctx.db.query<{ action: string }>(`select action from audit_log where org_id = $1 and action like 'sso.%'`, [
      other.id,
    ]);
    expect(actions.map((a) => a.action)).toEqual(['sso.create', 'sso.delete']);
  });
});

describe('SSO required', () => {
  let admin: TestUser;
  let breakGlass: TestUser;
  let employee: TestUser;
  let req: Org;

  beforeAll(async () => {
    req = await orgWithAdmin(env);
    admin = req.admin;
    breakGlass = await makeUser(env.ctx, req.id, 'admin', { email: `glass-${req.id.slice(0, 8)}@example.be`, password: PASSWORD });
    employee = await makeUser(env.ctx, req.id, 'employee', { email: `emp-${req.id.slice(0, 8)}@example.be`, password: PASSWORD });
  });

  it('cannot lock the admin out, and break-glass accounts must be active admins of the organisation', async () => {
    const api = client(env.app, admin.token);
    const lock = await api.put('/api/v1/sso', settings({ clientSecret: SECRET, required: true }));
    expect(lock.status).toBe(422);
    expect(lock.body.code).toBe('sso-lockout');
    const notAdmin = await api.put('/api/v1/sso', settings({ clientSecret: SECRET, required: true, breakGlassUserIds: [employee.id] }));
    expect(notAdmin.status).toBe(422);
    expect(notAdmin.body.code).toBe('sso-break-glass-invalid');
    const ok = await api.put('/api/v1/sso', settings({ clientSecret: SECRET, required: true, breakGlassUserIds: [breakGlass.id] }));
    expect(ok.status).toBe(200);
  });

  it('refuses password sign-in to everyone but the break-glass admins', async () => {
    const anon = client(env.app);
    const refused = await anon.post('/api/v1/auth/sign-in', { email: employee.email, password: PASSWORD });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('sso-required');
    expect(refused.body.detail).toMatch(/work account/);
    // A wrong password still answers as a wrong password: the refusal says nothing before the password is right.
    expect((await anon.post('/api/v1/auth/sign-in', { email: employee.email, password: 'wrong password here' })).body.code).toBe(
      'wrong-credentials',
    );
    const glass = await anon.post('/api/v1/auth/sign-in', { email: breakGlass.email, password: PASSWORD });
    expect(glass.status).toBe(200);
  });

  it('sends no reset mail and refuses a reset, except to break-glass admins', async () => {
    const anon = client(env.app);
    expect((await anon.post('/api/v1/auth/password-reset', { email: employee.email })).status).toBe(202);
    expect(await lastMailTo(env.ctx, employee.email)).toBeUndefined();
    expect((await anon.post('/api/v1/auth/password-reset', { email: breakGlass.email })).status).toBe(202);
    const mail = await lastMailTo(env.ctx, breakGlass.email);
    expect(mail).toBeDefined();
    // A reset link sent before SSO became required no longer works for someone else.
    await env.ctx.db.query('update sso_configs set required = false where org_id = $1', [req.id]);
    expect((await anon.post('/api/v1/auth/password-reset', { email: employee.email })).status).toBe(202);
    const token = /#token=([\w-]+)/.exec((await lastMailTo(env.ctx, employee.email)).text_body)![1];
    await env.ctx.db.query('update sso_configs set required = true where org_id = $1', [req.id]);
    const confirm = await anon.post('/api/v1/auth/password-reset/confirm', { token, password: 'nog een ander lang wachtwoord 77' });
    expect(confirm.status).toBe(403);
    expect(confirm.body.code).toBe('sso-required');
  });

  it('refuses accepting an invitation with a password, and the invitation points to the work account instead', async () => {
    const api = client(env.app, admin.token);
    const email = `new-${req.id.slice(0, 8)}@example.be`;
    expect((await api.post('/api/v1/invitations', { email, role: 'employee' })).status).toBe(201);
    const token = /#token=([\w-]+)/.exec((await lastMailTo(env.ctx, email)).text_body)![1];
    const [org] = await env.ctx.db.query<{ slug: string }>('select slug from organisations where id = $1', [req.id]);
    const info = await client(env.app).get(`/api/v1/auth/invitations/${token}`);
    expect(info.status).toBe(200);
    expect(info.body.signIn).toEqual({ password: false, workAccount: `/auth/sso/${org.slug}` });
    const res = await client(env.app).post('/api/v1/auth/invitations/accept', { token, password: 'mijn eigen lange wachtwoord' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('sso-required');
  });

  it('allows passwords again once SSO is disabled', async () => {
    const api = client(env.app, admin.token);
    expect((await api.put('/api/v1/sso', settings({ enabled: false, required: true, breakGlassUserIds: [breakGlass.id] }))).status).toBe(
      200,
    );
    expect((await client(env.app).post('/api/v1/auth/sign-in', { email: employee.email, password: PASSWORD })).status).toBe(200);
  });
});
