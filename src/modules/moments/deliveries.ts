/**
 * Sending due deliveries. A worker claims a batch of rows with FOR UPDATE SKIP LOCKED, so any number
 * of worker processes never take the same row (deliveries.claim.ts), and sends them `concurrency` at
 * a time, as many as its mail transport's pool can carry. Before sending, a delivery is checked
 * again: a date that changed or a person who left cancels it instead (deliveries.perform.ts). Each
 * attempt and error is recorded; failures retry with back-off.
 *
 * Exactly once, and its one limit: a row is sent only while this worker's claim on it holds, and
 * marked sent right after the mail server accepted it (a sender takes its next row only once that is
 * written). If a worker dies in the instant between the server's acceptance and that write, the
 * row's claim expires and it is sent again, with the same Message-ID (derived from the delivery),
 * which mail systems use to recognise the duplicate. Nothing is lost; a duplicate needs a crash in
 * that window, and at most `concurrency` rows of a worker are ever in it.
 */
import type { AppContext } from '../../platform/context.ts';
import { retryDelaySeconds, type MailTransport } from '../../platform/mail.ts';
import { Claim, type Recorded } from './deliveries.claim.ts';
import type { DeliveryContext } from './deliveries.context.ts';
import { perform } from './deliveries.perform.ts';

export { CONTEXT_SQL, cancelReason, deliveryContexts, type DeliveryContext } from './deliveries.context.ts';

/** How long a claim holds before another worker may take the row over (its worker presumed dead). */
const LOCK_SECONDS = 300;
const MAX_ATTEMPTS = 8;
/**
 * Rows per claim. Between two claims the senders stand idle: the last sends of a batch finish one by
 * one, then the next claim and its context are read. 400 rows (under a second of mail) makes that a
 * few percent of the time; at 100 it was a fifth, and one PGlite worker sent 0.62× as fast as bare
 * nodemailer against 0.76× at 400 (npm run bench -- deliveries --quick). A dead worker's rows wait
 * for its claim to expire, however many they are; none is lost.
 */
const CLAIM_BATCH = 400;
/**
 * With several claims in a row, the next is taken once the current one has this many rows per
 * sender left to start: enough mail to cover the claim's two statements (about 50 ms on PGlite).
 */
const PREFETCH_ROUNDS = 8;
/** Claims the worker's drain takes in a row before it gives the outbox and the webhooks their turn. */
export const DRAIN_BATCHES = 10;

/** What a delivery came to: perform's outcome, or its error with the retry it gets. */
async function attempt(ctx: AppContext, transport: MailTransport, d: DeliveryContext): Promise<Recorded> {
  try {
    const out = await perform(ctx, transport, d);
    return {
      id: d.id,
      attempt: d.attempts,
      at: ctx.clock.now(),
      outcome: out.status,
      status: out.status,
      error: out.error ?? null,
      mail: { to: out.to, language: out.language, subject: out.subject, body: out.body },
      invitation: out.invitation,
    };
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    ctx.log.warn('delivery not sent', { id: d.id, attempt: d.attempts, error: message });
    const now = ctx.clock.now();
    return {
      id: d.id,
      attempt: d.attempts,
      at: now,
      outcome: 'error',
      status: d.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
      error: message,
      nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(d.attempts) * 1000),
    };
  }
}

/**
 * Claims and sends up to `batch` due deliveries, `concurrency` at a time, and up to `batches` claims
 * in a row (1 by default). With more than one, the next claim is taken while the last rows of the
 * current one are still to be started, so the senders go on with it without standing idle while
 * it is read; a claim that came back short (fewer rows due than `batch`) ends the run, and so does
 * `signal` once aborted (a worker stopping: the current claim's rows still go out). Each claim
 * keeps its own lease and outcome writes, and a sender still takes its next row only once its
 * outcome is written. Returns how many rows it claimed.
 */
export async function sendDueDeliveries(
  ctx: AppContext,
  transport: MailTransport,
  opts: { batch?: number; concurrency?: number; claimSeconds?: number; batches?: number; signal?: AbortSignal } = {},
): Promise<number> {
  const batch = opts.batch ?? CLAIM_BATCH;
  const concurrency = opts.concurrency ?? 8;
  const take = () => Claim.take(ctx, { batch, claimSeconds: opts.claimSeconds ?? LOCK_SECONDS });
  let claim = await take();
  if (!claim) return 0;
  const claims = [claim];
  let claimsLeft = (opts.batches ?? 1) - 1;
  let next = 0;
  let following: Promise<Claim | null> | null = null;

  /** The next row to send and its claim, moving on to the following claim once this one's rows are all started; null when done. */
  const nextRow = async (): Promise<{ claim: Claim; row: DeliveryContext } | null> => {
    for (;;) {
      if (claims.some((c) => c.failed)) return null;
      const current = claim!;
      const left = current.rows.length - next;
      if (!following && claimsLeft > 0 && !opts.signal?.aborted && current.claimed === batch && left <= concurrency * PREFETCH_ROUNDS) {
        claimsLeft--;
        following = take();
        // Awaited below by the first sender to run out of rows; a rejection is theirs to throw.
        following.catch(() => {});
      }
      if (left > 0) return { claim: current, row: current.rows[next++] };
      if (!following) return null;
      const taken = await following;
      if (claim !== current) continue; // another sender already moved on to it
      following = null;
      if (!taken) {
        claimsLeft = 0;
        return null;
      }
      claim = taken;
      claims.push(taken);
      next = 0;
    }
  };

  const sender = async () => {
    for (let n = await nextRow(); n; n = await nextRow()) {
      if (!(await n.claim.holds(n.row.id))) continue;
      await n.claim.record(await attempt(ctx, transport, n.row));
    }
  };
  const senders = await Promise.allSettled(Array.from({ length: Math.min(concurrency, claim.claimed) }, sender));
  const broken = senders.find((s) => s.status === 'rejected');
  if (broken) throw broken.reason;
  return claims.reduce((sum, c) => sum + c.claimed, 0);
}
