/** Recognitions (thanks and milestones): every query takes the organisation id. */
import type { Queryable } from '../../db/db.ts';

export interface RecognitionRow {
  id: string;
  person_id: string;
  kind: 'thanks' | 'milestone';
  from_label: string;
  from_first_name: string | null;
  from_last_name: string | null;
  note: string;
  milestone: string | null;
  company_wide: boolean;
  created_at: Date;
  first_name: string;
  last_name: string;
  ambassador_id: string | null;
  behind_the_scenes: boolean;
}

const SELECT = `
  select r.id, r.person_id, r.kind, r.from_label, fp.first_name as from_first_name, fp.last_name as from_last_name,
         r.note, r.milestone, r.company_wide, r.created_at, p.first_name, p.last_name,
         am.id as ambassador_id, coalesce(am.behind_the_scenes, false) as behind_the_scenes
    from recognitions r join people p on p.id = r.person_id
    left join ambassadors am on am.org_id = r.org_id and am.person_id = r.person_id
    left join users fu on fu.id = r.from_user_id left join people fp on fp.id = fu.person_id`;

/** Once per (person, milestone): the unique key makes a second notice a no-op. */
export async function insertMilestone(q: Queryable, orgId: string, personId: string, note: string, milestone: string, now: Date) {
  await q.query(
    `insert into recognitions (org_id, person_id, kind, from_label, note, milestone, created_at)
     values ($1, $2, 'milestone', 'Embassy', $3, $4, $5) on conflict (org_id, person_id, milestone) do nothing`,
    [orgId, personId, note, milestone, now],
  );
}

export async function insertThanks(
  q: Queryable,
  r: { orgId: string; personId: string; fromUserId: string | null; fromLabel: string; note: string; companyWide: boolean; now: Date },
) {
  const [row] = await q.query<{ id: string }>(
    `insert into recognitions (org_id, person_id, kind, from_user_id, from_label, note, company_wide, created_at)
     values ($1, $2, 'thanks', $3, $4, $5, $6, $7) returning id`,
    [r.orgId, r.personId, r.fromUserId, r.fromLabel, r.note, r.companyWide, r.now],
  );
  return row.id;
}

/**
 * The ambassador a shown id names: the ambassadorship id, or the person id unless they are behind
 * the scenes (and the viewer is not them), so a directory id cannot tell who is behind the scenes.
 */
export async function findRecipient(q: Queryable, orgId: string, shownId: string, viewerPersonId: string | null) {
  const [row] = await q.query<{ person_id: string; active: boolean }>(
    `select a.person_id, a.active from ambassadors a
      where a.org_id = $1 and (a.id = $2 or (a.person_id = $2 and (not a.behind_the_scenes or a.person_id = $3)))`,
    [orgId, shownId, viewerPersonId],
  );
  return row;
}

/** When the person became an ambassador, if they still are one. */
export async function activeSince(q: Queryable, orgId: string, personId: string): Promise<Date | undefined> {
  const [row] = await q.query<{ joined_at: Date }>(`select joined_at from ambassadors where org_id = $1 and person_id = $2 and active`, [
    orgId,
    personId,
  ]);
  return row?.joined_at;
}

export async function listForPerson(q: Queryable, orgId: string, personId: string) {
  return q.query<RecognitionRow>(`${SELECT} where r.org_id = $1 and r.person_id = $2 order by r.created_at desc limit 200`, [
    orgId,
    personId,
  ]);
}

/** Thanks shown to the whole company, of ambassadors who are still ambassadors. */
export async function listCompanyWide(q: Queryable, orgId: string, limit: number) {
  return q.query<RecognitionRow>(
    `${SELECT} join ambassadors a on a.org_id = r.org_id and a.person_id = r.person_id and a.active
      where r.org_id = $1 and r.company_wide order by r.created_at desc limit $2`,
    [orgId, limit],
  );
}
