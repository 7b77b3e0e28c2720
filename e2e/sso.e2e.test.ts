/**
 * Single sign-on in Chromium: the person types their work address on Embassy's sign-in page, signs
 * in on the identity provider's own login form (oidc-provider on loopback, started here) and lands
 * in Embassy signed in, linked to their directory entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { systemActor } from '../src/platform/policy.ts';
import { saveSettings } from '../src/modules/sso/sso.service.ts';
import { launchBrowser, newPage, peopleCsv, seriousA11yViolations, signIn, startE2eServer, type E2eServer } from './helpers.ts';
import { ssoSettingsFor, startTestProvider, type TestProvider } from '../test/oidc-provider.ts';

let server: E2eServer;
let idp: TestProvider;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  let appUrl = '';
  idp = await startTestProvider({ redirectUri: () => `${appUrl}/auth/sso/callback` });
  idp.setAccount('lotte', { email: 'lotte.peeters@acme.be', email_verified: true, name: 'Lotte Peeters' });
  [server, browser] = await Promise.all([
    startE2eServer({
      peopleCsv: peopleCsv([['E001', 'Lotte', 'Peeters', 'lotte.peeters@acme.be', 'HR', 'Gent', '01/03/2020']]),
      seed: async (ctx, orgId) => {
        await saveSettings(ctx, systemActor(orgId), ssoSettingsFor(idp), null);
      },
    }),
    launchBrowser(),
  ]);
  appUrl = server.url;
  page = await newPage(browser, server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.close();
});

describe('sign in with the work account', () => {
  it("goes through the provider's login form and lands signed in", async () => {
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in with your work account' }).waitFor();
    await page.getByLabel('Work email').fill('lotte.peeters@acme.be');
    await page.getByRole('button', { name: 'Continue' }).click();
    // The identity provider's own page.
    await page.waitForURL(new RegExp(`^${idp.issuer}/interaction/`));
    await page.locator('input[name="login"]').fill('lotte');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    // Back in Embassy, signed in.
    await page.locator('.app-header').waitFor();
    expect(new URL(page.url()).origin).toBe(server.url);
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
    expect(me.user.email).toBe('lotte.peeters@acme.be');
    expect(me.user.personId).not.toBeNull();
  });

  it("shows the admin the settings, the redirect URI to register and what the issuer's discovery document offers", async () => {
    const admin = await newPage(browser, server.url);
    await signIn(admin, server);
    await admin.goto('/settings/integrations/sso');
    await admin.getByRole('heading', { name: 'Single sign-on', level: 2 }).waitFor();
    expect(await admin.getByLabel('Redirect URI').inputValue()).toBe(`${server.url}/auth/sso/callback`);
    expect(await admin.getByLabel('Issuer').inputValue()).toBe(idp.issuer);
    expect(await admin.getByLabel('Client secret').inputValue()).toBe('');
    await admin.getByRole('button', { name: 'Check connection' }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `Found ${idp.issuer}. PKCE S256: Yes.` })
      .waitFor();
    const found = await seriousA11yViolations(admin);
    expect(found, JSON.stringify(found, null, 2)).toEqual([]);
    await admin.context().close();
  });

  it('shows the failure page in the browser when the organisation has no SSO', async () => {
    await page.goto('/auth/sso/no-such-organisation');
    expect(await page.locator('h1').textContent()).toBe('Signing in with your work account did not work');
  });
});
