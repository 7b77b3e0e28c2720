/**
 * The ambassador program in a real browser against a real server: an employee opts in as an
 * external ambassador and publishes a story; it is on the public careers wall; a visitor asks a
 * question there; the ambassador gets the relayed mail and answers; colleagues thank; a coordinator
 * sees diversity; and one click takes the employee and the story off the wall at once. axe checks
 * the Ambassador page, the story editor, Community and Diversity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { systemActor, type Actor } from '../src/platform/policy.ts';
import { addUser } from '../src/modules/accounts/accounts.service.ts';
import { answerInvitation, invite, join } from '../src/modules/ambassadors/ambassadors.service.ts';
import { create as createResource } from '../src/modules/ambassadors/resources.service.ts';
import {
  launchBrowser,
  newPage,
  peopleCsv,
  seriousA11yViolations,
  ShiftableClock,
  signIn,
  signInAs,
  startE2eServer,
  type E2eServerWith,
} from './helpers.ts';

const EMPLOYEE = { email: 'lotte.peeters@acme.be', password: 'copper-violin-sunrise-83' };
const VISITOR = { name: 'Vera Visitor', email: 'vera.visitor@example.org' };
const TITLE = 'Why I love the night shift';

// Finance has five people and no ambassador: under-represented once there are ambassadors.
const PEOPLE = peopleCsv([
  ['E001', 'Lotte', 'Peeters', EMPLOYEE.email, 'HR', 'Gent', '01/03/2020'],
  ['E002', 'Chloé', 'Dubois', 'chloe.dubois@acme.be', 'HR', 'Namur', '01/06/2019'],
  ['E003', 'Yasmine', 'El Amrani', 'yasmine.elamrani@acme.be', 'IT', 'Brussel', '15/09/2021'],
  ['E004', 'Pieter', 'Janssens', 'pieter.janssens@acme.be', 'IT', 'Gent', '01/02/2018'],
  ['E005', 'Marie', 'Lambert', 'marie.lambert@acme.be', 'Finance', 'Namur', '01/04/2017'],
  ['E006', 'Jonas', 'Claes', 'jonas.claes@acme.be', 'Finance', 'Gent', '01/09/2022'],
  ['E007', 'Sofie', 'Wouters', 'sofie.wouters@acme.be', 'Finance', 'Gent', '01/01/2016'],
  ['E008', 'Thomas', 'Maes', 'thomas.maes@acme.be', 'Finance', 'Brussel', '01/05/2021'],
  ['E009', 'Emma', 'Jacobs', 'emma.jacobs@acme.be', 'Finance', 'Namur', '01/10/2023'],
]);

const clock = new ShiftableClock();
let server: E2eServerWith;
let browser: Browser;
let employee: Page;
let visitor: Page;
let admin: Page;
let storyPath = '';

/** A small real image, as a phone would send. */
const image = () =>
  sharp({ create: { width: 64, height: 64, channels: 3, background: '#1f4fbf' } })
    .png()
    .toBuffer();

async function expectNoSeriousViolations(p: Page, where: string) {
  const found = await seriousA11yViolations(p);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startE2eServer({
      peopleCsv: PEOPLE,
      clock,
      async seed(ctx, orgId) {
        const sys = systemActor(orgId);
        await addUser(ctx, sys, { email: EMPLOYEE.email, role: 'employee', password: EMPLOYEE.password, displayName: 'Lotte' });
        const [chloe, marie] = await ctx.db.query<{ id: string }>(
          `select id from people where org_id = $1 and employee_number in ('E002', 'E005') order by employee_number`,
          [orgId],
        );
        const as = (personId: string, email: string): Actor => ({
          userId: '',
          orgId,
          role: 'employee',
          email,
          personId,
          via: 'system',
          label: email,
        });
        // A colleague who is already an (internal) ambassador, to thank in the community.
        await join(ctx, as(chloe.id, 'chloe.dubois@acme.be'), {
          scope: 'internal',
          intro: 'I recruit for our sites in Wallonia.',
          topics: ['selection-procedure'],
        });
        // Someone in Finance who said "maybe later" to an invitation.
        await invite(ctx, sys, marie.id, 'Would you tell candidates about Finance?');
        await answerInvitation(ctx, as(marie.id, 'marie.lambert@acme.be'), 'maybe_later');
        await createResource(ctx, sys, {
          kind: 'tip',
          language: 'en',
          title: 'Start with one moment',
          body: 'Tell one **concrete** moment.',
        });
        await createResource(ctx, sys, {
          kind: 'guideline',
          language: 'en',
          title: 'Social media guideline',
          body: 'Speak for yourself; never share customer data.',
        });
      },
    }),
    launchBrowser(),
  ]);
  [employee, visitor, admin] = await Promise.all([
    newPage(browser, server.url),
    newPage(browser, server.url),
    newPage(browser, server.url),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the ambassador program in the browser', () => {
  it('lets an employee opt in as an external ambassador', async () => {
    await signInAs(employee, EMPLOYEE);
    await employee.getByRole('link', { name: 'Ambassador program', exact: true }).click();
    await employee.getByRole('heading', { name: 'What being an ambassador means' }).waitFor();
    await expectNoSeriousViolations(employee, 'ambassador page, not yet an ambassador');

    const external = employee.getByRole('radio', { name: 'External' });
    await external.check();
    await employee.getByRole('button', { name: 'Become an ambassador' }).click();
    await employee.getByRole('status').filter({ hasText: 'Welcome! You are now an ambassador.' }).waitFor();
    await employee.getByRole('heading', { name: 'You are an external ambassador' }).waitFor();
    expect(await employee.getByRole('button', { name: 'Stop being an ambassador' }).isVisible()).toBe(true);
    // The public careers wall is one link away.
    expect(await employee.getByRole('link', { name: 'See our public careers pages' }).getAttribute('href')).toBe(`/careers/${server.slug}`);
    await expectNoSeriousViolations(employee, 'ambassador page, ambassador');

    // A photo goes up as the file itself, with its own content type.
    await employee.getByLabel('Add a photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: await image() });
    await employee.getByRole('status').filter({ hasText: 'Your photo is saved.' }).waitFor();
    expect(await employee.locator('.amb-photo img').getAttribute('src')).toMatch(/^\/media\/[0-9a-f-]{36}$/);
  });

  it('writes and publishes a story with tips beside the editor, no approval', async () => {
    await employee.getByRole('link', { name: 'Write a story' }).click();
    await employee.getByRole('heading', { level: 1, name: 'Write a story' }).waitFor();
    await employee.getByRole('heading', { name: 'Tips and guidelines' }).waitFor();
    await employee.getByText('Start with one moment').waitFor();

    await employee.getByLabel('Title', { exact: true }).fill(TITLE);
    // Written with the toolbar: nobody types Markdown.
    const text = employee.getByRole('textbox', { name: 'Your story' });
    const tool = (name: string) => employee.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
    await text.click();
    await employee.keyboard.type('When the city sleeps, ');
    await tool('Bold').click();
    expect(await tool('Bold').getAttribute('aria-pressed')).toBe('true');
    await employee.keyboard.type('we keep the lights on');
    await tool('Bold').click();
    expect(await tool('Bold').getAttribute('aria-pressed')).toBe('false');
    await employee.keyboard.type('.');
    await employee.keyboard.press('Enter');
    await tool('Bulleted list').click();
    expect(await tool('Bulleted list').getAttribute('aria-pressed')).toBe('true');
    await employee.keyboard.type('Quiet hours');
    await employee.keyboard.press('Enter');
    await employee.keyboard.type('A team that has your back');
    await employee.keyboard.press('Enter');
    await employee.keyboard.press('Enter'); // an empty item ends the list
    // A link: with nothing selected, the address becomes the link's text.
    await tool('Link').click();
    expect(await tool('Link').getAttribute('aria-expanded')).toBe('true');
    await employee.getByLabel('Link address').fill('javascript:alert(1)');
    await employee.getByRole('button', { name: 'Apply' }).click();
    await employee.getByText('Start the address with https://').waitFor();
    await employee.getByLabel('Link address').fill('https://example.be/jobs');
    await employee.getByRole('button', { name: 'Apply' }).click();
    await employee.locator('.amb-preview-body a[href="https://example.be/jobs"]').waitFor();
    // The toolbar is one tab stop; the arrow keys move along it.
    await tool('Bold').focus();
    await employee.keyboard.press('ArrowRight');
    expect(await employee.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Italic');
    // The preview follows the writing, rendered as the server renders it.
    await employee.locator('.amb-preview-body strong').filter({ hasText: 'we keep the lights on' }).waitFor();
    await employee.locator('.amb-preview-body ul li').filter({ hasText: 'A team that has your back' }).waitFor();

    // An image uploaded on the spot goes where the cursor is...
    await text.click();
    await employee.keyboard.press('Control+End');
    await tool('Image').click();
    await employee.getByLabel('Describe the image').fill('The control room at night');
    await employee.getByLabel('Or upload a new image').setInputFiles({ name: 'night.png', mimeType: 'image/png', buffer: await image() });
    await employee.locator('.amb-preview-body img[alt="The control room at night"]').waitFor();
    // ...and one of the person's own images is chosen from the list, described first.
    await tool('Image').click();
    await employee.getByRole('button', { name: 'Insert image 1' }).click();
    await employee.getByText('Describe the image first').waitFor();
    await employee.getByLabel('Describe the image').fill('The same room, from above');
    await employee.getByRole('button', { name: 'Insert image 1' }).click();
    await employee.locator('.amb-preview-body img[alt="The same room, from above"]').waitFor();
    expect(await employee.getByRole('radio', { name: 'External' }).isChecked()).toBe(true);
    await expectNoSeriousViolations(employee, 'story editor');

    await employee.getByRole('button', { name: 'Publish' }).click();
    await employee.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    storyPath = new URL(employee.url()).pathname;
    expect(storyPath).toMatch(/^\/stories\/[0-9a-f-]{36}$/);
    expect(await employee.locator('.amb-story-body strong').textContent()).toBe('we keep the lights on');
    expect(await employee.locator('.amb-story-body ul li').allTextContents()).toEqual(['Quiet hours', 'A team that has your back']);
    const images = employee.locator('.amb-story-body img');
    expect(await images.evaluateAll((els) => els.map((e) => e.getAttribute('alt')))).toEqual([
      'The control room at night',
      'The same room, from above',
    ]);
    // Both are the same upload, shown twice.
    expect(new Set(await images.evaluateAll((els) => els.map((e) => e.getAttribute('src')))).size).toBe(1);
  });

  it('shows the story and its author on the public careers wall', async () => {
    await visitor.goto(`/careers/${server.slug}`);
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    expect(await visitor.getByRole('link', { name: 'Lotte Peeters' }).count()).toBeGreaterThan(0);
    await visitor.getByRole('link', { name: TITLE }).click();
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(visitor.url()).pathname).toBe(`/careers/${server.slug}${storyPath}`);
  });

  it('relays a visitor question by mail, and the ambassador answers it in Embassy', async () => {
    await visitor.getByLabel('Your name').fill(VISITOR.name);
    await visitor.getByLabel('Your email address').fill(VISITOR.email);
    await visitor.getByLabel('Your question').fill('Is the night shift hard on your social life?');
    // The form refuses posts made within 3 s of showing it (bots post at once): move the server's clock.
    clock.advance(4_000);
    await visitor.getByRole('button', { name: 'Send' }).click();
    await visitor.getByText('Thank you! Your question is on its way.').waitFor();

    // The relayed mail, in the dev mailbox the admin reads.
    await signIn(admin, server);
    const mails = (await (await admin.request.get(`/api/v1/mailbox?to=${encodeURIComponent(EMPLOYEE.email)}`)).json()) as {
      items: { kind: string; subject: string; text: string }[];
    };
    const relayed = mails.items.find((m) => m.kind === 'question');
    expect(relayed?.subject).toBe(`${VISITOR.name} has a question for you`);
    expect(relayed?.text).not.toContain(VISITOR.email);
    const link = /\/ambassador\/questions\/[0-9a-f-]{36}/.exec(relayed!.text)?.[0];
    expect(link).toBeTruthy();

    // The mail's link opens that question, ready to answer.
    await employee.goto(link!);
    const heading = employee.getByRole('heading', { name: `Question from ${VISITOR.name}` });
    await heading.waitFor();
    expect(await employee.evaluate(() => document.activeElement?.textContent)).toBe(`Question from ${VISITOR.name}`);
    await employee.getByLabel('Your answer').fill('Not at all: we plan it together, weeks ahead.');
    await employee.getByLabel('Share my email address').check();
    await employee.getByRole('button', { name: 'Send answer' }).click();
    await employee.getByRole('status').filter({ hasText: 'Your answer to Vera Visitor is on its way.' }).waitFor();
    await employee.getByText('You shared your email address.').waitFor();

    const answers = (await (await admin.request.get(`/api/v1/mailbox?to=${encodeURIComponent(VISITOR.email)}`)).json()) as {
      items: { kind: string; text: string }[];
    };
    const answer = answers.items.find((m) => m.kind === 'answer');
    expect(answer?.text).toContain('we plan it together');
  });

  it('lets colleagues find and thank ambassadors in the community', async () => {
    await employee.getByRole('link', { name: 'Community', exact: true }).click();
    await employee.getByRole('heading', { level: 3, name: 'Chloé Dubois' }).waitFor();
    await employee.getByRole('heading', { level: 3, name: 'Lotte Peeters' }).waitFor();
    await expectNoSeriousViolations(employee, 'community');

    await employee.getByRole('button', { name: 'Thank Chloé' }).click();
    await employee.getByLabel('Your note to Chloé').fill('Thanks for showing me around Namur!');
    await employee.getByLabel('Show to the whole company').check();
    await employee.getByRole('button', { name: 'Send thanks' }).click();
    await employee.getByRole('status').filter({ hasText: 'Your thanks to Chloé are sent.' }).waitFor();
    await employee.locator('.amb-feed-side').getByText('Thanks for showing me around Namur!').waitFor();
  });

  it('lets a coordinator only hide a story for a legal reason, which the author reads', async () => {
    await admin.goto(storyPath);
    await admin.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // No editing for anyone but the author.
    expect(await admin.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await admin.getByRole('button', { name: 'Hide for a legal reason' }).click();
    await admin.getByLabel('Legal reason').fill('Names a customer.');
    await admin.getByRole('button', { name: 'Hide the story' }).click();
    await admin.getByRole('status').filter({ hasText: 'The story is hidden. The author is told why.' }).waitFor();

    await employee.goto(storyPath);
    await employee.getByText('Reason: Names a customer.').waitFor();
    await employee.getByText('Hidden on', { exact: false }).waitFor();

    await admin.getByRole('button', { name: 'Show again' }).click();
    await admin.getByRole('status').filter({ hasText: 'The story is shown again.' }).waitFor();
  });

  it('shows coordinators diversity, and who said "maybe later" in a segment that needs voices', async () => {
    await admin.getByRole('link', { name: 'Ambassador program', exact: true }).click();
    await admin.getByRole('link', { name: 'Insights' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Impact' }).waitFor();
    await admin.getByRole('link', { name: 'Diversity' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Diversity' }).waitFor();
    await admin.getByRole('heading', { name: 'Voices that are missing' }).waitFor();
    expect(await admin.locator('.amb-under-list').innerText()).toContain('Finance');
    const maybe = admin.locator('.amb-maybe-list');
    expect(await maybe.innerText()).toContain('Marie Lambert');
    await expectNoSeriousViolations(admin, 'diversity');

    await maybe.getByRole('button', { name: 'Invite personally Marie Lambert' }).click();
    await admin.getByLabel('A personal message to Marie (optional)').fill('Your view on Finance would help candidates a lot.');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('status').filter({ hasText: 'The invitation to Marie is sent.' }).waitFor();
  });

  it('takes the ambassador and the story off the wall at once after one click', async () => {
    await employee.getByRole('link', { name: 'Ambassador', exact: true }).click();
    const stop = employee.getByRole('button', { name: 'Stop being an ambassador' });
    await stop.waitFor();
    employee.once('dialog', (d) => void d.accept());
    await stop.click();
    await employee.getByRole('status').filter({ hasText: 'You are no longer an ambassador.' }).waitFor();
    await employee.getByRole('heading', { name: 'Become an ambassador again' }).waitFor();

    await visitor.goto(`/careers/${server.slug}`);
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    const wall = await visitor.locator('main').innerText();
    expect(wall).not.toContain(TITLE);
    expect(wall).not.toContain('Lotte');
    const gone = await visitor.goto(`/careers/${server.slug}${storyPath}`);
    expect(gone?.status()).toBe(404);
  });
});
