/**
 * Calendars in a real browser: HR sees the Onboarding template's welcome day as an appointment
 * with a time and moves it; a person makes their calendar address (shown once), a calendar program
 * reads it, and revoking it makes it answer 404. axe-core checks each screen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, seriousA11yViolations, type E2eServer } from './helpers.ts';

const session = browserSession({ acceptDialogs: true });
let server: E2eServer, page: Page;
beforeAll(() => void ({ server, page } = session));

async function expectNoSeriousViolations(where: string) {
  const found = await seriousA11yViolations(page);
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

describe('calendars in the browser', () => {
  it("shows and changes a step's appointment", async () => {
    await page.goto('/journeys');
    await page.getByRole('button', { name: 'Add Onboarding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Onboarding' }).waitFor();
    const welcome = page.locator('.m-step').filter({ has: page.getByRole('button', { name: 'Welcome day invitation' }) });
    expect(await welcome.locator('.m-step-meta').textContent()).toContain('an appointment at 09:30, with an invitation');
    await page.getByRole('button', { name: 'Welcome day invitation' }).click();
    const editor = page.locator('.m-step-editor');
    const appointment = editor.getByRole('group', { name: 'Calendar invitation' });
    await appointment.waitFor();
    expect(await appointment.getByLabel('This message is an appointment with a time').isChecked()).toBe(true);
    expect(await appointment.getByLabel('Starts at').inputValue()).toBe('09:30');
    expect(await appointment.getByLabel('Day of the appointment: days').inputValue()).toBe('14');
    expect(await appointment.getByRole('group', { name: 'Place' }).getByLabel('English').inputValue()).toBe('Head office, reception');
    await expectNoSeriousViolations('step editor with an appointment');

    await appointment.getByLabel('Starts at').fill('10:00');
    await appointment.getByLabel('Duration in minutes').fill('240');
    await page.getByRole('button', { name: 'Save the step' }).click();
    await page.getByRole('status').filter({ hasText: 'The step is saved.' }).waitFor();
    const journeyId = new URL(page.url()).pathname.split('/').pop()!;
    const saved = await page.evaluate(async (id) => (await fetch(`/api/v1/journeys/${id}`)).json(), journeyId);
    const step = saved.steps.find((s: { names: { en: string } }) => s.names.en === 'Welcome day invitation');
    expect(step.event).toMatchObject({ offsetDays: 14, startTime: '10:00', durationMinutes: 240 });
  });

  it('makes a calendar address shown once, which a calendar program reads until it is revoked', async () => {
    await page.goto('/me/calendar');
    await page.getByRole('heading', { level: 1, name: 'My calendar' }).waitFor();
    await page.getByText('You have no calendar address yet.').waitFor();
    await page.getByRole('button', { name: 'Make my calendar address' }).click();
    const box = page.locator('.secret-box input');
    await box.waitFor();
    const url = await box.inputValue();
    expect(url).toMatch(new RegExp(`^${server.url}/calendar/[A-Za-z0-9_-]{40,}\\.ics$`));
    await expectNoSeriousViolations('my calendar with its address');

    const read = await page.request.get(url);
    expect(read.status()).toBe(200);
    expect(read.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await read.text()).toContain('BEGIN:VCALENDAR');

    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('status').filter({ hasText: 'The address is revoked.' }).waitFor();
    expect((await page.request.get(url)).status()).toBe(404);
  });
});
