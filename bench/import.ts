/**
 * import: N generated people as CSV through POST /api/v1/people/import over loopback HTTP, against
 * the baseline of a raw multi-row INSERT of the same rows (1,000 per statement, one transaction) plus
 * one UPDATE ... FROM for the managers. Then re-imports: the same file, and 10% of rows changed.
 */
import type { Queryable } from '../src/db/db.ts';
import type { PersonRecord } from '../src/modules/people/people.types.ts';
import { createOrgWithAdmin, withAppEnv, type AppEnv } from './env.ts';
import { fmt, httpRequest, progress, ratio, timed, type BenchResult } from './lib.ts';
import type { Workspace } from './workspace.ts';
import { benchPeople, csvOf, withTenPercentChanged } from './workload.ts';

export const headers = ['engine', 'case', 'rows', 'time s', 'rows/s', 'vs raw INSERT', 'result'];

const RAW_BATCH = 1000;
const COLUMNS = [
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
  'start_date',
  'end_date',
  'birth_day',
  'birth_month',
  'birth_year',
  'sensitive',
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

/** The baseline: what a hand-written bulk load costs on this database. */
async function rawInsert(env: AppEnv, orgId: string, people: PersonRecord[], sites: Map<string, string>): Promise<void> {
  await env.db.transaction(async (tx) => {
    for (let i = 0; i < people.length; i += RAW_BATCH) {
      const batch = people.slice(i, i + RAW_BATCH);
      const params: unknown[] = [];
      const tuples = batch.map((p) => {
        const values = [
          orgId,
          p.employeeNumber,
          p.firstName,
          p.lastName,
          p.workEmail ?? null,
          p.personalEmail ?? null,
          p.language ?? null,
          p.department ?? null,
          p.site ? sites.get(p.site) : null,
          p.jobTitle ?? null,
          p.startDate ?? null,
          p.endDate ?? null,
          p.birthDay ?? null,
          p.birthMonth ?? null,
          p.birthYear ?? null,
          p.sensitive ?? false,
        ];
        const first = params.length + 1;
        params.push(...values);
        return `(${values.map((_, j) => `$${first + j}`).join(', ')})`;
      });
      await tx.query(`insert into people (${COLUMNS.join(', ')}) values ${tuples.join(', ')}`, params);
    }
    const managed = people.filter((p) => p.managerNumber);
    await tx.query(
      `update people p set manager_id = m.id
         from unnest($2::text[], $3::text[]) as v(employee_number, manager_number)
         join people m on m.org_id = $1 and m.employee_number = v.manager_number
        where p.org_id = $1 and p.employee_number = v.employee_number`,
      [orgId, managed.map((p) => p.employeeNumber), managed.map((p) => p.managerNumber)],
    );
  });
}

async function postImport(env: AppEnv, token: string, body: Buffer) {
  const res = await httpRequest(`${env.baseUrl}/api/v1/people/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv; charset=utf-8', 'content-length': String(body.length) },
    body,
  });
  const text = res.body.toString('utf8');
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as { created: number; updated: number; unchanged: number; total: number };
}

export function runImport(ws: Workspace): Promise<BenchResult> {
  return withAppEnv(ws.engine, ws.opts, (env) => measure(ws, env));
}

async function measure(ws: Workspace, env: AppEnv): Promise<BenchResult> {
  const n = ws.opts.people;
  const people = benchPeople(n);
  const csv = Buffer.from(csvOf(people), 'utf8');
  const changedCsv = Buffer.from(csvOf(withTenPercentChanged(people)), 'utf8');
  const count = async (orgId: string) =>
    (await env.db.query<{ n: number }>('select count(*)::int as n from people where org_id = $1', [orgId]))[0].n;

  // Baseline first: it gets the smaller indexes, so the ratio errs against the product.
  const raw = await createOrgWithAdmin(env.ctx, 'bench-raw');
  const sites = await createSites(env.db, raw.orgId, people);
  progress(`${ws.engine}: raw INSERT of ${n} rows`);
  const rawMs = (await timed(() => rawInsert(env, raw.orgId, people, sites))).ms;
  if ((await count(raw.orgId)) !== n) throw new Error('raw INSERT did not store every row');

  const org = await createOrgWithAdmin(env.ctx, 'bench-import');
  const cases: { name: string; ms: number; result: unknown }[] = [];
  const run = async (name: string, body: Buffer, expect: (r: Awaited<ReturnType<typeof postImport>>) => boolean) => {
    progress(`${ws.engine}: ${name} (${(body.length / 1e6).toFixed(1)} MB CSV)`);
    const { ms, value } = await timed(() => postImport(env, org.token, body));
    if (!expect(value)) throw new Error(`${name}: unexpected result ${JSON.stringify(value)}`);
    cases.push({ name, ms, result: value });
  };
  await run('import via HTTP (empty org)', csv, (r) => r.created === n);
  if ((await count(org.orgId)) !== n) throw new Error('the import did not store every row');
  await run('re-import, unchanged', csv, (r) => r.unchanged === n);
  await run('re-import, 10% changed', changedCsv, (r) => r.updated === Math.ceil(n / 10));

  const rows = [
    [ws.engine, 'raw INSERT, 1,000 rows/statement (baseline)', fmt.int(n), fmt.s(rawMs), fmt.int(n / (rawMs / 1000)), fmt.x(1), '-'],
    ...cases.map((c) => {
      const r = c.result as Record<string, number>;
      return [
        ws.engine,
        c.name,
        fmt.int(n),
        fmt.s(c.ms),
        fmt.int(n / (c.ms / 1000)),
        fmt.x(ratio(c.ms, rawMs)),
        `+${r.created} ~${r.updated} =${r.unchanged}`,
      ];
    }),
  ];
  return {
    benchmark: 'import',
    engine: ws.engine,
    rows,
    data: {
      people: n,
      csvBytes: csv.length,
      baseline: { name: 'raw multi-row INSERT + manager UPDATE, one transaction', ms: Math.round(rawMs) },
      cases: cases.map((c) => ({ ...c, ms: Math.round(c.ms), ratio: ratio(c.ms, rawMs) })),
      goal: { importVsRawAtMost: 2, met: ratio(cases[0].ms, rawMs) <= 2 },
    },
  };
}
