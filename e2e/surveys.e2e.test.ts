/**
 * Surveys in a real browser against a real server: five newcomers started a week ago; HR switches
 * the Onboarding journey on and runs the schedule, so each gets the 7-day onboarding survey by mail
 * (the dev mailbox). Camille, who reads French, opens her personal link in a fresh browser with no
 * account and answers in French. HR sees the results withheld while fewer than five people
 * answered, and sees them once the four others answered through their own links. Marc, the manager
 * of three of them, signs in and sees nothing of it. axe-core checks every screen on the way.
 *
 * The server's clock is set to 11:00 UTC of today (Brussels), so the step's 09:00 send time has
 * passed whenever the test runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  newPage,
  peopleCsv,
  seriousA11yViolations,
  ShiftableClock,
  signIn,
  signInAs,
  startE2eServer,
  type E2eServer,
} from './helpers.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
const belgian = (day: string) => day.split('-').reverse().join('/');
// Today in Brussels (the organisation's time zone), whatever the machine's.
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(),
);
const START = belgian(addDays(TODAY, -7));

const MANAGER = { email: 'marc.maes@acme.be', password: 'copper-lantern-meadow-31', role: 'manager' as const, displayName: 'Marc Maes' };
const CAMILLE = 'camille.lambert@acme.be';
const OTHERS = ['jonas.claes@acme.be', 'sarah.janssens@acme.be', 'pieter.wouters@acme.be', 'lea.dubois@acme.be'];
const PEOPLE = peopleCsv(
  [
    ['M001', 'Marc', 'Maes', MANAGER.email, 'Finance', 'Gent', '01/02/2015', 'nl', ''],
    // Marc's team of three newcomers, and two newcomers in Sales.
    ['N001', 'Camille', 'Lambert', CAMILLE, 'Finance', 'Namur', START, 'fr', 'M001'],
    ['N002', 'Jonas', 'Claes', OTHERS[0], 'Finance', 'Gent', START, 'nl', 'M001'],
    ['N003', 'Sarah', 'Janssens', OTHERS[1], 'Finance', 'Gent', START, 'en', 'M001'],
    ['N004', 'Pieter', 'Wouters', OTHERS[2], 'Sales', 'Antwerpen', START, 'nl', ''],
    ['N005', 'Léa', 'Dubois', OTHERS[3], 'Sales', 'Namur', START, 'fr', ''],
  ],
  ['Personeelsnummer', 'Voornaam', 'Achternaam', 'E-mail', 'Afdeling', 'Vestiging', 'Startdatum', 'Taal', 'Manager'],
);

const clock = new ShiftableClock();
clock.advance(Date.parse(`${TODAY}T11:00:00Z`) - Date.now());

let server: E2eServer;
let browser: Browser;
let hr: Page;
let surveyId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startE2eServer({ peopleCsv: PEOPLE, users: [MANAGER], clock }), launchBrowser()]);
  hr = await newPage(browser, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectNoSeriousViolations(p: Page, where: string) {
  const found = await seriousA11yViolations(p);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

/** A JSON call as the signed-in user of `p`, with the CSRF token the app would send. */
async function api<T>(p: Page, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<T> {
  const me = (await (await p.request.get('/api/v1/me')).json()) as { csrfToken: string };
  const res = await p.request.fetch(`/api/v1${path}`, { method, data, headers: { 'x-csrf-token': me.csrfToken } });
  const text = await res.text();
  expect(res.ok(), `${method} ${path}: ${res.status()} ${text}`).toBe(true);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The personal link of the survey mail to `to`, from the dev mailbox (the worker sends it within seconds). */
async function surveyLink(to: string): Promise<{ link: string; subject: string }> {
  let found: { link: string; subject: string } | undefined;
  await expect
    .poll(
      async () => {
        const mails = await api<{ items: { subject: string; text: string }[] }>(hr, 'GET', `/mailbox?to=${encodeURIComponent(to)}`);
        for (const m of mails.items) {
          const link = /https?:\/\/[^\s]+\/answer\/[A-Za-z0-9_-]+/.exec(m.text)?.[0];
          if (link) found = { link, subject: m.subject };
        }
        return !!found;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
  return found!;
}

/** Answers the whole form from the personal link in a fresh browser with no account. */
async function answer(link: string, comment: string, checks?: (p: Page) => Promise<void>) {
  const p = await newPage(browser, server.url);
  try {
    await p.goto(link);
    await checks?.(p);
    // Every agreement question: 4 (agree); the comment.
    const groups = p.locator('fieldset:has(input[type=radio])');
    const n = await groups.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) await groups.nth(i).locator('input[type=radio][value="4"]').check();
    await p.locator('textarea').first().fill(comment);
    await p.locator('button[type=submit][value=submit]').click();
    await p
      .locator('h1')
      .filter({ hasText: /Merci|Bedankt|Thank you/ })
      .waitFor();
  } finally {
    await p.context().close();
  }
}

describe('surveys in the browser', () => {
  it('sends the 7-day onboarding survey by mail through the Onboarding journey', async () => {
    await signIn(hr, server);
    const journey = await api<{ id: string }>(hr, 'POST', '/journeys', { templateKey: 'onboarding' });
    await api(hr, 'PATCH', `/journeys/${journey.id}`, { active: true });
    await api(hr, 'POST', '/moments/run', { date: TODAY });

    const { link, subject } = await surveyLink(CAMILLE);
    // Camille reads French: the mail is French.
    expect(subject).toContain('Votre première semaine');
    expect(link.startsWith(server.url)).toBe(true);
    // Everyone who started that day got theirs.
    for (const to of OTHERS) await surveyLink(to);
  });

  it('lets Camille answer in French from her link, without an account', async () => {
    const { link } = await surveyLink(CAMILLE);
    await answer(link, 'Très bon accueil, merci !', async (p) => {
      expect(await p.locator('html').getAttribute('lang')).toBe('fr');
      // The promise of anonymity comes before the questions.
      await p.getByText('Vos réponses sont anonymes').waitFor();
      expect(await p.getByRole('link', { name: /Se connecter|Sign in/ }).count()).toBe(0);
      await expectNoSeriousViolations(p, 'the survey form in French');
    });
    // The same link cannot answer twice.
    const again = await newPage(browser, server.url);
    try {
      await again.goto(link);
      await again.getByRole('heading', { level: 1, name: 'Vous avez déjà répondu' }).waitFor();
      expect(await again.locator('textarea').count()).toBe(0);
    } finally {
      await again.context().close();
    }
  });

  it('shows HR the results withheld while fewer than five people answered', async () => {
    await hr.goto('/');
    await hr.getByRole('link', { name: 'Moments', exact: true }).click();
    await hr.getByRole('link', { name: 'Surveys', exact: true }).click();
    await hr.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    const row = hr.locator('tbody tr').filter({ hasText: 'Your first week' });
    await row.waitFor();
    expect(await row.textContent()).toContain('fewer than 5 of 5 invited');
    await expectNoSeriousViolations(hr, 'the surveys list');

    await row.getByRole('link', { name: /^Results/ }).click();
    await hr.getByRole('heading', { level: 1, name: 'Results: Your first week' }).waitFor();
    surveyId = /\/surveys\/([0-9a-f-]{36})\/results/.exec(hr.url())![1];
    const withheld = hr.getByRole('region', { name: 'Results withheld' });
    await withheld.getByText('Not shown: fewer than 5 people answered in this group').waitFor();
    // No number of any kind for the withheld group.
    expect(await hr.getByRole('heading', { level: 2, name: 'Answers', exact: true }).count()).toBe(0);
    expect(await hr.getByRole('heading', { level: 2, name: 'Questions', exact: true }).count()).toBe(0);
    await hr.getByRole('heading', { level: 2, name: 'How answers stay anonymous' }).waitFor();
    await expectNoSeriousViolations(hr, 'results withheld');
  });

  it('shows HR the results once five people answered', async () => {
    for (const [i, to] of OTHERS.entries()) await answer((await surveyLink(to)).link, `Comment ${i + 1}`);

    await hr.reload();
    await hr.getByRole('heading', { level: 2, name: 'Answers', exact: true }).waitFor();
    expect(await hr.getByRole('heading', { level: 2, name: 'Results withheld' }).count()).toBe(0);
    const counts = hr.locator('.counts');
    expect(await counts.locator('dt').first().textContent()).toBe('Answered');
    expect(await counts.locator('dd').first().textContent()).toBe('5');
    // Each question's distribution, with its table twin for screen readers.
    const figure = hr.locator('figure').first();
    await figure.waitFor();
    const twin = figure.locator('table caption');
    expect(await twin.count()).toBe(1);
    expect(await figure.locator('tbody tr').count()).toBe(5);
    await figure.getByRole('button', { name: 'Show as table' }).click();
    expect(await figure.getByRole('button', { name: 'Show as chart' }).getAttribute('aria-pressed')).toBe('true');
    // Everyone answered 4 (agree).
    const agree = figure.locator('tbody tr').nth(3);
    expect(await agree.locator('th').textContent()).toBe('4 · Agree');
    expect(await agree.locator('td').allTextContents()).toEqual(['5', '100%']);
    await expectNoSeriousViolations(hr, 'results shown');

    // Broken down by department: Finance (3) and Sales (2) are each below five, so withheld, and said why.
    await hr.getByLabel('Break down by').selectOption('department');
    const heat = hr.locator('.sv-heat-table');
    await heat.waitFor();
    expect(await heat.locator('.sv-heat-withheld').count()).toBeGreaterThan(0);
    expect(await heat.locator('.sv-heat').count()).toBe(0);
    await hr.locator('.sv-footnotes').getByText('fewer than 5 people answered').waitFor();
    await expectNoSeriousViolations(hr, 'heatmap with withheld segments');

    // The CSV of what is on screen obeys the same minimums: no Finance or Sales number.
    const csvHref = await hr.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
    expect(csvHref).toBe(`/api/v1/surveys/${surveyId}/results.csv?breakdown=department`);
    const csv = await hr.request.get(csvHref!);
    expect(csv.status(), await csv.text()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');

    // One group: Finance alone (three people) is withheld, and the page says why.
    await hr.getByLabel('Group').selectOption({ label: 'Finance' });
    await hr.getByRole('region', { name: 'Results withheld' }).getByText('fewer than 5 people answered').waitFor();
    expect(new URL(hr.url()).searchParams.get('filter')).toBe('department=Finance');
    expect(await hr.getByRole('heading', { level: 2, name: 'Answers', exact: true }).count()).toBe(0);
    await hr.getByLabel('Group').selectOption({ label: 'Everyone' });
    await hr.getByRole('heading', { level: 2, name: 'Answers', exact: true }).waitFor();
  });

  it('keeps the minimums and the questions of an answered survey, and previews it in French', async () => {
    await hr.goto(`/surveys/${surveyId}/edit`);
    await hr.getByRole('heading', { level: 1, name: 'Your first week' }).waitFor();
    await hr.getByText('People have answered this survey: questions can no longer be added').waitFor();
    const first = hr.locator('.sv-question').first();
    expect(await first.getByRole('button', { name: /^Delete/ }).isDisabled()).toBe(true);
    expect(await first.getByRole('button', { name: /^Delete/ }).getAttribute('aria-describedby')).toBe('questions-locked');

    // Lowering the reporting minimum once people answered: the server refuses, the field says why.
    const min = hr.getByLabel('Reporting minimum');
    await min.fill('4');
    await hr.getByRole('button', { name: 'Save the settings' }).click();
    await hr.locator('.sv-settings .field-error').first().waitFor();
    expect(await min.getAttribute('aria-invalid')).toBe('true');
    expect(await hr.locator('.sv-settings .field-error').first().textContent()).toContain('can be raised, never lowered');
    await expectNoSeriousViolations(hr, 'survey editor with an error');

    // The respondent's page in French, as a disabled preview.
    await hr.getByRole('group', { name: 'Language of the preview' }).getByLabel('Français').check();
    const frame = hr.frameLocator('iframe.sv-preview-frame');
    await frame.getByText('Vos réponses sont anonymes').waitFor();
    expect(await frame.locator('button[type=submit]').first().isDisabled()).toBe(true);
  });

  it('makes a pulse survey from its template and sends it to a segment', async () => {
    await hr.goto('/surveys');
    await hr.getByRole('button', { name: /^Use template .*[Pp]ulse/ }).click();
    await hr.getByRole('heading', { level: 2, name: 'Title and introduction' }).waitFor();
    expect(hr.url()).toMatch(/\/surveys\/[0-9a-f-]{36}\/edit$/);
    await expectNoSeriousViolations(hr, 'a new survey in the editor');

    // Texts per language in tabs (arrow keys move between them).
    await hr.getByRole('tab', { name: /Dutch/ }).focus();
    await hr.keyboard.press('ArrowRight');
    expect(await hr.getByRole('tab', { name: /French/ }).getAttribute('aria-selected')).toBe('true');
    await hr.getByLabel('Title (Français)').fill('Pouls du trimestre');
    await hr.getByRole('button', { name: 'Save the texts' }).click();
    await hr.getByRole('status').filter({ hasText: 'The texts are saved.' }).waitFor();

    // A question from the library, then moved up.
    const count = await hr.locator('.sv-question').count();
    await hr.getByLabel('Add a question from the library').selectOption({ index: 1 });
    await hr.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => hr.locator('.sv-question').count()).toBe(count + 1);
    await hr
      .locator('.sv-question')
      .last()
      .getByRole('button', { name: /^Move up/ })
      .click();
    await hr.getByRole('status').filter({ hasText: 'The order is saved.' }).waitFor();

    await hr.getByRole('button', { name: 'Open the survey' }).click();
    await hr.getByRole('status').filter({ hasText: 'The survey is open.' }).waitFor();
    const sales = hr.getByRole('group', { name: 'Department' }).getByLabel('Sales');
    await sales.check();
    await hr.locator('.sv-count').filter({ hasText: '2 people will be invited.' }).waitFor();
    await expectNoSeriousViolations(hr, 'sending to a segment');
    await hr.getByRole('button', { name: 'Send the survey' }).click();
    await hr.getByRole('button', { name: 'Yes, send it' }).click();
    await hr.getByRole('status').filter({ hasText: 'Sent: 2 invitations are on their way.' }).waitFor();
    await hr.locator('.sv-count').filter({ hasText: '0 people will be invited.' }).waitFor();
  });

  it('deletes a blank draft, and sets how long answers are kept', async () => {
    await hr.goto('/surveys');
    await hr.getByRole('button', { name: 'Start blank' }).click();
    await hr.getByRole('heading', { level: 2, name: 'Title and introduction' }).waitFor();
    await hr.getByText('No questions yet.').waitFor();
    await hr.getByRole('button', { name: 'Delete the draft' }).click();
    await hr.getByRole('button', { name: 'Yes, delete it' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Surveys' }).waitFor();
    expect(await hr.locator('tbody tr').count()).toBe(2);

    await hr.getByLabel('Keep individual answers for (months)').fill('18');
    await hr.getByRole('button', { name: 'Save', exact: true }).click();
    await hr.getByRole('status').filter({ hasText: 'The retention period is saved.' }).waitFor();
    expect((await api<{ retentionMonths: number }>(hr, 'GET', '/surveys/settings')).retentionMonths).toBe(18);
  });

  it("shows a journey's survey step which survey its link opens, and lets HR choose another", async () => {
    type J = {
      id: string;
      templateKey: string | null;
      steps: { id: string; kind: string; surveyTemplate: string | null; offsetDays: number }[];
    };
    const journeys = await api<{ items: J[] }>(hr, 'GET', '/journeys');
    const onboarding = journeys.items.find((j) => j.steps.some((st) => st.surveyTemplate === 'onboarding_7'))!;
    const step = onboarding.steps.find((st) => st.surveyTemplate === 'onboarding_7')!;
    await hr.goto(`/journeys/${onboarding.id}?step=${step.id}`);
    const field = hr.locator('.m-step-editor').getByLabel('Survey', { exact: true });
    await field.waitFor();
    await expect.poll(() => field.inputValue()).toBe('t:onboarding_7');
    await field.selectOption('t:onboarding_90');
    await hr.getByRole('button', { name: 'Save the step' }).click();
    await hr.getByRole('status').filter({ hasText: 'The step is saved.' }).waitFor();
    const saved = await api<J>(hr, 'GET', `/journeys/${onboarding.id}`);
    expect(saved.steps.find((st) => st.id === step.id)!.surveyTemplate).toBe('onboarding_90');
    await field.selectOption('t:onboarding_7');
    await hr.getByRole('button', { name: 'Save the step' }).click();
    await hr.getByRole('status').filter({ hasText: 'The step is saved.' }).waitFor();
  });

  it('has no serious violations at phone width either', async () => {
    const phone = await newPage(browser, server.url, { width: 375 });
    try {
      await signIn(phone, server);
      await phone.goto(`/surveys/${surveyId}/results?breakdown=site`);
      await phone.locator('.sv-heat-table').waitFor();
      await expectNoSeriousViolations(phone, 'results with a heatmap at 375 px');
      await phone.goto('/surveys');
      await phone.locator('tbody tr').first().waitFor();
      await expectNoSeriousViolations(phone, 'surveys list at 375 px');
      await phone.goto(`/surveys/${surveyId}/edit`);
      await phone.getByRole('heading', { level: 2, name: 'Settings' }).waitFor();
      await expectNoSeriousViolations(phone, 'survey editor at 375 px');
    } finally {
      await phone.context().close();
    }
  });

  it('shows a manager with a team of three nothing of it', async () => {
    const marc = await newPage(browser, server.url);
    try {
      // Marc's directory entry says Dutch: his screens are Dutch.
      await signInAs(marc, MANAGER);
      await marc.getByRole('link', { name: 'Mijn team', exact: true }).click();
      await marc.getByRole('link', { name: 'Resultaten bevragingen' }).click();
      await marc.getByRole('heading', { level: 1, name: 'Resultaten bevragingen' }).waitFor();
      await marc.getByRole('link', { name: /^Resultaten Je eerste week/ }).click();
      await marc.getByRole('heading', { level: 1, name: 'Resultaten: Je eerste week' }).waitFor();
      await marc.getByText('De antwoorden van je team').waitFor();
      const withheld = marc.getByRole('region', { name: 'Resultaten niet getoond' });
      await withheld.getByText('Niet getoond: minder dan 5 personen antwoordden in deze groep').waitFor();
      expect(await marc.getByRole('heading', { level: 2, name: 'Antwoorden', exact: true }).count()).toBe(0);
      expect(await marc.locator('figure').count()).toBe(0);
      await expectNoSeriousViolations(marc, "a manager's withheld results");

      // What the server gave: the reason, and no number at all.
      const r = await api<{ scope: string; group: Record<string, unknown> }>(marc, 'GET', `/surveys/${surveyId}/results`);
      expect(r.scope).toBe('team');
      expect(r.group.withheld).toBe('anonymity');
      expect(r.group.respondents).toBeUndefined();
      expect(r.group.questions).toBeUndefined();
    } finally {
      await marc.context().close();
    }
  });
});
