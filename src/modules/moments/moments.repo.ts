/** SQL for the schedule as HR and people see it: deliveries, their attempts, a person's timeline, the calendar. */
import type { Queryable } from '../../db/db.ts';
import type { LocalizedText } from '../../platform/language.ts';
import type { StepTiming } from './schedule.ts';
import type { StepTemplate } from './templates.ts';

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped' | 'cancelled';
export type AttemptOutcome = 'sent' | 'error' | 'cancelled';

export interface DeliveryRow {
  id: string;
  person_id: string;
  first_name: string;
  last_name: string;
  step_id: string;
  step_name: LocalizedText;
  journey_name: LocalizedText;
  kind: StepTemplate['kind'];
  recipient: StepTemplate['recipient'];
  occurrence: string;
  due_date: string;
  due_at: Date;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  to_addresses: string[] | null;
  subject: string | null;
  sent_at: Date | null;
}

export interface AttemptRow {
  attempt: number;
  at: Date;
  outcome: AttemptOutcome;
  error: string | null;
}

/** An active step with its journey's scope, to compute what is still to come for one person. */
export interface ActiveStepRow extends StepTiming {
  name: LocalizedText;
  journey_name: LocalizedText;
  kind: StepTemplate['kind'];
  recipient: StepTemplate['recipient'];
}

/** What a person's upcoming moments depend on: their dates, scope and holiday rules. */
export interface TimelinePersonRow {
  start_date: string | null;
  end_date: string | null;
  birth_day: number | null;
  birth_month: number | null;
  birth_year: number | null;
  department: string | null;
  site_id: string | null;
  language: string | null;
  employment_type: string | null;
  region: string | null;
  country: string | null;
}

const D_SELECT = `
  select d.id, d.person_id, p.first_name, p.last_name, d.step_id, st.name as step_name, j.name as journey_name, st.kind, st.recipient,
         d.occurrence, d.due_date, d.due_at, d.status, d.attempts, d.last_error, d.to_addresses, d.subject, d.sent_at
    from deliveries d join people p on p.id = d.person_id join journey_steps st on st.id = d.step_id join journeys j on j.id = st.journey_id`;

/** Newest first; `after` is the last row of the previous page (many share a due time, so the id breaks ties). */
export async function listDeliveries(
  q: Queryable,
  orgId: string,
  f: { status?: DeliveryStatus; limit: number; after?: { dueAt: string; id: string } },
) {
  return q.query<DeliveryRow>(
    `${D_SELECT} where d.org_id = $1 and ($2::text is null or d.status = $2)
        and ($3::timestamptz is null or (d.due_at, d.id) < ($3::timestamptz, $4::uuid))
      order by d.due_at desc, d.id desc limit $5`,
    [orgId, f.status ?? null, f.after?.dueAt ?? null, f.after?.id ?? null, f.limit],
  );
}

export async function personDeliveries(q: Queryable, orgId: string, personId: string) {
  return q.query<DeliveryRow>(`${D_SELECT} where d.org_id = $1 and d.person_id = $2 order by d.due_at`, [orgId, personId]);
}

/** Deliveries due between two days, of everyone or of one manager's reports. */
export async function deliveriesBetween(q: Queryable, orgId: string, from: string, to: string, managerId: string | null) {
  return q.query<DeliveryRow>(
    `${D_SELECT} where d.org_id = $1 and d.due_date between $2 and $3 and ($4::uuid is null or p.manager_id = $4) order by d.due_date`,
    [orgId, from, to, managerId],
  );
}

export async function deliveryExists(q: Queryable, orgId: string, id: string): Promise<boolean> {
  return (await q.query(`select 1 from deliveries where org_id = $1 and id = $2`, [orgId, id])).length > 0;
}

/** Only call after deliveryExists: attempts carry no organisation id of their own. */
export async function attempts(q: Queryable, deliveryId: string) {
  return q.query<AttemptRow>(`select attempt, at, outcome, error from delivery_attempts where delivery_id = $1 order by id`, [deliveryId]);
}

/** Puts a failed delivery back in the queue; false when there is no failed delivery with that id. */
export async function requeueFailed(q: Queryable, orgId: string, id: string, now: Date): Promise<boolean> {
  const rows = await q.query(
    `update deliveries set status = 'pending', next_attempt_at = $3, last_error = null where org_id = $1 and id = $2 and status = 'failed' returning id`,
    [orgId, id, now],
  );
  return rows.length > 0;
}

export async function timelinePerson(q: Queryable, orgId: string, personId: string): Promise<TimelinePersonRow | undefined> {
  const [row] = await q.query<TimelinePersonRow>(
    `select p.start_date, p.end_date, p.birth_day, p.birth_month, p.birth_year, p.department, p.site_id, p.language, p.employment_type, s.region, s.country
       from people p left join sites s on s.id = p.site_id where p.org_id = $1 and p.id = $2`,
    [orgId, personId],
  );
  return row;
}

/** The person's custom dates (move_date, ...) by key. */
export async function customDates(q: Queryable, orgId: string, personId: string): Promise<Record<string, string>> {
  const rows = await q.query<{ key: string; date: string }>(`select key, date from person_dates where org_id = $1 and person_id = $2`, [
    orgId,
    personId,
  ]);
  return Object.fromEntries(rows.map((r) => [r.key, r.date]));
}

export async function activeSteps(q: Queryable, orgId: string) {
  return q.query<ActiveStepRow>(
    `select st.id, st.name, j.name as journey_name, st.kind, st.recipient, st.anchor, st.custom_key, st.anniversary_year, st.offset_days, st.offset_unit, st.send_time,
            j.departments, j.site_ids, j.languages, j.employment_types
       from journey_steps st join journeys j on j.id = st.journey_id where st.org_id = $1 and j.active`,
    [orgId],
  );
}

/** Every organisation, for the worker's daily duty (which runs for all of them, as the system). */
export async function allOrganisations(q: Queryable) {
  return q.query<{ id: string; time_zone: string }>('select id, time_zone from organisations');
}

export async function sweptOn(q: Queryable, orgId: string, day: string): Promise<boolean> {
  return (await q.query('select 1 from sweep_runs where org_id = $1 and day = $2', [orgId, day])).length > 0;
}
