/** SQL for buddies: the candidates, the newcomer's line of managers, assignments. Organisation id required. */
import type { Queryable } from '../../db/db.ts';
import type { Candidate } from './buddy.ts';

export async function buddySettings(q: Queryable, orgId: string) {
  const [org] = await q.query<{ buddy_cap: number; time_zone: string }>(`select buddy_cap, time_zone from organisations where id = $1`, [
    orgId,
  ]);
  return org;
}

/**
 * Everyone, with how many newcomers they are a buddy of now: the index ranks from this. Languages are
 * the directory one plus those on an ambassador profile, except behind the scenes (colleagues never
 * learn from elsewhere who is in the program behind the scenes).
 */
export async function candidates(q: Queryable, orgId: string) {
  return q.query<Candidate>(
    `select p.id, p.first_name || ' ' || p.last_name as name, p.department, p.job_title, p.site_id, s.name as site_name, p.language,
            coalesce(a.languages, '{}') as languages, p.manager_id,
            p.start_date::text, p.end_date::text, p.buddy_volunteer as volunteer, coalesce(b.n, 0)::int as buddies
       from people p
       left join sites s on s.id = p.site_id and s.org_id = p.org_id
       left join ambassadors a on a.person_id = p.id and a.org_id = p.org_id and a.active and not a.behind_the_scenes
       left join (select buddy_person_id, count(*) as n from buddy_assignments where org_id = $1 and ended_at is null group by 1) b on b.buddy_person_id = p.id
      where p.org_id = $1`,
    [orgId],
  );
}

/** The newcomer's start date (null: none known; undefined: no such person). */
export async function startDate(q: Queryable, orgId: string, personId: string) {
  const [row] = await q.query<{ start_date: string | null }>(`select start_date::text from people where org_id = $1 and id = $2`, [
    orgId,
    personId,
  ]);
  return row;
}

export async function currentBuddy(q: Queryable, orgId: string, newcomerId: string) {
  const [row] = await q.query<{ buddy_person_id: string; name: string }>(
    `select a.buddy_person_id, p.first_name || ' ' || p.last_name as name from buddy_assignments a join people p on p.id = a.buddy_person_id
      where a.org_id = $1 and a.newcomer_person_id = $2 and a.ended_at is null`,
    [orgId, newcomerId],
  );
  return row;
}

export async function endAssignment(q: Queryable, orgId: string, newcomerId: string, now: Date) {
  await q.query(`update buddy_assignments set ended_at = $3 where org_id = $1 and newcomer_person_id = $2 and ended_at is null`, [
    orgId,
    newcomerId,
    now,
  ]);
}

/** Whether `personId` is the newcomer's manager or anyone above them (at most 50 levels up). */
export async function isUpTheLine(q: Queryable, orgId: string, newcomerId: string, personId: string): Promise<boolean> {
  const [line] = await q.query<{ hit: boolean }>(
    `with recursive chain(id, depth) as (
       select manager_id, 1 from people where org_id = $1 and id = $2
       union all select p.manager_id, c.depth + 1 from people p join chain c on p.id = c.id where c.depth < 50)
     select exists (select 1 from chain where id = $3) as hit`,
    [orgId, newcomerId, personId],
  );
  return line.hit;
}

/** Fails with the database's unique violation (23505) when the newcomer already has a buddy. */
export async function insertAssignment(
  q: Queryable,
  a: { orgId: string; newcomerId: string; buddyId: string; confirmedBy: string | null; now: Date },
) {
  await q.query(
    `insert into buddy_assignments (org_id, newcomer_person_id, buddy_person_id, confirmed_by, created_at) values ($1, $2, $3, $4, $5)`,
    [a.orgId, a.newcomerId, a.buddyId, a.confirmedBy, a.now],
  );
}

export async function setVolunteer(q: Queryable, orgId: string, personId: string, volunteer: boolean) {
  await q.query(`update people set buddy_volunteer = $3 where org_id = $1 and id = $2`, [orgId, personId, volunteer]);
}
