/** `embassy start`: migrations, the demo on an empty database, the HTTP server and the worker. */
import { serve, type ServerType } from '@hono/node-server';
import type { Config } from './config.ts';
import type { Clock } from './platform/clock.ts';
import { createApp } from './app.ts';
import { openContext } from './platform/bootstrap.ts';
import { startWorker, type Worker } from './worker.ts';
import { assertDemoPassword, ensureDemo } from './demo.ts';
import { isLocalUrl } from './platform/local-url.ts';
import type { Logger } from './platform/log.ts';
import type { Queryable } from './db/db.ts';
import { foldDisagreement } from './modules/people/people.search.ts';

export interface Running {
  url: string;
  stop(): Promise<void>;
}

export async function startServer(
  config: Config,
  out: (line: string) => void = console.log,
  opts: { clock?: Clock } = {},
): Promise<Running> {
  const url = config.publicUrl;
  // A demo password the policy refuses stops the start before the database is even opened.
  if (config.demo) assertDemoPassword(config.demoPassword);
  // Tests pass a clock they control; the product runs on the system clock.
  const opened = await openContext(config, { command: 'start', url, clock: opts.clock });
  const { ctx } = opened;
  warnIfDevMailboxIsReachable(config, ctx.log);
  try {
    if (config.role !== 'worker') await warnIfNamesFoldDifferently(ctx.db, ctx.log);
    if (config.demo) {
      const demo = await ensureDemo(ctx);
      if (demo) {
        out(`Created the demo organisation "demo" with ${demo.people} people.`);
        out(
          demo.generatedPassword
            ? `Sign in as ${demo.email} with the password ${demo.generatedPassword}\n(shown only this once; set EMBASSY_DEMO_PASSWORD to choose it)`
            : `Sign in as ${demo.email} with the password from EMBASSY_DEMO_PASSWORD.`,
        );
      }
    }
  } catch (err) {
    await opened.close();
    throw err;
  }

  let server: ServerType | undefined;
  let worker: Worker | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  if (config.role !== 'worker') {
    app = createApp(ctx);
    const fetch = app.fetch;
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch, port: config.port, hostname: config.host }, () => resolve(s));
      s.once('error', reject);
    }).catch(async (err: NodeJS.ErrnoException) => {
      await opened.close();
      if (err.code === 'EADDRINUSE') throw new Error(`Port ${config.port} on ${config.host} is in use: set PORT to another port.`);
      throw err;
    });
    out(`Embassy is running at ${url} (database: ${ctx.db.engine === 'pglite' ? `embedded, in ${config.dataDir}` : 'PostgreSQL'})`);
  }
  if (config.role !== 'web') worker = startWorker(ctx);

  return {
    url,
    async stop() {
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      await worker?.stop();
      await app?.close();
      await opened.close();
    },
  };
}

/**
 * Without SMTP_URL every mail, reset and invitation links included, stays in the dev mailbox that
 * admins read: fine on a developer's machine, an account takeover waiting to happen on a real one.
 */
export function warnIfDevMailboxIsReachable(config: Pick<Config, 'smtpUrl' | 'publicUrl'>, log: Logger): boolean {
  if (config.smtpUrl || isLocalUrl(config.publicUrl)) return false;
  log.warn(
    'SMTP_URL is not set: no mail is sent, and the dev mailbox shows every mail whole, password reset and invitation links included, to admins. ' +
      'It is meant for development and demos; set SMTP_URL before people use this installation.',
    { publicUrl: config.publicUrl },
  );
  return true;
}

/**
 * Name search folds what people type in JavaScript and the names in the database (the search_text
 * column): on a database whose locale lowers letters otherwise, "elise" does not find ÉLISE. Nobody
 * is shown who should not be, but people are missed: say so at start, with what fixes it.
 */
export async function warnIfNamesFoldDifferently(db: Queryable, log: Logger, collation?: string): Promise<string[]> {
  const letters = await foldDisagreement(db, collation);
  if (!letters.length) return letters;
  const [locale] = await db.query<{ ctype: string }>('select datctype as ctype from pg_database where datname = current_database()');
  log.warn(
    `This database lowers ${letters.length} letters otherwise than Embassy's name search (${letters.slice(0, 8).join(' ')}${letters.length > 8 ? ' ...' : ''}): ` +
      'people whose names hold them are not found by what others type for them. ' +
      'Create the database with a UTF-8 libc locale (createdb --template=template0 --locale=C.UTF-8, plus --locale-provider=libc on PostgreSQL 15 and later) and restore a backup into it: see the README, Searching the directory.',
    { locale: collation ?? locale?.ctype, letters: letters.join('') },
  );
  return letters;
}
