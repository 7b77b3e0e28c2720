/**
 * One Embassy process for the scale-out test: `embassy start` as the product runs it (startServer),
 * with its role (EMBASSY_ROLE=web|worker), port and database from the environment. Writes "ready"
 * once it serves (web) or works (worker); stops cleanly on SIGTERM.
 */
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/server.ts';

const running = await startServer(loadConfig(), () => {});
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void running.stop().finally(() => process.exit(0));
});
