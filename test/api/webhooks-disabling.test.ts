/**
 * Webhooks that fail or race: automatic disabling (five days of failures, 410 Gone) with the admins'
 * mail, disabling by hand, two senders at once, and a worker that died holding a claim. Every
 * request is checked with the Standard Webhooks reference library on a loopback receiver.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emitEvents } from '../../src/platform/events.ts';
import { sendDueWebhooks } from '../../src/modules/webhooks/webhooks.sender.ts';
import { startWorker } from '../../src/worker.ts';
import { pruneWebhookLog } from '../../src/modules/webhooks/webhooks.retention.ts';
import { ambassador, orgWithAdmin } from '../factories.ts';
import { client, lastMailTo, type TestEnv } from '../helpers.ts';
import type { Receiver } from '../webhook-receiver.ts';
import { webhookSuite } from '../webhooks-setup.ts';

const suite = webhookSuite();
const { endpoint, drain, joined } = suite;
let env: TestEnv, rx: Receiver;
beforeAll(() => void ({ env, rx } = suite));

describe('disabling', () => {
  it('fails a delivery after ten attempts, disables an endpoint failing for five days, and mails its admins once', async () => {
    const org = await orgWithAdmin(env);
    await env.ctx.db.query(`update users set language = 'fr' where id = $1`, [org.admin.id]);
    // A path holding a secret, as Zapier's, Make's and Power Automate's do.
    const hook = await endpoint(org, ['ambassador.joined'], 'catch-S3cr3tPath');
    rx.status.set(hook.path, 500);
    const start = env.clock.now().getTime();
    await ambassador(env, org);
    const api = client(env.app, org.admin.token);
    // Ten attempts, about three and a half days.
    for (let i = 0; i < 200 && rx.at(hook.path).length < 10; i++) {
      await drain();
      env.clock.advance(3600_000);
    }
    await drain();
    expect(rx.at(hook.path)).toHaveLength(10);
    const [first] = (await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries`)).body.items;
    expect(first).toMatchObject({ status: 'failed', attempts: 10, nextAttemptAt: null });
    let ep = (await api.get(`/api/v1/webhooks/endpoints/${hook.id}`)).body;
    expect(ep).toMatchObject({ enabled: true, failureStreak: 1 });
    expect(new Date(ep.failingSince).getTime()).toBe(start);

    // A second event keeps failing until five days after the first failure: then the endpoint is off.
    const second = await ambassador(env, org);
    for (let i = 0; i < 100 && (await api.get(`/api/v1/webhooks/endpoints/${hook.id}`)).body.enabled; i++) {
      await drain();
      env.clock.advance(3600_000);
    }
    ep = (await api.get(`/api/v1/webhooks/endpoints/${hook.id}`)).body;
    expect(ep).toMatchObject({ enabled: false, disabledReason: 'failing' });
    expect(new Date(ep.disabledAt).getTime() - start).toBeGreaterThanOrEqual(5 * 24 * 3600_000);
    expect(new Date(ep.disabledAt).getTime() - start).toBeLessThan(6 * 24 * 3600_000);
    const mail = await lastMailTo(env.ctx, org.admin.email);
    expect(mail).toMatchObject({ kind: 'webhook-disabled', subject: 'Webhook désactivé' });
    // Only a hint of the URL: its host and last four characters.
    expect(mail.text_body).toContain(`${new URL(rx.base).host} …${hook.path.slice(-4)}`);
    expect(mail.text_body).not.toContain('S3cr3tPath');
    expect(mail.text_body).toContain(`/settings/integrations/webhooks/${hook.id}`);
    const [{ n: mails }] = await env.ctx.db.query<{ n: number }>(
      `select count(*)::int as n from mail_outbox where to_address = $1 and kind = 'webhook-disabled'`,
      [org.admin.email],
    );
    expect(mails).toBe(1);
    const audit = await env.ctx.db.query<{ action: string; details: { url?: string } }>(
      `select action, details from audit_log where org_id = $1 and target_id = $2`,
      [org.id, hook.id],
    );
    expect(audit.find((a) => a.action === 'webhooks.auto_disable')?.details.url).toBe(`${new URL(rx.base).host} …${hook.path.slice(-4)}`);
    expect(JSON.stringify(audit)).not.toContain('S3cr3tPath');
    // Its pending delivery stopped, and new events write nothing for it.
    const log = (await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries`)).body.items;
    expect(log.filter((d: { status: string }) => d.status === 'pending')).toEqual([]);
    expect(log.some((d: { status: string }) => d.status === 'cancelled')).toBe(true);
    const sent = rx.at(hook.path).length;
    await client(env.app, second.user.token).delete('/api/v1/me/ambassador');
    await ambassador(env, org);
    env.clock.advance(86400_000);
    await drain();
    expect(rx.at(hook.path)).toHaveLength(sent);
    expect((await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries`)).body.items).toHaveLength(log.length);
    // A test or a replay waits until it is enabled again.
    expect((await api.post(`/api/v1/webhooks/endpoints/${hook.id}/test`)).body.code).toBe('webhook-endpoint-disabled');

    // Enabling it again resets the failure streak; a cancelled delivery can be replayed.
    rx.status.set(hook.path, 200);
    const enabled = await api.patch(`/api/v1/webhooks/endpoints/${hook.id}`, { enabled: true });
    expect(enabled.body).toMatchObject({ enabled: true, failureStreak: 0, failingSince: null, disabledAt: null, disabledReason: null });
    const cancelled = log.find((d: { status: string }) => d.status === 'cancelled');
    expect((await api.post(`/api/v1/webhooks/deliveries/${cancelled.id}/replay`)).body.status).toBe('delivered');
  });

  it('disables an endpoint at once when it answers 410 Gone', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org, ['ambassador.joined']);
    rx.status.set(hook.path, 410);
    await ambassador(env, org);
    expect(await drain()).toBe(1);
    const api = client(env.app, org.admin.token);
    const ep = (await api.get(`/api/v1/webhooks/endpoints/${hook.id}`)).body;
    expect(ep).toMatchObject({ enabled: false, disabledReason: 'gone' });
    expect((await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries`)).body.items[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
    });
    await ambassador(env, org);
    env.clock.advance(3600_000);
    expect(await drain()).toBe(0);
    expect(rx.at(hook.path)).toHaveLength(1);
    expect((await lastMailTo(env.ctx, org.admin.email)).subject).toBe('Webhook uitgeschakeld');
  });

  it('an admin disables an endpoint by hand: its pending deliveries stop', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org, ['ambassador.joined']);
    await ambassador(env, org);
    const api = client(env.app, org.admin.token);
    const off = await api.patch(`/api/v1/webhooks/endpoints/${hook.id}`, { enabled: false });
    expect(off.body).toMatchObject({ enabled: false, disabledReason: 'manual' });
    await drain();
    expect(rx.at(hook.path)).toHaveLength(0);
    expect((await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries`)).body.items[0].status).toBe('cancelled');
  });
});

describe('exactly once', () => {
  it('two senders at once deliver each message once', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org, ['ambassador.joined']);
    await joined(org, 60);
    const run = async () => {
      let n = 0;
      for (let c = await sendDueWebhooks(env.ctx, { batch: 7 }); c > 0; c = await sendDueWebhooks(env.ctx, { batch: 7 })) n += c;
      return n;
    };
    const [a, b] = await Promise.all([run(), run()]);
    expect(a + b).toBe(60);
    const got = rx.at(hook.path);
    expect(got).toHaveLength(60);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(60);
    expect(new Set(got.map((r) => r.payload.data.personId)).size).toBe(60);
    expect(await drain()).toBe(0);
  });

  it('a worker that died holding a claim: another takes the row over once the claim runs out, with the same webhook-id', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org, ['ambassador.joined']);
    await emitEvents(env.ctx.db, env.clock.now(), org.id, [{ type: 'ambassador.joined', data: { personId: 'p', scope: 'internal' } }]);
    // What a worker leaves behind when it dies after claiming (say between the receiver's 2xx and its write).
    const [{ message_id }] = await env.ctx.db.query<{ message_id: string }>(
      `update webhook_deliveries set status = 'sending', attempts = 1, claim_token = gen_random_uuid(), locked_until = $2
        where endpoint_id = $1 returning message_id`,
      [hook.id, new Date(env.clock.now().getTime() + 300_000)],
    );
    expect(await drain()).toBe(0);
    env.clock.advance(301_000);
    expect(await drain()).toBe(1);
    const [r] = rx.at(hook.path);
    expect(r.headers['webhook-id']).toBe(`msg_${message_id}`);
    expect(r.verifiedWith).toEqual([hook.secret]);
    const [d] = (await client(env.app, org.admin.token).get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries`)).body.items;
    expect(d).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it("the background worker's pass sends due webhooks", async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org, ['ambassador.joined']);
    await ambassador(env, org);
    const worker = startWorker(env.ctx, { intervalMs: 10, sweepEveryMs: 3600_000 });
    try {
      await worker.tick();
    } finally {
      await worker.stop();
    }
    const [r] = rx.at(hook.path);
    expect(r.payload.type).toBe('ambassador.joined');
    expect(r.verifiedWith).toEqual([hook.secret]);
  });

  it('keeps the delivery log 30 days, and a message as long as a delivery of it is pending', async () => {
    const org = await orgWithAdmin(env);
    const done = await endpoint(org, ['ambassador.joined']);
    const down = await endpoint(org, ['ambassador.joined']);
    rx.status.set(down.path, 500);
    await ambassador(env, org);
    await drain();
    const api = client(env.app, org.admin.token);
    const log = async (id: string) => (await api.get(`/api/v1/webhooks/endpoints/${id}/deliveries`)).body.items;
    expect(await log(done.id)).toHaveLength(1);
    env.clock.advance(29 * 86400_000);
    await pruneWebhookLog(env.ctx);
    expect(await log(done.id)).toHaveLength(1);
    // Past 30 days the message stays while the failing endpoint's delivery is still pending...
    await env.ctx.db.query(`update webhook_deliveries set next_attempt_at = $2 where endpoint_id = $1`, [
      down.id,
      new Date(env.clock.now().getTime() + 86400_000 * 30),
    ]);
    env.clock.advance(2 * 86400_000);
    await pruneWebhookLog(env.ctx);
    expect(await log(done.id)).toHaveLength(1);
    // ...and goes, with its deliveries and attempts, once that one has ended.
    await api.patch(`/api/v1/webhooks/endpoints/${down.id}`, { enabled: false });
    await pruneWebhookLog(env.ctx);
    expect(await log(done.id)).toHaveLength(0);
    expect(await log(down.id)).toHaveLength(0);
  });
});
