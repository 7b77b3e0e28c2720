/**
 * The public careers pages in a real browser, with a brand colour that needs care (yellow): axe
 * (colour contrast included) finds nothing serious on the wall, a story, a profile and the form
 * sent back for being sent too fast; the spam trap is never reached with the keyboard; the
 * coordinator's branding page passes too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { systemActor, type Actor } from '../src/platform/policy.ts';
import { join } from '../src/modules/ambassadors/ambassadors.service.ts';
import { publish } from '../src/modules/ambassadors/stories.service.ts';
import { updateBranding } from '../src/modules/organisations/branding.service.ts';
import {
  launchBrowser,
  newPage,
  peopleCsv,
  seriousA11yViolations,
  ShiftableClock,
  signIn,
  startE2eServer,
  type E2eServerWith,
} from './helpers.ts';

const TITLE = 'From intern to developer';
const clock = new ShiftableClock();
let server: E2eServerWith;
let browser: Browser;
let visitor: Page;
let storyPath = '';

async function expectNoSeriousViolations(p: Page, where: string) {
  const found = await seriousA11yViolations(p);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startE2eServer({
      peopleCsv: peopleCsv([['E001', 'Lotte', 'Peeters', 'lotte.peeters@acme.be', 'IT', 'Gent', '01/03/2020']]),
      clock,
      async seed(ctx, orgId) {
        const sys = systemActor(orgId);
        await updateBranding(ctx, sys, { brandColour: '#ffcc00', intro: { en: 'Our people, in their own words.\nAsk them anything.' } });
        const [lotte] = await ctx.db.query<{ id: string }>(`select id from people where org_id = $1`, [orgId]);
        const as: Actor = {
          userId: '',
          orgId,
          role: 'employee',
          email: 'lotte.peeters@acme.be',
          personId: lotte.id,
          via: 'system',
          label: 'lotte',
        };
        await join(ctx, as, { scope: 'external', intro: 'Developer in Gent.', topics: ['onboarding'], languages: ['nl', 'en'] });
        const story = await publish(ctx, as, {
          title: TITLE,
          body: '## The start\nI began as an intern.\n\nNow I build apps.',
          language: 'en',
          scope: 'external',
        });
        storyPath = `/stories/${(story as { id: string }).id}`;
      },
    }),
    launchBrowser(),
  ]);
  visitor = await newPage(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the careers pages in a browser', () => {
  it('the branded wall, a story and a profile have no serious accessibility violations', async () => {
    await visitor.goto(`/careers/${server.slug}?lang=en`);
    await visitor.getByText('Our people, in their own words.').waitFor();
    expect(await visitor.locator('header.site').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 204, 0)');
    await expectNoSeriousViolations(visitor, 'wall');
    await visitor.getByRole('link', { name: TITLE }).click();
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await visitor.getByRole('link', { name: 'Share on LinkedIn' }).waitFor();
    await expectNoSeriousViolations(visitor, 'story');
    await visitor.getByRole('link', { name: 'Lotte Peeters' }).first().click();
    await visitor.getByText('Speaks Dutch and English').waitFor();
    await expectNoSeriousViolations(visitor, 'profile');
  });

  it('the keyboard never reaches the spam trap', async () => {
    await visitor.goto(`/careers/${server.slug}${storyPath}?lang=en`);
    await visitor.getByLabel('Your name').focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await visitor.keyboard.press('Shift+Tab');
      reached.push(await visitor.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName ?? ''));
    }
    expect(reached).not.toContain('website');
  });

  it('a question sent too fast comes back, filled in, asking to send it again; sent again, it goes', async () => {
    await visitor.goto(`/careers/${server.slug}${storyPath}?lang=en`);
    await visitor.getByLabel('Your name').fill('Vera Visitor');
    await visitor.getByLabel('Your email address').fill('vera@example.org');
    await visitor.getByLabel('Your question').fill('How was your first week?');
    await visitor.getByRole('button', { name: 'Send' }).click();
    await visitor.getByRole('alert').filter({ hasText: 'That was quicker than we expected.' }).waitFor();
    expect(await visitor.getByLabel('Your question').inputValue()).toBe('How was your first week?');
    await expectNoSeriousViolations(visitor, 'form sent too fast');
    clock.advance(4_000);
    await visitor.getByRole('button', { name: 'Send' }).click();
    await visitor.getByText('Thank you! Your question is on its way.').waitFor();
  });

  it("the coordinator's branding page shows the contrast and passes", async () => {
    const admin = await newPage(browser, server.url);
    await signIn(admin, server);
    await admin.goto('/insights/careers-page');
    await admin.getByRole('heading', { level: 1, name: 'Careers pages' }).waitFor();
    await admin.getByText('Text on your colour is black').waitFor();
    await expectNoSeriousViolations(admin, 'branding settings');
    await admin.context().close();
  });
});
