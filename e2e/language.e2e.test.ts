/**
 * Everyone in their own language, in a real browser: a coordinator whose directory entry is French,
 * invited by an English-speaking admin, opens the invitation in an English browser and lands in a
 * French interface that shows the journeys' names in French; choosing a language in the switcher
 * takes effect at once, and "automatic" goes back to the directory entry's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createJourney } from '../src/modules/moments/journeys.service.ts';
import { systemActor } from '../src/platform/policy.ts';
import { launchBrowser, newPage, peopleCsv, signIn, startE2eServer, type E2eServer } from './helpers.ts';

const PEOPLE = peopleCsv(
  [
    ['E001', 'Lotte', 'Peeters', 'lotte.peeters@acme.be', 'HR', 'Gent', '01/03/2020', 'nl', '14/02/1988'],
    ['E002', 'Chloé', 'Dubois', 'chloe.dubois@acme.be', 'Communication', 'Namur', '01/06/2022', 'fr', '21/04/1985'],
  ],
  ['Personeelsnummer', 'Voornaam', 'Achternaam', 'E-mail', 'Afdeling', 'Vestiging', 'Startdatum', 'Taal', 'Geboortedatum'],
);
const PASSWORD = 'le tram pour la mer, merci';

let server: E2eServer;
let browser: Browser;
let admin: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startE2eServer({
      peopleCsv: PEOPLE,
      // Birthdays and anniversaries, from the ready template, active: everyone's timeline shows its steps.
      seed: async (ctx, orgId) => void (await createJourney(ctx, systemActor(orgId), { templateKey: 'anniversaries', active: true })),
    }),
    launchBrowser(),
  ]);
  admin = await newPage(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a coordinator invited in French', () => {
  let chloe: Page;

  it('is invited by an admin who works in English', async () => {
    await signIn(admin, server);
    await admin.goto('/users');
    await admin.getByRole('heading', { name: 'Invite someone' }).waitFor();
    await admin.getByLabel('Email address').fill('chloe.dubois@acme.be');
    await admin.getByLabel('Role', { exact: true }).selectOption('coordinator');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('status').filter({ hasText: 'Invitation sent to chloe.dubois@acme.be.' }).waitFor();
    expect(await admin.locator('html').getAttribute('lang')).toBe('en');
  });

  it('opens the invitation in an English browser and reads it in French', async () => {
    const mailbox = await admin.request.get('/api/v1/mailbox?to=chloe.dubois');
    const [mail] = (await mailbox.json()).items as { subject: string; text: string }[];
    expect(mail.subject).toBe('Invitation à Embassy chez E2E Organisation');
    const link = /https?:\/\/\S+\/invitation#token=[\w-]+/.exec(mail.text)![0];

    chloe = await newPage(browser, server.url);
    await chloe.goto(new URL(link).pathname + new URL(link).hash);
    await chloe.getByRole('heading', { level: 1, name: 'Accepter votre invitation' }).waitFor();
    expect(await chloe.locator('html').getAttribute('lang')).toBe('fr');
    await chloe.getByLabel('Nouveau mot de passe').fill(PASSWORD);
    await chloe.getByRole('button', { name: 'Accepter et se connecter' }).click();
    await chloe.locator('.app-header').waitFor();
  });

  it('lands in a French interface, and sees the journeys’ names in French on her own page', async () => {
    await chloe.getByRole('heading', { level: 1, name: 'Bonjour Chloé' }).waitFor();
    expect(await chloe.locator('html').getAttribute('lang')).toBe('fr');
    // The switcher says the language is automatic, from her directory entry.
    expect(await chloe.locator('header').getByLabel('Langue').locator('option:checked').textContent()).toBe('Automatique (Français)');

    await chloe.goto('/people');
    await chloe.getByRole('link', { name: 'Chloé Dubois' }).click();
    const moments = chloe.locator('.m-person-timeline');
    await moments.getByText('Anniversaire', { exact: true }).first().waitFor();
    expect(await moments.textContent()).toContain('Anniversaires et ancienneté');
    expect(await moments.textContent()).not.toContain('Birthday');
  });

  it('switches to English at once, and back to automatic (French) again', async () => {
    const saved = chloe.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
    await chloe.locator('header').getByLabel('Langue').selectOption('en');
    expect((await saved).status()).toBe(200);
    const moments = chloe.locator('.m-person-timeline');
    await moments.getByText('Birthday', { exact: true }).first().waitFor();
    expect(await chloe.locator('html').getAttribute('lang')).toBe('en');
    expect(await moments.textContent()).toContain('Birthdays and anniversaries');

    await chloe.locator('header').getByLabel('Language').selectOption('automatic');
    await moments.getByText('Anniversaire', { exact: true }).first().waitFor();
    expect(await chloe.locator('html').getAttribute('lang')).toBe('fr');
    await chloe.context().close();
  });
});
