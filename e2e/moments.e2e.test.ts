/**
 * The moments that matter in a real browser against a real server: HR adds the Preboarding journey
 * from its template, previews the first mail in French with a real newcomer's data, switches the
 * journey on and runs the schedule for the day the mail is due; an employee adds a child's
 * birthday with explicit consent and withdraws it. axe-core checks every screen on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, peopleCsv, seriousA11yViolations, signIn, signInAs, startE2eServer, type E2eServer } from './helpers.ts';

// Camille starts on Monday 8 March 2027: three working days before is Wednesday 3 March.
const START = '08/03/2027';
const RUN_DAY = '2027-03-03';
const EMPLOYEE = {
  email: 'lotte.peeters@acme.be',
  password: 'amber-violin-harbour-62',
  role: 'employee' as const,
  displayName: 'Lotte Peeters',
};
const PEOPLE = peopleCsv(
  [
    ['E001', 'Lotte', 'Peeters', EMPLOYEE.email, 'HR', 'Gent', '01/03/2020'],
    ['E002', 'Camille', 'Lambert', 'camille.lambert@acme.be', 'Finance', 'Namur', START],
  ],
  ['Personeelsnummer', 'Voornaam', 'Achternaam', 'E-mail', 'Afdeling', 'Vestiging', 'Startdatum'],
);

let server: E2eServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer({ peopleCsv: PEOPLE, users: [EMPLOYEE] }), launchBrowser()]);
  page = await newPage(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The step editor's name in the organisation's language (English here): one of its fields per language. */
const stepName = () => page.locator('.m-step-editor').getByRole('group', { name: 'Name', exact: true }).getByLabel('English (required)');

async function expectNoSeriousViolations(p: Page, where: string) {
  const found = await seriousA11yViolations(p);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

describe('moments that matter in the browser', () => {
  it('adds the Preboarding journey from its template', async () => {
    await signIn(page, server);
    await page.getByRole('link', { name: 'Moments', exact: true }).click();
    await page.getByRole('link', { name: 'Journeys' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journeys' }).waitFor();
    await page.getByText('No journeys yet.').waitFor();
    await expectNoSeriousViolations(page, 'journeys (empty)');

    await page.getByRole('button', { name: 'Add Preboarding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preboarding' }).waitFor();
    expect(page.url()).toMatch(/\/journeys\/[0-9a-f-]{36}$/);
    // Added switched off, the steps on a timeline grouped by their anchor, in words.
    expect(await page.getByLabel('Active', { exact: true }).isChecked()).toBe(false);
    await page.getByRole('heading', { level: 3, name: 'Start date' }).waitFor();
    const steps = page.locator('.m-step');
    expect(await steps.count()).toBe(4);
    expect(await steps.first().locator('.m-step-when').textContent()).toBe('3 working days before the start date');
    await expectNoSeriousViolations(page, 'journey editor');
  });

  it('previews the Preboarding mail in French with a real person', async () => {
    await page.getByRole('button', { name: 'Preboarding mail' }).click();
    await page.getByRole('heading', { level: 3, name: 'Step: Preboarding mail' }).waitFor();
    expect(page.url()).toContain('?step=');
    expect(await stepName().inputValue()).toBe('Preboarding mail');

    // The language tabs work with the arrow keys too.
    await page.getByRole('tab', { name: /Dutch/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: /French/ }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('French');
    expect(await page.getByLabel('Subject (French)').inputValue()).toContain('Bienvenue chez {{orgName}}');

    await page.getByLabel('Person for the preview').fill('Camille');
    await page.getByRole('button', { name: 'Camille Lambert' }).click();
    await page.getByRole('button', { name: 'Show the preview' }).click();
    const body = page.locator('.m-preview-body');
    await body.waitFor();
    const text = await body.textContent();
    expect(text).toContain('Bonjour Camille,');
    expect(text).toContain('8 mars 2027');
    expect(await page.locator('.m-preview-subject').textContent()).toContain('Bienvenue chez E2E Organisation');
    await expectNoSeriousViolations(page, 'step editor with a preview');
  });

  it('shows the server’s validation messages next to the fields', async () => {
    await stepName().fill('');
    await page.getByRole('button', { name: 'Save the step' }).click();
    const nameError = page.locator('.m-step-editor .field-error').first();
    await nameError.waitFor();
    expect(await stepName().getAttribute('aria-invalid')).toBe('true');
    await stepName().fill('Preboarding mail');
    await page.getByRole('button', { name: 'Save the step' }).click();
    await page.getByRole('status').filter({ hasText: 'The step is saved.' }).waitFor();
  });

  it('activates the journey', async () => {
    await page.getByLabel('Active', { exact: true }).check();
    await page.getByRole('status').filter({ hasText: 'Preboarding is active.' }).waitFor();
    expect(await page.getByLabel('Active', { exact: true }).isChecked()).toBe(true);
  });

  it('runs the schedule for the day the mail is due and sees what it wrote', async () => {
    await page.getByRole('link', { name: 'Deliveries' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deliveries' }).waitFor();
    await page.getByLabel('Day', { exact: true }).fill(RUN_DAY);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const result = page.getByRole('status').filter({ hasText: 'The schedule ran' });
    await result.waitFor({ timeout: 20_000 });
    expect(await result.locator('dt').allTextContents()).toEqual(['Due', 'Created']);
    expect(await result.locator('dd').allTextContents()).toEqual(['1', '1']);

    // The new delivery is in the list, waiting for its send time.
    const row = page.locator('tbody tr').filter({ hasText: 'Camille Lambert' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Preboarding mail');
    expect(await row.locator('.m-status').textContent()).toBe('Waiting');
    await expectNoSeriousViolations(page, 'deliveries');

    // Running the same day again writes nothing twice.
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await result.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.counts dd')[1]?.textContent === '0');
    expect(await result.locator('dd').allTextContents()).toEqual(['1', '0']);
  });

  it('shows the calendar to HR, and the timeline on the person page', async () => {
    await page.getByRole('link', { name: 'Calendar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('button', { name: 'Month' }).click();
    await page.locator('.result-count').filter({ hasText: 'moment' }).waitFor();
    await expectNoSeriousViolations(page, 'calendar');

    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('link', { name: 'Camille Lambert' }).click();
    await page.getByRole('heading', { level: 2, name: 'Moments' }).waitFor();
    const sent = page.locator('.m-tl-list').last();
    await sent.waitFor();
    expect(await sent.textContent()).toContain('Preboarding mail');
    await page.getByRole('heading', { level: 2, name: 'Buddy (meter/peter)' }).waitFor();
    await expectNoSeriousViolations(page, 'person page with moments');
  });

  it('has no serious violations at phone width either', async () => {
    const phone = await newPage(browser, server.url, { width: 375 });
    try {
      await signIn(phone, server);
      await phone.goto('/journeys');
      await phone.getByRole('link', { name: 'Preboarding' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Preboarding' }).waitFor();
      await phone.getByRole('button', { name: 'Buddy briefing' }).click();
      await phone.getByRole('heading', { level: 3, name: 'Step: Buddy briefing' }).waitFor();
      await expectNoSeriousViolations(phone, 'journey editor at 375 px');
      await phone.goto('/deliveries');
      await phone.locator('tbody tr').first().waitFor();
      await expectNoSeriousViolations(phone, 'deliveries at 375 px');
    } finally {
      await phone.context().close();
    }
  });

  it('lets an employee add a child’s birthday with consent, then withdraw it', async () => {
    const employee = await newPage(browser, server.url);
    try {
      await signInAs(employee, EMPLOYEE);
      // An employee sees their own moments and tasks, not HR's screens.
      expect(await employee.getByRole('link', { name: 'Journeys' }).count()).toBe(0);
      await employee.getByRole('link', { name: 'Moments', exact: true }).click();
      await employee.getByRole('heading', { level: 2, name: 'What moments matter to you?' }).waitFor();
      // Nobody is reminded of a birthday unless the person says so.
      expect(await employee.getByRole('group', { name: 'Who is reminded of my birthday' }).getByLabel('Nobody').isChecked()).toBe(true);
      await expectNoSeriousViolations(employee, 'my moments');

      await employee.getByLabel("Child's first name (optional)").fill('Noor');
      await employee.getByLabel('Day', { exact: true }).selectOption('14');
      await employee.getByLabel('Month', { exact: true }).selectOption({ label: 'May' });

      // Without the consent box ticked, nothing is sent.
      await employee.getByRole('button', { name: 'Add the moment' }).click();
      await employee.getByText('Tick the box to give your consent').first().waitFor();

      const consent = employee.getByRole('checkbox', { name: /I agree that Embassy keeps this day and month/ });
      await consent.check();
      const request = employee.waitForRequest((r) => r.url().endsWith('/api/v1/me/moments/personal') && r.method() === 'POST');
      await employee.getByRole('button', { name: 'Add the moment' }).click();
      const sent = (await request).postDataJSON() as {
        consent: boolean;
        consentText: string;
        day: number;
        month: number;
        firstName: string;
      };
      expect(sent).toMatchObject({ consent: true, day: 14, month: 5, firstName: 'Noor' });
      expect(sent.consentText).toMatch(/^I agree that Embassy keeps this day and month/);
      await employee.getByRole('status').filter({ hasText: 'The moment is added.' }).waitFor();
      await employee.locator('.m-own p.strong').getByText("Noor's birthday, 14 May", { exact: true }).waitFor();
      await expectNoSeriousViolations(employee, 'my moments with a moment');

      await employee.getByRole('button', { name: /Withdraw consent and delete/ }).click();
      await employee.getByRole('button', { name: 'Yes, delete it' }).click();
      await employee.getByRole('status').filter({ hasText: 'The moment is deleted' }).waitFor();
      await employee.getByText('You have not added any moments.').waitFor();
      // Really gone on the server.
      const mine = (await (await employee.request.get('/api/v1/me/moments')).json()) as { moments: unknown[] };
      expect(mine.moments).toEqual([]);
    } finally {
      await employee.context().close();
    }
  });
});
