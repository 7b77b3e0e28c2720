/**
 * The bulk SQL of a people import. Rows travel as one array parameter per column (`unnest`), so a
 * batch of thousands of rows is one statement with a fixed number of parameters.
 */
import type { Queryable } from '../../db/db.ts';

export interface StoredPerson {
  id: string;
  employee_number: string;
  first_name: string;
  last_name: string;
  work_email: string | null;
  personal_email: string | null;
  language: string | null;
  department: string | null;
  site_key: string | null;
  job_title: string | null;
  manager_number: string | null;
  start_date: string | null;
  end_date: string | null;
  birth_day: number | null;
  birth_month: number | null;
  birth_year: number | null;
  sensitive: boolean;
  employment_type: string | null;
  external_id: string | null;
  user_name: string | null;
  scim_ended_on: string | null;
  deprovisioned_at: Date | null;
}

const STORED_PERSON = `select p.id, p.employee_number, p.first_name, p.last_name, p.work_email, p.personal_email, p.language,
            p.department, lower(s.name) as site_key, p.job_title, m.employee_number as manager_number,
            p.start_date, p.end_date, p.birth_day, p.birth_month, p.birth_year, p.sensitive, p.employment_type,
            p.external_id, p.user_name, p.scim_ended_on, p.deprovisioned_at
       from people p left join sites s on s.id = p.site_id left join people m on m.id = p.manager_id`;

/** What an import keeps of each stored person: enough to match, cross-check and write, and a digest to compare. */
export interface StoredKeys {
  id: string;
  employee_number: string;
  work_email: string | null;
  manager_number: string | null;
  start_date: string | null;
  end_date: string | null;
}

/**
 * Every stored person of the organisation by their keys, with `digest` (people.write.ts digester:
 * an SQL expression over p, s and m) of the fields the import compares: no stored row is read
 * whole. The rows come as one JSON text, parsed here: on PGlite that is twice as fast as 100,000
 * rows each made into an object in its thread and copied across.
 */
export async function loadStoredKeys(q: Queryable, orgId: string, digest: string): Promise<(StoredKeys & { digest: string })[]> {
  const [{ rows }] = await q.query<{ rows: string }>(
    `select coalesce(json_agg(json_build_array(p.id, p.employee_number, p.work_email, m.employee_number, p.start_date, p.end_date, ${digest}))::text, '[]') as rows
       from people p left join sites s on s.id = p.site_id left join people m on m.id = p.manager_id
      where p.org_id = $1`,
    [orgId],
  );
  type Row = [string, string, string | null, string | null, string | null, string | null, string];
  return (JSON.parse(rows) as Row[]).map(([id, employee_number, work_email, manager_number, start_date, end_date, digest]) => ({
    id,
    employee_number,
    work_email,
    manager_number,
    start_date,
    end_date,
    digest,
  }));
}

/** Only the people a small write names: by employee number, by work email, or by id. */
export async function loadStoredPeopleNamed(
  q: Queryable,
  orgId: string,
  named: { numbers: string[]; emails: string[]; ids: string[] },
): Promise<StoredPerson[]> {
  return q.query<StoredPerson>(
    `${STORED_PERSON}
      where p.org_id = $1 and (p.employee_number = any($2::text[]) or p.work_email = any($3::text[]) or p.id = any($4::uuid[]))`,
    [orgId, named.numbers, named.emails, named.ids],
  );
}

export interface StoredSite {
  id: string;
  key: string;
  region: string | null;
  country: string;
}

/** The organisation's sites, or only those with these lower-cased names. */
export async function loadSites(q: Queryable, orgId: string, keys?: string[]): Promise<StoredSite[]> {
  if (keys) {
    return q.query<StoredSite>(
      `select id, lower(name) as key, region, country from sites where org_id = $1 and lower(name) = any($2::text[])`,
      [orgId, keys],
    );
  }
  return q.query<StoredSite>(`select id, lower(name) as key, region, country from sites where org_id = $1`, [orgId]);
}

export async function insertSite(q: Queryable, orgId: string, s: { name: string; region: string | null; country: string | null }) {
  const [row] = await q.query<{ id: string }>(
    `insert into sites (org_id, name, region, country) values ($1, $2, $3, coalesce($4, 'BE')) returning id`,
    [orgId, s.name, s.region, s.country],
  );
  return row.id;
}

export async function updateSiteRegion(q: Queryable, orgId: string, id: string, region: string | null, country: string | null) {
  await q.query(`update sites set region = $3, country = coalesce($4, country) where org_id = $1 and id = $2`, [
    orgId,
    id,
    region,
    country,
  ]);
}

/** The person columns an import writes, with their SQL array types. */
export const PERSON_COLUMNS = {
  first_name: 'text',
  last_name: 'text',
  work_email: 'text',
  personal_email: 'text',
  language: 'text',
  department: 'text',
  site_id: 'uuid',
  job_title: 'text',
  start_date: 'date',
  end_date: 'date',
  birth_day: 'smallint',
  birth_month: 'smallint',
  birth_year: 'smallint',
  sensitive: 'boolean',
  employment_type: 'text',
  external_id: 'text',
  user_name: 'text',
  scim_ended_on: 'date',
  deprovisioned_at: 'timestamptz',
} as const;
export type PersonColumn = keyof typeof PERSON_COLUMNS;

/** From this many new people on, they are loaded with COPY (one row at a time stays an INSERT). */
const COPY_FROM_ROWS = 500;

/** One value in COPY's CSV: empty for NULL, quoted when it holds a quote, comma or line break (or is empty text). */
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v);
  return s === '' || /[",\r\n\\]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function copyCsv(orgId: string, now: Date, ids: string[], numbers: string[], managers: (string | null)[], columns: unknown[][]): string {
  const fixed = `${orgId},${now.toISOString()},${now.toISOString()},`;
  const lines: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    let line = `${fixed}${ids[i]},${copyValue(numbers[i])},${copyValue(managers[i])}`;
    for (const c of columns) line += `,${copyValue(c[i])}`;
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}

/** Whether any enabled webhook endpoint of the organisation wants one of these event types (else events are not built at all). */
export async function wantsEvents(q: Queryable, orgId: string, types: string[]): Promise<boolean> {
  const rows = await q.query(
    `select 1 from webhook_endpoints where org_id = $1 and enabled and (event_types = '{}' or event_types && $2::text[]) limit 1`,
    [orgId, types],
  );
  return rows.length > 0;
}

/** Inserts new people with ids chosen by the caller, so managers are set in the same statement. */
export async function insertPeople(
  q: Queryable,
  orgId: string,
  ids: string[],
  numbers: string[],
  managers: (string | null)[],
  columns: Record<PersonColumn, unknown[]>,
  now: Date,
) {
  const names = Object.keys(PERSON_COLUMNS) as PersonColumn[];
  if (q.copyFrom && ids.length >= COPY_FROM_ROWS) {
    await q.copyFrom(
      `copy people (org_id, created_at, updated_at, id, employee_number, manager_id, ${names.join(', ')}) from '/dev/blob' with (format csv)`,
      copyCsv(
        orgId,
        now,
        ids,
        numbers,
        managers,
        names.map((n) => columns[n]),
      ),
    );
    return;
  }
  const params: unknown[] = [orgId, now, ids, numbers, managers, ...names.map((n) => columns[n])];
  await q.query(
    `insert into people (org_id, created_at, updated_at, id, employee_number, manager_id, ${names.join(', ')})
     select $1, $2, $2, v.* from unnest($3::uuid[], $4::text[], $5::uuid[], ${names.map((n, i) => `$${i + 6}::${PERSON_COLUMNS[n]}[]`).join(', ')}) as v`,
    params,
  );
}

/** Updates only the given columns of the people with these employee numbers. */
export async function updatePeople(
  q: Queryable,
  orgId: string,
  numbers: string[],
  columns: Partial<Record<PersonColumn, unknown[]>>,
  now: Date,
) {
  const names = Object.keys(columns) as PersonColumn[];
  if (names.length === 0) return;
  const params: unknown[] = [orgId, now, numbers, ...names.map((n) => columns[n])];
  await q.query(
    `update people p set updated_at = $2, ${names.map((n) => `${n} = v.${n}`).join(', ')}
       from unnest($3::text[], ${names.map((n, i) => `$${i + 4}::${PERSON_COLUMNS[n]}[]`).join(', ')})
            as v(employee_number, ${names.join(', ')})
      where p.org_id = $1 and p.employee_number = v.employee_number`,
    params,
  );
}

/**
 * Takes the work email off these people for the rest of the transaction: a write that moves emails
 * between people (two swapping theirs, a new hire taking a leaver's) then never holds one email
 * twice on the way, which the unique index refuses at once, whatever the order of the rows.
 */
export async function releaseWorkEmails(q: Queryable, orgId: string, numbers: string[]) {
  await q.query(`update people set work_email = null where org_id = $1 and employee_number = any($2::text[]) and work_email is not null`, [
    orgId,
    numbers,
  ]);
}

/** Sets managers by employee number; a null manager number clears the manager. */
export async function setManagers(q: Queryable, orgId: string, numbers: string[], managers: (string | null)[], now: Date) {
  await q.query(
    `update people p set manager_id = m.id, updated_at = $2
       from unnest($3::text[], $4::text[]) as v(employee_number, manager_number)
       left join people m on m.org_id = $1 and m.employee_number = v.manager_number
      where p.org_id = $1 and p.employee_number = v.employee_number`,
    [orgId, now, numbers, managers],
  );
}

/** People who can sign in are linked to their record by work email. */
export async function linkUsersToPeople(q: Queryable, orgId: string) {
  await q.query(
    `update users u set person_id = p.id from people p
      where u.org_id = $1 and p.org_id = $1 and u.person_id is null and p.work_email = u.email`,
    [orgId],
  );
}
