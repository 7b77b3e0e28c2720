/** The SQL of SCIM provisioning; the organisation is always an argument. */
import type { Queryable } from '../../db/db.ts';
import { authChanged } from '../../platform/auth-changes.ts';
import type { StoredPerson, StoredSite } from '../people/people.service.ts';
import type { SqlFilter } from './scim.query.ts';
import type { ScimRow } from './scim.users.ts';
import { withFields } from '../../platform/objects.ts';

const SELECT = `select p.id, p.external_id, p.user_name, p.employee_number, p.first_name, p.last_name, p.work_email,
       p.personal_email, p.language, p.department, p.job_title, s.name as site_name, p.manager_id, p.created_at,
       p.updated_at, (p.scim_ended_on is null and (p.end_date is null or p.end_date >= $2::date)) as active
  from people p left join sites s on s.id = p.site_id`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

/** A provisioned (not deleted) person of the organisation, or null. */
export async function getUser(q: Queryable, orgId: string, today: string, id: string, lock = false): Promise<ScimRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await q.query<ScimRow>(
    `${SELECT} where p.org_id = $1 and p.id = $3 and p.deprovisioned_at is null${lock ? ' for update of p' : ''}`,
    [orgId, today, id],
  );
  return row ?? null;
}

/** One page of people matching the filter (1-based startIndex), with the total. */
export async function listUsers(
  q: Queryable,
  orgId: string,
  today: string,
  filter: SqlFilter | null,
  startIndex: number,
  count: number,
): Promise<{ rows: ScimRow[]; total: number }> {
  const where = `p.org_id = $1 and p.deprovisioned_at is null${filter ? ` and (${filter.sql})` : ''}`;
  const params = [orgId, today, ...(filter?.params ?? [])];
  const n = params.length;
  if (count === 0) {
    const [{ total }] = await q.query<{ total: number }>(
      `select count(*)::int as total from people p where ${where} and $2::date is not null`,
      params,
    );
    return { rows: [], total };
  }
  const rows = await q.query<ScimRow & { total: number }>(
    `${SELECT.replace('as active', 'as active, count(*) over ()::int as total')} where ${where}
      order by p.created_at, p.id offset $${n + 1} limit $${n + 2}`,
    [...params, startIndex - 1, count],
  );
  if (rows.length === 0 && startIndex > 1) return listUsers(q, orgId, today, filter, 1, 0);
  return { rows, total: rows[0]?.total ?? 0 };
}

const WRITE_COLUMNS = `select p.id, p.employee_number, p.first_name, p.last_name, p.work_email, p.personal_email, p.language,
         p.department, lower(s.name) as site_key, s.name as site_name, p.job_title, m.employee_number as manager_number,
         p.start_date, p.end_date, p.birth_day, p.birth_month, p.birth_year, p.sensitive, p.employment_type,
         p.external_id, p.user_name, p.scim_ended_on, p.deprovisioned_at, p.created_at, p.updated_at, p.manager_id
    from people p left join sites s on s.id = p.site_id left join people m on m.id = p.manager_id
   where p.org_id = $1 and`;
/** One indexed look-up per way of naming a person (an OR of them would scan the organisation). */
const NAMED = [
  'p.id = any($2::uuid[])',
  'p.employee_number = any($3::text[])',
  'p.work_email is not null and p.work_email = any($4::text[])',
  'p.user_name is not null and lower(p.user_name) = lower($5::text)',
  'p.external_id is not null and p.external_id = $6::text',
]
  .map((c) => `${WRITE_COLUMNS} ${c}`)
  .join(' union ');

export interface WriteRow extends StoredPerson {
  created_at: Date;
  updated_at: Date;
  manager_id: string | null;
  site_name: string | null;
}

/**
 * What one SCIM write needs to know, in one statement: the person it writes (by id or employee
 * number), the manager it names (by id), whoever holds the work email, userName or externalId, and
 * the site it names.
 */
export async function loadForWrite(
  q: Queryable,
  orgId: string,
  named: { ids: string[]; numbers: string[]; emails: string[]; userName: string | null; externalId: string | null; site: string | null },
): Promise<{ people: WriteRow[]; sites: (StoredSite & { name: string })[]; unlinked: boolean }> {
  const [row] = await q.query<{
    people: (WriteRow & { created_at: string; updated_at: string; deprovisioned_at: string | null })[];
    sites: (StoredSite & { name: string })[];
    unlinked: boolean;
  }>(
    `select
       (select coalesce(json_agg(x), '[]') from (${NAMED}) x) as people,
       (select coalesce(json_agg(json_build_object('id', id, 'key', lower(name), 'name', name, 'region', region, 'country', country)), '[]')
          from sites where org_id = $1 and lower(name) = lower($7::text)) as sites,
       exists (select 1 from users where org_id = $1 and email = any($4::text[]) and person_id is null) as unlinked`,
    [orgId, named.ids.filter(isUuid), named.numbers, named.emails, named.userName, named.externalId, named.site],
  );
  const date = (v: string | null) => (v === null ? null : new Date(v));
  return {
    people: row.people.map((p) =>
      withFields(p, {
        created_at: new Date(p.created_at),
        updated_at: new Date(p.updated_at),
        deprovisioned_at: date(p.deprovisioned_at),
      }),
    ),
    sites: row.sites,
    /** An account with one of the emails waits to be linked to its person. */
    unlinked: row.unlinked,
  };
}

/** Gives a person a new employee number (the client changed it); the caller checked it is free. */
export async function renumber(q: Queryable, orgId: string, id: string, number: string): Promise<void> {
  await q.query(`update people set employee_number = $3 where org_id = $1 and id = $2`, [orgId, id, number]);
}

/**
 * Ends the access of a person's work accounts: disabled, signed out everywhere, API tokens revoked
 * (an alumni account, the person's own choice with a personal address, stays). The
 * organisation's last enabled admin is left enabled, so nobody is locked out of their own
 * organisation by a directory change. Returns how many accounts were disabled.
 */
export async function endAccess(q: Queryable, orgId: string, personId: string, now: Date): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `with target as (
       select u.id from users u
        where u.org_id = $1 and u.person_id = $2 and u.disabled_at is null and u.role <> 'alumni'
          and not (u.role = 'admin' and (select count(*) from users a where a.org_id = $1 and a.role = 'admin' and a.disabled_at is null) <= 1)),
     disabled as (update users u set disabled_at = $3 from target t where u.id = t.id returning u.id),
     signed_out as (delete from sessions s using disabled d where s.user_id = d.id),
     revoked as (update api_tokens a set revoked_at = $3 from disabled d where a.user_id = d.id and a.revoked_at is null)
     select count(*)::int as n from disabled`,
    [orgId, personId, now],
  );
  authChanged(q);
  return row.n;
}
