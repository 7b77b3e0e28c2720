/**
 * The background worker: sends due mail and deliveries, runs each organisation's daily sweep once
 * its local day has begun, and tidies up. Safe to run in any number of processes at once: every
 * claim goes through SKIP LOCKED and every sweep write is unique.
 */
import { analyzeGrownTables } from './db/statistics.ts';
import type { AppContext } from './platform/context.ts';
import { createTransport, sendDueMail, type MailTransport } from './platform/mail.ts';
import { pruneRateLimits } from './platform/rate-limit.ts';
import { pruneFailures } from './platform/throttle.ts';
import { DRAIN_BATCHES, sendDueDeliveries } from './modules/moments/deliveries.ts';
import { sweepDueOrganisations } from './modules/moments/moments.service.ts';
import { pruneFormTokens } from './modules/ambassadors/questions.service.ts';
import { pruneSurveyResponses } from './modules/surveys/retention.ts';
import { sendDueReminders } from './modules/surveys/reminders.ts';
import { emitSurveysClosedByDate } from './modules/surveys/completed.ts';
import { sendDueWebhooks } from './modules/webhooks/webhooks.sender.ts';
import { pruneWebhookLog } from './modules/webhooks/webhooks.retention.ts';
import { reconcileCalendarInvitations } from './modules/calendars/reconcile.ts';
import { processInvitationBatches } from './modules/accounts/bulk-invitations.service.ts';
import { sendEventReminders } from './modules/community/events.reminders.ts';
import { sendEventFollowUps } from './modules/community/events.mails.ts';
import { sendCommunityDigests } from './modules/community/exchange.digest.ts';
import { sweepDueAnniversaries } from './modules/community/milestones.service.ts';
import { sendWelcomes } from './modules/community/welcome.ts';

export interface Worker {
  stop(): Promise<void>;
  /** Runs one pass now (tests and the CLI use it). */
  tick(): Promise<void>;
}

export function startWorker(ctx: AppContext, opts: { intervalMs?: number; transport?: MailTransport; sweepEveryMs?: number } = {}): Worker {
  const transport = opts.transport ?? createTransport(ctx);
  const interval = opts.intervalMs ?? 1000;
  const sweepEvery = opts.sweepEveryMs ?? 60_000;
  /** Aborted by stop(): no further pass, and the drain takes no further claim (the current one's rows still go out). */
  const stopping = new AbortController();
  let lastPrune = 0;
  let lastSweep = 0;
  let lastReconcile = 0;
  /** A minute after start, not during it (a first start's tables have barely anything to analyze). */
  let lastAnalyze = Date.now();

  const tick = async () => {
    if (Date.now() - lastSweep >= sweepEvery) {
      lastSweep = Date.now();
      for (const s of await sweepDueOrganisations(ctx)) ctx.log.info('daily sweep', { ...s });
    }
    // Survey reminders go to the outbox, which the drain below sends.
    await sendDueReminders(ctx);
    await sendEventReminders(ctx);
    await sendEventFollowUps(ctx);
    await sendCommunityDigests(ctx);
    // New ambassadors' welcome mails (outbox), and each organisation's anniversaries once its local day began.
    await sendWelcomes(ctx);
    for (const s of await sweepDueAnniversaries(ctx)) if (s.posted) ctx.log.info('milestone sweep', { ...s });
    // Surveys whose closing time passed: their survey.completed webhook event (sent by the drain below).
    await emitSurveysClosedByDate(ctx);
    // Calendar updates and cancellations go to the outbox, which the drain below sends. Each pass reads
    // every invitation still to come: once a minute (like the sweep) is soon enough for a changed date.
    if (Date.now() - lastReconcile >= sweepEvery) {
      lastReconcile = Date.now();
      await reconcileCalendarInvitations(ctx);
    }
    // Bulk invitations write their invitations and mails in chunks; the drain below sends the mails.
    await processInvitationBatches(ctx);
    // Drain: keep sending while work comes back.
    while (
      !stopping.signal.aborted &&
      (await sendDueDeliveries(ctx, transport, { batches: DRAIN_BATCHES, signal: stopping.signal })) +
        (await sendDueMail(ctx, transport)) +
        (await sendDueWebhooks(ctx)) >
        0
    ) {
      /* next batch */
    }
    // PGlite runs no autovacuum: the tables that grew get fresh planner statistics (db/statistics.ts).
    if (ctx.db.engine === 'pglite' && Date.now() - lastAnalyze >= sweepEvery) {
      lastAnalyze = Date.now();
      const tables = await analyzeGrownTables(ctx.db);
      if (tables.length > 0) ctx.log.info('analyzed', { tables });
    }
    if (Date.now() - lastPrune > 3600_000) {
      lastPrune = Date.now();
      await pruneRateLimits(ctx.db, ctx.clock);
      await pruneFormTokens(ctx.db, ctx.clock);
      await pruneFailures(ctx.db, ctx.clock);
      await pruneSurveyResponses(ctx);
      await pruneWebhookLog(ctx);
      await ctx.db.query(`delete from sessions where expires_at < $1`, [ctx.clock.now()]);
    }
  };

  const loop = async () => {
    while (!stopping.signal.aborted) {
      try {
        await tick();
      } catch (err) {
        ctx.log.error('worker pass failed', { error: err instanceof Error ? err.message : String(err) });
      }
      await new Promise((r) => setTimeout(r, interval).unref());
    }
  };
  const running = loop();
  return {
    tick,
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
