/**
 * Outgoing mail goes through the outbox: a row written in the same transaction as what caused it,
 * then sent by a worker. With SMTP_URL it goes out by SMTP; without, the sent row is the dev mailbox,
 * readable in the app and at GET /api/v1/mailbox.
 *
 * Secret links (password reset, invitation, any link that acts for its recipient) are sealed: the
 * row's text_body/html_body hold the mail with them hidden, the full mail waits in sealed_* columns
 * that only the sender reads, and those are cleared once an SMTP server has the mail. So whoever
 * reads the mailbox of a real installation (an admin) cannot follow someone else's reset link.
 */
import crypto from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Queryable } from '../db/db.ts';
import type { AppContext } from './context.ts';
import type { Clock } from './clock.ts';
import { composeMail } from './mail-html.ts';

export interface OutgoingMail {
  orgId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The language the mail is written in (Content-Language, the HTML part's lang). */
  lang: string;
  /** Only for mail that exists because of its recipient's own preference: where one click turns it off. */
  unsubscribeUrl?: string;
  replyTo?: string;
  /** Substrings only the recipient may see (links with a token): hidden everywhere but in the mail sent. */
  secrets?: string[];
  /** A calendar invitation, update (REQUEST) or cancellation (CANCEL): the ICS text (calendars/ics.ts). */
  calendar?: MailCalendar;
}

/** The text/calendar part of a mail: sent as an alternative (Accept/Decline in Outlook and Gmail) and as invite.ics. */
export interface MailCalendar {
  method: 'REQUEST' | 'CANCEL';
  ics: string;
}

/** What the mailbox shows instead of a secret once the mail goes out by SMTP. */
export const HIDDEN_LINK = '[link hidden: sent by SMTP]';

/** `text` with every secret hidden, also where HTML escaping changed it (`&` in a link's query). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const forms = secrets.filter((s) => s.length > 0).flatMap((s) => [s, escapeHtml(s)]);
  // Longest first, so a secret that contains another is hidden whole.
  for (const form of [...new Set(forms)].sort((a, b) => b.length - a.length)) text = text.replaceAll(form, HIDDEN_LINK);
  return text;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Times come from the app's clock, not the database's now(), so replays and tests see one time. */
export async function enqueueMail(q: Queryable, clock: Clock, mail: OutgoingMail): Promise<string> {
  const [id] = await enqueueMails(q, clock.now(), [mail]);
  return id;
}

/** Many mails in the outbox in one statement, each as enqueueMail writes it; their ids, in order. */
export async function enqueueMails(q: Queryable, now: Date, mails: readonly OutgoingMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const rows = mails.map((mail) => {
    const id = crypto.randomUUID();
    const secrets = (mail.secrets ?? []).filter((s) => s.length > 0);
    const sealed = secrets.length > 0;
    const html = mail.html ?? null;
    return {
      id,
      org_id: mail.orgId,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      text_body: redactSecrets(mail.text, secrets),
      html_body: html === null ? null : redactSecrets(html, secrets),
      message_id: `<${id}@embassy.mail>`,
      reply_to: mail.replyTo ?? null,
      sealed_text: sealed ? mail.text : null,
      sealed_html: sealed ? html : null,
      sealed_secrets: sealed ? secrets : null,
      language: mail.lang,
      list_unsubscribe: mail.unsubscribeUrl ?? null,
      calendar_method: mail.calendar?.method ?? null,
      calendar_ics: mail.calendar?.ics ?? null,
    };
  });
  await q.query(
    `insert into mail_outbox (id, org_id, kind, to_address, subject, text_body, html_body, message_id, created_at, next_attempt_at, reply_to,
                              sealed_text, sealed_html, sealed_secrets, language, list_unsubscribe, calendar_method, calendar_ics)
     select m.id, m.org_id, m.kind, m.to_address, m.subject, m.text_body, m.html_body, m.message_id, $1, $1, m.reply_to,
            m.sealed_text, m.sealed_html, m.sealed_secrets, m.language, m.list_unsubscribe, m.calendar_method, m.calendar_ics
       from jsonb_to_recordset($2::jsonb) as m(id uuid, org_id uuid, kind text, to_address text, subject text, text_body text,
            html_body text, message_id text, reply_to text, sealed_text text, sealed_html text, sealed_secrets text[], language text,
            list_unsubscribe text, calendar_method text, calendar_ics text)`,
    [now, JSON.stringify(rows)],
  );
  return rows.map((r) => r.id);
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  message_id: string;
  reply_to: string | null;
  attempts: number;
  secrets: string[] | null;
  language: string | null;
  list_unsubscribe: string | null;
  brand_colour: string | null;
  org_name: string | null;
  calendar_method: 'REQUEST' | 'CANCEL' | null;
  calendar_ics: string | null;
}

/** One mail as a transport gets it; the transport makes its parts and headers (composeMail). */
export interface MailToSend {
  to: string;
  subject: string;
  text: string;
  /** A hand-written HTML part, or null: one is built from the text. */
  html: string | null;
  messageId: string;
  replyTo: string | null;
  lang: string;
  brandColour: string | null;
  orgName: string | null;
  unsubscribeUrl: string | null;
  /** A calendar invitation or cancellation, or null (outbox columns calendar_method, calendar_ics). */
  calendar: MailCalendar | null;
}

export interface MailTransport {
  readonly name: string;
  /** The dev mailbox is where its mail is read, so it keeps sealed bodies; a real transport clears them once sent. */
  readonly keepsSealed?: boolean;
  send(mail: MailToSend): Promise<void>;
}

export function createTransport(ctx: Pick<AppContext, 'config'>): MailTransport {
  const { smtpUrl, mailFrom } = ctx.config;
  if (!smtpUrl) return { name: 'dev-mailbox', keepsSealed: true, send: async () => {} };
  // A pool of connections sends many mails in parallel without reconnecting for each.
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '5');
  const transporter = nodemailer.createTransport(url.toString());
  return {
    name: 'smtp',
    async send(m) {
      const { text, html, headers } = composeMail(m);
      await transporter.sendMail({
        from: mailFrom,
        to: m.to,
        subject: m.subject,
        text,
        html,
        headers,
        messageId: m.messageId,
        ...(m.replyTo ? { replyTo: m.replyTo } : {}),
        // text/calendar;method=... as an alternative part (Outlook and Gmail show Accept/Decline), and as invite.ics.
        ...(m.calendar
          ? {
              icalEvent: { method: m.calendar.method, content: m.calendar.ics },
              attachments: [
                { filename: 'invite.ics', content: m.calendar.ics, contentType: `application/ics; method=${m.calendar.method}` },
              ],
            }
          : {}),
      });
    },
  };
}

const MAX_ATTEMPTS = 8;
const LOCK_SECONDS = 120;
/** Back-off after the n-th failed attempt: 30 s, 1 min, 2 min ... capped at one hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}

/** The pauses before a failed outcome write is tried again (then it fails); tests may shorten them. */
export const writeRetry = { delaysMs: [100, 400] };

/**
 * Runs an outcome write, again after a short pause if it fails (a dropped connection, a deadlock):
 * a write lost means every mail it records is sent again once its lease runs out. Each write must be
 * safe to repeat (it changes only rows still held under the same claim).
 */
export async function retried<T>(write: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await write();
    } catch (err) {
      if (i >= writeRetry.delaysMs.length) throw err;
      await new Promise((r) => setTimeout(r, writeRetry.delaysMs[i]));
    }
  }
}

/**
 * Writes in groups: `write` runs for one group at a time, with every item that arrived while the last
 * one ran. Each item's promise settles once its group is written (or rejects with the group's error).
 */
export function groupWrites<T>(write: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  const waiting: { item: T; resolve(): void; reject(err: unknown): void }[] = [];
  let writing = false;
  const pump = async () => {
    if (writing) return;
    writing = true;
    try {
      while (waiting.length > 0) {
        const group = waiting.splice(0);
        try {
          await write(group.map((w) => w.item));
          for (const w of group) w.resolve();
        } catch (err) {
          for (const w of group) w.reject(err);
        }
      }
    } finally {
      writing = false;
    }
  };
  return (item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      void pump();
    });
}

interface MailOutcome {
  id: string;
  status: 'sent' | 'pending' | 'failed';
  at: Date;
  error: string | null;
  next_attempt_at: Date | null;
  /** No send will follow: the sealed mail is cleared. */
  unseal: boolean;
}

/** Rows found by their ids ($4) through the primary key, not by a join on the JSON's rows (a whole-table scan). */
const MAIL_OUTCOMES_SQL = `
  update mail_outbox m
     set status = o.status, locked_until = null, last_error = o.error,
         sent_at = case when o.status = 'sent' then o.at else m.sent_at end,
         transport = case when o.status = 'sent' then $2 else m.transport end,
         next_attempt_at = coalesce(o.next_attempt_at, m.next_attempt_at),
         sealed_text = case when o.unseal then null else m.sealed_text end,
         sealed_html = case when o.unseal then null else m.sealed_html end,
         sealed_secrets = case when o.unseal then null else m.sealed_secrets end
    from jsonb_to_recordset($1::jsonb) as o(id uuid, status text, at timestamptz, error text, next_attempt_at timestamptz, unseal boolean)
   where m.id = any($4::uuid[]) and m.id = o.id and m.status = 'sending' and m.locked_until = $3`;

/**
 * Claims up to `batch` due rows (FOR UPDATE SKIP LOCKED, so several workers never take the same row),
 * sends them `concurrency` at a time and records the outcomes, those that finish together in one
 * statement (a sender takes its next row once its outcome is written). A row whose worker died is
 * claimed again once its lock expires.
 *
 * A claim is known by its lock's end (locked_until): an outcome is written only where the row is still
 * 'sending' under this claim's lock, so a worker that stalled past it never overwrites the outcome of
 * the worker that took the row over. A send begins only while at least half of the lock is ahead; the
 * rows left unsent are given back at once, without the attempt the claim counted. Once an outcome
 * write has failed (after its retries), nothing more is sent: those rows go back when the lock expires.
 */
export async function sendDueMail(ctx: AppContext, transport: MailTransport, batch = 50, concurrency = 5): Promise<number> {
  const now = ctx.clock.now();
  const lockedUntil = now.getTime() + LOCK_SECONDS * 1000;
  const rows = await ctx.db.query<OutboxRow>(
    `update mail_outbox m set status = 'sending', attempts = m.attempts + 1, locked_until = $2
      where m.id in (
        select id from mail_outbox
         where status in ('pending', 'sending') and next_attempt_at <= $1
           and (locked_until is null or locked_until < $1)
         order by next_attempt_at
         for update skip locked
         limit $3)
      returning m.id, m.to_address, m.subject, coalesce(m.sealed_text, m.text_body) as text_body,
                case when m.sealed_text is null then m.html_body else m.sealed_html end as html_body,
                m.message_id, m.reply_to, m.attempts, m.sealed_secrets as secrets, m.language, m.list_unsubscribe,
                (select o.brand_colour from organisations o where o.id = m.org_id) as brand_colour,
                (select o.name from organisations o where o.id = m.org_id) as org_name, m.calendar_method, m.calendar_ics`,
    [now, new Date(lockedUntil), batch],
  );
  const claimLock = new Date(lockedUntil);
  const record = groupWrites<MailOutcome>((outcomes) =>
    retried(() => ctx.db.query(MAIL_OUTCOMES_SQL, [JSON.stringify(outcomes), transport.name, claimLock, outcomes.map((o) => o.id)])).then(
      () => {},
    ),
  );
  const attempt = async (row: OutboxRow): Promise<MailOutcome> => {
    try {
      await transport.send({
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        messageId: row.message_id,
        replyTo: row.reply_to,
        // (Only mail queued before languages were recorded has none.)
        lang: row.language ?? 'en',
        brandColour: row.brand_colour,
        orgName: row.org_name,
        unsubscribeUrl: row.list_unsubscribe,
        calendar: row.calendar_method && row.calendar_ics ? { method: row.calendar_method, ics: row.calendar_ics } : null,
      });
      return { id: row.id, status: 'sent', at: ctx.clock.now(), error: null, next_attempt_at: null, unseal: !transport.keepsSealed };
    } catch (err) {
      // An SMTP server may quote what it refused: the error is kept and logged without the secrets.
      const message = redactSecrets(err instanceof Error ? err.message : String(err), row.secrets ?? []);
      const failed = row.attempts >= MAX_ATTEMPTS;
      ctx.log.warn('mail not sent', { id: row.id, attempt: row.attempts, error: message });
      const at = ctx.clock.now();
      return {
        id: row.id,
        status: failed ? 'failed' : 'pending',
        at,
        error: message.slice(0, 1000),
        next_attempt_at: new Date(at.getTime() + retryDelaySeconds(row.attempts) * 1000),
        unseal: failed && !transport.keepsSealed,
      };
    }
  };
  let next = 0;
  let failure: unknown = null;
  const skipped: string[] = [];
  const sender = async () => {
    while (next < rows.length && !failure) {
      const row = rows[next++];
      if (ctx.clock.now().getTime() > lockedUntil - (LOCK_SECONDS * 1000) / 2) {
        skipped.push(row.id);
        continue;
      }
      try {
        await record(await attempt(row));
      } catch (err) {
        failure ??= err;
        throw err;
      }
    }
  };
  const senders = await Promise.allSettled(Array.from({ length: Math.min(concurrency, rows.length) }, sender));
  if (skipped.length > 0 && !failure)
    await ctx.db.query(
      `update mail_outbox set status = 'pending', locked_until = null, attempts = attempts - 1
        where id = any($1::uuid[]) and status = 'sending' and locked_until = $2`,
      [skipped, claimLock],
    );
  const broken = senders.find((s) => s.status === 'rejected');
  if (broken) throw broken.reason;
  return rows.length;
}
