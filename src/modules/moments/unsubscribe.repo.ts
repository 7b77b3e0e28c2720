/** SQL for one-click unsubscribe: who a link is for, and turning their preference off. */
import type { Queryable } from '../../db/db.ts';
import type { UnsubscribeKind } from './unsubscribe.ts';

export interface UnsubscribeSubject {
  org_id: string;
  first_name: string;
  last_name: string;
  language: string | null;
  default_language: string;
  org_name: string;
  brand_colour: string | null;
  /** Whether the mail of that kind still comes (the preference is on). */
  receives: boolean;
}

/** The person a link names, with the current state of that kind's preference; undefined if they are gone. */
export async function subject(q: Queryable, personId: string, kind: UnsubscribeKind): Promise<UnsubscribeSubject | undefined> {
  const [row] = await q.query<UnsubscribeSubject>(
    `select p.org_id, p.first_name, p.last_name, p.language, o.default_language, o.name as org_name, o.brand_colour,
            case when $2 = 'digest' then coalesce(mp.colleague_digest, true)
                 else coalesce((mp.wanted ->> $2)::boolean, true) end as receives
       from people p join organisations o on o.id = p.org_id
       left join moment_preferences mp on mp.org_id = p.org_id and mp.person_id = p.id
      where p.id = $1`,
    [personId, kind],
  );
  return row;
}

/**
 * Turns the preference off; true when it was on. A second call changes nothing and says so, which
 * makes a repeated click (or a mail program's retry) harmless.
 */
export async function turnOff(q: Queryable, orgId: string, personId: string, kind: UnsubscribeKind, now: Date): Promise<boolean> {
  const rows =
    kind === 'digest'
      ? await q.query(
          `insert into moment_preferences (org_id, person_id, colleague_digest, updated_at) values ($1, $2, false, $3)
           on conflict (org_id, person_id) do update set colleague_digest = false, updated_at = excluded.updated_at
            where moment_preferences.colleague_digest
           returning person_id`,
          [orgId, personId, now],
        )
      : await q.query(
          `insert into moment_preferences (org_id, person_id, wanted, updated_at) values ($1, $2, jsonb_build_object($3::text, false), $4)
           on conflict (org_id, person_id) do update set wanted = moment_preferences.wanted || jsonb_build_object($3::text, false),
                  updated_at = excluded.updated_at
            where coalesce((moment_preferences.wanted ->> $3::text)::boolean, true)
           returning person_id`,
          [orgId, personId, kind, now],
        );
  return rows.length > 0;
}
