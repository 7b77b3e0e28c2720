/**
 * scim: a full SCIM sync as Microsoft Entra ID sends it, over loopback HTTP to the app: one POST
 * /scim/v2/Users per user (20,000, or --people if fewer) on a few concurrent connections, then a
 * PATCH for 10% of them (a new title and the manager, Entra's shapes). Baseline, in the same run and
 * with the same concurrency: the bare people upsert (INSERT ... ON CONFLICT DO UPDATE, one
 * statement per user) and the bare UPDATE per patched user. Goal: at least 200 requests/s on
 * PostgreSQL and 100 on PGlite (Microsoft asks at least 25 per tenant).
 */
import type { PersonRecord } from '../src/modules/people/people.types.ts';
import { createOrgWithAdmin, withAppEnv, type AppEnv } from './env.ts';
import { fmt, httpRequest, progress, ratio, timed, type BenchResult } from './lib.ts';
import type { Workspace } from './workspace.ts';
import { benchPeople } from './workload.ts';

export const headers = ['engine', 'case', 'requests', 'time s', 'req/s', 'vs bare SQL', 'goal'];

const USERS = 20_000;
/** Entra ID provisions on a few connections at once. */
const CONNECTIONS = 4;
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GOAL: Record<string, number> = { postgres: 200, pglite: 100 };

const LANG: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en', de: 'de' };

/** A user as Entra ID posts it, with the attribute mappings of the README. */
function entraUser(p: PersonRecord) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
    externalId: `ext-${p.employeeNumber}`,
    userName: p.workEmail ?? `${p.employeeNumber}@bench.test`,
    active: true,
    displayName: `${p.firstName} ${p.lastName}`,
    emails: p.workEmail ? [{ primary: true, type: 'work', value: p.workEmail }] : [],
    meta: { resourceType: 'User' },
    name: { familyName: p.lastName, givenName: p.firstName },
    ...(p.language ? { preferredLanguage: LANG[p.language] } : {}),
    ...(p.jobTitle ? { title: p.jobTitle } : {}),
    ...(p.site ? { addresses: [{ type: 'work', locality: p.site, country: p.country ?? 'BE' }] } : {}),
    [ENTERPRISE]: { employeeNumber: p.employeeNumber, ...(p.department ? { department: p.department } : {}) },
  };
}

/** Runs `work(i)` for i in 0..n-1 on `CONNECTIONS` concurrent workers. */
async function concurrently(n: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const { ms } = await timed(() =>
    Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < n) {
          const i = next++;
          await work(i);
        }
      }),
    ),
  );
  return ms;
}

export function runScim(ws: Workspace): Promise<BenchResult> {
  return withAppEnv(ws.engine, ws.opts, (env) => measure(ws, env));
}

async function measure(ws: Workspace, env: AppEnv): Promise<BenchResult> {
  const n = Math.min(ws.opts.people, USERS);
  const people = benchPeople(n);
  const patched = people.filter((_, i) => i % 10 === 5);
  const count = async (orgId: string) =>
    (await env.db.query<{ n: number }>('select count(*)::int as n from people where org_id = $1', [orgId]))[0].n;

  // Baseline first (it gets the smaller indexes, so the ratio errs against the product).
  const raw = await createOrgWithAdmin(env.ctx, 'bench-scim-raw');
  progress(`${ws.engine}: bare upsert of ${n} people, ${CONNECTIONS} at a time`);
  const rawPostMs = await concurrently(n, async (i) => {
    const p = people[i];
    await env.db.query(
      `insert into people (org_id, employee_number, first_name, last_name, work_email, language, department, job_title, external_id, user_name, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), now())
       on conflict (org_id, employee_number) do update set first_name = excluded.first_name, last_name = excluded.last_name,
         work_email = excluded.work_email, language = excluded.language, department = excluded.department,
         job_title = excluded.job_title, external_id = excluded.external_id, user_name = excluded.user_name, updated_at = now()`,
      [
        raw.orgId,
        p.employeeNumber,
        p.firstName,
        p.lastName,
        p.workEmail ?? null,
        p.language ?? null,
        p.department ?? null,
        p.jobTitle ?? null,
        `ext-${p.employeeNumber}`,
        p.workEmail ?? p.employeeNumber,
      ],
    );
  });
  if ((await count(raw.orgId)) !== n) throw new Error('the bare upsert did not store every person');
  const rawPatchMs = await concurrently(patched.length, async (i) => {
    const p = patched[i];
    await env.db.query(
      `update people p set job_title = $3, manager_id = m.id, updated_at = now()
         from people m where p.org_id = $1 and p.employee_number = $2 and m.org_id = $1 and m.employee_number = $4`,
      [raw.orgId, p.employeeNumber, `${p.jobTitle ?? 'Employee'} (acting)`, people[0].employeeNumber],
    );
  });

  const org = await createOrgWithAdmin(env.ctx, 'bench-scim');
  const tokenRes = await httpRequest(`${env.baseUrl}/api/v1/scim/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${org.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Entra ID (bench)' }),
  });
  if (tokenRes.status !== 201) throw new Error(`creating a SCIM token answered ${tokenRes.status}`);
  const auth = { authorization: `Bearer ${JSON.parse(tokenRes.body.toString()).token}`, 'content-type': 'application/scim+json' };
  const ids = new Map<string, string>();

  progress(`${ws.engine}: SCIM sync of ${n} users (POST /scim/v2/Users), ${CONNECTIONS} connections`);
  const postMs = await concurrently(n, async (i) => {
    const p = people[i];
    const res = await httpRequest(`${env.baseUrl}/scim/v2/Users`, { method: 'POST', headers: auth, body: JSON.stringify(entraUser(p)) });
    if (res.status !== 201) throw new Error(`POST ${p.employeeNumber} answered ${res.status}: ${res.body.toString().slice(0, 300)}`);
    ids.set(p.employeeNumber, JSON.parse(res.body.toString()).id);
    if (i % 5000 === 4999) progress(`${ws.engine}: ${i + 1} users`);
  });
  if ((await count(org.orgId)) !== n) throw new Error('the SCIM sync did not store every person');

  progress(`${ws.engine}: PATCH of ${patched.length} users`);
  const managerId = ids.get(people[0].employeeNumber)!;
  const patchMs = await concurrently(patched.length, async (i) => {
    const p = patched[i];
    const body = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'title', value: `${p.jobTitle ?? 'Employee'} (acting)` },
        { op: 'Add', path: `${ENTERPRISE}:manager`, value: managerId },
      ],
    };
    const res = await httpRequest(`${env.baseUrl}/scim/v2/Users/${ids.get(p.employeeNumber)}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`PATCH ${p.employeeNumber} answered ${res.status}: ${res.body.toString().slice(0, 300)}`);
  });
  const [check] = await env.db.query<{ n: number }>(
    `select count(*)::int as n from people where org_id = $1 and manager_id = $2 and job_title like '%(acting)'`,
    [org.orgId, managerId],
  );
  if (check.n !== patched.length) throw new Error(`the PATCHes changed ${check.n} people, not ${patched.length}`);

  const rps = (requests: number, ms: number) => requests / (ms / 1000);
  const goal = GOAL[ws.engine];
  const totalRequests = n + patched.length;
  const totalMs = postMs + patchMs;
  const met = (r: number) => (r >= goal ? `>= ${goal}: met` : `>= ${goal}: NOT met`);
  const rows = [
    [ws.engine, 'bare upsert, 1 statement/user (baseline)', fmt.int(n), fmt.s(rawPostMs), fmt.int(rps(n, rawPostMs)), fmt.x(1), '-'],
    [
      ws.engine,
      'POST /scim/v2/Users',
      fmt.int(n),
      fmt.s(postMs),
      fmt.int(rps(n, postMs)),
      fmt.x(ratio(postMs, rawPostMs)),
      met(rps(n, postMs)),
    ],
    [
      ws.engine,
      'bare UPDATE, 1 statement/user (baseline)',
      fmt.int(patched.length),
      fmt.s(rawPatchMs),
      fmt.int(rps(patched.length, rawPatchMs)),
      fmt.x(1),
      '-',
    ],
    [
      ws.engine,
      'PATCH /scim/v2/Users/{id} (title, manager)',
      fmt.int(patched.length),
      fmt.s(patchMs),
      fmt.int(rps(patched.length, patchMs)),
      fmt.x(ratio(patchMs, rawPatchMs)),
      met(rps(patched.length, patchMs)),
    ],
    [
      ws.engine,
      'whole sync (POSTs, then PATCHes)',
      fmt.int(totalRequests),
      fmt.s(totalMs),
      fmt.int(rps(totalRequests, totalMs)),
      fmt.x(ratio(totalMs, rawPostMs + rawPatchMs)),
      met(rps(totalRequests, totalMs)),
    ],
  ];
  return {
    benchmark: 'scim',
    engine: ws.engine,
    rows,
    data: {
      users: n,
      patched: patched.length,
      connections: CONNECTIONS,
      baseline: { upsertMs: Math.round(rawPostMs), updateMs: Math.round(rawPatchMs) },
      post: { ms: Math.round(postMs), rps: rps(n, postMs), ratio: ratio(postMs, rawPostMs) },
      patch: { ms: Math.round(patchMs), rps: rps(patched.length, patchMs), ratio: ratio(patchMs, rawPatchMs) },
      total: { ms: Math.round(totalMs), rps: rps(totalRequests, totalMs) },
      goal: { requestsPerSecond: goal, met: rps(totalRequests, totalMs) >= goal },
    },
  };
}
