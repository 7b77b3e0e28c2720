/**
 * What the webhook API test files share: a test environment and a loopback receiver that verifies
 * every request with the Standard Webhooks reference library (started before the file's tests,
 * closed after), endpoints at fresh receiver paths, and a drain of the sender.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { sendDueWebhooks } from '../src/modules/webhooks/webhooks.sender.ts';
import { emitEvents } from '../src/platform/events.ts';
import type { Org } from './factories.ts';
import { client, createTestEnv, type TestEnv } from './helpers.ts';
import { startReceiver, type Receiver } from './webhook-receiver.ts';

export interface WebhookSuite {
  /** Set once the file's beforeAll hooks run. */
  env: TestEnv;
  rx: Receiver;
  /** An endpoint of `org` at a fresh path of the receiver, whose secret the receiver verifies with. */
  endpoint(org: Org, eventTypes?: string[], name?: string): Promise<{ id: string; secret: string; path: string }>;
  /** Runs the sender until nothing is due; answers how many deliveries it claimed. */
  drain(): Promise<number>;
  /** Emits `count` ambassador.joined events in `org` (people p0, p1, ...). */
  joined(org: Org, count: number): Promise<void>;
}

/** Call at the top of a test file: registers the beforeAll/afterAll that start and stop the suite. */
export function webhookSuite(): WebhookSuite {
  let paths = 0;
  const s: WebhookSuite = {
    env: undefined as unknown as TestEnv,
    rx: undefined as unknown as Receiver,
    async endpoint(org, eventTypes = [], name = 'hook') {
      const path = `/${name}-${++paths}`;
      const res = await client(s.env.app, org.admin.token).post('/api/v1/webhooks/endpoints', {
        url: s.rx.base + path,
        description: 'HR system',
        eventTypes,
      });
      expect(res.status, res.text).toBe(201);
      expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
      s.rx.secrets.set(path, [res.body.secret]);
      return { id: res.body.id as string, secret: res.body.secret as string, path };
    },
    async drain() {
      let n = 0;
      for (let claimed = await sendDueWebhooks(s.env.ctx); claimed > 0; claimed = await sendDueWebhooks(s.env.ctx)) n += claimed;
      return n;
    },
    async joined(org, count) {
      const events = Array.from({ length: count }, (_, i) => ({
        type: 'ambassador.joined' as const,
        data: { personId: `p${i}`, scope: 'internal' },
      }));
      await emitEvents(s.env.ctx.db, s.env.clock.now(), org.id, events);
    },
  };
  beforeAll(async () => {
    s.env = await createTestEnv();
    s.rx = await startReceiver(s.env.clock);
  });
  afterAll(async () => {
    await s.rx?.close();
    await s.env?.close();
  });
  return s;
}
