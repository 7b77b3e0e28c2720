/**
 * The background worker: a loop that sends due mail and tidies up. Safe to run in any number of
 * processes at once: every claim goes through SKIP LOCKED.
 */
import type { AppContext } from './context.ts';
import { createTransport, sendDueMail } from './mail.ts';
import { pruneRateLimits } from './rate-limit.ts';

export interface Worker {
  stop(): Promise<void>;
  /** Runs one pass now (tests and the CLI use it). */
  tick(): Promise<void>;
}

export function startWorker(ctx: AppContext, opts: { intervalMs?: number } = {}): Worker {
  const transport = createTransport(ctx);
  const interval = opts.intervalMs ?? 1000;
  let stopped = false;
  let lastPrune = 0;

  const tick = async () => {
    // Drain: keep sending while full batches come back.
    while (!stopped && (await sendDueMail(ctx, transport)) > 0) {
      /* next batch */
    }
    if (Date.now() - lastPrune > 3600_000) {
      lastPrune = Date.now();
      await pruneRateLimits(ctx.db, ctx.clock);
      await ctx.db.query(`delete from sessions where expires_at < $1`, [ctx.clock.now()]);
    }
  };

  const loop = async () => {
    while (!stopped) {
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
      stopped = true;
      await running;
    },
  };
}
