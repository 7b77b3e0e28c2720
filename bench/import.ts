/**
 * import: N generated people as CSV through POST /api/v1/people/import over loopback HTTP, against
 * the baseline of PostgreSQL's COPY of the same rows into the same table (same indexes, in one
 * transaction, ids and managers resolved beforehand so COPY writes each row once). On PostgreSQL the
 * baseline is a server-side `COPY people FROM '<file>'` (the server reads the file itself: no client
 * round trips at all); on PGlite it is `COPY people FROM '/dev/blob'` with the file as a Blob, PGlite's
 * own bulk load. Then re-imports: the same file, and 10% of rows changed. Baseline and import run in
 * interleaved rounds (each into a fresh organisation, alternating which goes first), medians reported.
 *
 * The benchmark runs in a process of its own (forked), so that what earlier benchmarks left in the
 * heap does not count: V8 lets garbage pile up in proportion to the heap it found live at its last
 * collection, so the same import grew the RSS of a process that had run the deliveries and wall
 * benchmarks by 126-142 MB while parsing, and of a fresh one by 52-97 MB.
 *
 * While an import runs, the RSS of that process (the server is in-process) is sampled, with the
 * import's phase read from its progress endpoint: the growth while parsing (the file read, decoded,
 * parsed and checked row by row) is the memory goal; the growth while validating against the stored
 * directory (every stored person of the organisation read, to match and cross-check) and over the
 * whole import (the database engine's own buffers included, on PGlite in this process's memory) are
 * shown beside it.
 */
import { fork } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Queryable } from '../src/db/db.ts';
import type { PersonRecord } from '../src/modules/people/people.types.ts';
import { createOrgWithAdmin, withAppEnv, type AppEnv } from './env.ts';
import { fmt, httpRequest, median, progress, ratio, timed, type BenchResult } from './lib.ts';
import { ROOT } from './proc.ts';
import { Workspace } from './workspace.ts';
import { benchPeople, csvOf, withTenPercentChanged } from './workload.ts';

export const headers = ['engine', 'case', 'rows', 'time s', 'rows/s', 'vs COPY', 'result', 'goal'];

/** Issue 13: an import within 1.5× COPY's time, an unchanged re-import within 0.3×, under 100 MB more RSS while parsing. */
export const GOAL = { importVsCopy: 1.5, reimportVsCopy: 0.3, parsingRssMb: 100 } as const;
/** --quick: this many rows instead of --people. */
const QUICK_ROWS = 20_000;

const COPY_COLUMNS = [
  'id',
  'org_id',
  'employee_number',
  'first_name',
  'last_name',
  'work_email',
  'personal_email',
  'language',
  'department',
  'site_id',
  'job_title',
  'manager_id',
  'start_date',
  'end_date',
  'birth_day',
  'birth_month',
  'birth_year',
  'sensitive',
  'employment_type',
];

/** The sites the file names, created up front in the baseline organisation (the import creates its own). */
async function createSites(db: Queryable, orgId: string, people: PersonRecord[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const p of people) {
    if (!p.site || ids.has(p.site)) continue;
    const [row] = await db.query<{ id: string }>(`insert into sites (org_id, name, region, country) values ($1, $2, $3, $4) returning id`, [
      orgId,
      p.site,
      p.region ?? null,
      p.country ?? 'BE',
    ]);
    ids.set(p.site, row.id);
  }
  return ids;
}

/** COPY's CSV: every value resolved (ids, site ids, manager ids), empty for NULL. */
function copyCsv(orgId: string, people: PersonRecord[], sites: Map<string, string>): string {
  const ids = new Map(people.map((p) => [p.employeeNumber, crypto.randomUUID()]));
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines: string[] = [];
  for (const p of people) {
    lines.push(
      [
        ids.get(p.employeeNumber),
        orgId,
        p.employeeNumber,
        p.firstName,
        p.lastName,
        p.workEmail,
        p.personalEmail,
        p.language,
        p.department,
        p.site ? sites.get(p.site) : null,
        p.jobTitle,
        p.managerNumber ? ids.get(p.managerNumber) : null,
        p.startDate,
        p.endDate,
        p.birthDay,
        p.birthMonth,
        p.birthYear,
        p.sensitive ?? false,
        p.employmentType,
      ]
        .map(cell)
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/** The baseline: COPY of the rows, in one transaction (the manager foreign key is checked at commit). */
async function copyIn(env: AppEnv, text: string): Promise<void> {
  const copy = (source: string) => `copy people (${COPY_COLUMNS.join(', ')}) from ${source} with (format csv)`;
  if (env.engine === 'pglite') {
    await env.db.transaction(async (tx) => {
      if (!tx.copyFrom) throw new Error('this PGlite has no COPY FROM /dev/blob');
      await tx.copyFrom(copy(`'/dev/blob'`), text);
    });
    return;
  }
  // The server reads the file itself (it runs on this machine; the bench connects as a superuser).
  const file = path.join(os.tmpdir(), `embassy-bench-copy-${process.pid}-${crypto.randomUUID()}.csv`);
  fs.writeFileSync(file, text, { mode: 0o644 });
  try {
    await env.db.transaction((tx) => tx.query(copy(`'${file}'`)));
  } finally {
    fs.rmSync(file, { force: true });
  }
}

interface Imported {
  created: number;
  updated: number;
  unchanged: number;
  total: number;
}

/** Posts the file while sampling this process's RSS, with the import's phase from its progress endpoint. */
async function postImport(env: AppEnv, token: string, body: Buffer) {
  const progressId = crypto.randomUUID();
  const auth = { authorization: `Bearer ${token}` };
  const before = process.memoryUsage().rss;
  let maxParsing = before;
  let maxValidating = before;
  let maxAll = before;
  let phase = 'parsing';
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const r = await httpRequest(`${env.baseUrl}/api/v1/people/imports/${progressId}`, { headers: auth }).catch(() => undefined);
      if (r?.status === 200) phase = (JSON.parse(r.body.toString('utf8')) as { phase: string }).phase;
      const rss = process.memoryUsage().rss;
      maxAll = Math.max(maxAll, rss);
      if (phase === 'parsing') maxParsing = Math.max(maxParsing, rss);
      if (phase === 'validating') maxValidating = Math.max(maxValidating, rss);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    const res = await httpRequest(`${env.baseUrl}/api/v1/people/import?progressId=${progressId}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/csv; charset=utf-8', 'content-length': String(body.length) },
      body,
    });
    const text = res.body.toString('utf8');
    if (res.status !== 200) throw new Error(`import answered ${res.status}: ${text.slice(0, 500)}`);
    const mb = (x: number) => (x - before) / 2 ** 20;
    return { result: JSON.parse(text) as Imported, parsingRssMb: mb(maxParsing), validatingRssMb: mb(maxValidating), allRssMb: mb(maxAll) };
  } finally {
    sampling = false;
    await sampler;
  }
}

/** Runs the benchmark in a forked process of its own, which sends back its result. */
export function runImport(ws: Workspace): Promise<BenchResult> {
  const child = fork(fileURLToPath(import.meta.url), ['import-bench', JSON.stringify({ engine: ws.engine, opts: ws.opts })], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let result: BenchResult | undefined;
    child.once('message', (m) => (result = m as BenchResult));
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the import benchmark's process exited with ${code}`))));
  });
}

if (process.argv[2] === 'import-bench' && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { engine, opts } = JSON.parse(process.argv[3]) as { engine: Workspace['engine']; opts: Workspace['opts'] };
  const ws = new Workspace(engine, opts);
  withAppEnv(ws.engine, ws.opts, (env) => measure(ws, env))
    .then((result) => process.send!(result, () => process.exit(0)))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}

const CASES = ['import via HTTP (empty org)', 're-import, unchanged', 're-import, 10% changed'] as const;

async function measure(ws: Workspace, env: AppEnv): Promise<BenchResult> {
  const n = ws.opts.quick ? Math.min(QUICK_ROWS, ws.opts.people) : ws.opts.people;
  const rounds = ws.opts.rounds;
  const people = benchPeople(n);
  const csv = Buffer.from(csvOf(people), 'utf8');
  const changedCsv = Buffer.from(csvOf(withTenPercentChanged(people)), 'utf8');
  const count = async (orgId: string) =>
    (await env.db.query<{ n: number }>('select count(*)::int as n from people where org_id = $1', [orgId]))[0].n;
  const expects: Record<(typeof CASES)[number], { body: Buffer; ok: (r: Imported) => boolean }> = {
    'import via HTTP (empty org)': { body: csv, ok: (r) => r.created === n },
    're-import, unchanged': { body: csv, ok: (r) => r.unchanged === n },
    're-import, 10% changed': { body: changedCsv, ok: (r) => r.updated === Math.ceil(n / 10) },
  };

  const copyMs: number[] = [];
  const caseMs: Record<string, number[]> = Object.fromEntries(CASES.map((c) => [c, []]));
  const results: Record<string, Imported> = {};
  let parsingRssMb = 0;
  let validatingRssMb = 0;
  let allRssMb = 0;
  for (let round = 1; round <= rounds; round++) {
    const baseline = async () => {
      const org = await createOrgWithAdmin(env.ctx, `bench-copy-${round}`);
      const text = copyCsv(org.orgId, people, await createSites(env.db, org.orgId, people));
      progress(`${ws.engine}: round ${round}/${rounds}: COPY of ${n} rows`);
      copyMs.push((await timed(() => copyIn(env, text))).ms);
      if ((await count(org.orgId)) !== n) throw new Error('COPY did not store every row');
    };
    const product = async () => {
      const org = await createOrgWithAdmin(env.ctx, `bench-import-${round}`);
      for (const name of CASES) {
        const { body, ok } = expects[name];
        progress(`${ws.engine}: round ${round}/${rounds}: ${name} (${(body.length / 1e6).toFixed(1)} MB CSV)`);
        const { ms, value } = await timed(() => postImport(env, org.token, body));
        if (!ok(value.result)) throw new Error(`${name}: unexpected result ${JSON.stringify(value.result)}`);
        caseMs[name].push(ms);
        results[name] = value.result;
        parsingRssMb = Math.max(parsingRssMb, value.parsingRssMb);
        validatingRssMb = Math.max(validatingRssMb, value.validatingRssMb);
        allRssMb = Math.max(allRssMb, value.allRssMb);
        if (name === CASES[0] && (await count(org.orgId)) !== n) throw new Error('the import did not store every row');
      }
    };
    // Alternate which goes first: the later one finds a bigger table (and bigger indexes).
    if (round % 2 === 1) {
      await baseline();
      await product();
    } else {
      await product();
      await baseline();
    }
  }

  const copy = median(copyMs);
  const ms = Object.fromEntries(CASES.map((c) => [c, median(caseMs[c])])) as Record<(typeof CASES)[number], number>;
  const importRatio = ratio(ms[CASES[0]], copy);
  const reimportRatio = ratio(ms[CASES[1]], copy);
  const verdict = (met: boolean) => (met ? 'met' : 'missed');
  const goals = {
    importVsCopy: { atMost: GOAL.importVsCopy, ratio: importRatio, met: importRatio <= GOAL.importVsCopy },
    reimportVsCopy: { atMost: GOAL.reimportVsCopy, ratio: reimportRatio, met: reimportRatio <= GOAL.reimportVsCopy },
    parsingRss: { underMb: GOAL.parsingRssMb, mb: Math.round(parsingRssMb), met: parsingRssMb < GOAL.parsingRssMb },
  };
  const baselineName = ws.engine === 'pglite' ? "COPY FROM '/dev/blob' (baseline)" : 'COPY FROM server file (baseline)';
  const rows = [
    [ws.engine, baselineName, fmt.int(n), fmt.s(copy), fmt.int(n / (copy / 1000)), fmt.x(1), '-', ''],
    ...CASES.map((c, i) => {
      const r = results[c];
      const goal =
        i === 0
          ? `≤ ${GOAL.importVsCopy}×: ${verdict(goals.importVsCopy.met)}`
          : i === 1
            ? `≤ ${GOAL.reimportVsCopy}×: ${verdict(goals.reimportVsCopy.met)}`
            : '';
      return [
        ws.engine,
        c,
        fmt.int(n),
        fmt.s(ms[c]),
        fmt.int(n / (ms[c] / 1000)),
        fmt.x(ratio(ms[c], copy)),
        `+${r.created} ~${r.updated} =${r.unchanged}`,
        goal,
      ];
    }),
    [
      ws.engine,
      'RSS growth while parsing the file',
      fmt.int(n),
      '-',
      '-',
      '-',
      `${parsingRssMb.toFixed(0)} MB`,
      `< ${GOAL.parsingRssMb} MB: ${verdict(goals.parsingRss.met)}`,
    ],
    [
      ws.engine,
      'RSS growth while validating against the stored people (whole import)',
      fmt.int(n),
      '-',
      '-',
      '-',
      `${validatingRssMb.toFixed(0)} MB (${allRssMb.toFixed(0)} MB)`,
      '',
    ],
  ];
  return {
    benchmark: 'import',
    engine: ws.engine,
    rows,
    data: {
      people: n,
      quick: ws.opts.quick,
      rounds,
      csvBytes: csv.length,
      baseline: { name: baselineName, ms: Math.round(copy), rounds: copyMs.map(Math.round) },
      cases: CASES.map((c) => ({
        name: c,
        ms: Math.round(ms[c]),
        rounds: caseMs[c].map(Math.round),
        ratio: ratio(ms[c], copy),
        result: results[c],
      })),
      rss: { parsingMb: Math.round(parsingRssMb), validatingMb: Math.round(validatingRssMb), wholeImportMb: Math.round(allRssMb) },
      goal: { ...goals, met: goals.importVsCopy.met && goals.reimportVsCopy.met && goals.parsingRss.met },
    },
    goals: [
      {
        what: 'import via HTTP vs COPY',
        target: `<= ${GOAL.importVsCopy}x`,
        measured: `${importRatio.toFixed(2)}x`,
        met: goals.importVsCopy.met,
      },
      {
        what: 'unchanged re-import vs COPY',
        target: `<= ${GOAL.reimportVsCopy}x`,
        measured: `${reimportRatio.toFixed(2)}x`,
        met: goals.reimportVsCopy.met,
      },
      {
        what: 'RSS growth while parsing',
        target: `< ${GOAL.parsingRssMb} MB`,
        measured: `${parsingRssMb.toFixed(0)} MB`,
        met: goals.parsingRss.met,
      },
    ],
  };
}
