/**
 * npm run bench [-- <benchmark...>] [--engine=pglite|postgres] [--people=N] [--requests=N] [--runs=N] [--rounds=N]
 * Runs the chosen benchmarks (all by default) on each engine, prints a table per benchmark on stdout,
 * progress on stderr, and writes .bench-results/<timestamp>.json.
 */
import os from 'node:os';
import type { Options } from './env.ts';
import { cleanupAll, ENGINES, progress, resultsWriter, table, verdict, type BenchResult, type Engine } from './lib.ts';
import { ROOT } from './proc.ts';
import { Workspace } from './workspace.ts';
import * as importBench from './import.ts';
import * as searchBench from './search.ts';
import * as coldBench from './coldstart.ts';
import * as memoryBench from './memory.ts';
import * as wallBench from './wall.ts';
import * as sweepBench from './sweep.ts';
import * as deliveriesBench from './deliveries.ts';
import * as buddyBench from './buddy.ts';
import * as surveysBench from './surveys.ts';
import * as scimBench from './scim.ts';
import * as communityBench from './community.ts';
import * as mentionsBench from './mentions.ts';

interface Benchmark {
  title: string;
  headers: string[];
  /** Whether it uses the CLI-seeded store (kept between benchmarks that need it). */
  seeded: boolean;
  run(ws: Workspace): Promise<BenchResult>;
}

const BENCHMARKS: Record<string, Benchmark> = {
  import: {
    title: 'import: CSV via POST /api/v1/people/import vs COPY of the same rows into the same table and indexes',
    headers: importBench.headers,
    seeded: false,
    run: importBench.runImport,
  },
  search: {
    title: 'search: GET /api/v1/people, latency in ms vs the bare SQL',
    headers: searchBench.headers,
    seeded: false,
    run: searchBench.runSearch,
  },
  coldstart: {
    title: 'cold start: spawn of `embassy start` to the first 200 from /healthz (median)',
    headers: coldBench.headers,
    seeded: true,
    run: coldBench.runColdStart,
  },
  memory: {
    title: 'memory: RSS of the `embassy start` process with the big organisation',
    headers: memoryBench.headers,
    seeded: true,
    run: memoryBench.runMemory,
  },
  wall: {
    title: 'wall: careers pages and feed under load over loopback HTTP vs a bare node:http static page',
    headers: wallBench.headers,
    seeded: false,
    run: wallBench.runWall,
  },
  sweep: {
    title: 'sweep: the daily sweep with every template journey active vs hand-written INSERT ... SELECT',
    headers: sweepBench.headers,
    seeded: false,
    run: sweepBench.runSweep,
  },
  deliveries: {
    title: 'deliveries: one worker sending due deliveries into a local SMTP sink vs bare nodemailer',
    headers: deliveriesBench.headers,
    seeded: false,
    run: deliveriesBench.runDeliveries,
  },
  buddy: {
    title: 'buddy: BuddyIndex load and 1,000 suggestion lists vs the bare SQL that loads the same columns',
    headers: buddyBench.headers,
    seeded: false,
    run: buddyBench.runBuddy,
  },
  surveys: {
    title:
      'surveys: results with the heatmap (20,000 responses × 20 questions × 30 sites) vs the bare aggregate SQL; a campaign to 20,000 people',
    headers: surveysBench.headers,
    seeded: false,
    run: surveysBench.runSurveys,
  },
  scim: {
    title:
      'scim: a full SCIM sync as Entra ID sends it (one POST per user, then PATCHes for 10%) over loopback HTTP vs the bare people upsert',
    headers: scimBench.headers,
    seeded: false,
    run: scimBench.runScim,
  },
  community: {
    title:
      'community: the exchange feed (GET /api/v1/community/posts?limit=20) of 2,000 ambassadors and 100,000 posts and comments, as an ambassador, vs the bare SQL of the same rows',
    headers: communityBench.headers,
    seeded: false,
    run: communityBench.runCommunity,
  },
  mentions: {
    title:
      'mentions: the community @ picker (closed, open to everyone) and the ambassadors list searched by name among the big organisation and 2,000 ambassadors, vs the directory search for the same letters',
    headers: mentionsBench.headers,
    seeded: false,
    run: mentionsBench.runMentions,
  },
};
const ALIASES: Record<string, string> = {
  'cold-start': 'coldstart',
  cold: 'coldstart',
  mem: 'memory',
  rss: 'memory',
  careers: 'wall',
  delivery: 'deliveries',
  mail: 'deliveries',
  buddies: 'buddy',
  survey: 'surveys',
  results: 'surveys',
  feed: 'community',
  exchange: 'community',
  picker: 'mentions',
};

const GOAL_HEADERS = ['benchmark', 'engine', 'what', 'goal', 'measured', 'verdict'];

/** What `--quick` runs when no benchmark is named: the ones with a goal column, on a smaller organisation. */
const QUICK_DEFAULT = ['deliveries', 'wall', 'import', 'search', 'memory', 'coldstart'];
const QUICK_PEOPLE = 10_000;

const HELP = `Usage: npm run bench [-- <benchmark...>] [options]

Benchmarks: ${Object.keys(BENCHMARKS).join(', ')} (default: all)
Options:
  --engine=<pglite|postgres|both>   Engines to run on (default: both; a comma list works too)
  --people=<N>                      People in the big organisation (default 100000)
  --requests=<N>                    Measured searches per query kind and transport (default 500)
  --warmup=<N>                      Warm-up searches per query kind (default 20)
  --budget=<seconds>                Measuring time per query kind after which a slow kind stops
                                    short of --requests (at least 50 samples; default 20)
  --analyze                         VACUUM ANALYZE after loading on PGlite too (PostgreSQL always
                                    gets it, as its autovacuum would within a minute)
  --quick                           A reduced run in under 5 minutes: without names, the benchmarks that carry
                                    a goal (${QUICK_DEFAULT.join(', ')}); ${QUICK_PEOPLE.toLocaleString('en')} people,
                                    fewer requests, runs and rounds unless given; smaller data sets where a
                                    benchmark has one (community: 200 ambassadors, 10,000 posts and comments)
  --runs=<N>                        Cold-start runs per case; the median is reported (default 3)
  --rounds=<N>                      Interleaved rounds of baseline and subject for wall, sweep,
                                    deliveries, buddy and surveys (default 3)
  --connections=<N>                 wall: concurrent keep-alive connections (default 32)
  --seconds=<N>                     wall: measuring time per case, all rounds together (default 15)
  --load-requests=<N>               wall: requests per case, all rounds together (default 20000)
  --pg-url=<url>                    PostgreSQL server (default postgres://postgres@127.0.0.1:5432)`;

function parse(argv: string[]): { names: string[]; opts: Options } {
  const flags = new Map<string, string>();
  const names: string[] = [];
  for (const a of argv) {
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split(/=(.*)/s, 2);
      flags.set(k, v ?? 'true');
    } else if (a !== 'all') names.push(ALIASES[a] ?? a);
  }
  if (flags.has('help')) {
    console.log(HELP);
    process.exit(0);
  }
  for (const n of names) if (!BENCHMARKS[n]) throw new Error(`Unknown benchmark "${n}".\n\n${HELP}`);
  const known = new Set([
    'engine',
    'engines',
    'people',
    'requests',
    'warmup',
    'budget',
    'analyze',
    'quick',
    'runs',
    'rounds',
    'connections',
    'seconds',
    'load-requests',
    'pg-url',
  ]);
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`Unknown option --${k}.\n\n${HELP}`);
  const engineArg = flags.get('engine') ?? flags.get('engines') ?? 'both';
  const engines = ['both', 'all'].includes(engineArg) ? [...ENGINES] : (engineArg.split(',') as Engine[]);
  for (const e of engines) if (!ENGINES.includes(e)) throw new Error(`Unknown engine "${e}": use pglite, postgres or both.`);
  const quick = flags.has('quick');
  /** The default, or the quick run's smaller one. */
  const q = (full: number, reduced: number) => (quick ? reduced : full);
  const int = (k: string, d: number, min = 1) => {
    const v = Number(flags.get(k) ?? d);
    if (!Number.isInteger(v) || v < min) throw new Error(`--${k} must be a whole number of at least ${min}.`);
    return v;
  };
  return {
    names: names.length ? [...new Set(names)] : quick ? QUICK_DEFAULT : Object.keys(BENCHMARKS),
    opts: {
      engines,
      people: int('people', q(100_000, QUICK_PEOPLE), 10),
      requests: int('requests', q(500, 100)),
      warmup: int('warmup', q(20, 10), 0),
      budgetS: int('budget', q(20, 5)),
      analyze: flags.has('analyze'),
      quick,
      runs: int('runs', q(3, 1)),
      rounds: int('rounds', q(3, 2)),
      connections: int('connections', 32),
      seconds: int('seconds', q(15, 6)),
      loadRequests: int('load-requests', q(20_000, 6_000), 100),
      pgUrl: flags.get('pg-url') ?? 'postgres://postgres@127.0.0.1:5432',
    },
  };
}

async function main(): Promise<number> {
  const { names, opts } = parse(process.argv.slice(2));
  const meta = {
    startedAt: new Date().toISOString(),
    benchmarks: names,
    options: { ...opts, pgUrl: opts.pgUrl.replace(/\/\/[^@/]*@/, '//***@') },
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memMb: Math.round(os.totalmem() / 2 ** 20),
      loadavgAtStart: os.loadavg(),
    },
  };
  const out = resultsWriter(ROOT, meta);
  const workspaces = new Map(opts.engines.map((e) => [e, new Workspace(e, opts)]));
  const results: BenchResult[] = [];
  const failures: { benchmark: string; engine: Engine; error: string }[] = [];
  progress(`running ${names.join(', ')} on ${opts.engines.join(', ')} with ${opts.people} people`);

  for (const [i, name] of names.entries()) {
    const bench = BENCHMARKS[name];
    const rows: (string | number)[][] = [];
    for (const [engine, ws] of workspaces) {
      progress(`== ${name} on ${engine}`);
      try {
        const r = await bench.run(ws);
        results.push(r);
        rows.push(...r.rows);
      } catch (err) {
        const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
        progress(`${name} on ${engine} FAILED: ${error}`);
        failures.push({ benchmark: name, engine, error });
        rows.push([engine, `FAILED: ${error.split('\n')[0]}`]);
      }
      if (bench.seeded && !names.slice(i + 1).some((n) => BENCHMARKS[n].seeded)) await ws.release();
      out.write(results, { failures });
    }
    process.stdout.write(table(bench.title, bench.headers, rows));
    for (const r of results) if (r.benchmark === name && r.notes) process.stdout.write(r.notes);
  }
  const goals = results.flatMap((r) => (r.goals ?? []).map((g) => [r.benchmark, r.engine, g.what, g.target, g.measured, verdict(g.met)]));
  if (goals.length) process.stdout.write(table('goals: each a ratio to its baseline in this run', GOAL_HEADERS, goals));
  out.write(results, { failures, finishedAt: new Date().toISOString(), loadavgAtEnd: os.loadavg() });
  progress(`results written to ${out.file}`);
  return failures.length ? 1 : 0;
}

let exiting = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    if (exiting) return;
    exiting = true;
    progress(`${sig}: cleaning up`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

main()
  .catch((err) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  })
  .then(async (code) => {
    await cleanupAll();
    process.exit(code);
  });
