/**
 * SQL for reading the audit log as people read it: who (the actor's name when their account is
 * someone in the directory), what was done to what (the target's name: a person, an account's
 * address, a journey, a story's title...), with the place in the web app where it lives. A target
 * that is gone keeps the name its entry recorded (details.name, .title, .email), without a link.
 * Filters: the start of the action, a person (as actor or target), and days of the organisation.
 */
import type { Queryable } from '../../db/db.ts';

export interface AuditFilter {
  /** Only actions starting with this (`auth.`), or exactly one action. */
  action?: string;
  /** Someone in the directory, as the actor (their account) or the target (themselves, their account, a delivery to them). */
  personId?: string;
  /** Days (yyyy-mm-dd) in the organisation's time zone, both included. */
  from?: string;
  to?: string;
}

export interface AuditEntryRow {
  id: number;
  at: Date;
  action: string;
  actor_user_id: string | null;
  actor_label: string;
  actor_email: string | null;
  actor_person_id: string | null;
  actor_name: string | null;
  target_type: string | null;
  target_id: string | null;
  target_label: string | null;
  target_link: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

const UUID = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

/**
 * A localized text column (jsonb {"nl": ..}) or a plain one, read in `lang` and else any language:
 * to_jsonb() turns both into jsonb, so this reads either.
 */
const localized = (col: string, lang: string) =>
  `coalesce(to_jsonb(${col}) ->> ${lang}, to_jsonb(${col}) ->> 'en', to_jsonb(${col}) ->> 'nl', to_jsonb(${col}) ->> 'fr', to_jsonb(${col}) #>> '{}')`;

/** The target's name and link, one branch per kind of target (each branch runs only for its kind). */
const targetLateral = (lang: string) => `
  left join lateral (select case when e.target_id ~ ${UUID} then e.target_id::uuid end as id) tid on true
  left join lateral (
    select p.first_name || ' ' || p.last_name as label, '/people/' || p.id as link
      from people p where e.target_type = 'person' and p.id = tid.id and p.org_id = e.org_id
    union all
    select coalesce(tp.first_name || ' ' || tp.last_name || ' (' || u.email || ')', u.email),
           case when tp.id is not null then '/people/' || tp.id else '/users' end
      from users u left join people tp on tp.id = u.person_id
     where e.target_type = 'user' and u.id = tid.id and u.org_id = e.org_id
    union all
    select ${localized('j.name', lang)}, '/journeys/' || j.id
      from journeys j where e.target_type = 'journey' and j.id = tid.id and j.org_id = e.org_id
    union all
    select ${localized('s.name', lang)} || ' (' || ${localized('j.name', lang)} || ')', '/journeys/' || j.id
      from journey_steps s join journeys j on j.id = s.journey_id
     where e.target_type = 'journey_step' and s.id = tid.id and s.org_id = e.org_id
    union all
    select st.title, case when st.deleted_at is null then '/stories/' || st.id end
      from stories st where e.target_type = 'story' and st.id = tid.id and st.org_id = e.org_id
    union all
    select r.title, '/learning' from resources r where e.target_type = 'resource' and r.id = tid.id and r.org_id = e.org_id
    union all
    select t.name || ' (' || tu.email || ')', '/tokens'
      from api_tokens t join users tu on tu.id = t.user_id where e.target_type = 'api_token' and t.id = tid.id and t.org_id = e.org_id
    union all
    select i.email, '/users' from invitations i where e.target_type = 'invitation' and i.id = tid.id and i.org_id = e.org_id
    union all
    select si.name, '/settings' from sites si where e.target_type = 'site' and si.id = tid.id and si.org_id = e.org_id
    union all
    select o.name, '/settings' from organisations o where e.target_type = 'organisation' and o.id = tid.id and o.id = e.org_id
    union all
    select dp.first_name || ' ' || dp.last_name || ': ' || ${localized('ds.name', lang)}, '/deliveries'
      from deliveries d join people dp on dp.id = d.person_id join journey_steps ds on ds.id = d.step_id
     where e.target_type = 'delivery' and d.id = tid.id and d.org_id = e.org_id
    limit 1
  ) t on true`;

/** The where clause of a filter; `$1` is the organisation, the filter's values follow from `$first`. */
function where(f: AuditFilter, first: number): { sql: string; params: unknown[] } {
  const conds = ['a.org_id = $1'];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${first + params.length - 1}`;
  };
  if (f.action) {
    // A prefix, matched literally: % and _ in it are not wildcards.
    conds.push(`left(a.action, length(${p(f.action)}::text)) = $${first + params.length - 1}::text`);
  }
  if (f.from) conds.push(`a.at >= (${p(f.from)}::date::timestamp at time zone o.time_zone)`);
  if (f.to) conds.push(`a.at < ((${p(f.to)}::date + 1)::timestamp at time zone o.time_zone)`);
  if (f.personId) {
    const person = p(f.personId);
    conds.push(`(
      a.actor_user_id in (select u.id from users u where u.org_id = $1 and u.person_id = ${person}::uuid)
      or (a.target_type = 'person' and a.target_id = ${person}::text)
      or (a.target_type = 'user' and a.target_id in (select u.id::text from users u where u.org_id = $1 and u.person_id = ${person}::uuid))
      or (a.target_type = 'delivery' and a.target_id in (select d.id::text from deliveries d where d.org_id = $1 and d.person_id = ${person}::uuid))
      -- A failed sign-in has no account: its label is the address that was tried.
      or (a.actor_user_id is null and lower(a.actor_label) in (
            select lower(x.work_email) from people x where x.org_id = $1 and x.id = ${person}::uuid and x.work_email is not null
            union select lower(u.email) from users u where u.org_id = $1 and u.person_id = ${person}::uuid)))`);
  }
  return { sql: conds.join(' and '), params };
}

/**
 * Entries newest first, `limit` of them from before the id `before`. `lang` picks the language of
 * names that have several (journeys, steps).
 */
export async function listEntries(
  q: Queryable,
  orgId: string,
  f: AuditFilter,
  page: { before?: number; limit: number },
  lang: string,
): Promise<AuditEntryRow[]> {
  const w = where(f, 5);
  return q.query<AuditEntryRow>(
    `with entries as (
       select a.* from audit_log a join organisations o on o.id = a.org_id
        where ${w.sql} and ($2::bigint is null or a.id < $2)
        order by a.id desc limit $3)
     select e.id, e.at, e.action, e.actor_user_id, e.actor_label, au.email as actor_email,
            ap.id as actor_person_id, ap.first_name || ' ' || ap.last_name as actor_name,
            e.target_type, e.target_id,
            coalesce(t.label, e.details ->> 'name', e.details ->> 'title', e.details ->> 'email') as target_label,
            t.link as target_link, e.details, e.ip
       from entries e
       left join users au on au.id = e.actor_user_id and au.org_id = e.org_id
       left join people ap on ap.id = au.person_id and ap.org_id = e.org_id
       ${targetLateral('$4::text')}
      order by e.id desc`,
    [orgId, page.before ?? null, page.limit, lang, ...w.params],
  );
}

/** The organisation's language, for names and the CSV when none is asked for. */
export async function orgLanguage(q: Queryable, orgId: string): Promise<string> {
  const [row] = await q.query<{ default_language: string }>(`select default_language from organisations where id = $1`, [orgId]);
  return row?.default_language ?? 'en';
}

/** Whether `personId` is someone in this organisation's directory. */
export async function isPerson(q: Queryable, orgId: string, personId: string): Promise<boolean> {
  return (await q.query(`select 1 from people where org_id = $1 and id = $2`, [orgId, personId])).length > 0;
}
