/** Community events and their sign-ups: every query takes the organisation id. */
import type { Queryable } from '../../db/db.ts';

export type Localized = Partial<Record<'nl' | 'fr' | 'en', string>>;
export interface EventRole {
  key: string;
  name: Localized;
  capacity: number;
}

export interface EventRow {
  id: string;
  kind: 'job-fair' | 'campus-day' | 'meetup' | 'online';
  title: Localized;
  description: Localized;
  place: string;
  link: string | null;
  starts_at: Date;
  ends_at: Date;
  language: 'nl' | 'fr' | 'en';
  capacity: number | null;
  roles: EventRole[];
  show_on_careers: boolean;
  status: 'scheduled' | 'cancelled';
  created_at: Date;
  updated_at: Date;
}

export interface EventInput {
  kind: EventRow['kind'];
  title: Localized;
  description: Localized;
  place: string;
  link: string | null;
  startsAt: string;
  endsAt: string;
  language: EventRow['language'];
  capacity: number | null;
  roles: EventRole[];
  showOnCareers: boolean;
}

export interface SignupRow {
  id: string;
  person_id: string;
  role: string;
  status: 'confirmed' | 'waiting' | 'cancelled';
  show_publicly: boolean;
  attended: boolean | null;
  signed_up_at: Date;
  first_name: string;
  last_name: string;
}

const COLUMNS = `e.id, e.kind, e.title, e.description, e.place, e.link, e.starts_at, e.ends_at, e.language, e.capacity,
  e.roles, e.show_on_careers, e.status, e.created_at, e.updated_at`;

/** The event's own columns in the order insertEvent and updateEvent write them. */
const eventValues = (e: EventInput) => [
  e.kind,
  JSON.stringify(e.title),
  JSON.stringify(e.description),
  e.place,
  e.link,
  e.startsAt,
  e.endsAt,
  e.language,
  e.capacity,
  JSON.stringify(e.roles),
  e.showOnCareers,
];

export async function insertEvent(q: Queryable, orgId: string, userId: string | null, e: EventInput, now: Date) {
  const [row] = await q.query<{ id: string }>(
    `insert into community_events (org_id, kind, title, description, place, link, starts_at, ends_at, language, capacity, roles,
       show_on_careers, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) returning id`,
    [orgId, ...eventValues(e), userId, now],
  );
  return row.id;
}

export async function updateEvent(q: Queryable, orgId: string, id: string, e: EventInput, now: Date) {
  await q.query(
    `update community_events set kind = $3, title = $4, description = $5, place = $6, link = $7, starts_at = $8, ends_at = $9,
       language = $10, capacity = $11, roles = $12, show_on_careers = $13, updated_at = $14
     where org_id = $1 and id = $2`,
    [orgId, id, ...eventValues(e), now],
  );
}

export async function cancelEvent(q: Queryable, orgId: string, id: string, now: Date) {
  await q.query(`update community_events set status = 'cancelled', updated_at = $3 where org_id = $1 and id = $2`, [orgId, id, now]);
}

/** The event; `lock` holds it for the transaction so that sign-ups to one event are counted one at a time. */
export async function findEvent(q: Queryable, orgId: string, id: string, lock = false) {
  const [row] = await q.query<EventRow>(
    `select ${COLUMNS} from community_events e where e.org_id = $1 and e.id = $2${lock ? ' for update' : ''}`,
    [orgId, id],
  );
  return row;
}

/** Events that end after `from`, soonest first; cancelled ones only for those who organise them. */
export async function listEvents(q: Queryable, orgId: string, from: Date, withCancelled: boolean) {
  return q.query<EventRow>(
    `select ${COLUMNS} from community_events e
      where e.org_id = $1 and e.ends_at > $2 and ($3 or e.status = 'scheduled') order by e.starts_at, e.id limit 200`,
    [orgId, from, withCancelled],
  );
}

export async function countsFor(q: Queryable, orgId: string, eventIds: string[]) {
  if (!eventIds.length) return [];
  return q.query<{ event_id: string; role: string; status: 'confirmed' | 'waiting'; n: number }>(
    `select event_id, role, status, count(*)::int as n from community_event_signups
      where org_id = $1 and event_id = any($2) and status <> 'cancelled' group by event_id, role, status`,
    [orgId, eventIds],
  );
}

export async function confirmedCount(q: Queryable, orgId: string, eventId: string, role: string) {
  const [row] = await q.query<{ n: number }>(
    `select count(*)::int as n from community_event_signups where org_id = $1 and event_id = $2 and role = $3 and status = 'confirmed'`,
    [orgId, eventId, role],
  );
  return row.n;
}

/** The person's own sign-ups, with their place on the waiting list (1 = next to move up). */
export async function mySignups(q: Queryable, orgId: string, personId: string, eventIds: string[]) {
  if (!eventIds.length) return [];
  return q.query<{
    event_id: string;
    role: string;
    status: 'confirmed' | 'waiting' | 'cancelled';
    show_publicly: boolean;
    position: number | null;
  }>(
    `select s.event_id, s.role, s.status, s.show_publicly,
            case when s.status = 'waiting' then (select count(*)::int from community_event_signups w
              where w.event_id = s.event_id and w.role = s.role and w.status = 'waiting'
                and (w.signed_up_at, w.id) <= (s.signed_up_at, s.id)) end as position
       from community_event_signups s where s.org_id = $1 and s.person_id = $2 and s.event_id = any($3)`,
    [orgId, personId, eventIds],
  );
}

export async function findSignup(q: Queryable, orgId: string, eventId: string, personId: string) {
  const [row] = await q.query<{ id: string; role: string; status: SignupRow['status']; show_publicly: boolean }>(
    `select id, role, status, show_publicly from community_event_signups where org_id = $1 and event_id = $2 and person_id = $3`,
    [orgId, eventId, personId],
  );
  return row;
}

/** A new sign-up, or a cancelled one taken up again: it joins the back of the queue. */
export async function upsertSignup(
  q: Queryable,
  s: { orgId: string; eventId: string; personId: string; role: string; status: 'confirmed' | 'waiting'; showPublicly: boolean; now: Date },
) {
  const [row] = await q.query<{ id: string }>(
    `insert into community_event_signups (org_id, event_id, person_id, role, status, show_publicly, signed_up_at, confirmed_at)
     values ($1, $2, $3, $4, $5, $6, $7, case when $5 = 'confirmed' then $7::timestamptz end)
     on conflict (event_id, person_id) do update set role = excluded.role, status = excluded.status,
       show_publicly = excluded.show_publicly, signed_up_at = excluded.signed_up_at, confirmed_at = excluded.confirmed_at,
       cancelled_at = null, attended = null, reminded_at = null
     returning id`,
    [s.orgId, s.eventId, s.personId, s.role, s.status, s.showPublicly, s.now],
  );
  return row.id;
}

/** The careers-pages choice of a sign-up (one's own). */
export async function setShowPublicly(q: Queryable, orgId: string, id: string, show: boolean) {
  await q.query(`update community_event_signups set show_publicly = $3 where org_id = $1 and id = $2`, [orgId, id, show]);
}

export async function cancelSignup(q: Queryable, orgId: string, id: string, now: Date) {
  await q.query(`update community_event_signups set status = 'cancelled', cancelled_at = $3 where org_id = $1 and id = $2`, [
    orgId,
    id,
    now,
  ]);
}

/** Moves the first `n` waiting for the role up (first come, first served); returns who moved up. */
export async function promote(q: Queryable, orgId: string, eventId: string, role: string, n: number, now: Date) {
  if (n <= 0) return [];
  return q.query<{ id: string; person_id: string }>(
    `update community_event_signups set status = 'confirmed', confirmed_at = $5
      where id in (select id from community_event_signups where org_id = $1 and event_id = $2 and role = $3 and status = 'waiting'
                    order by signed_up_at, id limit $4)
      returning id, person_id`,
    [orgId, eventId, role, n, now],
  );
}

/** Everyone signed up (not cancelled), confirmed first, then the waiting list in its order. */
export async function listSignups(q: Queryable, orgId: string, eventId: string) {
  return q.query<SignupRow>(
    `select s.id, s.person_id, s.role, s.status, s.show_publicly, s.attended, s.signed_up_at, p.first_name, p.last_name
       from community_event_signups s join people p on p.id = s.person_id
      where s.org_id = $1 and s.event_id = $2 and s.status <> 'cancelled'
      order by s.status, s.signed_up_at, s.id`,
    [orgId, eventId],
  );
}

export async function setAttended(q: Queryable, orgId: string, eventId: string, personId: string, attended: boolean) {
  const rows = await q.query<{ id: string }>(
    `update community_event_signups set attended = $4
      where org_id = $1 and event_id = $2 and person_id = $3 and status = 'confirmed' returning id`,
    [orgId, eventId, personId, attended],
  );
  return rows.length > 0;
}
