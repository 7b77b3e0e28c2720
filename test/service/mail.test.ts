import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTransport,
  enqueueMail,
  HIDDEN_LINK,
  redactSecrets,
  retryDelaySeconds,
  sendDueMail,
  writeRetry,
  type MailTransport,
} from '../../src/platform/mail.ts';
import type { Db } from '../../src/db/db.ts';
import { accessibleColour } from '../../src/platform/mail-html.ts';
import { createTestEnv, makeOrg, type TestEnv } from '../helpers.ts';
import { parseMime } from '../mime.ts';
import { startSmtpSink, type SmtpSink } from '../smtp-sink.ts';

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
      await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: `p${i}@x.be`, subject: 's', text: 't', lang: 'nl' });
    const { t, sent } = recorder();
    expect(await sendDueMail(env.ctx, t)).toBe(5);
    expect(await sendDueMail(env.ctx, t)).toBe(0);
    expect(sent).toHaveLength(5);
    const rows = await env.ctx.db.query<{ status: string }>('select status from mail_outbox');
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
  });

  it('retries a failed send with back-off and records the error', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: 'retry@x.be', subject: 's', text: 't', lang: 'nl' });
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
      await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: `c${i}@x.be`, subject: 's', text: 't', lang: 'nl' });
    const { t, sent } = recorder();
    await Promise.all([sendDueMail(env.ctx, t, 10), sendDueMail(env.ctx, t, 10), sendDueMail(env.ctx, t, 10), sendDueMail(env.ctx, t, 10)]);
    while ((await sendDueMail(env.ctx, t, 10)) > 0) {
      /* drain */
    }
    expect(sent).toHaveLength(40);
    expect(new Set(sent).size).toBe(40);
  });

  it('begins a send only with half its lock ahead, and gives the rest back without burning an attempt', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    for (let i = 0; i < 3; i++)
      await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: `h${i}@x.be`, subject: 's', text: 't', lang: 'nl' });
    const sent: string[] = [];
    // The first send takes 61 s of the 120 s lock: the others would start with less than a minute left.
    const slow: MailTransport = { name: 'test', send: async (m) => void (sent.push(m.to), env.clock.advance(61_000)) };
    expect(await sendDueMail(env.ctx, slow, 3, 1)).toBe(3);
    expect(sent).toHaveLength(1);
    const rest = await env.ctx.db.query<{ status: string; attempts: number; locked_until: Date | null }>(
      `select status, attempts, locked_until from mail_outbox where status <> 'sent'`,
    );
    expect(rest).toEqual([
      { status: 'pending', attempts: 0, locked_until: null },
      { status: 'pending', attempts: 0, locked_until: null },
    ]);
    const { t, sent: after } = recorder();
    expect(await sendDueMail(env.ctx, t)).toBe(2);
    expect([...sent, ...after.map((a) => a.split('|')[0])].sort()).toEqual(['h0@x.be', 'h1@x.be', 'h2@x.be']);
  });

  it('never lets a worker that stalled past its lock overwrite the outcome of the worker that took the mail over', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: 'stall@x.be', subject: 's', text: 't', lang: 'nl' });
    const { t, sent } = recorder();
    // The first worker's send hangs past its lock, the second sends the mail, then the first one's fails.
    const stalled: MailTransport = {
      name: 'stalled',
      async send() {
        env.clock.advance(121_000);
        expect(await sendDueMail(env.ctx, t)).toBe(1);
        throw new Error('SMTP timeout');
      },
    };
    await sendDueMail(env.ctx, stalled);
    const [row] = await env.ctx.db.query<{ status: string; transport: string }>('select status, transport from mail_outbox');
    expect(row).toEqual({ status: 'sent', transport: 'test' });
    env.clock.advance(3600_000);
    expect(await sendDueMail(env.ctx, t)).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('tries a failed outcome write again, and once it fails for good sends nothing more of the batch', async () => {
    await env.ctx.db.query('delete from mail_outbox');
    for (let i = 0; i < 8; i++)
      await enqueueMail(env.ctx.db, env.clock, { orgId, kind: 'test', to: `w${i}@x.be`, subject: 's', text: 't', lang: 'nl' });
    const saved = writeRetry.delaysMs;
    writeRetry.delaysMs = [0, 0];
    let failures = 0;
    const flaky: Db = {
      ...env.ctx.db,
      engine: env.ctx.db.engine,
      query<T>(sql: string, params?: readonly unknown[]) {
        if (sql.includes('jsonb_to_recordset') && failures-- > 0) return Promise.reject(new Error('connection reset'));
        return env.ctx.db.query<T>(sql, params);
      },
    };
    try {
      // Two failures in a row: the third try writes the outcome, nothing is lost.
      const { t, sent } = recorder();
      failures = 2;
      expect(await sendDueMail({ ...env.ctx, db: flaky }, t, 4, 2)).toBe(4);
      expect(sent).toHaveLength(4);
      // The first write fails three times: the other sender records its mail, then sends nothing more.
      const { t: t2, sent: sent2 } = recorder();
      failures = 3;
      await expect(sendDueMail({ ...env.ctx, db: flaky }, t2, 4, 2)).rejects.toThrow('connection reset');
      expect(sent2).toHaveLength(2);
    } finally {
      writeRetry.delaysMs = saved;
    }
    const rows = await env.ctx.db.query<{ status: string; n: number }>(
      `select status, count(*)::int as n from mail_outbox group by status order by status`,
    );
    // One mail sent but not recorded and two never begun: all three go again once their lock expires.
    expect(rows).toEqual([
      { status: 'sending', n: 3 },
      { status: 'sent', n: 5 },
    ]);
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
      lang: 'en',
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
    await enqueueMail(env.ctx.db, env.clock, {
      orgId,
      kind: 'test',
      to: 'fail@x.be',
      subject: 's',
      text: link,
      lang: 'en',
      secrets: [link],
    });
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
    await enqueueMail(env.ctx.db, env.clock, {
      orgId,
      kind: 'test',
      to: 'dev@x.be',
      subject: 's',
      text: 'link: L',
      lang: 'en',
      secrets: ['L'],
    });
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

describe('mail as it arrives (a real SMTP server on loopback)', () => {
  let sink: SmtpSink;
  let smtpEnv: TestEnv;
  let brandedOrg: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    smtpEnv = await createTestEnv({ config: { smtpUrl: sink.url } });
    brandedOrg = (await makeOrg(smtpEnv.ctx, 'branded', 'Brasserie <Branded> & Co')).id;
    await smtpEnv.ctx.db.query(`update organisations set brand_colour = '#ffcc00' where id = $1`, [brandedOrg]);
  });
  afterAll(async () => {
    await smtpEnv.close();
    await sink.close();
  });

  const arrived = async (to: string) => {
    await sendDueMail(smtpEnv.ctx, createTransport(smtpEnv.ctx));
    const raw = sink.received.find((m) => m.includes(`To: ${to}`));
    expect(raw, `a mail to ${to}`).toBeDefined();
    return parseMime(raw!);
  };

  it('has a plain-text and an HTML part saying the same, in its language, with every value escaped', async () => {
    const text = [
      'Bonjour <script>alert(1)</script> & bienvenue,',
      '',
      '• premier point',
      '• second point',
      '',
      '> une citation',
      '',
      'Lien : https://example.be/page?a=1&b=2.',
    ].join('\n');
    await enqueueMail(smtpEnv.ctx.db, smtpEnv.clock, {
      orgId: brandedOrg,
      kind: 'test',
      to: 'parts@x.be',
      subject: 'Sujet "spécial" <b>',
      text,
      lang: 'fr',
    });
    const mail = await arrived('parts@x.be');

    expect(mail.headers['content-type']).toMatch(/^multipart\/alternative;/);
    expect(mail.headers['content-language']).toBe('fr');
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    expect(mail.headers['list-unsubscribe-post']).toBeUndefined();
    expect(mail.parts.map((p) => p.type)).toEqual(['text/plain', 'text/html']);

    const [plain, html] = mail.parts.map((p) => p.body);
    expect(plain).toContain('https://example.be/page?a=1&b=2.');
    expect(plain).toContain('Bonjour <script>alert(1)</script> & bienvenue,');

    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="fr"/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt; &amp; bienvenue,');
    expect(html).toContain('<title>Sujet &quot;spécial&quot; &lt;b&gt;</title>');
    expect(html).toContain('Brasserie &lt;Branded&gt; &amp; Co');
    expect(html).toMatch(/<ul[^>]*><li[^>]*>premier point<\/li><li[^>]*>second point<\/li><\/ul>/);
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>une citation<\/p><\/blockquote>/);
    // A real link that shows its own address; the full stop after it stays text.
    expect(html).toMatch(/<a href="https:\/\/example\.be\/page\?a=1&amp;b=2"[^>]*>https:\/\/example\.be\/page\?a=1&amp;b=2<\/a>\./);
    // Yellow is too light for white text: the header gets it darkened to 4.5:1, not as given.
    expect(html).not.toContain('#ffcc00');
    expect(html).toContain(`background:${accessibleColour('#ffcc00')}`);
  });

  it('gives optional mail a one-click unsubscribe (RFC 8058), also visible in both parts', async () => {
    const url = 'http://embassy.test/unsubscribe/abc.digest.sig';
    await enqueueMail(smtpEnv.ctx.db, smtpEnv.clock, {
      orgId: brandedOrg,
      kind: 'test',
      to: 'optional@x.be',
      subject: 'Vandaag',
      text: '• Jan is jarig',
      lang: 'nl',
      unsubscribeUrl: url,
    });
    const mail = await arrived('optional@x.be');
    expect(mail.headers['content-language']).toBe('nl');
    expect(mail.headers['list-unsubscribe']).toBe(`<${url}>`);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const [plain, html] = mail.parts.map((p) => p.body);
    // On a line of its own, so every mail program shows it as a link.
    expect(plain.split(/\r?\n/)).toContain(url);
    expect(html).toContain(`<a href="${url}"`);
  });

  it('says the language of mail written before languages were recorded as English', async () => {
    await enqueueMail(smtpEnv.ctx.db, smtpEnv.clock, { orgId: null, kind: 'test', to: 'old@x.be', subject: 's', text: 't', lang: 'en' });
    await smtpEnv.ctx.db.query(`update mail_outbox set language = null where to_address = 'old@x.be'`);
    const mail = await arrived('old@x.be');
    expect(mail.headers['content-language']).toBe('en');
    expect(mail.parts.find((p) => p.type === 'text/html')!.body).toContain('Embassy');
  });
});
