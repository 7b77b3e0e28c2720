/** SQL for the people directory. The organisation id is a required argument everywhere. */
import type { Queryable } from '../../db/db.ts';
import { mailLanguageSql } from '../../platform/language.ts';
import type { PeopleCursor } from './people.search.ts';
import type { PersonRef } from './people.policy.ts';

export interface PersonRow {
  id: string;
  employee_number: string;
  first_name: string;
  last_name: string;
  work_email: string | null;
  personal_email: string | null;
  language: 'nl' | 'fr' | 'en' | 'de' | null;
  department: string | null;
  site_id: string | null;
  site_name: string | null;
  site_region: 'flanders' | 'brussels' | 'wallonia' | 'abroad' | null;
  site_country: string | null;
  job_title: string | null;
  manager_id: string | null;
  manager_first_name: string | null;
  manager_last_name: string | null;
  manager_employee_number: string | null;
  start_date: string | null;
  end_date: string | null;
  birth_day: number | null;
  birth_month: number | null;
  birth_year: number | null;
  sensitive: boolean;
  employment_type: string | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  select p.id, p.employee_number, p.first_name, p.last_name, p.work_email, p.personal_email, p.language,
         p.department, p.site_id, s.name as site_name, s.region as site_region, s.country as site_country,
         p.job_title, p.manager_id, m.first_name as manager_first_name, m.last_name as manager_last_name,
         m.employee_number as manager_employee_number, p.start_date, p.end_date,
         p.birth_day, p.birth_month, p.birth_year, p.sensitive, p.employment_type, p.created_at, p.updated_at
    from people p
    left join sites s on s.id = p.site_id
    left join people m on m.id = p.manager_id`;

export interface PeopleFilter {
  /** Already folded and LIKE-escaped. */
  q?: string;
  department?: string;
  siteId?: string;
  language?: string;
  startFrom?: string;
  startTo?: string;
  managerId?: string;
}

function where(orgId: string, f: PeopleFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [orgId];
  const parts = ['p.org_id = $1'];
  const add = (cond: (n: string) => string, value: unknown) => {
    params.push(value);
    parts.push(cond(`$${params.length}`));
  };
  if (f.q) add((n) => `p.search_text like '%' || ${n} || '%'`, f.q);
  if (f.department) add((n) => `p.department = ${n}`, f.department);
  if (f.siteId) add((n) => `p.site_id = ${n}`, f.siteId);
  if (f.language) add((n) => `p.language = ${n}`, f.language);
  if (f.startFrom) add((n) => `p.start_date >= ${n}::date`, f.startFrom);
  if (f.startTo) add((n) => `p.start_date <= ${n}::date`, f.startTo);
  if (f.managerId) add((n) => `p.manager_id = ${n}`, f.managerId);
  return { sql: parts.join(' and '), params };
}

/** One page in name order; `limit + 1` rows are read so the caller knows whether more follow. */
export async function searchPeople(q: Queryable, orgId: string, f: PeopleFilter, page: { limit: number; after?: PeopleCursor }) {
  const w = where(orgId, f);
  const params = [...w.params];
  let keyset = '';
  if (page.after) {
    params.push(page.after.lastName, page.after.firstName, page.after.id);
    const n = params.length;
    keyset = ` and (p.last_name, p.first_name, p.id) > ($${n - 2}, $${n - 1}, $${n}::uuid)`;
  }
  params.push(page.limit + 1);
  if (f.q && f.q.length >= 3) {
    // With 3 letters or more the trigram index finds the matches; ordering only those is steady,
    // where walking the name index and filtering is fast or very slow depending on the letters.
    return q.query<PersonRow>(
      `with hit as materialized (select p.id from people p where ${w.sql}${keyset}),
            top as (select p.id from people p join hit on hit.id = p.id order by p.last_name, p.first_name, p.id limit $${params.length})
       ${SELECT} join top on top.id = p.id order by p.last_name, p.first_name, p.id`,
      params,
    );
  }
  return q.query<PersonRow>(`${SELECT} where ${w.sql}${keyset} order by p.last_name, p.first_name, p.id limit $${params.length}`, params);
}

export async function countPeople(q: Queryable, orgId: string, f: PeopleFilter): Promise<number> {
  const w = where(orgId, f);
  const [row] = await q.query<{ n: number }>(`select count(*)::int as n from people p where ${w.sql}`, w.params);
  return row.n;
}

export async function getPerson(q: Queryable, orgId: string, id: string): Promise<PersonRow | undefined> {
  const [row] = await q.query<PersonRow>(`${SELECT} where p.org_id = $1 and p.id = $2`, [orgId, id]);
  return row;
}

export async function listDepartments(q: Queryable, orgId: string): Promise<string[]> {
  const rows = await q.query<{ department: string }>(
    `select distinct department from people where org_id = $1 and department is not null order by department`,
    [orgId],
  );
  return rows.map((r) => r.department);
}

/** A page of the whole directory for export, in employee-number order. */
export async function exportPage(q: Queryable, orgId: string, afterNumber: string | null, limit: number) {
  return q.query<PersonRow>(
    `${SELECT} where p.org_id = $1 and ($2::text is null or p.employee_number > $2) order by p.employee_number limit $3`,
    [orgId, afterNumber, limit],
  );
}

export function listSites(q: Queryable, orgId: string) {
  return q.query<{ id: string; name: string; region: string | null }>(
    'select id, name, region from sites where org_id = $1 order by name',
    [orgId],
  );
}

/** What the rules about a person need (people.policy.ts); undefined when not in this organisation. */
export async function getPersonRef(q: Queryable, orgId: string, personId: string): Promise<PersonRef | undefined> {
  const [row] = await q.query<PersonRef>(`select id, manager_id from people where org_id = $1 and id = $2`, [orgId, personId]);
  return row;
}

export interface PersonFacts {
  id: string;
  first_name: string;
  last_name: string;
  work_email: string | null;
  personal_email: string | null;
  language: 'nl' | 'fr' | 'en' | 'de' | null;
  /** The language to write to them in: their account's choice, else `language`, else the organisation's (platform/language.ts). */
  mail_language: string;
  sensitive: boolean;
  start_date: string | null;
  end_date: string | null;
  department: string | null;
  region: string | null;
}

export async function getPersonFacts(q: Queryable, orgId: string, personId: string): Promise<PersonFacts | undefined> {
  const [row] = await q.query<PersonFacts>(
    `select p.id, p.first_name, p.last_name, p.work_email, p.personal_email, p.language, ${mailLanguageSql('p')} as mail_language,
            p.sensitive, p.start_date, p.end_date,
            p.department, s.region
       from people p left join sites s on s.id = p.site_id where p.org_id = $1 and p.id = $2`,
    [orgId, personId],
  );
  return row;
}
