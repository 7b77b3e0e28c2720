/**
 * The community exchange in a real browser: an ambassador writes a post mentioning a colleague
 * (picked with "@") with an image she uploads on the spot; the colleague is mailed, reacts and
 * comments mentioning her back; the author edits her post; a coordinator pins it, hides the comment
 * and then the post for a legal reason; each author sees theirs hidden with the reason, the others
 * no longer see it. An employee who is not an ambassador takes part once an admin opens the
 * community to everyone. axe on the feed, a post, the hiding form and the admins' setting.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { browserSession, newPage, peopleCsv, seriousA11yViolations, signInAs } from './helpers.ts';

const anke = { email: 'anke.aerts@e2e.example.be', password: 'amber-harbour-violin-83', role: 'employee' as const };
const bram = { email: 'bram.claes@e2e.example.be', password: 'cobalt-meadow-river-29', role: 'employee' as const };
const cora = { email: 'cora.dewit@e2e.example.be', password: 'linen-comet-garden-64', role: 'coordinator' as const };
const dirk = { email: 'dirk.peeters@e2e.example.be', password: 'velvet-anchor-prairie-38', role: 'employee' as const };
const REASON = 'Names a customer without their consent';
const COMMENT_REASON = "Shares a colleague's private phone number";

const session = browserSession({
  peopleCsv: peopleCsv([
    ['1', 'Anke', 'Aerts', anke.email, 'Sales', 'Gent', '2020-01-06'],
    ['2', 'Bram', 'Claes', bram.email, 'IT', 'Gent', '2019-04-01'],
    ['3', 'Cora', 'De Wit', cora.email, 'HR', 'Gent', '2018-09-03'],
    ['4', 'Dirk', 'Peeters', dirk.email, 'Finance', 'Gent', '2022-02-01'],
  ]),
  users: [anke, bram, cora, dirk],
  seed: async (ctx, orgId) => {
    await ctx.db.query(
      `insert into ambassadors (org_id, person_id, scope, languages, joined_at, updated_at)
       select org_id, id, 'internal', '{nl,en}', now(), now() from people where org_id = $1 and work_email = any($2)`,
      [orgId, [anke.email, bram.email]],
    );
    // Bram agreed to have his milestones celebrated: his joining is in the feed.
    await ctx.db.query(
      `update ambassadors set share_milestones = true where org_id = $1 and person_id = (select id from people where work_email = $2)`,
      [orgId, bram.email],
    );
    await ctx.db.query(
      `insert into community_posts (org_id, author_person_id, kind, milestone, body, body_html, published_at, updated_at)
       select org_id, id, 'milestone', 'joined', '', '', now() - interval '1 hour', now() - interval '1 hour' from people where work_email = $1`,
      [bram.email],
    );
  },
});

const image = () =>
  sharp({ create: { width: 48, height: 32, channels: 3, background: '#1f4fbf' } })
    .png()
    .toBuffer();

async function expectNoSeriousViolations(p: Page, where: string) {
  const found = await seriousA11yViolations(p);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

async function as(who: { email: string; password: string }) {
  const page = await newPage(session.browser, session.server.url);
  await signInAs(page, who);
  return page;
}

describe('community exchange', () => {
  it('post with a mention and an image, react, comment, edit; a coordinator pins and hides; the author sees the reason', async () => {
    // Anke writes, mentioning Bram picked from the "@" suggestions, with an image uploaded on the spot.
    const author = await as(anke);
    await author.goto('/community/exchange');
    await author.getByRole('heading', { level: 1, name: 'Exchange' }).waitFor();
    // Bram's milestone is a small card in Anke's language, with reactions like any post.
    const card = author.getByRole('article', { name: 'Bram joined the ambassador community' });
    await card.getByRole('heading', { name: 'Bram joined the ambassador community' }).waitFor();
    await card.getByRole('button', { name: 'Celebrate' }).click();
    await card.getByRole('button', { name: 'Celebrate 1' }).waitFor();
    const text = author.getByLabel('Write a post');
    await text.fill('Great day at the stand with @Bra');
    await author.getByRole('button', { name: 'Mention Bram Claes' }).click();
    await expect.poll(() => text.inputValue()).toBe('Great day at the stand with @Bram Claes ');
    await text.press('End');
    await author.keyboard.type('and the whole team!');
    await author.getByRole('button', { name: 'Add an image' }).click();
    await author.getByLabel('Describe the image').fill('Our stand in Ghent');
    await author.getByLabel('Or upload a new image').setInputFiles({ name: 'stand.png', mimeType: 'image/png', buffer: await image() });
    await expect.poll(() => text.inputValue()).toMatch(/!\[Our stand in Ghent\]\(\/media\/[0-9a-f-]{36}\)/);
    await author.getByLabel('Topic', { exact: true }).selectOption({ label: 'Onboarding' });
    await expectNoSeriousViolations(author, 'the exchange with the composer');
    await author.getByRole('button', { name: 'Publish' }).click();
    const post = author.getByRole('article', { name: 'Post by Anke Aerts' });
    await post.getByText('and the whole team!').waitFor();
    await post.locator('img[alt="Our stand in Ghent"]').waitFor();
    await post.getByText('Onboarding').waitFor();
    expect(await text.inputValue()).toBe('');
    // The topic's feed: only posts of that topic; all topics again with one click.
    const chips = author.getByRole('list', { name: 'Filter by topic' });
    await chips.getByRole('button', { name: 'Onboarding' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect(await chips.getByRole('button', { name: 'Onboarding' }).getAttribute('aria-pressed')).toBe('true');
    await post.waitFor();
    await chips.getByRole('button', { name: 'All topics' }).click();
    await card.waitFor();

    // Bram is told by mail, once.
    await expect
      .poll(
        async () => {
          const res = await session.page.request.get(`/api/v1/mailbox?to=${encodeURIComponent(bram.email)}`);
          return ((await res.json()) as { items: { text: string }[] }).items.filter((m) => m.text.includes('Great day at the stand'))
            .length;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);

    // Bram reacts in the feed (his reaction pressed, counted) and comments on the post's page.
    const colleague = await as(bram);
    await colleague.goto('/community/exchange');
    const seen = colleague.getByRole('article', { name: 'Post by Anke Aerts' });
    const celebrate = seen.getByRole('button', { name: /^Celebrate/ });
    expect(await celebrate.getAttribute('aria-pressed')).toBe('false');
    await celebrate.click();
    await expect.poll(() => celebrate.getAttribute('aria-pressed')).toBe('true');
    expect(await celebrate.textContent()).toBe('Celebrate 1');
    await seen.getByRole('link', { name: /^Comment/ }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Post by Anke Aerts' }).waitFor();
    await colleague.getByLabel('Write a comment').fill('Proud of you all! Thanks @Ank');
    await colleague.getByRole('button', { name: 'Mention Anke Aerts' }).click();
    await expect.poll(() => colleague.getByLabel('Write a comment').inputValue()).toBe('Proud of you all! Thanks @Anke Aerts ');
    await colleague.getByRole('button', { name: 'Comment', exact: true }).click();
    await colleague.getByRole('article', { name: 'Comment by Bram Claes' }).getByText('Proud of you all!').waitFor();
    expect(await colleague.getByLabel('Write a comment').inputValue()).toBe('');
    // Anke is told of the mention in the comment, once.
    await expect
      .poll(
        async () => {
          const res = await session.page.request.get(`/api/v1/mailbox?to=${encodeURIComponent(anke.email)}`);
          return ((await res.json()) as { items: { text: string }[] }).items.filter((m) => m.text.includes('Proud of you all')).length;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1);
    // Nobody edits what someone else said: no Edit or Delete on Anke's post for Bram.
    const bramsView = colleague.getByRole('article', { name: 'Post by Anke Aerts' });
    expect(await bramsView.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await bramsView.getByRole('button', { name: 'Pin' }).count()).toBe(0);
    await expectNoSeriousViolations(colleague, 'a post with a comment');

    // Anke edits her own post in the composer.
    await author.reload();
    await author
      .getByRole('article', { name: 'Post by Anke Aerts' })
      .getByRole('link', { name: /^1 comment/ })
      .click();
    await author.getByRole('heading', { level: 1, name: 'Post by Anke Aerts' }).waitFor();
    await author.getByRole('button', { name: 'Edit' }).click();
    const edit = author.getByLabel('Edit your post');
    await edit.fill((await edit.inputValue()).replace('Great day', 'A great day'));
    await author.getByRole('button', { name: 'Save' }).click();
    const mine = author.getByRole('article', { name: 'Post by Anke Aerts' });
    await mine.getByText('A great day at the stand').waitFor();
    await mine.getByText('edited', { exact: false }).waitFor();
    await mine.locator('img[alt="Our stand in Ghent"]').waitFor();

    // Cora, a coordinator, pins it (first in the feed), then hides it for a legal reason.
    const coordinator = await as(cora);
    await coordinator.goto('/community/exchange');
    await coordinator
      .getByRole('article', { name: 'Post by Anke Aerts' })
      .getByRole('link', { name: /^1 comment/ })
      .click();
    await coordinator.getByRole('button', { name: 'Pin', exact: true }).click();
    await coordinator.getByRole('button', { name: 'Unpin' }).waitFor();
    await coordinator.getByRole('link', { name: 'Back to the exchange' }).click();
    await coordinator.getByRole('group', { name: 'Pinned' }).getByRole('article', { name: 'Post by Anke Aerts' }).waitFor();
    await coordinator
      .getByRole('group', { name: 'Pinned' })
      .getByRole('link', { name: /^1 comment/ })
      .click();
    // She hides Bram's comment first: Bram sees it hidden with the reason, Anke no longer sees it.
    const comment = coordinator.getByRole('article', { name: 'Comment by Bram Claes' });
    await comment.getByRole('button', { name: 'Hide for a legal reason' }).click();
    await comment.getByLabel('The legal reason (the author receives it by mail)').fill(COMMENT_REASON);
    await comment.getByRole('button', { name: 'Hide', exact: true }).click();
    await comment.getByRole('button', { name: 'Show again' }).waitFor();
    await colleague.reload();
    const own = colleague.getByRole('article', { name: 'Comment by Bram Claes' });
    await own.getByText('Hidden for a legal reason').waitFor();
    await own.getByText(`Reason: ${COMMENT_REASON}`).waitFor();
    await author.reload();
    await author.getByRole('heading', { level: 1, name: 'Post by Anke Aerts' }).waitFor();
    await author.getByText('No comments yet.').waitFor();
    expect(await author.getByText('Proud of you all!').count()).toBe(0);

    const moderated = coordinator.getByRole('article', { name: 'Post by Anke Aerts' });
    await moderated.getByRole('button', { name: 'Hide for a legal reason' }).click();
    await moderated.getByLabel('The legal reason (the author receives it by mail)').fill(REASON);
    await expectNoSeriousViolations(coordinator, 'hiding a post');
    await moderated.getByRole('button', { name: 'Hide', exact: true }).click();
    await moderated.getByRole('button', { name: 'Show again' }).waitFor();
    await moderated.getByText(`Reason: ${REASON}`).waitFor();
    // A hidden post is not pinned, and takes no new comments.
    expect(await moderated.getByRole('button', { name: 'Unpin' }).count()).toBe(0);
    expect(await coordinator.getByLabel('Write a comment').count()).toBe(0);

    // The author sees it hidden, with the reason; the colleague no longer sees it.
    await author.reload();
    const hidden = author.getByRole('article', { name: 'Post by Anke Aerts' });
    await hidden.getByText('Hidden for a legal reason').waitFor();
    await hidden.getByText(`Reason: ${REASON}`).waitFor();
    expect(await author.getByLabel('Write a comment').count()).toBe(0);
    await colleague.goto('/community/exchange');
    await colleague.getByRole('heading', { level: 1, name: 'Exchange' }).waitFor();
    await colleague.getByRole('article', { name: 'Bram joined the ambassador community' }).waitFor();
    expect(await colleague.getByText('A great day at the stand').count()).toBe(0);
  }, 180_000);

  it('an employee who is not an ambassador takes part once an admin opens the community to everyone', async () => {
    const employee = await as(dirk);
    await employee.goto('/community/exchange');
    await employee.getByRole('heading', { level: 1, name: 'Exchange' }).waitFor();
    await employee.getByRole('alert').waitFor();
    expect(await employee.getByLabel('Write a post').count()).toBe(0);

    const admin = session.page;
    await admin.goto('/community/exchange');
    const open = admin.getByLabel('Open the community to every employee');
    expect(await open.isChecked()).toBe(false);
    await open.click();
    await expect.poll(() => open.isChecked()).toBe(true);
    await admin.getByText('Saved.').waitFor();
    await expectNoSeriousViolations(admin, "the exchange with the admins' setting");

    await employee.reload();
    await employee.getByLabel('Write a post').fill('Hello from Finance!');
    await employee.getByRole('button', { name: 'Publish' }).click();
    await employee.getByRole('article', { name: 'Post by Dirk Peeters' }).getByText('Hello from Finance!').waitFor();
  }, 120_000);
});
