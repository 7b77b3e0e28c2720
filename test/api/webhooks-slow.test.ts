/**
 * One slow receiver must not hold up a pass of the webhook sender for every other organisation:
 * each endpoint is sent to in its own loop, a slow one gets no more of the pass, and a pass starts
 * no attempt after its time. The thresholds are lowered for the test (real time: this is about how
 * long receivers take to answer).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueWebhooks } from '../../src/modules/webhooks/webhooks.sender.ts';
import { ambassador, orgWithAdmin } from '../factories.ts';
import { client, type TestEnv } from '../helpers.ts';
import type { Receiver } from '../webhook-receiver.ts';
import { webhookSuite } from '../webhooks-setup.ts';

const suite = webhookSuite();
const { endpoint } = suite;
let env: TestEnv, rx: Receiver;
let slow: http.Server;
let slowBase: string;
const slowHits: string[] = [];

beforeAll(async () => {
  ({ env, rx } = suite);
  // Answers every request 500 ms late.
  slow = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      slowHits.push(req.url ?? '');
      setTimeout(() => res.writeHead(200).end('late'), 500);
    });
  });
  await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
  slowBase = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => slow.close(() => r())));

const deliveriesOf = (endpointId: string) =>
  env.ctx.db.query<{ status: string; attempts: number }>(
    `select status, attempts from webhook_deliveries where endpoint_id = $1 order by status, attempts`,
    [endpointId],
  );

describe('a slow receiver', () => {
  it('gets one attempt per pass while the others get all theirs; what it did not get waits, uncounted, for the next pass', async () => {
    const quickOrg = await orgWithAdmin(env);
    const slowOrg = await orgWithAdmin(env);
    const quick = await endpoint(quickOrg, ['ambassador.joined'], 'quick');
    const res = await client(env.app, slowOrg.admin.token).post('/api/v1/webhooks/endpoints', {
      url: `${slowBase}/slow`,
      description: 'Slow system',
      eventTypes: ['ambassador.joined'],
    });
    expect(res.status, res.text).toBe(201);
    for (let i = 0; i < 3; i++) {
      await ambassador(env, quickOrg);
      await ambassador(env, slowOrg);
    }
    // One loop per endpoint: the slow one's first answer (500 ms) ends its share of the pass.
    expect(await sendDueWebhooks(env.ctx, { slowMs: 400 })).toBe(6);
    expect(rx.at(quick.path)).toHaveLength(3);
    expect(slowHits).toHaveLength(1);
    expect(await deliveriesOf(res.body.id)).toEqual([
      { status: 'delivered', attempts: 1 },
      { status: 'pending', attempts: 0 },
      { status: 'pending', attempts: 0 },
    ]);
    expect(await sendDueWebhooks(env.ctx, { slowMs: 400 })).toBe(2);
    expect(slowHits).toHaveLength(2);

    // A pass past its time starts nothing more and gives its claims back.
    expect(await sendDueWebhooks(env.ctx, { passMs: 0 })).toBe(1);
    expect(slowHits).toHaveLength(2);
    expect(await deliveriesOf(res.body.id)).toEqual([
      { status: 'delivered', attempts: 1 },
      { status: 'delivered', attempts: 1 },
      { status: 'pending', attempts: 0 },
    ]);
    expect(await sendDueWebhooks(env.ctx)).toBe(1);
    expect(slowHits).toHaveLength(3);
    expect(rx.at(quick.path)).toHaveLength(3);
  });
});
