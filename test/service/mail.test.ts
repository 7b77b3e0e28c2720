import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTransport,
  enqueueMail,
  HIDDEN_LINK,
  redactSecrets,
  retryDelaySeconds,
  sendDueMail,
  type MailTransport,
} from '../../src/platform/mail.ts';
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
    for (let i = 0; i < 5; i++)
      await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: `p${i}@x.be`, subject: 's', text: 't' });
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
    const [row] = await env.ctx.db.query<{ status: string; last_error: string; attempts: number }>(
      'select status, last_error, attempts from mail_outbox',
    );
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'SMTP 451 try later' });
    expect(await sendDueMail(env.ctx, t)).toBe(0); // not due yet
    env.clock.advance(retryDelaySeconds(1) * 1000);
    await sendDueMail(env.ctx, t);
    expect(sent).toEqual([expect.stringMatching(/^retry@x.be\|<.+@embassy.mail>$/)]);
  });

  it('never lets two concurrent workers claim the same mail', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    for (let i = 0; i < 40; i++)
      await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: `c${i}@x.be`, subject: 's', text: 't' });
    const { t, sent } = recorder();
    await Promise.all([sendDueMail(env.ctx, t, 10), sendDueMail(env.ctx, t, 10), sendDueMail(env.ctx, t, 10), sendDueMail(env.ctx, t, 10)]);
    while ((await sendDueMail(env.ctx, t, 10)) > 0) {
      /* drain */
    }
    expect(sent).toHaveLength(40);
    expect(new Set(sent).size).toBe(40);
  });

  it('sends sealed secrets, and forgets them once an SMTP server has the mail', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    const link = 'http://embassy.test/reset-password#token=s3cret-t0ken';
    await enqueueMail(env.ctx.db, env.clock, {
      orgId,
      kind: 'test',
      to: 'seal@x.be',
      subject: 's',
      text: `Go to ${link} now`,
      html: `<a href="${link}&amp;x">go</a>`,
      secrets: [link, `${link}&x`],
    });
    const [queued] = await env.ctx.db.query<{ text_body: string; html_body: string }>('select text_body, html_body from mail_outbox');
    expect(queued).toEqual({ text_body: `Go to ${HIDDEN_LINK} now`, html_body: `<a href="${HIDDEN_LINK}">go</a>` });
    const bodies: string[] = [];
    const smtp: MailTransport = { name: 'smtp', send: async (m) => void bodies.push(m.text, m.html ?? '') };
    await sendDueMail(env.ctx, smtp);
    expect(bodies).toEqual([`Go to ${link} now`, `<a href="${link}&amp;x">go</a>`]);
    expect(JSON.stringify(await env.ctx.db.query('select * from mail_outbox'))).not.toContain('s3cret');
  });

  it('forgets the secrets after the last failed attempt, and keeps them out of the recorded error', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    const link = 'http://embassy.test/invitation#token=s3cret-t0ken';
    await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: 'fail@x.be', subject: 's', text: link, secrets: [link] });
    const refusing: MailTransport = {
      name: 'smtp',
      send: async (m) => {
        throw new Error(`554 content rejected: ${m.text}`);
      },
    };
    for (let i = 0; i < 8; i++) {
      await sendDueMail(env.ctx, refusing);
      env.clock.advance(3600_000);
    }
    const [row] = await env.ctx.db.query<{ status: string; last_error: string; sealed_text: string | null }>('select * from mail_outbox');
    expect(row).toMatchObject({ status: 'failed', last_error: `554 content rejected: ${HIDDEN_LINK}`, sealed_text: null });
    expect(JSON.stringify(row)).not.toContain('s3cret');
  });

  it('keeps sealed mail readable in the dev mailbox, where it is not sent anywhere', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: 'dev@x.be', subject: 's', text: 'link: L', secrets: ['L'] });
    await sendDueMail(env.ctx, createTransport({ config: { ...env.ctx.config, smtpUrl: undefined } }));
    const [row] = await env.ctx.db.query<{ status: string; sealed_text: string }>('select status, sealed_text from mail_outbox');
    expect(row).toEqual({ status: 'sent', sealed_text: 'link: L' });
  });

  it('backs off exponentially, capped at an hour', () => {
    expect([1, 2, 3, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 3600]);
  });
});

describe('redactSecrets', () => {
  it('hides every secret, the longest first, and its HTML-escaped form', () => {
    expect(redactSecrets('a TOK b TOKEN c', ['TOK', 'TOKEN'])).toBe(`a ${HIDDEN_LINK} b ${HIDDEN_LINK} c`);
    expect(redactSecrets('<a href="u?a=1&amp;b=2">', ['u?a=1&b=2'])).toBe(`<a href="${HIDDEN_LINK}">`);
    expect(redactSecrets('nothing here', ['', 'x'])).toBe('nothing here');
  });
});
