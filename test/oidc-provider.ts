/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 with a random port, for the single sign-on
 * tests: one confidential client, accounts whose claims a test sets, its own login form
 * (devInteractions: any login name is the account id) and no consent step (a first-party client).
 * `signIn` drives the provider over real HTTP with a cookie jar, as a browser would, and answers the
 * callback address it redirects to.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import type { SettingsInput } from '../src/modules/sso/sso.service.ts';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claims the account `login` signs in with (sub is the login). */
  setAccount(login: string, claims: Record<string, unknown>): void;
  /** Follows `authUrl` through the provider's login form as `login`; answers the callback URL (code and state). */
  signIn(authUrl: string, login: string): Promise<URL>;
  /** Like signIn, but the person cancels: the callback carries error=access_denied. */
  cancel(authUrl: string): Promise<URL>;
  close(): Promise<void>;
}

/** Single sign-on settings that use `idp` (the body of PUT /api/v1/sso): generic, linked by address, on, not required. */
export function ssoSettingsFor(idp: TestProvider, overrides: Partial<SettingsInput> = {}): SettingsInput {
  return {
    preset: 'generic',
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    linkBy: 'email',
    employeeNumberClaim: null,
    groupsClaim: 'groups',
    roleMap: [],
    defaultRole: 'employee',
    enabled: true,
    required: false,
    breakGlassUserIds: [],
    ...overrides,
  };
}

/** `redirectUri` may be a function, read at the first request: a browser test learns the app's port after the provider starts. */
export async function startTestProvider(opts: { redirectUri: string | (() => string); idTokenTtlSeconds?: number }): Promise<TestProvider> {
  const redirectUri = () => (typeof opts.redirectUri === 'function' ? opts.redirectUri() : opts.redirectUri);
  const accounts = new Map<string, Record<string, unknown>>();
  const clientId = 'embassy-test';
  const clientSecret = 'test-client-secret-' + Math.random().toString(36).slice(2);
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const makeProvider = () =>
    new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [redirectUri()],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      pkce: { required: () => true },
      // Claims of the granted scopes go into the ID token, as Entra ID and Google send them.
      conformIdTokenClaims: false,
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['name', 'preferred_username', 'groups', 'employee_number', 'employeeid', 'hd', 'xms_edov'],
      },
      cookies: { keys: ['test-cookie-key'] },
      ttl: {
        IdToken: opts.idTokenTtlSeconds ?? 3600,
        AccessToken: 3600,
        AuthorizationCode: 60,
        Interaction: 600,
        Session: 3600,
        Grant: 3600,
      },
      features: { devInteractions: { enabled: true } },
      async findAccount(_ctx: KoaContextWithOIDC, id: string) {
        const claims = accounts.get(id);
        if (!claims) return undefined;
        return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
      },
      // First party: the grant is given at once, so there is no consent step.
      async loadExistingGrant(ctx: KoaContextWithOIDC) {
        const session = ctx.oidc.session!;
        const client = ctx.oidc.client!;
        const existing = session.grantIdFor(client.clientId);
        if (existing) return ctx.oidc.provider.Grant.find(existing);
        const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId! });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        session.grantIdFor(client.clientId, grant.jti);
        return grant;
      },
    });
  let handler: ReturnType<Provider['callback']> | null = null;
  server.on('request', (req, res) => {
    handler ??= makeProvider().callback();
    void handler(req, res);
  });

  /** A browser's cookie jar, by name (paths do not matter for one test provider). */
  const jar = new Map<string, string>();
  const fetchWithJar = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
    return res;
  };

  async function drive(authUrl: string, login: string | null): Promise<URL> {
    let url = authUrl;
    for (let hop = 0; hop < 10; hop++) {
      if (url.startsWith(redirectUri())) return new URL(url);
      const res = await fetchWithJar(url);
      let next = res.headers.get('location');
      if (!next && res.status === 200 && /\/interaction\//.test(url)) {
        await res.text();
        const body = login === null ? null : new URLSearchParams({ prompt: 'login', login, password: 'any' });
        const post = body
          ? await fetchWithJar(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } })
          : await fetchWithJar(`${url}/abort`);
        next = post.headers.get('location');
      } else {
        await res.text();
      }
      if (!next) throw new Error(`The provider stopped at ${url} (HTTP ${res.status}).`);
      url = new URL(next, url).href;
    }
    throw new Error('Too many redirects at the provider.');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    setAccount: (login, claims) => accounts.set(login, claims),
    signIn: (authUrl, login) => {
      jar.clear();
      return drive(authUrl, login);
    },
    cancel: (authUrl) => {
      jar.clear();
      return drive(authUrl, null);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
