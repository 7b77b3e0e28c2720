/**
 * Accessibility (axe-core: no serious or critical violations on the main pages, at desktop and
 * phone width) and the language switch (French labels, <html lang>, kept on the user).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, peopleCsv, seriousA11yViolations, signIn, startE2eServer, type E2eServer } from './helpers.ts';

const PEOPLE = peopleCsv(
  [
    ['E001', 'Lotte', 'Peeters', 'lotte.peeters@acme.be', 'HR', 'Gent', '01/03/2020', ''],
    ['E002', 'Chloé', 'Dubois', 'chloe.dubois@acme.be', 'Finance', 'Namur', '01/06/2022', 'E001'],
  ],
  ['Personeelsnummer', 'Voornaam', 'Achternaam', 'E-mail', 'Afdeling', 'Vestiging', 'Startdatum', 'Manager'],
);

let server: E2eServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer({ peopleCsv: PEOPLE }), launchBrowser()]);
  page = await newPage(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectNoSeriousViolations(p: Page, where: string) {
  const found = await seriousA11yViolations(p);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

describe('accessibility', () => {
  it('has no serious violations on the sign-in page', async () => {
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in to Embassy' }).waitFor();
    await expectNoSeriousViolations(page, 'sign-in');
  });

  it('has no serious violations on the home page, the people list and a person page', async () => {
    await signIn(page, server);
    await page.getByTestId('home-deliveries').waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' });
    await expectNoSeriousViolations(page, 'home');
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '2 people found' }).waitFor();
    await expectNoSeriousViolations(page, 'people list');

    await page.getByRole('link', { name: 'Chloé Dubois' }).click();
    await page.getByRole('link', { name: 'Lotte Peeters' }).waitFor();
    await expectNoSeriousViolations(page, 'person page');
  });

  it('starts keyboard navigation with the skip link, and moves focus to the new page heading', async () => {
    // A full page load: the first Tab of a fresh page must reach the skip link.
    await page.goto('/people');
    await page.getByRole('status').filter({ hasText: '2 people found' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // A link followed with the keyboard lands on the new page's <h1>.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.textContent)).toBe('H1 Users');
  });

  it('has no serious violations on the import page, before and after choosing a file', async () => {
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('CSV file').waitFor();
    await expectNoSeriousViolations(page, 'import: choose');
    await page.getByLabel('CSV file').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(PEOPLE) });
    await page.getByRole('table', { name: 'Columns of the file and the field each one fills' }).waitFor();
    await expectNoSeriousViolations(page, 'import: mapping');
  });

  it('has no serious violations on the admin pages', async () => {
    // Settings (the group) opens the organisation's settings; its other pages are in the second row.
    for (const [link, ready] of [
      ['Settings', 'Sites'],
      ['Users', 'Pending invitations'],
      ['Integrations', 'Single sign-on'],
      ['Audit log', 'Audit log'],
      ['Mailbox', 'Mailbox'],
    ]) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: ready, exact: true }).first().waitFor();
      await page.locator('.loading').waitFor({ state: 'detached' });
      await expectNoSeriousViolations(page, link);
    }
  });

  it('has no serious violations on the people list at phone width', async () => {
    const phone = await newPage(browser, server.url, { width: 375 });
    await signIn(phone, server);
    await phone.goto('/people');
    await phone.getByRole('status').filter({ hasText: '2 people found' }).waitFor();
    await expectNoSeriousViolations(phone, 'people list, 375px');
    // The navigation is behind the menu button on a phone.
    const menu = phone.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    // Every group with its pages: Import under People, Journeys under Moments.
    expect(await phone.getByRole('link', { name: 'Import' }).isVisible()).toBe(true);
    expect(await phone.getByRole('link', { name: 'Journeys' }).isVisible()).toBe(true);
    await expectNoSeriousViolations(phone, 'menu open, 375px');
    await phone.context().close();
  });
});

describe('language', () => {
  it('switches to French, sets <html lang>, and keeps the choice for the next sign-in', async () => {
    await page.getByRole('link', { name: 'People', exact: true }).click();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
    await page.locator('header').getByLabel('Language').selectOption('fr');
    expect((await saved).status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Personnes' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByRole('link', { name: 'Importer' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Rechercher', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('columnheader', { name: "Date d'entrée" }).isVisible()).toBe(true);

    // A fresh browser (no local storage) signs in in English and gets the user's French.
    const other = await newPage(browser, server.url);
    await signIn(other, server);
    await other.getByRole('heading', { level: 1, name: 'Bonjour E2E' }).waitFor();
    await other.getByRole('link', { name: 'Personnes', exact: true }).click();
    await other.getByRole('heading', { level: 1, name: 'Personnes' }).waitFor();
    expect(await other.locator('html').getAttribute('lang')).toBe('fr');
    await other.context().close();
  });
});
