/** SQL for the people directory. The organisation id is a required argument everywhere. */
import type { Queryable } from '../../db/db.ts';
import { mailLanguageSql } from '../../platform/language.ts';
import { searchTextMatch, type PeopleCursor } from './people.search.ts';
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
}

const SELECT = `
  select p.id, p.employee_number, p.first_name, p.last_name, p.work_email, p.personal_email, p.language,
         p.department, p.site_id, s.name as site_name, s.region as site_region, s.country as site_country,
         p.job_title, p.manager_id, m.first_name as manager_first_name, m.last_name as manager_last_name,
         m.employee_number as manager_employee_number, p.start_date, p.end_date,
         p.birth_day, p.birth_month, p.birth_year, p.sensitive, p.employment_type
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

/** The filters other than the name search, as SQL conditions on `p`: `params` holds $1 = orgId onwards. */
function where(
  orgId: string,
  f: PeopleFilter,
): { parts: string[]; params: unknown[]; add: (cond: (n: string) => string, value: unknown) => void } {
  const params: unknown[] = [orgId];
  const parts = ['p.org_id = $1'];
  const add = (cond: (n: string) => string, value: unknown) => {
    params.push(value);
    parts.push(cond(`$${params.length}`));
  };
  if (f.department) add((n) => `p.department = ${n}`, f.department);
  if (f.siteId) add((n) => `p.site_id = ${n}`, f.siteId);
  if (f.language) add((n) => `p.language = ${n}`, f.language);
  if (f.startFrom) add((n) => `p.start_date >= ${n}::date`, f.startFrom);
  if (f.startTo) add((n) => `p.start_date <= ${n}::date`, f.startTo);
  if (f.managerId) add((n) => `p.manager_id = ${n}`, f.managerId);
  return { parts, params, add };
}

/** The name search (searchTextMatch) with its parameters added to the filters'. */
function addSearch(w: ReturnType<typeof where>, q: string): string {
  return searchTextMatch(q, (value) => {
    w.params.push(value);
    return `$${w.params.length}`;
  });
}

const ORDER = 'p.last_name, p.first_name, p.id';
/** How far the name search walks the directory in name order before it collects the matches instead (see searchPeople). */
export const SEARCH_WALK = 2000;
/**
 * How many matches past the walk the name search sorts at most; with more, it walks on in name order
 * instead. Both limits were set on 100,000 people (25 fragments of one to four letters, each run 15
 * times): 2,000 and 4,000 gave a p95 of 15.7 ms, against 19.3 ms for 1,000 and 2,000, where a
 * fragment with 2,051 matches ("ys") collected 2,000 only to walk on, and one with 50 hits in the
 * first 1,000 people ("or") collected 2,000 to find the 51st.
 */
export const SEARCH_SORT_MOST = 4000;

/**
 * One page in name order; `limit + 1` rows are read so the caller knows whether more follow.
 *
 * Without q= the filters' indexes (people_org_name, _department, _site, _language) give the page in
 * order. With q= one statement does what is cheapest for the fragment, with the same answer either way:
 *  1. walk the first SEARCH_WALK people of the listing in name order and keep those that match,
 *     stopping when the page is full: a common fragment ("a", "an", "ann") fills it here, in well
 *     under a millisecond; the walk's last person, when it did not reach the end, marks where it stopped;
 *  2. only when the walk found fewer than the page and did not reach the end, collect the matches
 *     after the walk's last person through the search indexes (in the table's order, at most
 *     SEARCH_SORT_MOST of them) and, when that is all of them, sort them: a rare fragment ("zw", "quist").
 *     The matches are found first and compared with the walk's last person afterwards (offset 0): in
 *     one scan, the planner ANDed the search index with the name index over everyone after the walk
 *     (99,000 entries read for "ys", 11 ms);
 *  3. when there are more (a fragment rare among the first names in order but common further on,
 *     like "c" among the A's), walk on in name order from the walk's last person until the page is full.
 * Parts 2 and 3 run behind one-time filters: skipped when the walk is enough.
 * Walking only or collecting only is fast or very slow depending on the letters (a rare "zw"
 * walks all 100,000 people; a common "emb" sorts all of them).
 */
export async function searchPeople(
  q: Queryable,
  orgId: string,
  f: PeopleFilter,
  page: {
    limit: number;
    after?: PeopleCursor;
    /** Tests only: a shorter walk and fewer matches to sort, to reach every part with few people. */
    walk?: number;
    most?: number;
  },
) {
  const w = where(orgId, f);
  if (page.after) {
    w.params.push(page.after.lastName, page.after.firstName, page.after.id);
    const n = w.params.length;
    w.parts.push(`(${ORDER}) > ($${n - 2}, $${n - 1}, $${n}::uuid)`);
  }
  const filters = w.parts.join(' and ');
  if (!f.q) {
    w.params.push(page.limit + 1);
    return q.query<PersonRow>(`${SELECT} where ${filters} order by ${ORDER} limit $${w.params.length}`, w.params);
  }
  const search = addSearch(w, f.q);
  const likeParam = w.params.indexOf(f.q) + 1;
  w.params.push(page.limit + 1, page.walk ?? SEARCH_WALK, page.most ?? SEARCH_SORT_MOST);
  const lim = `$${w.params.length - 2}`;
  const walk = `$${w.params.length - 1}`;
  const most = `$${w.params.length}`;
  return q.query<PersonRow>(
    `with walked as materialized (
       select w.id, w.last_name, w.first_name, w.hit, w.n
         from (select p.id, p.last_name, p.first_name, p.search_text like '%' || $${likeParam} || '%' as hit,
                      row_number() over (order by ${ORDER}) as n
                 from people p where ${filters} order by ${ORDER} limit ${walk}) w
        where w.hit or w.n = ${walk} limit ${lim}),
     edge as (select last_name, first_name, id from walked where n = ${walk}),
     found as materialized (
       select f.id, f.last_name, f.first_name
         from (select p.id, p.last_name, p.first_name from people p where ${filters} and ${search} offset 0) f
        where (f.last_name, f.first_name, f.id) > ((select last_name from edge), (select first_name from edge), (select id from edge))
        limit ${most}),
     further as (
       select w.id, w.last_name, w.first_name
         from (select p.id, p.last_name, p.first_name, p.search_text like '%' || $${likeParam} || '%' as hit from people p
                where ${filters} and (${ORDER}) > ((select last_name from edge), (select first_name from edge), (select id from edge))
                order by ${ORDER} offset 0) w
        where w.hit limit ${lim}),
     hits as (
       select id, last_name, first_name from walked where hit
       union all
       (select id, last_name, first_name from found
         where (select count(*) from walked where hit) < ${lim}::bigint and (select id from edge) is not null
           and (select count(*) from found) < ${most}::bigint
         order by last_name, first_name, id limit ${lim})
       union all
       (select id, last_name, first_name from further
         where (select count(*) from walked where hit) < ${lim}::bigint and (select id from edge) is not null
           and (select count(*) from found) = ${most}::bigint)),
     top as (select id from hits order by last_name, first_name, id limit ${lim})
     ${SELECT} join top on top.id = p.id order by ${ORDER}`,
    w.params,
  );
}

export async function countPeople(q: Queryable, orgId: string, f: PeopleFilter): Promise<number> {
  const w = where(orgId, f);
  const search = f.q ? ` and ${addSearch(w, f.q)}` : '';
  const [row] = await q.query<{ n: number }>(`select count(*)::int as n from people p where ${w.parts.join(' and ')}${search}`, w.params);
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
