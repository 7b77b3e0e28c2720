import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../platform/context.ts';
import { createTestEnv, type TestEnv } from '../../../test/helpers.ts';
import { clientFor, exchange, ExchangeError, serverMetadata, SsoProviderError } from './sso.client.ts';

/**
 * A provider on loopback whose discovery document sends the token, keys and userinfo requests to
 * internal addresses (cloud metadata, private networks): blind server-side request forgery unless
 * every request openid-client makes goes through the outbound guard.
 */
describe('the OpenID client and private addresses', () => {
  let env: TestEnv;
  let server: http.Server;
  let issuer: string;
  const requests: string[] = [];

  beforeAll(async () => {
    env = await createTestEnv();
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url !== '/.well-known/openid-configuration') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          issuer,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: 'https://169.254.169.254/latest/meta-data/token',
          jwks_uri: 'https://10.0.0.1/jwks',
          userinfo_endpoint: 'https://192.168.1.1/userinfo',
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.close();
    await env.close();
  });

  it('refuses the private token endpoint of a discovery document when private URLs are not allowed', async () => {
    // The issuer itself must be on loopback to exist in a test, so discovery runs where private
    // URLs are allowed; the sign-in then runs where they are not, as in production.
    const server = await serverMetadata(env.ctx, issuer, true);
    expect(server.token_endpoint).toBe('https://169.254.169.254/latest/meta-data/token');
    const strict: AppContext = { ...env.ctx, config: { ...env.ctx.config, allowPrivateUrls: false } };
    const config = await clientFor(strict, { issuer, clientId: 'embassy', clientSecret: 'secret' });
    const err = await exchange(config, new URL(`https://embassy.test/sso/callback?code=abc&state=s1`), {
      state: 's1',
      nonce: 'n1',
      codeVerifier: 'v'.repeat(43),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExchangeError);
    expect(err).toMatchObject({ reason: 'idp-unreachable' });
    expect((err as Error).message).toMatch(/169\.254\.169\.254.*private or loopback/);
    // Discovery itself is refused too once private URLs are not allowed.
    await expect(serverMetadata(strict, issuer, true)).rejects.toBeInstanceOf(SsoProviderError);
    await expect(serverMetadata(strict, issuer, true)).rejects.toMatchObject({ reason: 'refused-address' });
    expect(requests).toEqual(['/.well-known/openid-configuration']);
  });
});
