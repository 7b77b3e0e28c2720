/**
 * Webhooks in a real browser: an admin adds an endpoint (the secret shows once), sends a test that a
 * loopback receiver verifies with the Standard Webhooks reference library, reads the delivery log,
 * opens a delivery, sends it again (same webhook-id), rotates the secret and disables the endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { systemClock } from '../src/platform/clock.ts';
import { startReceiver, type Receiver } from '../test/webhook-receiver.ts';
import { browserSession, seriousA11yViolations } from './helpers.ts';

const session = browserSession();
let page: Page;
let rx: Receiver;
beforeAll(async () => {
  page = session.page;
  rx = await startReceiver(systemClock);
});
afterAll(async () => {
  await rx?.close();
});

describe('webhooks', () => {
  it('adds an endpoint, tests it, shows the log, replays a delivery and disables the endpoint', async () => {
    const url = `${rx.base}/e2e`;
    await page.goto('/settings/integrations/webhooks');
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByLabel('Address (URL)').fill(url);
    await page.getByLabel('Description').fill('HR system');
    await page.getByRole('checkbox', { name: /Ambassador joined/ }).check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secretBox = page.getByRole('region', { name: `Signing secret of ${url}` });
    const secret = await secretBox.getByRole('textbox').inputValue();
    expect(secret).toMatch(/^whsec_/);
    rx.secrets.set('/e2e', [secret]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await secretBox.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.getByRole('row', { name: new RegExp('HR system') }).textContent()).toContain('Ambassador joined');

    await page.getByRole('link', { name: url }).click();
    await page.getByRole('heading', { level: 1, name: url }).waitFor();
    await page.getByRole('button', { name: 'Send a test' }).click();
    await page.getByRole('status').filter({ hasText: 'The test was delivered (HTTP 200).' }).waitFor();
    expect(rx.at('/e2e')).toHaveLength(1);
    expect(rx.at('/e2e')[0].verifiedWith).toEqual([secret]);

    const log = page.getByRole('table', { name: 'Deliveries' });
    await log.getByRole('row', { name: /Test/ }).getByText('Delivered').waitFor();
    await log.getByRole('button', { name: 'Details' }).click();
    await page.getByText(rx.at('/e2e')[0].headers['webhook-id']).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await log.getByRole('button', { name: 'Send again' }).click();
    await page.getByRole('status').filter({ hasText: 'Sent again: Delivered.' }).waitFor();
    expect(rx.at('/e2e')).toHaveLength(2);
    expect(rx.at('/e2e')[1].headers['webhook-id']).toBe(rx.at('/e2e')[0].headers['webhook-id']);
    expect(rx.at('/e2e')[1].verifiedWith).toEqual([secret]);

    // Rotating shows a new secret once; until the previous one expires, both sign.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const fresh = await page
      .getByRole('region', { name: `Signing secret of ${url}` })
      .getByRole('textbox')
      .inputValue();
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(secret);
    await page.getByText(/The previous secret also signs until/).waitFor();
    rx.secrets.set('/e2e', [secret, fresh]);
    await page.getByRole('button', { name: 'Send a test' }).click();
    await page.getByRole('status').filter({ hasText: 'The test was delivered (HTTP 200).' }).waitFor();
    expect(rx.at('/e2e')[2].verifiedWith).toEqual([secret, fresh]);

    await page.getByRole('button', { name: 'Disable' }).click();
    await page.getByRole('status').filter({ hasText: 'The endpoint is disabled' }).waitFor();
    await page.getByRole('button', { name: 'Enable' }).waitFor();
    expect(await page.getByRole('button', { name: 'Send a test' }).isDisabled()).toBe(true);
  });
});
