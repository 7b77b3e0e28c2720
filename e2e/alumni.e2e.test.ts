/**
 * Alumni ambassadors in a real browser: Lotte, whose end date is set, chooses in the app to stay on
 * (a personal address, "also on the careers pages" ticked); the invitation arrives at the personal
 * address; she accepts it and sets a password. After her last day she signs in with the personal
 * address and reaches only her own things: her alumni page, profile, stories, the alumni topic of
 * the exchange and her data — no page calls an API the alumni account may not call (no 403, no
 * "not allowed" notice). She posts in the alumni topic and sees no colleague's post outside it. "Stop
 * being an alumni ambassador" signs her out in one click, and the account no longer signs in. axe
 * on every page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, newPage, peopleCsv, seriousA11yViolations, ShiftableClock, signInAs } from './helpers.ts';

const DAY = 24 * 60 * 60 * 1000;
const lotte = { email: 'lotte.peeters@e2e.example.be', password: 'copper-violin-sunrise-83', role: 'employee' as const };
const bram = { email: 'bram.claes@e2e.example.be', password: 'cobalt-meadow-river-29', role: 'employee' as const };
const personal = { email: 'lotte.peeters@home.example', password: 'amber-harbour-lantern-61' };
const clock = new ShiftableClock();
// Her last day: in a week (the clock is moved past it once she has her alumni account).
const endDate = new Date(clock.now().getTime() + 7 * DAY).toISOString().slice(0, 10);

const session = browserSession({
  clock,
  peopleCsv: peopleCsv([
    ['1', 'Lotte', 'Peeters', lotte.email, 'Sales', 'Gent', '2014-03-03'],
    ['2', 'Bram', 'Claes', bram.email, 'IT', 'Gent', '2019-04-01'],
  ]),
  users: [lotte, bram],
  seed: async (ctx, orgId) => {
    await ctx.db.query(`update people set end_date = $2 where org_id = $1 and work_email = $3`, [orgId, endDate, lotte.email]);
    // Bram is an ambassador (welcomed long ago) who posts outside the alumni topic.
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

/** A JSON call as the signed-in user of `p`, with the CSRF token the app would send. */
async function api<T>(p: Page, method: string, path: string, data?: unknown): Promise<T> {
  const me = (await (await p.request.get('/api/v1/me')).json()) as { csrfToken: string };
  const res = await p.request.fetch(`/api/v1${path}`, { method, data, headers: { 'x-csrf-token': me.csrfToken } });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

async function expectNoSeriousViolations(p: Page, where: string) {
  const found = await seriousA11yViolations(p);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

/** Every API answer of `p` that refused (403), as "METHOD path". */
function refusals(p: Page): string[] {
  const refused: string[] = [];
  p.on('response', (res) => {
    if (res.status() === 403 && res.url().includes('/api/')) refused.push(`${res.request().method()} ${new URL(res.url()).pathname}`);
  });
  return refused;
}

/** The invitation link of the alumni account, from the dev mailbox (the worker sends it within seconds). */
async function invitationLink(to: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const mails = await api<{ items: { text: string }[] }>(session.page, 'GET', `/mailbox?to=${encodeURIComponent(to)}`);
        link = mails.items.map((m) => /https?:\/\/\S+\/invitation#token=[A-Za-z0-9_-]+/.exec(m.text)?.[0]).find(Boolean);
        return Boolean(link);
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
  return link!;
}

describe('alumni ambassadors in the browser', () => {
  it('chosen in the app, the account from the mail, only her own things after her last day, one click to stop', async () => {
    // Bram posts for colleagues only (no topic): the alumni account never sees it.
    const colleague = await as(bram);
    await api(colleague, 'POST', '/community/posts', { body: 'Only for colleagues: the canteen moves.', topicId: null });

    // Lotte chooses, in the app, from her user menu.
    const work = await as(lotte);
    await work.goto('/me/alumni');
    await work.getByRole('heading', { level: 1, name: 'Stay on as an alumni ambassador' }).waitFor();
    const careers = work.getByRole('checkbox', { name: /Also show me on the careers pages/ });
    expect(await careers.isChecked()).toBe(false);
    await expectNoSeriousViolations(work, 'the alumni choice');
    await work.getByLabel('Personal email address for your alumni account').fill(personal.email);
    await careers.check();
    await work.getByRole('button', { name: 'Yes, I stay on as an alumni ambassador' }).click();
    await work
      .getByRole('status')
      .filter({ hasText: `Check ${personal.email} for the mail` })
      .waitFor();

    // The invitation at the personal address: she sets a password.
    const link = await invitationLink(personal.email);
    const invited = await newPage(session.browser, session.server.url);
    await invited.goto(link);
    await invited.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
    await expectNoSeriousViolations(invited, 'the alumni invitation');
    await invited.getByLabel('New password').fill(personal.password);
    await invited.getByRole('button', { name: 'Accept and sign in' }).click();
    await invited.locator('.app-header').waitFor();
    await invited.context().close();

    // After her last day: the work account has ended, the alumni account signs in.
    clock.advance(9 * DAY);
    const page = await newPage(session.browser, session.server.url);
    const refused = refusals(page);
    await signInAs(page, personal);
    await page.getByRole('heading', { level: 1, name: 'Alumni ambassador' }).waitFor();
    await page.getByText('You are shown on the careers pages as a former colleague.').waitFor();

    // The menu holds her own things only.
    const nav = page.getByRole('navigation', { name: 'Alumni' });
    const hrefs = await nav.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/', '/ambassador', '/stories', '/community/exchange']);

    const visits: [string, string][] = [
      ['/', 'Alumni ambassador'],
      ['/ambassador', ''],
      ['/stories', ''],
      ['/stories/new', ''],
      ['/community/exchange', 'Exchange'],
      ['/me/data', ''],
    ];
    for (const [path, heading] of visits) {
      await page.goto(path);
      const h1 = page.getByRole('heading', { level: 1 });
      await (heading ? page.getByRole('heading', { level: 1, name: heading }) : h1).waitFor();
      await page.waitForLoadState('networkidle');
      expect.soft(await page.locator('.notice-error, [role="alert"]').allInnerTexts(), `error notice on ${path}`).toEqual([]);
      expect.soft(await page.getByText(/forbidden|not allowed|no access|403/i).count(), `refusal shown on ${path}`).toBe(0);
      expect.soft(refused, `refused calls on ${path}`).toEqual([]);
      refused.length = 0;
      await expectNoSeriousViolations(page, path);
    }

    // She posts in the alumni topic; the colleagues-only post is not hers to see.
    await page.goto('/community/exchange');
    await page.getByRole('heading', { level: 1, name: 'Exchange' }).waitFor();
    // No links to the events or the directory, which are not hers to open.
    expect(await page.getByRole('link', { name: 'Events' }).count()).toBe(0);
    // The alumni topic is chosen for her, the only one there is.
    const topic = page.getByLabel('Topic', { exact: true });
    // The topics arrive after the page: wait for them.
    await expect.poll(() => topic.locator('option').allTextContents()).toEqual(['Alumni']);
    // "@" finds nobody (the directory is not hers to search) and asks nothing of the server.
    await page.getByLabel('Write a post').pressSequentially('Hi @Bra');
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: /^Mention/ }).count()).toBe(0);
    await page.getByLabel('Write a post').fill('Greetings from my new job, happy to answer questions about Sales.');
    await page.getByRole('button', { name: 'Publish' }).click();
    const mine = page.getByRole('article', { name: 'Post by Lotte Peeters' });
    await mine.getByText('Greetings from my new job').waitFor();
    await mine.getByText('Alumni', { exact: true }).first().waitFor();
    expect(await page.getByText('Only for colleagues: the canteen moves.').count()).toBe(0);
    expect(refused).toEqual([]);
    await expectNoSeriousViolations(page, 'exchange after posting');
    // Her post's own page, where she comments: nothing refused there either.
    await mine.getByRole('link', { name: /^Comment/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Post by Lotte Peeters' }).waitFor();
    await page.getByLabel('Write a comment').fill('Ask me anything.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await page.getByText('Ask me anything.').last().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.notice-error, [role="alert"]').allInnerTexts()).toEqual([]);
    expect(refused).toEqual([]);
    await expectNoSeriousViolations(page, 'her post');

    // Bram, an ambassador, sees her post with the rest.
    // (signed in again: nine days passed since his first session)
    const later = await as(bram);
    await later.goto('/community/exchange');
    await later.getByText('Greetings from my new job').waitFor();

    // Stop: one click (after the confirmation), signed out at once, and the account no longer signs in.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Alumni ambassador' }).waitFor();
    await page.getByRole('button', { name: 'Stop being an alumni ambassador' }).first().click();
    await page.getByText('Stop now? Your alumni account stops working at once').waitFor();
    await expectNoSeriousViolations(page, 'the confirmation to stop');
    await page.getByRole('group').getByRole('button', { name: 'Stop being an alumni ambassador' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByLabel('Email address').waitFor();
    expect((await page.request.get('/api/v1/me')).status()).toBe(401);
    expect(refused).toEqual([]);

    await page.getByLabel('Email address').fill(personal.email);
    await page.getByLabel('Password').fill(personal.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.app-header').count()).toBe(0);
  }, 180_000);
});
