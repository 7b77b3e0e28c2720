import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './log.ts';

/** What every service receives: the database, the time, the settings and a logger. No globals. */
export interface AppContext {
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
}
