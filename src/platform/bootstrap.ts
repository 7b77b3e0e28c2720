/** Opening the product's context from configuration: database (locked if embedded), migrations. */
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open.ts';
import { systemClock, type Clock } from './clock.ts';
import type { AppContext } from './context.ts';
import { acquireDataDirLock } from './lock.ts';
import { createLogger, type Logger } from './log.ts';

export interface Opened {
  ctx: AppContext;
  close(): Promise<void>;
}

export async function openContext(
  config: Config,
  opts: { command: string; url?: string; clock?: Clock; log?: Logger; migrate?: boolean } = { command: 'start' },
): Promise<Opened> {
  const release = config.databaseUrl ? () => {} : acquireDataDirLock(config.dataDir, { command: opts.command, url: opts.url });
  let db: Db;
  try {
    db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (err) {
    release();
    throw err;
  }
  const ctx: AppContext = { db, clock: opts.clock ?? systemClock, config, log: opts.log ?? createLogger(config.logLevel) };
  if (opts.migrate !== false) {
    const applied = await migrate(db);
    if (applied.length) ctx.log.info('migrations applied', { applied });
  }
  return {
    ctx,
    async close() {
      await db.close().catch(() => {});
      release();
    },
  };
}
