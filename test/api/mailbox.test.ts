/**
 * The mailbox must not hand admins the keys to other people's accounts: with SMTP, reset and
 * invitation links reach only their recipient (a real SMTP sink on loopback), and the mailbox API,
 * the outbox row and the audit log show them hidden. The dev mailbox (no SMTP) shows mail whole,
 * to admins only, and start-up warns when it serves an address other machines reach.
 */
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport, HIDDEN_LINK, sendDueMail } from '../../src/platform/mail.ts';
import { createLogger } from '../../src/platform/log.ts';
import { warnIfDevMailboxIsReachable } from '../../src/server.ts';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

const PASSWORD = 'een lange zin als wachtwoord';
const TOKEN = /#token=([\w-]+)/;

/** The raw messages the sink accepted, decoded from quoted-printable (long link lines are wrapped). */
const received: string[] = [];
let sink: SMTPServer;
let port: number;

function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

beforeAll(async () => {
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 200,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push(decodeQuotedPrintable(raw));
        callback();
      });
    },
  });
  await new Promise<void>((r) => sink.listen(0, '127.0.0.1', () => r()));
  port = (sink.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((r) => sink.close(() => r()));
});

async function dumpOutbox(env: TestEnv, to: string): Promise<string> {
  return JSON.stringify(await env.ctx.db.query('select * from mail_outbox where to_address = $1', [to]));
}

async function dumpAudit(env: TestEnv, admin: TestUser): Promise<string> {
  const api = JSON.stringify((await client(env.app, admin.token).get('/api/v1/audit-log?limit=200')).body);
  const table = JSON.stringify(await env.ctx.db.query('select * from audit_log where org_id = $1', [admin.orgId]));
  return api + table;
}

describe('mail by SMTP', () => {
  let env: TestEnv;
  let admin: TestUser;

  beforeAll(async () => {
    env = await createTestEnv({ config: { smtpUrl: `smtp://127.0.0.1:${port}` } });
    const orgId = (await makeOrg(env.ctx, 'smtp-bank', 'SMTP Bank')).id;
    admin = await makeUser(env.ctx, orgId, 'admin');
  });
  afterAll(() => env.close());

  it('sends the reset link to its recipient only: mailbox, outbox row and audit log show it hidden', async () => {
    const email = 'victim@smtp-bank.be';
    await makeUser(env.ctx, admin.orgId, 'employee', { email, password: PASSWORD });
    // An admin asks for someone else's reset, as anyone may.
    expect((await client(env.app).post('/api/v1/auth/password-reset', { email })).status).toBe(202);

    // Before sending, the mailbox already shows the mail without its link.
    const pending = await client(env.app, admin.token).get(`/api/v1/mailbox?to=${encodeURIComponent(email)}`);
    expect(pending.body.devMailbox).toBe(false);
    expect(pending.body.items[0].text).toContain(HIDDEN_LINK);
    expect(pending.body.items[0].text).not.toMatch(TOKEN);

    expect(await sendDueMail(env.ctx, createTransport(env.ctx))).toBe(1);
    const mail = received.find((m) => m.includes(`To: ${email}`))!;
    const token = TOKEN.exec(mail)![1];
    expect(mail).toContain(`http://embassy.test/reset-password#token=${token}`);

    const box = await client(env.app, admin.token).get(`/api/v1/mailbox?to=${encodeURIComponent(email)}`);
    expect(box.body.items[0]).toMatchObject({
      kind: 'password-reset',
      to: email,
      status: 'sent',
      transport: 'smtp',
      attempts: 1,
      lastError: null,
    });
    expect(box.body.items[0].messageId).toMatch(/@embassy\.mail>$/);
    expect(box.body.items[0].text).toContain(HIDDEN_LINK);
    expect(box.text).not.toContain(token);
    expect(await dumpOutbox(env, email)).not.toContain(token);
    expect(await dumpAudit(env, admin)).not.toContain(token);

    // The link the recipient got is the real one.
    const confirmed = await client(env.app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'drie koffie en een croissant',
    });
    expect(confirmed.status).toBe(204);
  });

  it('does the same for invitation links', async () => {
    const email = 'invitee@smtp-bank.be';
    expect((await client(env.app, admin.token).post('/api/v1/invitations', { email, role: 'employee' })).status).toBe(201);
    await sendDueMail(env.ctx, createTransport(env.ctx));
    const token = TOKEN.exec(received.find((m) => m.includes(`To: ${email}`))!)![1];
    expect((await client(env.app).get(`/api/v1/auth/invitations/${token}`)).body.email).toBe(email);

    const box = await client(env.app, admin.token).get(`/api/v1/mailbox?to=${encodeURIComponent(email)}`);
    expect(box.body.items[0].text).toContain(HIDDEN_LINK);
    expect(box.text).not.toContain(token);
    expect(await dumpOutbox(env, email)).not.toContain(token);
    expect(await dumpAudit(env, admin)).not.toContain(token);
  });
});

describe('the dev mailbox (no SMTP)', () => {
  let env: TestEnv;
  let orgId: string;
  let admin: TestUser;

  beforeAll(async () => {
    env = await createTestEnv();
    orgId = (await makeOrg(env.ctx, 'dev-bank', 'Dev Bank')).id;
    admin = await makeUser(env.ctx, orgId, 'admin');
  });
  afterAll(() => env.close());

  it('shows mail whole, reset links included, before and after the worker passes', async () => {
    const email = 'dev@dev-bank.be';
    await makeUser(env.ctx, orgId, 'employee', { email, password: PASSWORD });
    await client(env.app).post('/api/v1/auth/password-reset', { email });
    const before = await client(env.app, admin.token).get(`/api/v1/mailbox?to=${encodeURIComponent(email)}`);
    expect(before.body.devMailbox).toBe(true);
    const token = TOKEN.exec(before.body.items[0].text)![1];

    await sendDueMail(env.ctx, createTransport(env.ctx));
    const after = await client(env.app, admin.token).get(`/api/v1/mailbox?to=${encodeURIComponent(email)}`);
    expect(after.body.items[0]).toMatchObject({ status: 'sent', transport: 'dev-mailbox' });
    expect(after.body.items[0].text).toContain(`#token=${token}`);
    expect(await dumpAudit(env, admin)).not.toContain(token);
  });

  it('is for admins only: coordinators, managers and employees get 403', async () => {
    for (const role of ['coordinator', 'manager', 'employee'] as const) {
      const user = await makeUser(env.ctx, orgId, role);
      const res = await client(env.app, user.token).get('/api/v1/mailbox');
      expect(res.status, role).toBe(403);
      expect(res.text, role).not.toContain('#token=');
    }
  });
});

describe('start-up', () => {
  const warnings = (config: { smtpUrl?: string; publicUrl: string }) => {
    const lines: string[] = [];
    warnIfDevMailboxIsReachable(
      { smtpUrl: config.smtpUrl, publicUrl: config.publicUrl },
      createLogger('warn', (l) => lines.push(l)),
    );
    return lines;
  };

  it('warns when the dev mailbox serves an address other machines reach', () => {
    expect(warnings({ publicUrl: 'https://embassy.acme.be' })).toEqual([expect.stringMatching(/warn .*SMTP_URL is not set/)]);
  });

  it('stays quiet with SMTP, or on this machine', () => {
    expect(warnings({ smtpUrl: 'smtp://mail.acme.be', publicUrl: 'https://embassy.acme.be' })).toEqual([]);
    expect(warnings({ publicUrl: 'http://127.0.0.1:3000' })).toEqual([]);
    expect(warnings({ publicUrl: 'http://embassy.test' })).toEqual([]);
  });
});
