/**
 * One worker process for the crash test: sends due deliveries until killed. Settings from the
 * environment: DATABASE_URL, SMTP_URL, CLAIM_SECONDS.
 */
import { loadConfig } from '../../src/config.ts';
import { openPostgres } from '../../src/db/postgres.ts';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { createTransport } from '../../src/platform/mail.ts';
import { silentLogger } from '../../src/platform/log.ts';

const config = loadConfig();
const db = await openPostgres(config.databaseUrl!, { max: 4 });
const ctx = { db, clock: systemClock, config, log: silentLogger };
const transport = createTransport(ctx);
const claimSeconds = Number(process.env.CLAIM_SECONDS ?? '2');
process.stdout.write('ready\n');
for (;;) {
  // Several claims in a row, as the worker's drain takes them: the next one is claimed before the last rows go out.
  const n = await sendDueDeliveries(ctx, transport, { batch: 50, concurrency: 4, claimSeconds, batches: 5 });
  if (n === 0) await new Promise((r) => setTimeout(r, 50));
}
