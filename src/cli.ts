/**
 * embassy <command>. Every command prints a clear message and exits non-zero when something is wrong.
 * On the embedded database only one process may open the data folder: a command that finds the
 * server running says so and changes nothing.
 */
import fs from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { AppError } from './platform/errors.ts';
import { openContext } from './platform/bootstrap.ts';
import { DataDirLockedError } from './platform/lock.ts';
import { systemActor, ASSIGNABLE_ROLES as ROLES, type AssignableRole as Role } from './platform/policy.ts';
import type { AppContext } from './platform/context.ts';
import { createLogger } from './platform/log.ts';
import { migrate } from './db/migrate.ts';
import { startServer } from './server.ts';
import { createOrganisation } from './modules/organisations/organisations.service.ts';
import { getOrganisationBySlug } from './modules/organisations/organisations.repo.ts';
import { addUser, invite } from './modules/accounts/accounts.service.ts';
import { createToken } from './modules/accounts/tokens.service.ts';
import { getUserByEmail } from './modules/accounts/accounts.repo.ts';
import { importPeople } from './modules/people/people.import.ts';
import { seedPeople } from './modules/people/people.seeding.ts';
import { runMoments } from './modules/moments/moments.service.ts';
import { localDate } from './platform/clock.ts';

const SETTINGS = 'Settings come from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, SMTP_URL, PUBLIC_URL, EMBASSY_DEMO ...';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

/** One command: its words, its options (node:util parseArgs, strict), its help, what it does. */
interface Command {
  words: [string] | [string, string];
  /** Names of the positional arguments after the words, all required. */
  args?: string[];
  options?: Options;
  usage: string;
  summary: string;
  run(config: Config, input: { args: string[]; values: Values }, out: (s: string) => void): Promise<number>;
}

const COMMANDS: Command[] = [
  {
    words: ['start'],
    usage: 'start',
    summary: 'Migrate, create the demo on an empty database, serve and run the worker',
    async run(config, _input, out) {
      const running = await startServer(config, out);
      const stop = async () => {
        await running.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => {}); // run until a signal
      return 0;
    },
  },
  {
    words: ['migrate'],
    usage: 'migrate',
    summary: 'Apply database migrations',
    run: (config, _input, out) =>
      withContext(config, 'migrate', async (ctx) => {
        const applied = await migrate(ctx.db);
        out(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
        return 0;
      }),
  },
  {
    words: ['org', 'create'],
    args: ['slug'],
    options: { name: { type: 'string' } },
    usage: 'org create <slug> --name <name>',
    summary: 'Create an organisation',
    run(config, { args: [slug], values }, out) {
      const name = required(values, 'name');
      return withContext(config, 'org create', async (ctx) => {
        const org = await createOrganisation(ctx, { slug, name });
        out(`Created organisation ${org.slug} (${org.name}).`);
        return 0;
      });
    },
  },
  {
    words: ['user', 'add'],
    options: { org: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    usage: `user add --org <slug> --email <email> --role <${ROLES.join('|')}> [--password-stdin]`,
    summary: 'Add a user (without --password-stdin: invite them by mail)',
    async run(config, { values }, out) {
      const role = required(values, 'role') as Role;
      if (!ROLES.includes(role)) throw new UsageError(`Unknown role "${role}": use one of ${ROLES.join(', ')}.`);
      const email = required(values, 'email');
      const slug = required(values, 'org');
      const password = values['password-stdin'] ? await readStdin() : undefined;
      return withContext(config, 'user add', async (ctx) => {
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
    },
  },
  {
    words: ['token', 'create'],
    options: { org: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } },
    usage: 'token create --org <slug> --email <email> [--name <name>]',
    summary: 'Create an API token acting as that user (printed on the last line)',
    run(config, { values }, out) {
      const slug = required(values, 'org');
      const email = required(values, 'email').toLowerCase();
      const name = optional(values, 'name') ?? `cli ${new Date().toISOString().slice(0, 10)}`;
      return withContext(config, 'token create', async (ctx) => {
        const org = await orgBySlug(ctx, slug);
        const user = await getUserByEmail(ctx.db, org.id, email);
        if (!user) throw new UsageError(`No user ${email} in ${slug}.`);
        const actor = { ...systemActor(org.id), userId: user.id, email: user.email, role: user.role, label: 'cli' };
        const { token } = await createToken(ctx, actor, { name });
        out(`API token "${name}" for ${user.email} (${user.role}). Keep it secret; it is shown only once:`);
        out(token);
        return 0;
      });
    },
  },
  {
    words: ['import', 'people'],
    args: ['file.csv'],
    options: { org: { type: 'string' } },
    usage: 'import people <file.csv> --org <slug>',
    summary: 'Import people from a CSV file',
    run(config, { args: [file], values }, out) {
      if (!fs.existsSync(file)) throw new UsageError(`No such file: ${file}`);
      // Bytes, so the import reads Windows-1252 and UTF-16 files as the API does.
      const bytes = fs.readFileSync(file);
      const slug = required(values, 'org');
      return withContext(config, 'import', async (ctx) => {
        const org = await orgBySlug(ctx, slug);
        const r = await importPeople(ctx, systemActor(org.id), bytes);
        out(JSON.stringify(r));
        return 0;
      });
    },
  },
  {
    words: ['moments', 'run'],
    options: { org: { type: 'string' }, date: { type: 'string' } },
    usage: 'moments run --org <slug> [--date YYYY-MM-DD]',
    summary: 'Run the daily sweep for a day (default today); prints {"due":N,"created":N}',
    run(config, { values }, out) {
      const slug = required(values, 'org');
      const date = optional(values, 'date');
      if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError('--date must be YYYY-MM-DD.');
      return withContext(config, 'moments run', async (ctx) => {
        const org = await orgBySlug(ctx, slug);
        const summary = await runMoments(ctx, systemActor(org.id), date ?? localDate(ctx.clock.now(), org.time_zone));
        out(JSON.stringify(summary));
        return 0;
      });
    },
  },
  {
    words: ['seed'],
    options: { org: { type: 'string' }, employees: { type: 'string' }, seed: { type: 'string' } },
    usage: 'seed --org <slug> --employees <N> [--seed <S>]',
    summary: 'Fill an organisation with N synthetic people (created if missing)',
    run(config, { values }, out) {
      const slug = required(values, 'org');
      const employees = Number(required(values, 'employees'));
      if (!Number.isInteger(employees) || employees < 1 || employees > 1_000_000)
        throw new UsageError('--employees must be a whole number from 1 to 1000000.');
      const seed = optional(values, 'seed') ?? 'embassy';
      return withContext(config, 'seed', async (ctx) => {
        const org =
          (await getOrganisationBySlug(ctx.db, slug)) ??
          (await createOrganisation(ctx, { slug, name: slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) }));
        const r = await seedPeople(ctx, org.id, { employees, seed, emailDomain: `${slug}.embassy.test` });
        out(JSON.stringify({ org: org.slug, ...r }));
        return 0;
      });
    },
  },
];

const line = (c: Command) => {
  const usage = `  ${c.usage}`;
  return usage.length < 41 ? usage.padEnd(41) + c.summary : `${usage}\n${' '.repeat(41)}${c.summary}`;
};
const HELP = `Usage: embassy <command> [options]\n\n${COMMANDS.map(line).join('\n')}\n\nembassy <command> --help shows one command's options.\n${SETTINGS}`;
const commandHelp = (c: Command) => `Usage: embassy ${c.usage}\n\n${c.summary}.\n${SETTINGS}`;

class UsageError extends Error {}

function required(values: Values, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || !v) throw new UsageError(`Missing --${name} <value>.`);
  return v;
}

const optional = (values: Values, name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

/** The command the first words name, and the rest of the line parsed strictly by its own options. */
function parseCommand(argv: string[]): { help: string } | { command: Command; args: string[]; values: Values } {
  const first = argv.findIndex((a) => a.startsWith('-'));
  const words = (first === -1 ? argv : argv.slice(0, first)).slice(0, 2);
  if (words.length === 0) throw new UsageError(`Unknown option "${argv[0]}": options follow the command.\n\n${HELP}`);
  const command = COMMANDS.find((c) => c.words.every((w, i) => words[i] === w));
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (!command) {
    const group = COMMANDS.filter((c) => c.words[0] === words[0]);
    if (group.length === 0) throw new UsageError(`Unknown command "${words[0]}".\n\n${HELP}`);
    const usage = group.map((c) => `embassy ${c.usage}`).join('\n       ');
    if (wantsHelp) return { help: `Usage: ${usage}` };
    throw new UsageError(`Use: ${usage}`);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(command.words.length),
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    // parseArgs names the option it refuses ("Unknown option '--x'"); say where the right ones are.
    throw new UsageError(
      `${(err as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}\nSee: embassy ${command.words.join(' ')} --help`,
    );
  }
  if (parsed.values.help) return { help: commandHelp(command) };
  const names = command.args ?? [];
  if (parsed.positionals.length < names.length)
    throw new UsageError(`Missing the ${names[parsed.positionals.length]}: embassy ${command.usage}`);
  if (parsed.positionals.length > names.length)
    throw new UsageError(`Unexpected argument "${parsed.positionals[names.length]}": embassy ${command.usage}`);
  return { command, args: parsed.positionals, values: parsed.values };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
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
  try {
    // `embassy` alone prints the help as a mistake; asking for it is not one.
    if (argv.length === 0) throw new UsageError(HELP);
    if (argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
      out(HELP);
      return 0;
    }
    const parsed = parseCommand(argv);
    if ('help' in parsed) {
      out(parsed.help);
      return 0;
    }
    return await parsed.command.run(loadConfig(), parsed, out);
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
