/** The SQL of alumni ambassadors (alumni.service.ts): organisation id required everywhere. */
import type { Queryable } from '../../db/db.ts';
import { authChanged } from '../../platform/auth-changes.ts';
import { mailLanguageSql } from '../../platform/language.ts';

export interface AlumniSubject {
  org_id: string;
  person_id: string;
  first_name: string;
  last_name: string;
  work_email: string | null;
  personal_email: string | null;
  start_date: string | null;
  end_date: string | null;
  sensitive: boolean;
  /** The language mails and pages speak to the person in. */
  language: string;
  org_name: string;
  brand_colour: string | null;
  /** An end date is set (offboarding) or the retirement journey has written to them. */
  eligible: boolean;
  /** The alumni row, when they chose (left_at set: they left the alumni program since). */
  alumni_email: string | null;
  chosen_at: Date | null;
  left_at: Date | null;
  user_id: string | null;
  /** Their ambassadorship's scope when active (careers pages: 'external'). */
  scope: 'internal' | 'external' | null;
}

const SUBJECT = `
  select p.org_id, p.id as person_id, p.first_name, p.last_name, p.work_email, p.personal_email,
         p.start_date::text as start_date, coalesce(p.end_date, p.scim_ended_on)::text as end_date, p.sensitive,
         ${mailLanguageSql('p')} as language, o.name as org_name, o.brand_colour,
         (p.end_date is not null or p.scim_ended_on is not null or p.deprovisioned_at is not null
          or exists (select 1 from deliveries d join journey_steps js on js.id = d.step_id and js.org_id = d.org_id
                      where d.org_id = p.org_id and d.person_id = p.id and js.anchor = 'retirement')) as eligible,
         al.email as alumni_email, al.chosen_at, al.left_at, al.user_id,
         (select a.scope from ambassadors a where a.org_id = p.org_id and a.person_id = p.id and a.active) as scope
    from people p
    join organisations o on o.id = p.org_id
    left join alumni_ambassadors al on al.org_id = p.org_id and al.person_id = p.id`;

export async function subject(q: Queryable, orgId: string, personId: string): Promise<AlumniSubject | undefined> {
  const [row] = await q.query<AlumniSubject>(`${SUBJECT} where p.org_id = $1 and p.id = $2`, [orgId, personId]);
  return row;
}

/** For a mailed link, which names the person only: its organisation is then checked by the signature. */
export async function subjectByPerson(q: Queryable, personId: string): Promise<AlumniSubject | undefined> {
  const [row] = await q.query<AlumniSubject>(`${SUBJECT} where p.id = $1`, [personId]);
  return row;
}

/** The choice: a new row, or a return after leaving (a fresh start: chosen again, with this address). */
export async function upsertChoice(
  q: Queryable,
  a: { orgId: string; personId: string; email: string; now: Date; source: 'app' | 'link'; userId: string | null; careers: boolean },
) {
  await q.query(
    `insert into alumni_ambassadors (org_id, person_id, email, chosen_at, user_id, source, careers)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (org_id, person_id) do update set
       email = excluded.email, chosen_at = excluded.chosen_at, user_id = excluded.user_id, source = excluded.source,
       careers = excluded.careers, left_at = null`,
    [a.orgId, a.personId, a.email, a.now, a.userId, a.source, a.careers],
  );
}

/**
 * Serialises choices of one person: the person row locked for the rest of the transaction, so a
 * double submit waits for the first and then finds the choice made (alumni.service.ts, choose).
 */
export async function lockPerson(q: Queryable, orgId: string, personId: string): Promise<boolean> {
  const rows = await q.query(`select 1 from people where org_id = $1 and id = $2 for update`, [orgId, personId]);
  return rows.length > 0;
}

/** The person's alumni row if they are in the program, locked (the invitation accepted). */
export async function lockActive(q: Queryable, orgId: string, personId: string): Promise<{ careers: boolean } | undefined> {
  const [row] = await q.query<{ careers: boolean }>(
    `select careers from alumni_ambassadors where org_id = $1 and person_id = $2 and left_at is null for update`,
    [orgId, personId],
  );
  return row;
}

export async function setAccount(q: Queryable, orgId: string, personId: string, userId: string) {
  await q.query(`update alumni_ambassadors set user_id = $3 where org_id = $1 and person_id = $2`, [orgId, personId, userId]);
}

/** Leaving the alumni program: false when they were not (or no longer) in it. */
export async function leave(q: Queryable, orgId: string, personId: string, now: Date): Promise<boolean> {
  const rows = await q.query(
    `update alumni_ambassadors set left_at = $3 where org_id = $1 and person_id = $2 and left_at is null returning 1`,
    [orgId, personId, now],
  );
  return rows.length > 0;
}

/** Erasure: the row itself goes. */
export async function remove(q: Queryable, orgId: string, personId: string): Promise<number> {
  const rows = await q.query(`delete from alumni_ambassadors where org_id = $1 and person_id = $2 returning 1`, [orgId, personId]);
  return rows.length;
}

export interface AccountRow {
  id: string;
  role: string;
  person_id: string | null;
  disabled_at: Date | null;
}

export async function accountByEmail(q: Queryable, orgId: string, email: string): Promise<AccountRow | undefined> {
  const [row] = await q.query<AccountRow>(`select id, role, person_id, disabled_at from users where org_id = $1 and email = $2`, [
    orgId,
    email,
  ]);
  return row;
}

/**
 * The alumni accounts of a person: enabled again (a return), or disabled with their sessions and API
 * tokens (leaving, erasure). Only role 'alumni': the work accounts are HR's and SCIM's to end.
 * (As scim.repo.ts's endAccess, this writes accounts directly: one statement, no other way in.)
 */
export async function enableAlumniAccount(q: Queryable, orgId: string, userId: string) {
  await q.query(`update users set disabled_at = null where org_id = $1 and id = $2 and role = 'alumni'`, [orgId, userId]);
}

export async function disableAlumniAccounts(q: Queryable, orgId: string, personId: string, now: Date): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `with target as (
       update users set disabled_at = $3
        where org_id = $1 and person_id = $2 and role = 'alumni' and disabled_at is null returning id),
     signed_out as (delete from sessions s using target t where s.user_id = t.id),
     revoked as (update api_tokens a set revoked_at = $3 from target t where a.user_id = t.id and a.revoked_at is null),
     invitations as (update invitations set revoked_at = $3
                      where org_id = $1 and person_id = $2 and role = 'alumni' and accepted_at is null and revoked_at is null)
     select count(*)::int as n from target`,
    [orgId, personId, now],
  );
  authChanged(q);
  return row.n;
}

export interface AlumniListRow {
  person_id: string;
  first_name: string;
  last_name: string;
  chosen_at: Date;
  left_at: Date | null;
  source: 'app' | 'link';
  end_date: string | null;
  scope: 'internal' | 'external' | null;
  account: 'invited' | 'active' | 'disabled' | 'none';
  /** Stories, community posts and answered questions in the last 90 days. */
  recent_activity: number;
}

/** The organisation's alumni, for coordinators: who chose, since when, still in, active lately. */
export async function list(q: Queryable, orgId: string, now: Date): Promise<AlumniListRow[]> {
  return q.query<AlumniListRow>(
    `select al.person_id, p.first_name, p.last_name, al.chosen_at, al.left_at, al.source,
            coalesce(p.end_date, p.scim_ended_on)::text as end_date,
            (select a.scope from ambassadors a where a.org_id = al.org_id and a.person_id = al.person_id and a.active) as scope,
            case when u.id is null then
                   case when exists (select 1 from invitations i where i.org_id = al.org_id and i.person_id = al.person_id
                                        and i.role = 'alumni' and i.accepted_at is null and i.revoked_at is null and i.expires_at > $2)
                        then 'invited' else 'none' end
                 when u.disabled_at is not null then 'disabled' else 'active' end as account,
            ((select count(*) from stories s where s.org_id = al.org_id and s.author_person_id = al.person_id
                and s.deleted_at is null and s.published_at > $2 - interval '90 days')
             + (select count(*) from community_posts cp where cp.org_id = al.org_id and cp.author_person_id = al.person_id
                and cp.kind = 'post' and cp.deleted_at is null and cp.published_at > $2 - interval '90 days')
             + (select count(*) from questions qu where qu.org_id = al.org_id and qu.person_id = al.person_id
                and qu.answered_at > $2 - interval '90 days'))::int as recent_activity
       from alumni_ambassadors al
       join people p on p.org_id = al.org_id and p.id = al.person_id
       left join users u on u.org_id = al.org_id and u.id = al.user_id
      where al.org_id = $1
      order by al.left_at is not null, p.first_name, p.last_name, al.person_id`,
    [orgId, now],
  );
}
