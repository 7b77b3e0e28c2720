/**
 * Milestones and the welcome in a real browser: an employee joins the program ticking "Celebrate my
 * milestones" (never pre-ticked); the exchange welcomes her (a banner only she sees, closed for good
 * with one click) and shows her "joined" milestone to a colleague; her welcome mail arrives; she says
 * no in her profile and the milestone is gone from the colleague's feed at once. axe on both pages.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, newPage, peopleCsv, seriousA11yViolations, signInAs } from './helpers.ts';

const lotte = { email: 'lotte.peeters@e2e.example.be', password: 'copper-violin-sunrise-83', role: 'employee' as const };
const bram = { email: 'bram.claes@e2e.example.be', password: 'cobalt-meadow-river-29', role: 'employee' as const };
const JOINED = 'Lotte joined the ambassador community';

const session = browserSession({
  peopleCsv: peopleCsv([
    ['1', 'Lotte', 'Peeters', lotte.email, 'Sales', 'Gent', '2020-01-06'],
    ['2', 'Bram', 'Claes', bram.email, 'IT', 'Gent', '2019-04-01'],
  ]),
  users: [lotte, bram],
  seed: async (ctx, orgId) => {
    // Bram has been an ambassador for a while: welcomed long ago.
    await ctx.db.query(
      `insert into ambassadors (org_id, person_id, scope, languages, joined_at, updated_at, welcomed_at, welcome_dismissed_at)
       select org_id, id, 'internal', '{en}', now(), now(), now(), now() from people where org_id = $1 and work_email = $2`,
      [orgId, bram.email],
    );
  },
});

async function as(who: { email: string; password: string }) {
  const page = await newPage(session.browser, session.server.url);
  await signInAs(page, who);
  return page;
}

async function expectNoSeriousViolations(p: Page, where: string) {
  const found = await seriousA11yViolations(p);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

describe('milestones and the welcome', () => {
  it('only with her yes, welcomed once, gone at once when she says no', async () => {
    const page = await as(lotte);
    await page.goto('/ambassador');
    const choice = page.getByRole('checkbox', { name: 'Celebrate my milestones in the community' });
    expect(await choice.isChecked()).toBe(false);
    await choice.check();
    await page.getByRole('button', { name: 'Become an ambassador' }).click();
    await page.getByRole('heading', { name: 'You are an internal ambassador' }).waitFor();
    await page.getByRole('heading', { name: 'Milestones in the community' }).waitFor();
    // The section shows her choice once her profile has been read again.
    await expect.poll(() => page.getByRole('checkbox', { name: 'Celebrate my milestones in the community' }).isChecked()).toBe(true);
    await expectNoSeriousViolations(page, 'ambassador page with the milestones choice');

    // The exchange welcomes her, privately; her milestone is in the feed.
    await page.goto('/community/exchange');
    const welcome = page.getByRole('heading', { name: 'Welcome to the ambassador community, Lotte!' });
    await welcome.waitFor();
    await page.getByRole('article', { name: JOINED }).waitFor();
    await expectNoSeriousViolations(page, 'exchange with the welcome');

    const colleague = await as(bram);
    await colleague.goto('/community/exchange');
    await colleague.getByRole('article', { name: JOINED }).waitFor();
    expect(await colleague.getByRole('heading', { name: /^Welcome to the ambassador community/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Close the welcome' }).click();
    await expect.poll(() => welcome.count()).toBe(0);
    await page.reload();
    await page.getByRole('article', { name: JOINED }).waitFor();
    expect(await welcome.count()).toBe(0);

    // The welcome mail, once (the worker sends it within seconds).
    await expect
      .poll(
        async () => {
          const res = await session.page.request.get(`/api/v1/mailbox?to=${encodeURIComponent(lotte.email)}`);
          return ((await res.json()) as { items: { subject: string }[] }).items.filter(
            (m) => m.subject === 'Welcome to the ambassador community',
          ).length;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);

    // She says no: the milestone leaves the colleague's feed at once.
    await page.goto('/ambassador');
    await page.getByRole('checkbox', { name: 'Celebrate my milestones in the community' }).uncheck();
    await page.getByRole('button', { name: 'Save choice' }).click();
    await page.getByRole('status').filter({ hasText: 'Your milestones are no longer shown in the community.' }).waitFor();
    await colleague.reload();
    await colleague.getByRole('heading', { level: 1, name: 'Exchange' }).waitFor();
    expect(await colleague.getByRole('article', { name: JOINED }).count()).toBe(0);
  }, 120_000);
});
