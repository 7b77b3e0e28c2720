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

/** Claims and sends up to `batch` due deliveries, `concurrency` at a time. Returns how many it claimed. */
export async function sendDueDeliveries(
  ctx: AppContext,
  transport: MailTransport,
  opts: { batch?: number; concurrency?: number; claimSeconds?: number } = {},
): Promise<number> {
  const claim = await Claim.take(ctx, { batch: opts.batch ?? CLAIM_BATCH, claimSeconds: opts.claimSeconds ?? LOCK_SECONDS });
  if (!claim) return 0;
  const rows = claim.rows;
  let next = 0;
  const sender = async () => {
    while (next < rows.length && !claim.failed) {
      const d = rows[next++];
      if (!(await claim.holds(d.id))) continue;
      await claim.record(await attempt(ctx, transport, d));
    }
  };
  const senders = await Promise.allSettled(Array.from({ length: Math.min(opts.concurrency ?? 8, rows.length) }, sender));
  const broken = senders.find((s) => s.status === 'rejected');
  if (broken) throw broken.reason;
  return claim.claimed;
}
