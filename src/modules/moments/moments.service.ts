/** Running the schedule, the deliveries HR looks after, tasks, and each person's timeline. */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { addDays, diffDays } from '../../platform/calendar.ts';
import { localDate } from '../../platform/clock.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import type { HolidayRules } from '../../platform/holidays.ts';
import { authorize, can, type Actor } from '../../platform/policy.ts';
import { sendDigests } from './personal.service.ts';
import { occurrencesFor, type Anchor } from './schedule.ts';
import { dueBetween, sweep, type SweepSummary } from './sweep.ts';

/** Sweeps one organisation for one day (and the catch-up window before it), then writes its digests. */
export async function runMoments(ctx: AppContext, actor: Actor, day: string): Promise<SweepSummary> {
  authorize(actor, 'moments.manage');
  const summary = await sweep(ctx, actor.orgId, day);
  await sendDigests(ctx, actor.orgId, day);
  if (actor.via !== 'system') {
    await audit(ctx.db, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId || null, actorLabel: actor.label, action: 'moments.run', details: { ...summary } });
  }
  return summary;
}

/**
 * The worker's daily duty: every organisation whose local day has begun and has no sweep yet gets
 * one. Several workers may do this at once; the sweep's uniqueness makes that harmless.
 */
export async function sweepDueOrganisations(ctx: AppContext): Promise<SweepSummary[]> {
  const orgs = await ctx.db.query<{ id: string; time_zone: string }>('select id, time_zone from organisations');
  const out: SweepSummary[] = [];
  for (const o of orgs) {
    const today = localDate(ctx.clock.now(), o.time_zone);
    const [done] = await ctx.db.query('select 1 from sweep_runs where org_id = $1 and day = $2', [o.id, today]);
    if (done) continue;
    out.push(await sweep(ctx, o.id, today));
    await sendDigests(ctx, o.id, today);
  }
  return out;
}

export interface DeliveryRow {
  id: string;
  person_id: string;
  first_name: string;
  last_name: string;
  step_name: string;
  journey_name: string;
  kind: string;
  recipient: string;
  occurrence: string;
  due_date: string;
  due_at: Date;
  status: string;
  attempts: number;
  last_error: string | null;
  to_addresses: string[] | null;
  subject: string | null;
  sent_at: Date | null;
}

const D_SELECT = `
  select d.id, d.person_id, p.first_name, p.last_name, st.name as step_name, j.name as journey_name, st.kind, st.recipient,
         d.occurrence, d.due_date, d.due_at, d.status, d.attempts, d.last_error, d.to_addresses, d.subject, d.sent_at
    from deliveries d join people p on p.id = d.person_id join journey_steps st on st.id = d.step_id join journeys j on j.id = st.journey_id`;

/** Newest first; `after` is the last row of the previous page (many share a due time, so the id breaks ties). */
export async function listDeliveries(ctx: AppContext, actor: Actor, f: { status?: string; limit: number; after?: { dueAt: string; id: string } }) {
  authorize(actor, 'moments.manage');
  return ctx.db.query<DeliveryRow>(
    `${D_SELECT} where d.org_id = $1 and ($2::text is null or d.status = $2)
        and ($3::timestamptz is null or (d.due_at, d.id) < ($3::timestamptz, $4::uuid))
      order by d.due_at desc, d.id desc limit $5`,
    [actor.orgId, f.status ?? null, f.after?.dueAt ?? null, f.after?.id ?? null, f.limit],
  );
}

export async function deliveryAttempts(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'moments.manage');
  const [d] = await ctx.db.query(`select 1 from deliveries where org_id = $1 and id = $2`, [actor.orgId, id]);
  if (!d) throw notFound('Delivery');
  return ctx.db.query<{ attempt: number; at: Date; outcome: string; error: string | null }>(
    `select attempt, at, outcome, error from delivery_attempts where delivery_id = $1 order by id`,
    [id],
  );
}

/** Sends a failed delivery again (after the data was fixed, say). A sent one is never sent twice. */
export async function retryDelivery(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'moments.manage');
  const rows = await ctx.db.query(
    `update deliveries set status = 'pending', next_attempt_at = $3, last_error = null where org_id = $1 and id = $2 and status = 'failed' returning id`,
    [actor.orgId, id, ctx.clock.now()],
  );
  if (rows.length === 0) throw notFound('Failed delivery');
  await audit(ctx.db, ctx.clock, { orgId: actor.orgId, actorUserId: actor.userId || null, actorLabel: actor.label, action: 'deliveries.retry', targetType: 'delivery', targetId: id });
}

interface StepForTimeline {
  id: string;
  name: string;
  journey_name: string;
  kind: string;
  recipient: string;
  anchor: Anchor;
  custom_key: string | null;
  anniversary_year: number | null;
  offset_days: number;
  offset_unit: 'calendar' | 'working';
  send_time: string;
  departments: string[];
  site_ids: string[];
  languages: string[];
  employment_types: string[];
}

/** Whether the actor may see a person's moments: HR, the person, or their manager. */
async function canSeeMoments(ctx: AppContext, actor: Actor, personId: string): Promise<boolean> {
  if (can(actor, 'moments.manage') || actor.personId === personId) return true;
  if (!actor.personId) return false;
  const [row] = await ctx.db.query(`select 1 from people where org_id = $1 and id = $2 and manager_id = $3`, [actor.orgId, personId, actor.personId]);
  return !!row;
}

/** A person's moments: what was delivered, and what is to come in the next months. */
export async function timeline(ctx: AppContext, actor: Actor, personId: string, horizonDays = 400) {
  if (!(await canSeeMoments(ctx, actor, personId))) throw notFound('Person');
  const [p] = await ctx.db.query<{ start_date: string | null; end_date: string | null; birth_day: number | null; birth_month: number | null; birth_year: number | null; department: string | null; site_id: string | null; language: string | null; employment_type: string | null; region: string | null; country: string | null }>(
    `select p.start_date, p.end_date, p.birth_day, p.birth_month, p.birth_year, p.department, p.site_id, p.language, p.employment_type, s.region, s.country
       from people p left join sites s on s.id = p.site_id where p.org_id = $1 and p.id = $2`,
    [actor.orgId, personId],
  );
  if (!p) throw notFound('Person');
  const custom = Object.fromEntries((await ctx.db.query<{ key: string; date: string }>(`select key, date from person_dates where org_id = $1 and person_id = $2`, [actor.orgId, personId])).map((r) => [r.key, r.date]));
  const past = await ctx.db.query<DeliveryRow>(`${D_SELECT} where d.org_id = $1 and d.person_id = $2 order by d.due_at`, [actor.orgId, personId]);
  const steps = await ctx.db.query<StepForTimeline>(
    `select st.id, st.name, j.name as journey_name, st.kind, st.recipient, st.anchor, st.custom_key, st.anniversary_year, st.offset_days, st.offset_unit, st.send_time,
            j.departments, j.site_ids, j.languages, j.employment_types
       from journey_steps st join journeys j on j.id = st.journey_id where st.org_id = $1 and j.active`,
    [actor.orgId],
  );
  const today = localDate(ctx.clock.now());
  const rules: HolidayRules = { country: p.country ?? 'BE', region: p.region as HolidayRules['region'], language: p.language as HolidayRules['language'] };
  const inScope = (s: StepForTimeline) =>
    (s.departments.length === 0 || (p.department !== null && s.departments.includes(p.department))) &&
    (s.site_ids.length === 0 || (p.site_id !== null && s.site_ids.includes(p.site_id))) &&
    (s.languages.length === 0 || (p.language !== null && s.languages.includes(p.language))) &&
    (s.employment_types.length === 0 || (p.employment_type !== null && s.employment_types.includes(p.employment_type)));
  const delivered = new Set(past.map((d) => `${d.step_name}|${d.occurrence}`));
  const upcoming = steps
    .filter(inScope)
    .flatMap((s) =>
      occurrencesFor({ ...p, custom }, { anchor: s.anchor, offsetDays: s.offset_days, offsetUnit: s.offset_unit, sendTime: s.send_time, customKey: s.custom_key, anniversaryYear: s.anniversary_year }, today, addDays(today, horizonDays), rules)
        .filter((o) => !delivered.has(`${s.name}|${o.occurrence}`))
        .filter((o) => s.anchor === 'end_date' || !p.end_date || p.end_date >= o.due)
        .map((o) => ({ stepId: s.id, stepName: s.name, journeyName: s.journey_name, kind: s.kind, recipient: s.recipient, occurrence: o.occurrence, dueDate: o.due })),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return { past, upcoming };
}

/**
 * Moments of a manager's reports (HR: of everyone, or of one manager's reports) between two days:
 * what was delivered for days gone by, and what the sweep will write for today and the days ahead.
 */
export async function calendar(ctx: AppContext, actor: Actor, f: { from: string; to: string; managerId?: string }) {
  const hr = can(actor, 'moments.manage');
  const managerId = hr ? (f.managerId ?? null) : actor.personId;
  if (!hr && !managerId) return [];
  if (diffDays(f.from, f.to) < 0 || diffDays(f.from, f.to) > 62) throw badRequest('Choose a range of at most 62 days, from before to.', [{ path: 'to', message: 'At most 62 days after from.' }]);
  const [org] = await ctx.db.query<{ time_zone: string }>(`select time_zone from organisations where id = $1`, [actor.orgId]);
  const today = localDate(ctx.clock.now(), org.time_zone);
  const out: { personId: string; name: string; stepName: string; journeyName: string; dueDate: string; kind: string; status: string }[] = [];
  if (f.from < today) {
    const past = await ctx.db.query<DeliveryRow>(
      `${D_SELECT} where d.org_id = $1 and d.due_date between $2 and $3 and ($4::uuid is null or p.manager_id = $4) order by d.due_date`,
      [actor.orgId, f.from, f.to < today ? f.to : addDays(today, -1), managerId],
    );
    for (const d of past) out.push({ personId: d.person_id, name: `${d.first_name} ${d.last_name}`, stepName: d.step_name, journeyName: d.journey_name, dueDate: d.due_date, kind: d.kind, status: d.status });
  }
  if (f.to >= today) {
    for (const m of await dueBetween(ctx, actor.orgId, f.from > today ? f.from : today, f.to, managerId)) {
      out.push({ personId: m.person_id, name: `${m.first_name} ${m.last_name}`, stepName: m.step_name, journeyName: m.journey_name, dueDate: m.due, kind: m.kind, status: 'upcoming' });
    }
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.name.localeCompare(b.name));
}

export interface TaskRow {
  id: string;
  person_id: string;
  first_name: string;
  last_name: string;
  owner_person_id: string | null;
  owner_role: string | null;
  title: string;
  due_date: string | null;
  checklist: { label: string; done: boolean }[];
  completed_at: Date | null;
}

/** Tasks for the actor: their own, plus HR's when they are HR. */
export async function myTasks(ctx: AppContext, actor: Actor, includeDone: boolean) {
  return ctx.db.query<TaskRow>(
    `select t.id, t.person_id, p.first_name, p.last_name, t.owner_person_id, t.owner_role, t.title, t.due_date, t.checklist, t.completed_at
       from tasks t join people p on p.id = t.person_id
      where t.org_id = $1 and (t.owner_person_id = $2 or ($3 and t.owner_role = 'hr')) and ($4 or t.completed_at is null)
      order by t.completed_at nulls first, t.due_date nulls last limit 500`,
    [actor.orgId, actor.personId, can(actor, 'moments.manage'), includeDone],
  );
}

export async function updateTask(ctx: AppContext, actor: Actor, id: string, input: { checklist?: { label: string; done: boolean }[]; completed?: boolean }) {
  const [t] = await ctx.db.query<{ owner_person_id: string | null; owner_role: string | null; checklist: { label: string; done: boolean }[] }>(
    `select owner_person_id, owner_role, checklist from tasks where org_id = $1 and id = $2`,
    [actor.orgId, id],
  );
  const mine = t && (t.owner_person_id === actor.personId || can(actor, 'moments.manage'));
  if (!t || !mine) throw notFound('Task');
  // Only the done flags change: the items themselves come from the journey.
  const checklist = input.checklist ? t.checklist.map((item, i) => ({ ...item, done: input.checklist![i]?.done ?? item.done })) : t.checklist;
  const completed = input.completed ?? (input.checklist ? checklist.every((c) => c.done) : undefined);
  await ctx.db.query(
    `update tasks set checklist = $3, completed_at = case when $4::boolean is null then completed_at when $4 then coalesce(completed_at, $5) else null end where org_id = $1 and id = $2`,
    [actor.orgId, id, JSON.stringify(checklist), completed ?? null, ctx.clock.now()],
  );
}
