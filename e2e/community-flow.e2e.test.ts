/**
 * The ambassador community's whole flow in a real browser (issue 12, item 6): a coordinator creates
 * a job fair with two places, shown on the careers pages; on the event's page an external
 * ambassador signs up agreeing to be shown and gets a place; an internal ambassador behind the
 * scenes agrees too and gets the other; a second external ambassador, not agreeing, the waiting
 * list; the public careers wall shows the event with the consenting external one only (consent
 * alone is not enough: internal-only and behind the scenes never reach the public); the event happens (the
 * server's clock moves on, no sleeping); the coordinator records who came; the participant follows
 * the link of the follow-up mail to the event's feed and shares her experience; a colleague reacts.
 * Fixtures (people, ambassadorships) through the database; every step a person takes, through the UI.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, newPage, peopleCsv, seriousA11yViolations, ShiftableClock, signInAs } from './helpers.ts';

const cora = { email: 'cora.dewit@e2e.example.be', password: 'linen-comet-garden-64', role: 'coordinator' as const };
const eva = { email: 'eva.evers@e2e.example.be', password: 'maple-signal-harbour-17', role: 'employee' as const };
const ilse = { email: 'ilse.janssens@e2e.example.be', password: 'quartz-willow-lantern-52', role: 'employee' as const };
const bram = { email: 'bram.claes@e2e.example.be', password: 'cobalt-meadow-river-29', role: 'employee' as const };
const jonas = { email: 'jonas.peeters@e2e.example.be', password: 'amber-falcon-meadow-83', role: 'employee' as const };
const TITLE = 'Job fair Ghent';
const SHARED = 'Twelve students asked about our traineeships';
const DAY = 86_400_000;

const clock = new ShiftableClock();
const session = browserSession({
  clock,
  peopleCsv: peopleCsv([
    ['1', 'Cora', 'De Wit', cora.email, 'HR', 'Gent', '2018-09-03'],
    ['2', 'Eva', 'Evers', eva.email, 'IT', 'Gent', '2020-01-06'],
    ['3', 'Ilse', 'Janssens', ilse.email, 'Sales', 'Gent', '2021-03-01'],
    ['4', 'Bram', 'Claes', bram.email, 'IT', 'Gent', '2019-04-01'],
    ['5', 'Jonas', 'Peeters', jonas.email, 'Finance', 'Gent', '2017-02-01'],
  ]),
  users: [cora, eva, ilse, bram, jonas],
  seed: async (ctx, orgId) => {
    const add = (emails: string[], scope: 'internal' | 'external') =>
      ctx.db.query(
        `insert into ambassadors (org_id, person_id, scope, languages, joined_at, updated_at)
         select org_id, id, $3, '{nl,en}', now(), now() from people where org_id = $1 and work_email = any($2)`,
        [orgId, emails, scope],
      );
    await add([eva.email, ilse.email], 'external');
    await add([bram.email, jonas.email], 'internal');
    // Jonas helps behind the scenes: first name only, for colleagues too, and never public.
    await ctx.db.query(
      `update ambassadors set behind_the_scenes = true where org_id = $1 and person_id = (select id from people where org_id = $1 and work_email = $2)`,
      [orgId, jonas.email],
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

/** The day `days` from now in Brussels, as a datetime-local value at `time`. */
function brusselsDay(days: number, time: string) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', dateStyle: 'short' }).format(
    new Date(Date.now() + days * DAY),
  );
  return `${day}T${time}`;
}

/** The mails the dev mailbox holds for `to` (read by the admin). */
async function mailsTo(to: string) {
  const res = await session.page.request.get(`/api/v1/mailbox?to=${encodeURIComponent(to)}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { items: { kind: string; text: string }[] }).items;
}

/** Signs up on the event's page, agreeing to be shown on the careers pages or not. */
async function signUp(page: Page, eventPath: string, showPublicly: boolean) {
  await page.goto('/community/events');
  await page.getByRole('link', { name: TITLE }).click();
  await page.waitForURL(`**${eventPath}`);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await page.getByLabel('Show me with this event on the careers pages').setChecked(showPublicly);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('button', { name: 'Cancel my sign-up' }).waitFor();
}

describe('the ambassador community, from a job fair to the exchange', () => {
  it('job fair with two places: sign-ups and waiting list, the careers wall, attendance, sharing in the event feed, a reaction', async () => {
    // The coordinator creates the job fair, on the careers pages, with two places.
    const coordinator = await as(cora);
    await coordinator.goto('/community/events');
    await coordinator.getByRole('link', { name: 'New event' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
    await coordinator.getByLabel('Kind').selectOption('job-fair');
    await coordinator.getByLabel('Title in English').fill(TITLE);
    await coordinator.getByLabel('Place', { exact: true }).fill('ICC Ghent');
    await coordinator.getByLabel('Starts').fill(brusselsDay(2, '10:00'));
    await coordinator.getByLabel('Ends').fill(brusselsDay(2, '16:00'));
    await coordinator.getByLabel('Places', { exact: true }).fill('2');
    await coordinator.getByLabel('Show this event on the careers pages').check();
    await coordinator.getByRole('button', { name: 'Save event' }).click();
    await coordinator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const eventPath = new URL(coordinator.url()).pathname;
    const eventId = /^\/community\/events\/([0-9a-f-]{36})$/.exec(eventPath)?.[1];
    expect(eventId, eventPath).toBeTruthy();

    // Eva (external, agreeing to be shown) and Jonas (internal, behind the scenes, agreeing too) get the
    // two places; Ilse (external, not agreeing), after them, the waiting list.
    const participant = await as(eva);
    await signUp(participant, eventPath, true);
    await participant.getByRole('region', { name: 'Your sign-up' }).getByText('You are signed up.').waitFor();
    const helper = await as(jonas);
    await signUp(helper, eventPath, true);
    await helper.getByRole('region', { name: 'Your sign-up' }).getByText('You are signed up.').waitFor();
    const waiting = await as(ilse);
    await signUp(waiting, eventPath, false);
    await waiting.getByRole('region', { name: 'Your sign-up' }).getByText('You are on the waiting list (number 1).').waitFor();
    await expectNoSeriousViolations(waiting, 'the event page, on the waiting list');

    // The public careers wall: the event, with Eva only: Jonas agreed but is internal and behind the
    // scenes; Ilse did not agree (and waits).
    const visitor = await newPage(session.browser, session.server.url);
    await visitor.goto(`/careers/${session.server.slug}`);
    const meetUs = visitor.getByRole('region', { name: 'Meet us' });
    await meetUs.getByRole('heading', { name: TITLE }).waitFor();
    await meetUs.getByRole('link', { name: 'Eva Evers' }).waitFor();
    expect(await meetUs.getByText('Ilse').count()).toBe(0);
    expect(await visitor.getByText('Jonas').count()).toBe(0);
    expect(await visitor.getByText('Peeters').count()).toBe(0);
    expect(await meetUs.getByRole('link').count()).toBe(1);

    // The event happens: the server's clock moves past its end; the coordinator records who came.
    clock.advance(3 * DAY);
    await coordinator.reload();
    const came = coordinator.getByLabel('Eva Evers came');
    // The box follows the server's answer (it is ticked once the attendance is recorded).
    await came.click();
    await expect.poll(() => came.isChecked()).toBe(true);
    await coordinator.reload();
    expect(await coordinator.getByLabel('Eva Evers came').isChecked()).toBe(true);

    // Eva's follow-up mail links to the event's feed; Ilse (never confirmed) gets none.
    let feedPath = '';
    await expect
      .poll(
        async () => {
          for (const m of await mailsTo(eva.email)) {
            const link = /https?:\/\/[^\s]+(\/community\/exchange\?event=[0-9a-f-]{36})/.exec(m.text);
            if (link) feedPath = link[1];
          }
          return feedPath;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(`/community/exchange?event=${eventId}`);
    expect((await mailsTo(ilse.email)).filter((m) => m.text.includes('/community/exchange?event='))).toEqual([]);

    // She follows it and shares her experience in the event's feed.
    await participant.goto(feedPath);
    await participant.getByRole('heading', { level: 1, name: `Posts from ${TITLE}` }).waitFor();
    await participant.getByText('No posts about this event yet.', { exact: false }).waitFor();
    await participant.getByLabel('Write a post').fill(`${SHARED}. Thanks for the great stand!`);
    await participant.getByRole('button', { name: 'Publish' }).click();
    await participant.getByRole('article', { name: 'Post by Eva Evers' }).getByText(SHARED).waitFor();
    await expectNoSeriousViolations(participant, "the event's feed");

    // A colleague reads the event's feed and reacts.
    const colleague = await as(bram);
    await colleague.goto(feedPath);
    const post = colleague.getByRole('article', { name: 'Post by Eva Evers' });
    await post.getByText(SHARED).waitFor();
    const like = post.getByRole('button', { name: /^Like/ });
    await like.click();
    await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
    expect(await like.textContent()).toBe('Like 1');
    // The post is in the exchange's main feed too, with the reaction counted for everyone.
    await participant.goto('/community/exchange');
    await participant.getByRole('article', { name: 'Post by Eva Evers' }).getByRole('button', { name: 'Like 1' }).waitFor();

    // Nothing of the exchange reaches the careers wall.
    await visitor.goto(`/careers/${session.server.slug}`);
    expect(await visitor.getByText(SHARED).count()).toBe(0);
  }, 180_000);
});
