import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMail, retryDelaySeconds, sendDueMail, type MailTransport } from '../../src/platform/mail.ts';
import { createTestEnv, makeOrg, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let orgId: string;

beforeAll(async () => {
  env = await createTestEnv();
  orgId = (await makeOrg(env.ctx)).id;
});
afterAll(() => env.close());

const recorder = (fail = 0) => {
  const sent: string[] = [];
  let failures = fail;
  const t: MailTransport = {
    name: 'test',
    async send(m) {
      if (failures-- > 0) throw new Error('SMTP 451 try later');
      sent.push(`${m.to}|${m.messageId}`);
    },
  };
  return { t, sent };
};

describe('mail outbox', () => {
  it('sends each due mail once and records it as sent', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    for (let i = 0; i < 5; i++) await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: `p${i}@x.be`, subject: 's', text: 't' });
    const { t, sent } = recorder();
    expect(await sendDueMail(env.ctx, t)).toBe(5);
    expect(await sendDueMail(env.ctx, t)).toBe(0);
    expect(sent).toHaveLength(5);
    const rows = await env.ctx.db.query<{ status: string }>('select status from mail_outbox');
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
  });

  it('retries a failed send with back-off and records the error', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: 'retry@x.be', subject: 's', text: 't' });
    const { t, sent } = recorder(1);
    await sendDueMail(env.ctx, t);
    const [row] = await env.ctx.db.query<{ status: string; last_error: string; attempts: number }>('select status, last_error, attempts from mail_outbox');
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'SMTP 451 try later' });
    expect(await sendDueMail(env.ctx, t)).toBe(0); // not due yet
    env.clock.advance(retryDelaySeconds(1) * 1000);
    await sendDueMail(env.ctx, t);
    expect(sent).toEqual([expect.stringMatching(/^retry@x.be\|<.+@embassy.mail>$/)]);
  });

  it('never lets two concurrent workers claim the same mail', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    for (let i = 0; i < 40; i++) await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: `c${i}@x.be`, subject: 's', text: 't' });
    const { t, sent } = recorder();
    await Promise.all([sendDueMail(env.ctx, t, 10), sendDueMail(env.ctx, t, 10), sendDueMail(env.ctx, t, 10), sendDueMail(env.ctx, t, 10)]);
    while ((await sendDueMail(env.ctx, t, 10)) > 0) {
      /* drain */
    }
    expect(sent).toHaveLength(40);
    expect(new Set(sent).size).toBe(40);
  });

  it('backs off exponentially, capped at an hour', () => {
    expect([1, 2, 3, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 3600]);
  });
});
