/**
 * The OpenID Connect relying party, on openid-client (authorization code + PKCE S256, state, nonce).
 * Issuer metadata and keys are kept a few minutes per issuer; the client configuration is built per
 * request so that "now" is the application's clock (clockSkew) and a 60 s tolerance applies to exp,
 * iat and nbf. Plain http is allowed only for a loopback issuer where private addresses are allowed
 * (the tests' provider); never in production.
 *
 * Every request openid-client makes (discovery, token, keys, userinfo) goes through the outbound
 * guard (its customFetch): the address is checked at each request and the connection held to the
 * checked address, so neither DNS rebinding nor a discovery document pointing token_endpoint,
 * jwks_uri or userinfo_endpoint at an internal address reaches inside the network.
 */
import * as oidc from 'openid-client';
import type { AppContext } from '../../platform/context.ts';
import { outboundFetch, OutboundRefused, resolveOutbound } from '../../platform/outbound.ts';
import { isLoopbackHost } from './sso.presets.ts';

const CACHE_MS = 10 * 60_000;
const CLOCK_TOLERANCE_S = 60;
const servers = new Map<string, { at: number; server: oidc.ServerMetadata; jwks?: oidc.ExportedJWKSCache }>();

/** Why the identity provider could not be reached or read: what the "check" and the error page say. */
export class SsoProviderError extends Error {
  constructor(
    message: string,
    readonly reason: 'refused-address' | 'unreachable' | 'not-an-openid-provider',
  ) {
    super(message);
  }
}

/** The OutboundRefused somewhere in an error's causes (openid-client wraps what its fetch throws). */
export function refusal(err: unknown): OutboundRefused | null {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) if (e instanceof OutboundRefused) return e;
  return null;
}

const insecureAllowed = (ctx: AppContext, issuer: string) => {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ctx.config.allowPrivateUrls && isLoopbackHost(url.hostname);
};

/** The issuer's discovery document (cached), refusing private addresses unless the configuration allows them. */
export async function serverMetadata(ctx: AppContext, issuer: string, fresh = false): Promise<oidc.ServerMetadata> {
  const hit = servers.get(issuer);
  if (hit && !fresh && Date.now() - hit.at < CACHE_MS) return hit.server;
  try {
    await resolveOutbound(ctx.config, issuer);
  } catch (err) {
    if (err instanceof OutboundRefused) {
      throw new SsoProviderError(err.message, err.reason === 'unresolvable' ? 'unreachable' : 'refused-address');
    }
    throw err;
  }
  try {
    const found = await oidc.discovery(new URL(issuer), 'embassy', undefined, undefined, {
      execute: insecureAllowed(ctx, issuer) ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
      [oidc.customFetch]: outboundFetch(ctx.config),
    });
    const server = found.serverMetadata();
    servers.set(issuer, { at: Date.now(), server });
    return server;
  } catch (err) {
    const refused = refusal(err);
    if (refused) throw new SsoProviderError(refused.message, refused.reason === 'unresolvable' ? 'unreachable' : 'refused-address');
    const code = (err as { code?: string }).code ?? '';
    const unreachable = code === 'OAUTH_TIMEOUT' || err instanceof TypeError || /fetch failed/.test(String((err as Error).cause));
    throw new SsoProviderError(
      unreachable
        ? `${issuer} did not answer.`
        : `${issuer}/.well-known/openid-configuration is not an OpenID provider's discovery document for this issuer (${(err as Error).message}).`,
      unreachable ? 'unreachable' : 'not-an-openid-provider',
    );
  }
}

export interface RelyingParty {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** A client configuration whose "now" is ctx.clock's. */
export async function clientFor(ctx: AppContext, rp: RelyingParty): Promise<oidc.Configuration> {
  const server = await serverMetadata(ctx, rp.issuer);
  const methods = server.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
  const auth = methods.includes('client_secret_basic') ? oidc.ClientSecretBasic(rp.clientSecret) : oidc.ClientSecretPost(rp.clientSecret);
  const config = new oidc.Configuration(
    server,
    rp.clientId,
    {
      [oidc.clockSkew]: Math.round((ctx.clock.now().getTime() - Date.now()) / 1000),
      [oidc.clockTolerance]: CLOCK_TOLERANCE_S,
    },
    auth,
  );
  config[oidc.customFetch] = outboundFetch(ctx.config);
  if (insecureAllowed(ctx, rp.issuer)) oidc.allowInsecureRequests(config);
  const jwks = servers.get(rp.issuer)?.jwks;
  if (jwks) oidc.setJwksCache(config, jwks);
  return config;
}

/** Keeps the keys the provider answered with, so the next sign-in does not fetch them again. */
export function rememberKeys(rp: RelyingParty, config: oidc.Configuration): void {
  const hit = servers.get(rp.issuer);
  const jwks = oidc.getJwksCache(config);
  if (hit && jwks) hit.jwks = jwks;
}

export interface Started {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export async function authorizationUrl(config: oidc.Configuration, redirectUri: string, extra: Record<string, string>): Promise<Started> {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  return { url: url.href, state, nonce, codeVerifier };
}

/** Why the code exchange failed, as the reason codes of the error pages and the audit log. */
export type ExchangeFailure = 'wrong-client-secret' | 'clock-skew' | 'invalid-token' | 'token-refused' | 'idp-unreachable';

export class ExchangeError extends Error {
  constructor(
    readonly reason: ExchangeFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Exchanges the code (checking state, nonce, PKCE, iss, aud, exp and iat) and answers the ID
 * token's claims, with the userinfo endpoint's added when the provider has one and an access token
 * came (the ID token's own claims win: they are signed).
 */
export async function exchange(
  config: oidc.Configuration,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
  } catch (err) {
    throw classify(err);
  }
  const claims = tokens.claims() as Record<string, unknown> | undefined;
  if (!claims) throw new ExchangeError('invalid-token', 'No ID token.');
  let extra: Record<string, unknown> = {};
  if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
    try {
      extra = (await oidc.fetchUserInfo(config, tokens.access_token, String(claims.sub))) as Record<string, unknown>;
    } catch {
      // Optional: the ID token alone may hold all we need (Entra's userinfo lives on Graph).
    }
  }
  return { ...extra, ...claims };
}

function classify(err: unknown): ExchangeError {
  const message = err instanceof Error ? err.message : String(err);
  // The token or keys endpoint of the discovery document is an address the outbound guard refuses.
  const refused = refusal(err);
  if (refused) return new ExchangeError('idp-unreachable', refused.message);
  if (err instanceof oidc.ResponseBodyError) {
    if (err.error === 'invalid_client' || err.error === 'unauthorized_client') return new ExchangeError('wrong-client-secret', message);
    return new ExchangeError('token-refused', `${err.error}: ${err.error_description ?? ''}`);
  }
  if (err instanceof oidc.WWWAuthenticateChallengeError) {
    const challenged = err.cause.some((ch) => ch.parameters.error === 'invalid_client');
    if (challenged || err.status === 401) return new ExchangeError('wrong-client-secret', message);
    return new ExchangeError('token-refused', message);
  }
  const code = (err as { code?: string }).code;
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return new ExchangeError('clock-skew', message);
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' || code === 'OAUTH_INVALID_RESPONSE') return new ExchangeError('invalid-token', message);
  if (code === 'OAUTH_TIMEOUT' || err instanceof TypeError) return new ExchangeError('idp-unreachable', message);
  return new ExchangeError('invalid-token', message);
}
