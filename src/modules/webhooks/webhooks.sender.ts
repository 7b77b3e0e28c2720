/**
 * Sends due webhook deliveries, like the mail outbox: workers claim rows with FOR UPDATE SKIP
 * LOCKED under a time-limited claim, sign each request per Standard Webhooks, POST it (a fixed 10 s
 * deadline for the whole request, only to the address the URL check approved), and record every
 * attempt. One slow receiver does not hold up the others: each endpoint is sent to in its own loop,
 * an endpoint that took 3 s or more gets no more of the pass, and a pass starts no attempt after
 * 20 s; what was claimed but not attempted is given back for the next pass. A 2xx answer
 * delivers; anything else retries on the Standard Webhooks schedule (5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 14 h, 20 h, 24 h: ten attempts over about three and a half days), then the delivery fails.
 *
 * An endpoint is disabled at once when it answers 410 Gone, and when every attempt to it has
 * failed for five days (no success since its first failure, which the failure streak records). Its
 * admins get one mail, in their language, and the audit log an entry; its pending deliveries stop.
 *
 * Exactly once, and its one limit: (endpoint, message) is unique, and a delivery is marked delivered
 * right after the receiver's 2xx. A worker that dies in between lets its claim expire and the row is
 * sent again with the same webhook-id, which receivers use to drop the duplicate.
 */
import crypto from 'node:crypto';
import { audit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { decryptSecret } from '../../platform/encryption.ts';
import { enqueueMails } from '../../platform/mail.ts';
import { postOutbound } from '../../platform/outbound.ts';
import type { Queryable } from '../../db/db.ts';
import * as repo from './webhooks.repo.ts';
import { endpointDisabledMail, type DisableReason } from './webhooks.mails.ts';
import { webhookHeaders, webhookId } from './webhooks.sign.ts';
import { urlHint } from './webhooks.url-hint.ts';

/** Seconds to wait after failed attempt n (1-based); after the last, the delivery has failed. */
export const RETRY_SCHEDULE_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];
export const MAX_ATTEMPTS = RETRY_SCHEDULE_SECONDS.length + 1;
/** Every attempt failing for this long disables the endpoint. */
export const DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;
/** The deadline of one request, whatever the receiver does (see postOutbound). */
const TIMEOUT_MS = 10_000;
/** An attempt this slow ends its endpoint's share of the pass; its other deliveries wait for the next. */
const SLOW_MS = 3_000;
/** After this, a pass starts no new attempts: a pass lasts at most about PASS_MS + TIMEOUT_MS. */
const PASS_MS = 20_000;
/** How long a claim holds before another worker may take the row over (its worker presumed dead). */
const LOCK_SECONDS = 300;

interface Claimed {
  id: string;
  org_id: string;
  endpoint_id: string;
  message_id: string;
  attempts: number;
  body: string;
  url: string;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: Date | null;
}

const CLAIMED_SQL = `select d.id, d.org_id, d.endpoint_id, d.message_id, d.attempts, m.payload::text as body,
    e.url, e.secret_sealed, e.previous_secret_sealed, e.previous_secret_expires_at
  from webhook_deliveries d join webhook_messages m on m.id = d.message_id join webhook_endpoints e on e.id = d.endpoint_id`;

/** Claims and sends up to `batch` due deliveries, to `concurrency` endpoints at a time. Returns how many it claimed. */
export async function sendDueWebhooks(
  ctx: AppContext,
  opts: { batch?: number; concurrency?: number; slowMs?: number; passMs?: number } = {},
): Promise<number> {
  const now = ctx.clock.now();
  const token = crypto.randomUUID();
  const claimed = await ctx.db.query<{ id: string }>(
    `update webhook_deliveries d set status = 'sending', attempts = d.attempts + 1, locked_until = $2, claim_token = $4
      where d.id in (
        select wd.id from webhook_deliveries wd join webhook_endpoints e on e.id = wd.endpoint_id and e.enabled
         where wd.status in ('pending', 'sending') and wd.next_attempt_at <= $1 and (wd.locked_until is null or wd.locked_until < $1)
         order by wd.next_attempt_at
         for update of wd skip locked
         limit $3)
      returning d.id`,
    [now, new Date(now.getTime() + LOCK_SECONDS * 1000), opts.batch ?? 50, token],
  );
  if (claimed.length === 0) return 0;
  const rows = await ctx.db.query<Claimed>(`${CLAIMED_SQL} where d.id = any($1::uuid[]) order by d.next_attempt_at`, [
    claimed.map((c) => c.id),
  ]);
  // Each endpoint has its own loop (one request at a time to it), `concurrency` endpoints at once.
  const queues = new Map<string, Claimed[]>();
  for (const d of rows) queues.set(d.endpoint_id, [...(queues.get(d.endpoint_id) ?? []), d]);
  const waiting = [...queues.values()];
  const passEnds = performance.now() + (opts.passMs ?? PASS_MS);
  const putBack: string[] = [];
  const work = async () => {
    for (let queue = waiting.shift(); queue; queue = waiting.shift()) {
      for (let i = 0; i < queue.length; i++) {
        const d = queue[i];
        // Past the pass's time, new attempts wait for the next pass.
        if (performance.now() >= passEnds) {
          putBack.push(...queue.slice(i).map((q) => q.id));
          break;
        }
        // Still ours? A claim that expired while this worker was slow may have been taken over;
        // renewing it here keeps it ours for this attempt.
        const [held] = await ctx.db.query(
          `update webhook_deliveries set locked_until = $3 where id = $1 and claim_token = $2 and status = 'sending' returning id`,
          [d.id, token, new Date(ctx.clock.now().getTime() + LOCK_SECONDS * 1000)],
        );
        if (!held) continue;
        // A slow endpoint gets no more of this pass: the others are not kept waiting behind it.
        if ((await attempt(ctx, d, token, false)) >= (opts.slowMs ?? SLOW_MS)) {
          putBack.push(...queue.slice(i + 1).map((q) => q.id));
          break;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, waiting.length) }, work));
  if (putBack.length) {
    // Not attempted: the claim and its count are given back, and the next pass takes them.
    await ctx.db.query(
      `update webhook_deliveries set status = 'pending', attempts = attempts - 1, locked_until = null, claim_token = null
        where id = any($1::uuid[]) and claim_token = $2 and status = 'sending'`,
      [putBack, token],
    );
  }
  return claimed.length;
}

/** One attempt of a delivery an admin asked for (test, replay), already claimed with `token`. */
export async function attemptNow(ctx: AppContext, orgId: string, deliveryId: string, token: string): Promise<void> {
  const [row] = await ctx.db.query<Claimed>(`${CLAIMED_SQL} where d.org_id = $1 and d.id = $2 and d.claim_token = $3`, [
    orgId,
    deliveryId,
    token,
  ]);
  if (row) await attempt(ctx, row, token, true);
}

export const CLAIM_SECONDS = LOCK_SECONDS;

function secretsOf(ctx: AppContext, d: Claimed): string[] {
  const purpose = `webhook:${d.endpoint_id}`;
  const secrets = [decryptSecret(ctx.config, d.secret_sealed, purpose)];
  if (d.previous_secret_sealed && d.previous_secret_expires_at && d.previous_secret_expires_at > ctx.clock.now())
    secrets.push(decryptSecret(ctx.config, d.previous_secret_sealed, purpose));
  return secrets;
}

/**
 * Sends one claimed delivery and records the outcome; a manual attempt that fails does not retry.
 * Answers how long the request took (ms).
 */
async function attempt(ctx: AppContext, d: Claimed, token: string, manual: boolean): Promise<number> {
  const at = ctx.clock.now();
  const started = performance.now();
  let status: number | null = null;
  let excerpt: string | null = null;
  let error: string | null = null;
  try {
    const headers = webhookHeaders(secretsOf(ctx, d), webhookId(d.message_id), at, d.body);
    const res = await postOutbound(ctx.config, d.url, d.body, headers, TIMEOUT_MS);
    status = res.status;
    excerpt = res.excerpt;
    if (status < 200 || status > 299) error = `HTTP ${status}`;
  } catch (err) {
    error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
  }
  const durationMs = Math.round(performance.now() - started);
  const now = ctx.clock.now();
  const ok = error === null;
  await ctx.db.transaction(async (tx) => {
    let outcome: 'delivered' | 'failed' | 'pending';
    if (ok) outcome = 'delivered';
    else if (manual || status === 410 || d.attempts >= MAX_ATTEMPTS) outcome = 'failed';
    else outcome = 'pending';
    const nextAt = outcome === 'pending' ? new Date(now.getTime() + RETRY_SCHEDULE_SECONDS[d.attempts - 1] * 1000) : now;
    const [mine] = await tx.query(
      `with u as (
         update webhook_deliveries set status = $3, last_status = $4, last_error = $5, next_attempt_at = $6,
                delivered_at = case when $3 = 'delivered' then $7::timestamptz else delivered_at end, locked_until = null, claim_token = null
          where id = $1 and claim_token = $2 returning id)
       insert into webhook_attempts (delivery_id, attempt, at, status, error, duration_ms, response_excerpt)
       select id, $8, $9, $4, $5, $10, $11 from u returning delivery_id`,
      [d.id, token, outcome, status, error, nextAt, now, d.attempts, at, durationMs, excerpt],
    );
    // Taken over by another worker after our claim expired: that worker records its own outcome.
    if (!mine) return;
    if (ok) {
      await tx.query(`update webhook_endpoints set failure_streak = 0, first_failure_at = null where id = $1`, [d.endpoint_id]);
      return;
    }
    const [ep] = await tx.query<{ enabled: boolean; first_failure_at: Date; url: string }>(
      `update webhook_endpoints set first_failure_at = coalesce(first_failure_at, $2),
              failure_streak = failure_streak + case when $3 then 1 else 0 end
        where id = $1 returning enabled, first_failure_at, url`,
      [d.endpoint_id, at, outcome === 'failed'],
    );
    if (!ep.enabled) {
      // Disabled while this attempt was under way: it stops with the others.
      if (outcome === 'pending') await repo.cancelPending(tx, d.org_id, d.endpoint_id, now);
      return;
    }
    if (status === 410) await autoDisable(ctx, tx, d.org_id, d.endpoint_id, ep.url, 'gone');
    else if (now.getTime() - ep.first_failure_at.getTime() >= DISABLE_AFTER_MS)
      await autoDisable(ctx, tx, d.org_id, d.endpoint_id, ep.url, 'failing');
  });
  if (!ok) ctx.log.warn('webhook not delivered', { id: d.id, attempt: d.attempts, error });
  return durationMs;
}

async function autoDisable(ctx: AppContext, tx: Queryable, orgId: string, endpointId: string, url: string, reason: DisableReason) {
  if (!(await repo.disableEndpoint(tx, orgId, endpointId, reason, ctx.clock.now()))) return;
  const admins = await repo.adminRecipients(tx, orgId);
  const link = `${ctx.config.publicUrl}/settings/integrations/webhooks/${endpointId}`;
  await enqueueMails(
    tx,
    ctx.clock.now(),
    admins.map((a) => endpointDisabledMail({ orgId, orgName: a.org_name, to: a.email, lang: a.language, url, reason, link })),
  );
  await audit(tx, ctx.clock, {
    orgId,
    actorLabel: 'Embassy',
    action: 'webhooks.auto_disable',
    targetType: 'webhook_endpoint',
    targetId: endpointId,
    details: { url: urlHint(url), reason },
  });
}
