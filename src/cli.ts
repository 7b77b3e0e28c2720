/**
 * embassy <command>. Every command prints a clear message and exits non-zero when something is wrong.
 * On the embedded database only one process may open the data folder: a command that finds the
 * server running says so and changes nothing.
 */
import fs from 'node:fs';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { AppError } from './platform/errors.ts';
import { openContext } from './platform/bootstrap.ts';
import { DataDirLockedError } from './platform/lock.ts';
import { systemActor, ROLES, type Role } from './platform/policy.ts';
import type { AppContext } from './platform/context.ts';
import { createLogger } from './platform/log.ts';
import { migrate } from './db/migrate.ts';
import { startServer } from './server.ts';
import { createOrganisation } from './modules/organisations/organisations.service.ts';
import { getOrganisationBySlug } from './modules/organisations/organisations.repo.ts';
import { addUser, createToken, invite } from './modules/accounts/accounts.service.ts';
import { getUserByEmail } from './modules/accounts/accounts.repo.ts';
import { importPeople } from './modules/people/people.import.ts';
import { seedPeople } from './modules/people/people.seeding.ts';
import { runMoments } from './modules/moments/moments.service.ts';
import { localDate } from './platform/clock.ts';

const HELP = `Usage: embassy <command> [options]

  start                                  Migrate, create the demo on an empty database, serve and run the worker
  migrate                                Apply database migrations
  org create <slug> --name <name>        Create an organisation
  user add --org <slug> --email <email> --role <admin|coordinator|manager|employee> [--password-stdin]
                                         Add a user (without --password-stdin: invite them by mail)
  token create --org <slug> --email <email> [--name <name>]
                                         Create an API token acting as that user (printed on the last line)
  import people <file.csv> --org <slug>  Import people from a CSV file
  moments run --org <slug> [--date YYYY-MM-DD]
                                         Run the daily sweep for a day (default today); prints {"due":N,"created":N}
  seed --org <slug> --employees <N> [--seed <S>]
                                         Fill an organisation with N synthetic people (created if missing)

Settings come from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, SMTP_URL, PUBLIC_URL, EMBASSY_DEMO ...`;

class UsageError extends Error {}

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) flags.set(k, inline);
      else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags.set(k, argv[++i]);
      else flags.set(k, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

function flag(args: Args, name: string): string {
  const v = args.flags.get(name);
  if (typeof v !== 'string' || !v) throw new UsageError(`Missing --${name} <value>.`);
  return v;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function withContext<T>(config: Config, command: string, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const opened = await openContext(config, { command, log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel) });
  try {
    return await fn(opened.ctx);
  } finally {
    await opened.close();
  }
}

async function orgBySlug(ctx: AppContext, slug: string) {
  const org = await getOrganisationBySlug(ctx.db, slug);
  if (!org) throw new UsageError(`No organisation with slug "${slug}". Create it with: embassy org create ${slug} --name "..."`);
  return org;
}

export async function main(argv: string[], out: (s: string) => void = (s) => console.log(s)): Promise<number> {
  const args = parseArgs(argv);
  const [command, sub] = args.positional;
  try {
    if (!command || command === 'help' || args.flags.has('help')) {
      out(HELP);
      return command ? 0 : 1;
    }
    const config = loadConfig();
    switch (command) {
      case 'start': {
        const running = await startServer(config, out);
        const stop = async () => {
          await running.stop();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        await new Promise(() => {}); // run until a signal
        return 0;
      }
      case 'migrate':
        return await withContext(config, 'migrate', async (ctx) => {
          const applied = await migrate(ctx.db);
          out(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
          return 0;
        });
      case 'org': {
        if (sub !== 'create') throw new UsageError('Use: embassy org create <slug> --name <name>');
        const slug = args.positional[2];
        if (!slug) throw new UsageError('Missing the slug: embassy org create <slug> --name <name>');
        const name = flag(args, 'name');
        return await withContext(config, 'org create', async (ctx) => {
          const org = await createOrganisation(ctx, { slug, name });
          out(`Created organisation ${org.slug} (${org.name}).`);
          return 0;
        });
      }
      case 'user': {
        if (sub !== 'add') throw new UsageError('Use: embassy user add --org <slug> --email <email> --role <role> [--password-stdin]');
        const role = flag(args, 'role') as Role;
        if (!ROLES.includes(role)) throw new UsageError(`Unknown role "${role}": use one of ${ROLES.join(', ')}.`);
        const email = flag(args, 'email');
        const slug = flag(args, 'org');
        const password = args.flags.has('password-stdin') ? await readStdin() : undefined;
        return await withContext(config, 'user add', async (ctx) => {
          const org = await orgBySlug(ctx, slug);
          if (password === undefined) {
            const { token } = await invite(ctx, systemActor(org.id), { email, role });
            out(`Invited ${email.toLowerCase()} as ${role}. The invitation mail is queued; the link is:`);
            out(`${config.publicUrl}/invitation#token=${token}`);
          } else {
            const user = await addUser(ctx, systemActor(org.id), { email, role, password });
            out(`Added ${user.email} as ${user.role} to ${org.slug}.`);
          }
          return 0;
        });
      }
      case 'token': {
        if (sub !== 'create') throw new UsageError('Use: embassy token create --org <slug> --email <user email>');
        const slug = flag(args, 'org');
        const email = flag(args, 'email').toLowerCase();
        const name = typeof args.flags.get('name') === 'string' ? (args.flags.get('name') as string) : `cli ${new Date().toISOString().slice(0, 10)}`;
        return await withContext(config, 'token create', async (ctx) => {
          const org = await orgBySlug(ctx, slug);
          const user = await getUserByEmail(ctx.db, org.id, email);
          if (!user) throw new UsageError(`No user ${email} in ${slug}.`);
          const actor = { ...systemActor(org.id), userId: user.id, email: user.email, role: user.role, label: 'cli' };
          const { token } = await createToken(ctx, actor, { name });
          out(`API token "${name}" for ${user.email} (${user.role}). Keep it secret; it is shown only once:`);
          out(token);
          return 0;
        });
      }
      case 'import': {
        if (sub !== 'people') throw new UsageError('Use: embassy import people <file.csv> --org <slug>');
        const file = args.positional[2];
        if (!file) throw new UsageError('Missing the file: embassy import people <file.csv> --org <slug>');
        if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
        const text = fs.readFileSync(file, 'utf8');
        const slug = flag(args, 'org');
        return await withContext(config, 'import', async (ctx) => {
          const org = await orgBySlug(ctx, slug);
          const r = await importPeople(ctx, systemActor(org.id), text);
          out(JSON.stringify(r));
          return 0;
        });
      }
      case 'moments': {
        if (sub !== 'run') throw new UsageError('Use: embassy moments run --org <slug> --date YYYY-MM-DD');
        const slug = flag(args, 'org');
        const date = typeof args.flags.get('date') === 'string' ? (args.flags.get('date') as string) : undefined;
        if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError('--date must be YYYY-MM-DD.');
        return await withContext(config, 'moments run', async (ctx) => {
          const org = await orgBySlug(ctx, slug);
          const summary = await runMoments(ctx, systemActor(org.id), date ?? localDate(ctx.clock.now(), org.time_zone));
          out(JSON.stringify(summary));
          return 0;
        });
      }
      case 'seed': {
        const slug = flag(args, 'org');
        const employees = Number(flag(args, 'employees'));
        if (!Number.isInteger(employees) || employees < 1 || employees > 1_000_000) throw new UsageError('--employees must be a whole number from 1 to 1000000.');
        const seed = typeof args.flags.get('seed') === 'string' ? (args.flags.get('seed') as string) : 'embassy';
        return await withContext(config, 'seed', async (ctx) => {
          const org = (await getOrganisationBySlug(ctx.db, slug)) ?? (await createOrganisation(ctx, { slug, name: slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) }));
          const r = await seedPeople(ctx, org.id, { employees, seed, emailDomain: `${slug}.embassy.test` });
          out(JSON.stringify({ org: org.slug, ...r }));
          return 0;
        });
      }
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${HELP}`);
    }
  } catch (err) {
    const print = (s: string) => process.stderr.write(s + '\n');
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof DataDirLockedError) print(`embassy: ${err.message}`);
    else if (err instanceof AppError) {
      print(`embassy: ${err.detail ?? err.title}`);
      for (const e of err.errors ?? []) {
        print(`  ${e.row !== undefined ? `row ${e.row}, column "${e.column}"` : (e.path ?? '')}: ${e.message}`);
      }
    } else print(`embassy: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  }
}
