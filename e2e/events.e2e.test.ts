/**
 * Community events in a real browser: a coordinator creates an event with a role from the form;
 * an ambassador signs up for the role on the event's page, sees it confirmed, and cancels in one
 * click.
 */
import { describe, expect, it } from 'vitest';
import { browserSession, newPage, peopleCsv, seriousA11yViolations, signInAs } from './helpers.ts';

const anke = { email: 'anke@e2e.example.be', password: 'amber-harbour-violin-83', role: 'employee' as const };
const session = browserSession({
  peopleCsv: peopleCsv([['1', 'Anke', 'Aerts', anke.email, 'Sales', 'Gent', '2020-01-06']]),
  users: [anke],
  seed: async (ctx, orgId) => {
    await ctx.db.query(
      `insert into ambassadors (org_id, person_id, scope, languages, joined_at, updated_at)
       select org_id, id, 'internal', '{nl}', now(), now() from people where org_id = $1 and work_email = $2`,
      [orgId, anke.email],
    );
  },
});

describe('community events', () => {
  it('a coordinator creates an event; an ambassador signs up for a role and cancels', async () => {
    const page = session.page;
    await page.goto('/community/events');
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await page.getByRole('link', { name: 'New event' }).click();
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
    await page.getByLabel('Kind').selectOption('job-fair');
    await page.getByLabel('Title in English').fill('Job fair Ghent');
    await page.getByLabel('Place', { exact: true }).fill('ICC Ghent');
    await page.getByLabel('Starts').fill('2027-03-15T10:00');
    await page.getByLabel('Ends').fill('2027-03-15T16:00');
    await page.getByLabel('Places', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Add a role' }).click();
    await page.getByLabel('Role (such as "at the stand" or "speaker")').fill('At the stand');
    await page.getByLabel('Places for this role').fill('1');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Job fair Ghent' }).waitFor();
    expect(await page.getByText('At the stand: 0 of 1 places taken').count()).toBe(1);

    const ambassador = await newPage(session.browser, session.server.url);
    await signInAs(ambassador, anke);
    await ambassador.goto('/community/events');
    await ambassador.getByRole('link', { name: 'Job fair Ghent' }).click();
    await ambassador.getByRole('heading', { level: 1, name: 'Job fair Ghent' }).waitFor();
    await ambassador.getByLabel('Role').selectOption({ label: 'At the stand' });
    await ambassador.getByRole('button', { name: 'Sign up' }).click();
    await ambassador.getByText('You are signed up. (At the stand)').waitFor();
    expect(await seriousA11yViolations(ambassador)).toEqual([]);
    await ambassador.getByRole('button', { name: 'Cancel my sign-up' }).click();
    await ambassador.getByRole('button', { name: 'Sign up' }).waitFor();
    expect(await ambassador.getByText('At the stand: 0 of 1 places taken').count()).toBe(1);
  });
});
