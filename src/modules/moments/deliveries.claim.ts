/**
 * A worker's claim on a batch of deliveries, and every write made under it (004_delivery_claims.sql).
 *
 * - The claim: one statement takes up to `batch` due rows (FOR UPDATE SKIP LOCKED, so two workers
 *   never take the same row), marks them 'sending' under a token of this batch and a lease
 *   (locked_until); a second one reads their facts.
 * - Still ours? A row is sent only while its lease is at most a second old (REFRESH_MS). When it is
 *   older, one statement extends it for every row of the batch not yet recorded (those waiting and
 *   those in flight) where the token is still ours; a row another worker took over in the meantime
 *   (its lease had expired: this worker was stalled) or deleted since the claim (a person erased, a
 *   journey or step removed) is dropped, never sent. At most one such statement a second a batch.
 * - The outcome: each row's outcome is recorded under the token, with its attempt and calendar
 *   invitation. Outcomes that finish while a write is running are recorded together by the next
 *   one: one statement for all of them. A sender waits for its outcome's write before it takes its
 *   next row, so no more mails are ever sent but not yet recorded than there are senders.
 *
 * - An outcome write that fails is tried again after a short pause (retried); only then does the
 *   batch stop.
 *
 * All of a batch's writes run one after the other, never two at once (no lock waits between them).
 */
import crypto from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { retried } from '../../platform/mail.ts';
import type { InvitationRecord } from '../calendars/invitations.service.ts';
import { deliveryContexts, type DeliveryContext } from './deliveries.context.ts';

/**
 * A row's lease is checked again (and extended) before a send once it is older than this: a row
 * deleted since (its person erased, its step removed) is not sent from the facts held in memory.
 */
const REFRESH_MS = 1000;

/** One delivery's outcome as recorded: sent, cancelled, or an error (then pending again, or failed). */
export interface Recorded {
  id: string;
  /** The attempt this was (deliveries.attempts, counted by the claim). */
  attempt: number;
  at: Date;
  outcome: 'sent' | 'cancelled' | 'error';
  status: 'sent' | 'cancelled' | 'pending' | 'failed';
  error: string | null;
  /** Sent or cancelled: what went out (addresses, language, subject, body). */
  mail?: { to: string[]; language: string | null; subject: string; body: string };
  /** An error: when the next attempt is due. */
  nextAttemptAt?: Date;
  invitation?: InvitationRecord;
}

/**
 * The outcomes of a group in one statement: each delivery's row, its attempt, and (`withInvitations`)
 * its calendar invitation; a group without one skips that part, which would otherwise cost every
 * write a join and an insert (a seventh of the statement on PGlite). The rows are found by their
 * ids ($3) through the primary key: joined only on the JSON's rows (which the planner guesses at
 * 100), the update would scan the whole table for every group.
 */
function outcomesSql(withInvitations: boolean): string {
  const invitationColumns = withInvitations
    ? `, uid text, starts_at timestamptz, ends_at timestamptz, attendees text[], inv_language text, location text`
    : '';
  const invitations = withInvitations
    ? `,
  ci as (
    insert into calendar_invitations (org_id, delivery_id, person_id, uid, sequence, starts_at, ends_at, attendees, language, location, created_at, updated_at)
    select u.org_id, u.id, u.person_id, o.uid, 0, o.starts_at, o.ends_at, o.attendees, o.inv_language, o.location, o.at, o.at
      from u join o on o.id = u.id
     where o.uid is not null
    on conflict (delivery_id) do nothing)`
    : '';
  return `
  with o as (
    select * from jsonb_to_recordset($1::jsonb) as o(id uuid, attempt int, at timestamptz, outcome text, status text, error text,
           mail boolean, to_addresses text[], language text, subject text, body text, next_attempt_at timestamptz${invitationColumns})),
  u as (
    update deliveries d
       set status = o.status, locked_until = null, claim_token = null, last_error = o.error,
           sent_at = case when o.status = 'sent' then o.at else d.sent_at end,
           to_addresses = case when o.mail then o.to_addresses else d.to_addresses end,
           language = case when o.mail then o.language else d.language end,
           subject = case when o.mail then o.subject else d.subject end,
           body = case when o.mail then o.body else d.body end,
           next_attempt_at = coalesce(o.next_attempt_at, d.next_attempt_at)
      from o
     where d.id = any($3::uuid[]) and d.id = o.id and d.claim_token = $2
    returning d.id, d.org_id, d.person_id)${invitations}
  insert into delivery_attempts (delivery_id, attempt, at, outcome, error)
  select u.id, o.attempt, o.at, o.outcome, o.error from u join o on o.id = u.id`;
}
const OUTCOMES_SQL = { plain: outcomesSql(false), withInvitations: outcomesSql(true) };

function outcomeRow(r: Recorded) {
  const inv = r.invitation;
  return {
    id: r.id,
    attempt: r.attempt,
    at: r.at,
    outcome: r.outcome,
    status: r.status,
    error: r.error,
    mail: !!r.mail,
    to_addresses: r.mail?.to ?? null,
    language: r.mail?.language ?? null,
    subject: r.mail?.subject ?? null,
    body: r.mail?.body ?? null,
    next_attempt_at: r.nextAttemptAt ?? null,
    uid: inv?.uid ?? null,
    starts_at: inv?.startsAt ?? null,
    ends_at: inv?.endsAt ?? null,
    attendees: inv?.attendees ?? null,
    inv_language: inv?.language ?? null,
    location: inv?.location ?? null,
  };
}

interface Waiting {
  row: Recorded;
  resolve(): void;
  reject(err: unknown): void;
}

/** A batch claimed by this worker: its rows' facts, the lease check before each send, and the outcome writes. */
export class Claim {
  /** Rows still ours and not yet recorded. */
  private readonly open: Set<string>;
  private leaseFrom: number;
  private readonly waiting: Waiting[] = [];
  private refresh: { promise: Promise<void>; resolve(): void; reject(err: unknown): void } | null = null;
  private writing = false;
  private failure: unknown = null;

  private constructor(
    private readonly ctx: AppContext,
    private readonly token: string,
    private readonly claimSeconds: number,
    /** How many rows the claim took (a row deleted since is not among `rows`). */
    readonly claimed: number,
    readonly rows: DeliveryContext[],
    leaseFrom: Date,
  ) {
    this.open = new Set(rows.map((r) => r.id));
    this.leaseFrom = leaseFrom.getTime();
  }

  /** Claims up to `batch` due deliveries for this worker, or null when none is due. */
  static async take(ctx: AppContext, opts: { batch: number; claimSeconds: number }): Promise<Claim | null> {
    const now = ctx.clock.now();
    const token = crypto.randomUUID();
    const claimed = await ctx.db.query<{ id: string }>(
      `update deliveries d set status = 'sending', attempts = d.attempts + 1, locked_until = $2, claim_token = $4
        where d.id in (
          select id from deliveries
           where status in ('pending', 'sending') and next_attempt_at <= $1 and (locked_until is null or locked_until < $1)
           order by next_attempt_at
           for update skip locked
           limit $3)
        returning d.id`,
      [now, new Date(now.getTime() + opts.claimSeconds * 1000), opts.batch, token],
    );
    if (claimed.length === 0) return null;
    const rows = await deliveryContexts(
      ctx.db,
      claimed.map((c) => c.id),
    );
    return new Claim(ctx, token, opts.claimSeconds, claimed.length, rows, now);
  }

  /** Whether a write of this batch failed: then nothing more is sent (its rows go back once their lease expires). */
  get failed(): unknown {
    return this.failure;
  }

  /** Whether `id` may be sent now: still ours and still there, checked within the last second (extended first if need be). */
  async holds(id: string): Promise<boolean> {
    if (this.failure) return false;
    const age = this.ctx.clock.now().getTime() - this.leaseFrom;
    if (age > Math.min(REFRESH_MS, this.claimSeconds * 100) && this.open.has(id)) {
      if (!this.refresh) {
        let resolve!: () => void, reject!: (err: unknown) => void;
        const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
        this.refresh = { promise, resolve, reject };
        void this.pump();
      }
      await this.refresh.promise;
    }
    return !this.failure && this.open.has(id);
  }

  /** Records an outcome; resolves once it is written (with the others that finished meanwhile). */
  record(row: Recorded): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      void this.pump();
    });
  }

  /** Runs the batch's writes one at a time: a wanted lease extension first, then every outcome waiting. */
  private async pump(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.refresh || this.waiting.length > 0) {
        if (this.refresh) {
          const r = this.refresh;
          try {
            await this.extend();
            r.resolve();
          } catch (err) {
            this.failure ??= err;
            r.reject(err);
          }
          this.refresh = null;
          continue;
        }
        // One turn of the event loop first: sends that finished in the same turn join the group.
        await new Promise((r) => setImmediate(r));
        const group = this.waiting.splice(0);
        try {
          const json = JSON.stringify(group.map((w) => outcomeRow(w.row)));
          const ids = group.map((w) => w.row.id);
          const sql = group.some((w) => w.row.invitation) ? OUTCOMES_SQL.withInvitations : OUTCOMES_SQL.plain;
          await retried(() => this.ctx.db.query(sql, [json, this.token, ids]));
          for (const w of group) this.open.delete(w.row.id);
          for (const w of group) w.resolve();
        } catch (err) {
          this.failure ??= err;
          for (const w of group) w.reject(err);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  /** A fresh lease for every row not yet recorded that is still ours; the others are dropped. */
  private async extend(): Promise<void> {
    const now = this.ctx.clock.now();
    const held = await this.ctx.db.query<{ id: string }>(
      `update deliveries set locked_until = $3 where id = any($1::uuid[]) and claim_token = $2 and status = 'sending' returning id`,
      [[...this.open], this.token, new Date(now.getTime() + this.claimSeconds * 1000)],
    );
    const still = new Set(held.map((h) => h.id));
    for (const id of this.open) if (!still.has(id)) this.open.delete(id);
    this.leaseFrom = now.getTime();
  }
}
