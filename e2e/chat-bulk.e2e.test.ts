/**
 * Chat channels and group invitations in a real browser: an admin connects a Slack channel (the
 * URL is not shown again), sends a test message that a loopback receiver gets in the channel's
 * language, and invites a department at once, following the worker's progress to the result.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, peopleCsv, seriousA11yViolations } from './helpers.ts';

const session = browserSession({
  peopleCsv: peopleCsv([
    ['1', 'Anke', 'Aerts', 'anke@e2e.example.be', 'Sales', 'Gent', '2020-01-06'],
    ['2', 'Benoît', 'Bastin', 'benoit@e2e.example.be', 'Sales', 'Namur', '2020-01-06'],
    ['3', 'Hugo', 'Hermans', 'hugo@e2e.example.be', 'IT', 'Gent', '2020-01-06'],
  ]),
});
let page: Page;
let receiver: http.Server;
let base: string;
const posts: { path: string; body: any }[] = [];

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      posts.push({ path: req.url ?? '', body: JSON.parse(data) });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  page = session.page;
});
afterAll(async () => {
  await new Promise((r) => receiver?.close(r));
});

describe('chat channels', () => {
  it('connects a Slack channel and sends a test message in its language', async () => {
    const url = `${base}/services/T1/B1/e2eSECRET`;
    await page.goto('/settings/integrations/chat');
    await page.getByRole('heading', { level: 1, name: 'Chat channels' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Équipe Namur');
    await page.getByLabel('Service').selectOption('slack');
    await page.getByLabel('Incoming webhook URL').fill(url);
    await page.getByLabel('Language of the posts').selectOption('fr');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Équipe Namur is connected.' }).waitFor();
    const row = page.getByRole('row', { name: /Équipe Namur/ });
    expect(await row.textContent()).toContain('…CRET');
    expect(await page.content()).not.toContain('e2eSECRET');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Send a test message' }).click();
    await page.getByRole('status').filter({ hasText: 'The test message arrived in Équipe Namur.' }).waitFor();
    expect(posts).toHaveLength(1);
    expect(posts[0].body.text).toBe('Message de test d’Embassy');
  });
});

describe('a journey step that posts to the channel', () => {
  it('switches the team announcement to the channel, which then cannot be disconnected', async () => {
    await page.goto('/journeys');
    await page.getByRole('button', { name: 'Add Preboarding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preboarding' }).waitFor();
    await page.getByRole('button', { name: 'Team announcement' }).click();
    await page.getByRole('heading', { level: 3, name: 'Step: Team announcement' }).waitFor();
    await page.getByLabel('For whom').selectOption('channel');
    const channel = page.getByLabel('Channel', { exact: true });
    await channel.selectOption({ label: 'Équipe Namur (Slack)' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save the step' }).click();
    await page.getByRole('status').filter({ hasText: 'The step is saved.' }).waitFor();

    await page.goto('/settings/integrations/chat');
    const row = page.getByRole('row', { name: /Équipe Namur/ });
    await row.getByRole('button', { name: 'Disconnect' }).click();
    await row.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByText('Journey steps still post to this channel (Preboarding). Change those steps first.').waitFor();
    expect(await page.getByRole('row', { name: /Équipe Namur/ }).count()).toBe(1);
  });
});

describe('group invitations', () => {
  it('counts the group, invites it in the background and shows the result', async () => {
    await page.goto('/users');
    const section = page.getByRole('region', { name: 'Invite a group' });
    await section.getByText('3 of 3 people in this group will be invited.').waitFor();
    await section.getByRole('checkbox', { name: 'Sales' }).check();
    await section.getByText('2 of 2 people in this group will be invited.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Invite 2 people' }).click();
    await section.getByRole('status').filter({ hasText: 'Done: 2 invited, 0 skipped' }).waitFor({ timeout: 15_000 });
    await section.getByText('Nobody in this group needs an invitation').waitFor();
    await section.getByRole('table', { name: 'Recent group invitations' }).getByText('Done: 2 invited').waitFor();
    // The invitations are pending like single ones.
    await page.getByRole('row', { name: /benoit@e2e\.example\.be/ }).waitFor();
  });
});
