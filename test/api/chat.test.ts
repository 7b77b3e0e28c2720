/**
 * Chat channels against a loopback receiver standing in for Slack and Teams (node:http): a journey
 * step posts once, in the channel's language and the service's format; a failing channel retries
 * with back-off; the URL is checked, sealed and never answered; deleting a channel in use is a 409;
 * every operation is for admins of the channel's own organisation.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import type { MailTransport } from '../../src/platform/mail.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

interface Received {
  path: string;
  contentType: string | undefined;
  body: any;
}

let env: TestEnv;
let strict: TestEnv;
let server: http.Server;
let base: string;
const received: Received[] = [];
/** Statuses to answer per path, in turn; then 200. */
const answers = new Map<string, number[]>();

let orgId: string;
let admin: TestUser;
let other: TestUser;
const mail: MailTransport = { name: 'test', send: async () => {} };

const as = (u: TestUser) => client(env.app, u.token);
const postsTo = (path: string) => received.filter((r) => r.path === path);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, contentType: req.headers['content-type'], body: JSON.parse(data) });
      const status = answers.get(path)?.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'invalid_payload');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  env = await createTestEnv({ now: '2026-12-01T09:00:00Z' });
  strict = await createTestEnv({ config: { allowPrivateUrls: false } });
  orgId = (await makeOrg(env.ctx, 'chat-acme', 'Acme')).id;
  admin = await makeUser(env.ctx, orgId, 'admin');
  other = await makeUser(env.ctx, (await makeOrg(env.ctx)).id, 'admin');
});
afterAll(async () => {
  await env.close();
  await strict.close();
  await new Promise((r) => server.close(r));
});

describe('channels', () => {
  it('keep the URL sealed and write-only, showing a hint', async () => {
    const url = `${base}/services/T1/B1/secretABCD`;
    const res = await as(admin).post('/api/v1/chat-channels', { name: 'Team Namur', kind: 'slack', url, language: 'fr' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ name: 'Team Namur', kind: 'slack', language: 'fr', urlHint: expect.stringMatching(/…ABCD$/) });
    expect(res.text).not.toContain('secretABCD');
    const list = await as(admin).get('/api/v1/chat-channels');
    expect(list.body.items.map((c: any) => c.id)).toContain(res.body.id);
    expect(list.text).not.toContain('secretABCD');
    const [row] = await env.ctx.db.query<{ url_sealed: string }>('select url_sealed from chat_channels where id = $1', [res.body.id]);
    expect(row.url_sealed).not.toContain('secret');
    const [entry] = await env.ctx.db.query<{ details: unknown }>(
      `select details from audit_log where org_id = $1 and action = 'chat.channel_create' and target_id = $2`,
      [orgId, res.body.id],
    );
    expect(JSON.stringify(entry.details)).not.toContain('secret');
  });

  it("post a test message in the channel's language and say what the channel answered", async () => {
    const fr = (await as(admin).post('/api/v1/chat-channels', { name: 'Équipe', kind: 'slack', url: `${base}/t-fr`, language: 'fr' })).body;
    const res = await as(admin).post(`/api/v1/chat-channels/${fr.id}/test`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ delivered: true, status: 200, error: null, language: 'fr' });
    expect(postsTo('/t-fr')).toHaveLength(1);
    expect(postsTo('/t-fr')[0].contentType).toBe('application/json');
    expect(postsTo('/t-fr')[0].body.text).toBe('Message de test d’Embassy');

    // No language of its own: the organisation's (nl by default), as an Adaptive Card for Teams.
    const teams = (await as(admin).post('/api/v1/chat-channels', { name: 'Team', kind: 'teams', url: `${base}/t-teams` })).body;
    answers.set('/t-teams', [400]);
    const failed = await as(admin).post(`/api/v1/chat-channels/${teams.id}/test`);
    expect(failed.body).toMatchObject({ delivered: false, status: 400, language: 'nl' });
    expect(failed.body.error).toContain('400');
    expect(failed.body.error).not.toContain('127.0.0.1');
    expect(postsTo('/t-teams')[0].body.attachments[0].content).toMatchObject({ lang: 'nl', version: '1.4' });
    expect(postsTo('/t-teams')[0].body.attachments[0].content.body[0].text).toBe('Testbericht van Embassy');
  });

  it('change their name, language and URL', async () => {
    const c = (await as(admin).post('/api/v1/chat-channels', { name: 'Old', kind: 'slack', url: `${base}/old` })).body;
    const res = await as(admin).patch(`/api/v1/chat-channels/${c.id}`, { name: 'New', language: 'en', url: `${base}/new-WXYZ` });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ name: 'New', language: 'en', urlHint: expect.stringMatching(/…WXYZ$/) });
    await as(admin).post(`/api/v1/chat-channels/${c.id}/test`);
    expect(postsTo('/new-WXYZ')).toHaveLength(1);
    expect(postsTo('/old')).toHaveLength(0);
    expect((await as(admin).patch(`/api/v1/chat-channels/${c.id}`, { language: null })).body.language).toBeNull();
  });
});

describe('URLs, outside tests (private addresses not allowed)', () => {
  let strictAdmin: TestUser;
  beforeAll(async () => {
    strictAdmin = await makeUser(strict.ctx, (await makeOrg(strict.ctx)).id, 'admin');
  });
  const create = (kind: string, url: string) =>
    client(strict.app, strictAdmin.token).post('/api/v1/chat-channels', { name: 'X', kind, url });

  it("refuse an address that is not the service's incoming webhook host", async () => {
    for (const [kind, url] of [
      ['slack', 'https://example.com/services/T1/B1/x'],
      ['slack', 'https://acme.webhook.office.com/webhookb2/x'],
      ['teams', 'https://hooks.slack.com/services/T1/B1/x'],
      ['teams', 'https://logic.azure.com.example.com/workflows/x'],
    ]) {
      const res = await create(kind, url);
      expect(res.status, url).toBe(422);
      expect(res.body).toMatchObject({ code: 'chat-url-wrong-host', params: { kind } });
      expect(res.body.errors[0]).toMatchObject({ path: 'url', code: 'chat-url-wrong-host' });
    }
  });

  it('refuse private and loopback addresses, plain http and credentials', async () => {
    for (const url of [
      'https://127.0.0.1/services/T1/B1/x',
      'https://10.0.0.8/services/T1/B1/x',
      'https://[::1]/services/x',
      `${base}/services/T1/B1/x`,
      'https://user:pw@hooks.slack.com/services/T1/B1/x',
      'not a url',
    ]) {
      const res = await create('slack', url);
      expect(res.status, url).toBe(422);
      expect(res.body.code, url).toMatch(/^chat-url-(refused|wrong-host)$/);
    }
    expect((await create('slack', 'https://127.0.0.1/services/T1/B1/x')).body.code).toBe('chat-url-refused');
    expect((await create('slack', 'https://user:pw@hooks.slack.com/services/T1/B1/x')).body.code).toBe('chat-url-refused');
    expect(await strict.ctx.db.query('select 1 from chat_channels')).toHaveLength(0);
  });
});

describe('a journey step that posts to a channel', () => {
  let journeyId: string;
  let slack: string;
  let teams: string;
  let flaky: string;
  let ninaId: string;
  const TEMPLATES = {
    nl: { subject: 'Welkom {{firstName}}', body: '{{fullName}} start vandaag bij R&D <Gent>.' },
    fr: { subject: 'Bienvenue {{firstName}}', body: '{{fullName}} commence aujourd’hui chez R&D <Gent>.' },
    en: { subject: 'Welcome {{firstName}}', body: '{{fullName}} starts today in R&D <Gent>.' },
  };
  const step = (channelId: string, name: string) => ({
    name,
    kind: 'message',
    recipient: 'channel',
    channelId,
    anchor: 'start_date',
    offsetDays: 0,
    offsetUnit: 'calendar',
    templates: TEMPLATES,
  });

  beforeAll(async () => {
    // Nina (English herself) starts on Monday 7 December: the channel's language decides, not hers.
    ninaId = (
      await importPeople(env.app, admin.token, [
        { number: 'N1', first: 'Nina', last: 'Nieuw', email: 'nina@acme.be', language: 'en', start: '2026-12-07' },
      ])
    ).N1;
    const mk = async (kind: string, path: string, language?: string) =>
      (await as(admin).post('/api/v1/chat-channels', { name: path, kind, url: `${base}${path}`, ...(language ? { language } : {}) })).body
        .id;
    slack = await mk('slack', '/slack', 'fr');
    teams = await mk('teams', '/teams');
    flaky = await mk('slack', '/flaky', 'nl');
    journeyId = (await as(admin).post('/api/v1/journeys', { name: 'Welkom in het team', active: true })).body.id;
    for (const [id, name] of [
      [slack, 'Slack'],
      [teams, 'Teams'],
      [flaky, 'Flaky'],
    ]) {
      const res = await as(admin).post(`/api/v1/journeys/${journeyId}/steps`, step(id, name));
      expect(res.status, res.text).toBe(201);
    }
  });

  it('is stored with its channel and refused without one or with a channel of another organisation', async () => {
    const j = (await as(admin).get(`/api/v1/journeys/${journeyId}`)).body;
    expect(j.steps.map((s: any) => [s.recipient, s.channelId])).toEqual(
      expect.arrayContaining([
        ['channel', slack],
        ['channel', teams],
      ]),
    );
    // The preview writes as the channel will: in its language (French), not Nina's (English).
    const slackStep = j.steps.find((x: any) => x.channelId === slack).id;
    const preview = await as(admin).get(`/api/v1/journeys/${journeyId}/steps/${slackStep}/preview?personId=${ninaId}`);
    expect(preview.body).toMatchObject({ language: 'fr', subject: 'Bienvenue Nina' });
    const none = await as(admin).post(`/api/v1/journeys/${journeyId}/steps`, { ...step(slack, 'x'), channelId: null });
    expect(none.status).toBe(422);
    expect(none.body.errors).toEqual([expect.objectContaining({ path: 'channelId', code: 'required' })]);
    const theirs = (await client(env.app, other.token).post('/api/v1/chat-channels', { name: 'B', kind: 'slack', url: `${base}/b` })).body
      .id;
    const foreign = await as(admin).post(`/api/v1/journeys/${journeyId}/steps`, step(theirs, 'x'));
    expect(foreign.status).toBe(422);
    expect(foreign.body.code).toBe('unknown-reference');
    const task = await as(admin).post(`/api/v1/journeys/${journeyId}/steps`, {
      ...step(slack, 'x'),
      kind: 'task',
      task: { title: 'Do', owner: 'hr', dueDays: 1, checklist: [] },
    });
    expect(task.status).toBe(422);
  });

  it("posts once, in the channel's language and the service's format, and records it without addresses", async () => {
    env.clock.set('2026-12-07T08:30:00Z'); // 09:30 in Brussels, after the steps' 09:00
    await sweep(env.ctx, orgId, '2026-12-07');
    await sweep(env.ctx, orgId, '2026-12-07');
    answers.set('/flaky', [500]);
    await sendDueDeliveries(env.ctx, mail);
    await sendDueDeliveries(env.ctx, mail);

    expect(postsTo('/slack')).toHaveLength(1);
    expect(postsTo('/slack')[0].body).toEqual({
      text: 'Bienvenue Nina',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Bienvenue Nina', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Nina Nieuw commence aujourd’hui chez R&amp;D &lt;Gent&gt;.' } },
      ],
    });
    expect(postsTo('/teams')).toHaveLength(1);
    const card = postsTo('/teams')[0].body;
    expect(card.type).toBe('message');
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0].content).toMatchObject({ type: 'AdaptiveCard', version: '1.4', lang: 'nl' });
    expect(card.attachments[0].content.body).toEqual([
      { type: 'TextBlock', text: 'Welkom Nina', weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: 'Nina Nieuw start vandaag bij R&D <Gent>.', wrap: true },
    ]);

    const rows = await env.ctx.db.query<{ name: string; status: string; to_addresses: string[]; language: string; subject: string }>(
      `select st.name->>'nl' as name, d.status, d.to_addresses, d.language, d.subject
         from deliveries d join journey_steps st on st.id = d.step_id where d.org_id = $1 order by 1`,
      [orgId],
    );
    expect(rows.filter((r) => r.name !== 'Flaky')).toEqual([
      { name: 'Slack', status: 'sent', to_addresses: [], language: 'fr', subject: 'Bienvenue Nina' },
      { name: 'Teams', status: 'sent', to_addresses: [], language: 'nl', subject: 'Welkom Nina' },
    ]);
  });

  it('retries a failed post with back-off, then sends it once', async () => {
    expect(postsTo('/flaky')).toHaveLength(1);
    const flakyDelivery = async () =>
      (
        await env.ctx.db.query<{ status: string; attempts: number; last_error: string | null; next_attempt_at: Date }>(
          `select d.status, d.attempts, d.last_error, d.next_attempt_at from deliveries d where d.step_id in
             (select id from journey_steps where channel_id = $1)`,
          [flaky],
        )
      )[0];
    const failed = await flakyDelivery();
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.last_error).toContain('500');
    expect(failed.last_error).not.toContain('127.0.0.1');
    expect(failed.next_attempt_at.getTime() - env.clock.now().getTime()).toBe(30_000);

    env.clock.advance(20_000);
    await sendDueDeliveries(env.ctx, mail);
    expect(postsTo('/flaky')).toHaveLength(1);
    env.clock.advance(15_000);
    await sendDueDeliveries(env.ctx, mail);
    await sendDueDeliveries(env.ctx, mail);
    expect(postsTo('/flaky')).toHaveLength(2);
    expect(postsTo('/flaky')[1].body.text).toBe('Welkom Nina');
    expect(await flakyDelivery()).toMatchObject({ status: 'sent', attempts: 2 });
    expect(postsTo('/slack')).toHaveLength(1);
  });

  it('keeps the channel while a step posts to it, naming the journey; deletes it once none does', async () => {
    const res = await as(admin).delete(`/api/v1/chat-channels/${teams}`);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'chat-channel-in-use', params: { journeys: 'Welkom in het team' } });
    const j = (await as(admin).get(`/api/v1/journeys/${journeyId}`)).body;
    const s = j.steps.find((x: any) => x.channelId === teams);
    // HR switches the step back to a mail to the team: the channel is free.
    const back = await as(admin).put(`/api/v1/journeys/${journeyId}/steps/${s.id}`, { ...step(teams, 'Teams'), recipient: 'team' });
    expect(back.status, back.text).toBe(200);
    expect(back.body.steps.find((x: any) => x.id === s.id)).toMatchObject({ recipient: 'team', channelId: null });
    expect((await as(admin).delete(`/api/v1/chat-channels/${teams}`)).status).toBe(204);
    expect((await as(admin).get('/api/v1/chat-channels')).body.items.map((c: any) => c.id)).not.toContain(teams);
  });
});

describe('who may', () => {
  let channel: string;
  beforeAll(async () => {
    channel = (await as(admin).post('/api/v1/chat-channels', { name: 'Roles', kind: 'slack', url: `${base}/roles` })).body.id;
  });

  it('only admins manage channels', async () => {
    for (const role of ['coordinator', 'manager', 'employee'] as const) {
      const u = await makeUser(env.ctx, orgId, role);
      expect((await as(u).get('/api/v1/chat-channels')).status).toBe(403);
      expect((await as(u).post('/api/v1/chat-channels', { name: 'X', kind: 'slack', url: `${base}/x` })).status).toBe(403);
      expect((await as(u).patch(`/api/v1/chat-channels/${channel}`, { name: 'X' })).status).toBe(403);
      expect((await as(u).post(`/api/v1/chat-channels/${channel}/test`)).status).toBe(403);
      expect((await as(u).delete(`/api/v1/chat-channels/${channel}`)).status).toBe(403);
    }
    expect(postsTo('/roles')).toHaveLength(0);
  });

  it("another organisation's admin finds nothing: 404 as for a channel that does not exist", async () => {
    const them = client(env.app, other.token);
    expect((await them.get('/api/v1/chat-channels')).body.items.map((c: any) => c.id)).not.toContain(channel);
    for (const res of [
      await them.patch(`/api/v1/chat-channels/${channel}`, { name: 'Mine' }),
      await them.post(`/api/v1/chat-channels/${channel}/test`),
      await them.delete(`/api/v1/chat-channels/${channel}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not-found');
    }
    expect(postsTo('/roles')).toHaveLength(0);
    expect((await as(admin).get('/api/v1/chat-channels')).body.items.find((c: any) => c.id === channel).name).toBe('Roles');
  });
});
