/**
 * The home page per role, the grouped menu and My data, in a real browser: an employee lands on
 * what needs them today (an ambassador invitation, their tasks, their moments), sees their own
 * name in the header, downloads their data and erases what they chose to give after confirming;
 * HR lands on failed deliveries and this week's moments, reaches every area through the groups,
 * and, without a directory entry, meets explanations instead of errors on personal pages.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { systemActor } from '../src/platform/policy.ts';
import { invite } from '../src/modules/ambassadors/ambassadors.service.ts';
import { installTemplates } from '../src/modules/moments/journeys.service.ts';
import { launchBrowser, newPage, peopleCsv, seriousA11yViolations, signIn, signInAs, startE2eServer, type E2eServer } from './helpers.ts';

// No display name: the header must show the directory name, not the address.
const EMPLOYEE = { email: 'lotte.peeters@acme.be', password: 'amber-violin-harbour-62', role: 'employee' as const };
const PEOPLE = peopleCsv([
  ['E001', 'Lotte', 'Peeters', EMPLOYEE.email, 'HR', 'Gent', '01/03/2020'],
  ['E002', 'Camille', 'Lambert', 'camille.lambert@acme.be', 'Finance', 'Namur', '01/09/2021'],
]);

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startE2eServer({
      peopleCsv: PEOPLE,
      users: [EMPLOYEE],
      async seed(ctx, orgId) {
        const [lotte] = await ctx.db.query<{ id: string }>(`select id from people where org_id = $1 and employee_number = 'E001'`, [orgId]);
        await invite(ctx, systemActor(orgId), lotte.id, 'We would love to hear your story.');
        // A delivery that failed after every retry, for HR's home page.
        await installTemplates(ctx, systemActor(orgId), true);
        const [camille] = await ctx.db.query<{ id: string }>(`select id from people where org_id = $1 and employee_number = 'E002'`, [
          orgId,
        ]);
        const [step] = await ctx.db.query<{ id: string }>(
          `select st.id from journey_steps st join journeys j on j.id = st.journey_id where j.org_id = $1 and st.kind = 'message' limit 1`,
          [orgId],
        );
        await ctx.db.query(
          `insert into deliveries (org_id, person_id, step_id, occurrence, due_date, due_at, status, attempts, next_attempt_at, last_error, message_id, created_at)
           values ($1, $2, $3, '2020-01-01', '2020-01-01', now(), 'failed', 8, now(), 'The mail server refused the address.', '<e2e-failed@embassy.mail>', now())`,
          [orgId, camille.id, step.id],
        );
      },
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectNoSeriousViolations(p: Page, where: string) {
  const found = await seriousA11yViolations(p);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

describe('the home page of an employee', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser, server.url);
    await signInAs(page, EMPLOYEE);
  });
  afterAll(() => page.context().close());

  it('lands on what needs them today, with their own name in the header and a short menu', async () => {
    await page.getByRole('heading', { level: 1, name: 'Hello Lotte' }).waitFor();
    expect(await page.locator('.user-menu-name').textContent()).toBe('Lotte Peeters');
    expect(await page.locator('header').innerText()).not.toContain(EMPLOYEE.email);
    // The ambassador invitation waits for an answer; tasks and moments are one click away.
    const program = page.getByTestId('home-program');
    await program.getByText('You are invited to become an ambassador.').waitFor();
    await page.getByTestId('home-tasks').getByText('No open tasks.').waitFor();
    await page.getByTestId('home-mine').getByRole('link', { name: 'Set your moments' }).waitFor();
    // Nothing of HR's: no failed deliveries, no calendar, no journeys.
    expect(await page.getByTestId('home-deliveries').count()).toBe(0);
    expect(await page.getByTestId('home-week').count()).toBe(0);
    const main = page.getByRole('navigation', { name: 'Main' });
    expect(await main.getByRole('link').allTextContents()).toEqual(['Home', 'Moments', 'Ambassador program', 'People']);
    await expectNoSeriousViolations(page, 'employee home');

    await program.getByRole('link', { name: 'Answer the invitation' }).click();
    await page.getByRole('heading', { name: 'What being an ambassador means' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Ambassador program' }).getByRole('link').allTextContents()).toEqual([
      'Ambassador',
      'Community',
      'Stories',
      'Learning',
    ]);
  });

  it('downloads their data as one JSON document from My data, in the user menu', async () => {
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('link', { name: 'My data' }).click();
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
    await expectNoSeriousViolations(page, 'my data');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my data' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('my-embassy-data.json');
    const data = JSON.parse(fs.readFileSync((await file.path())!, 'utf8'));
    expect(data.account.email).toBe(EMPLOYEE.email);
    expect(data.person).toMatchObject({ firstName: 'Lotte', lastName: 'Peeters' });
    expect(data.ambassadorInvitations).toEqual([
      expect.objectContaining({ answer: 'pending', message: 'We would love to hear your story.' }),
    ]);
    await page.getByRole('status').filter({ hasText: 'Your data was downloaded' }).waitFor();
  });

  it('erases what they chose to give only after confirming', async () => {
    // Something to erase: their moment preferences.
    await page.getByRole('link', { name: 'Moments', exact: true }).click();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/moments') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save my choices' }).click();
    expect((await saved).status()).toBe(200);
    await page.goto('/me/data');

    const erase = page.getByRole('button', { name: 'Erase my optional data…' });
    await erase.click();
    expect(await erase.getAttribute('aria-expanded')).toBe('true');
    // Changing one's mind erases nothing.
    await page.getByRole('button', { name: 'No, keep it' }).click();
    expect(
      ((await (await page.request.get('/api/v1/me/moments')).json()) as { preferences: { updatedAt: string | null } }).preferences,
    ).toBeTruthy();
    await erase.click();
    await page.getByRole('button', { name: 'Yes, erase it' }).click();
    await page.getByRole('status').filter({ hasText: 'Erased: 1 record.' }).waitFor();
    const after = (await (await page.request.get('/api/v1/me/export')).json()) as { momentPreferences: unknown };
    expect(after.momentPreferences).toBeNull();
  });
});

describe('the home page of HR', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser, server.url);
    await signIn(page, server);
  });
  afterAll(() => page.context().close());

  it("lands on failed deliveries and this week's moments, and reaches every area through the groups", async () => {
    await page.getByRole('heading', { level: 1, name: 'Hello E2E' }).waitFor();
    expect(await page.locator('.user-menu-name').textContent()).toBe('E2E Admin');
    const failed = page.getByTestId('home-deliveries');
    await failed.getByText('1 delivery failed after every retry.').waitFor();
    await page.getByTestId('home-week').getByRole('heading', { name: 'Moments this week' }).waitFor();
    await page.getByTestId('home-tasks').waitFor();
    const main = page.getByRole('navigation', { name: 'Main' });
    expect(await main.getByRole('link').allTextContents()).toEqual(['Home', 'People', 'Moments', 'Ambassador program', 'Settings']);
    await expectNoSeriousViolations(page, 'HR home');

    await failed.getByRole('link', { name: 'See and retry them' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deliveries' }).waitFor();
    expect(await page.getByRole('button', { name: 'Failed' }).getAttribute('aria-pressed')).toBe('true');
    await page.locator('tbody tr').filter({ hasText: 'Camille Lambert' }).waitFor();

    // Settings holds the admin pages, one click each.
    await main.getByRole('link', { name: 'Settings' }).click();
    const settings = page.getByRole('navigation', { name: 'Settings' });
    expect(await settings.getByRole('link').allTextContents()).toEqual(['Organisation', 'Users', 'Integrations', 'Mailbox', 'Audit log']);
    await settings.getByRole('link', { name: 'Mailbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
  });

  it('explains, instead of an error, what needs a directory entry when HR has none', async () => {
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Your account has no entry in the directory' }).waitFor();
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('link', { name: 'My moments' }).click();
    await page.getByRole('heading', { level: 1, name: 'My moments' }).waitFor();
    await page.getByText('Your moments (birthday, work anniversary, moments of your own) are kept with your entry').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain(server.admin.email);
    await expectNoSeriousViolations(page, 'my moments without a directory entry');

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('link', { name: 'My ambassador page' }).click();
    await page.getByText('Joining the ambassador program, writing stories and answering candidates need an entry').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
