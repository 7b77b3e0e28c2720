/** Running the schedule, the deliveries HR looks after, and each person's timeline and calendar. */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { commitChange } from '../../platform/change.ts';
import { addDays, diffDays } from '../../platform/calendar.ts';
import { localDate } from '../../platform/clock.ts';
import { orgToday } from '../../platform/org-time.ts';
import { notFound, problem } from '../../platform/errors.ts';
import type { HolidayRules } from '../../platform/holidays.ts';
import type { LocalizedText } from '../../platform/language.ts';
import { authorize, can, type Actor } from '../../platform/policy.ts';
import { canSeeMomentsOf, personRef } from '../people/people.service.ts';
import * as repo from './moments.repo.ts';
import type { DeliveryStatus } from './moments.repo.ts';
import type { StepTemplate } from './templates.ts';
import { sendDigests } from './personal.service.ts';
import { occurrencesFor } from './schedule.ts';
import { dueBetween, sweep, type SweepSummary } from './sweep.ts';

export type { AttemptRow, DeliveryRow } from './moments.repo.ts';

/** Sweeps one organisation for one day (and the catch-up window before it), then writes its digests. */
export async function runMoments(ctx: AppContext, actor: Actor, day: string): Promise<SweepSummary> {
  authorize(actor, 'moments.manage');
  // A run someone started is audited with the run's own record; the worker's daily run is not.
  const summary = await sweep(
    ctx,
    actor.orgId,
    day,
    actor.via === 'system'
      ? undefined
      : (tx, s) =>
          audit(tx, ctx.clock, {
            orgId: actor.orgId,
            actorUserId: actor.userId || null,
            actorLabel: actor.label,
            action: 'moments.run',
            details: { ...s },
          }),
  );
  await sendDigests(ctx, actor.orgId, day);
  return summary;
}

/**
 * The worker's daily duty: every organisation whose local day has begun and has no sweep yet gets
 * one. Several workers may do this at once; the sweep's uniqueness makes that harmless.
 */
export async function sweepDueOrganisations(ctx: AppContext): Promise<SweepSummary[]> {
  const out: SweepSummary[] = [];
  for (const o of await repo.allOrganisations(ctx.db)) {
    const today = localDate(ctx.clock.now(), o.time_zone);
    if (await repo.sweptOn(ctx.db, o.id, today)) continue;
    out.push(await sweep(ctx, o.id, today));
    await sendDigests(ctx, o.id, today);
  }
  return out;
}

export async function listDeliveries(
  ctx: AppContext,
  actor: Actor,
  f: { status?: DeliveryStatus; limit: number; after?: { dueAt: string; id: string } },
) {
  authorize(actor, 'moments.manage');
  return repo.listDeliveries(ctx.db, actor.orgId, f);
}

export async function deliveryAttempts(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'moments.manage');
  if (!(await repo.deliveryExists(ctx.db, actor.orgId, id))) throw notFound('Delivery');
  return repo.attempts(ctx.db, id);
}

/** Sends a failed delivery again (after the data was fixed, say). A sent one is never sent twice. */
export async function retryDelivery(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'moments.manage');
  await commitChange(ctx, actor, { action: 'deliveries.retry', targetType: 'delivery', targetId: id }, async (tx) => {
    if (!(await repo.requeueFailed(tx, actor.orgId, id, ctx.clock.now()))) throw notFound('Failed delivery');
  });
}

/** Whether the actor may see a person's moments: HR, the person, or their manager. */
/** A person's moments: what was delivered, and what is to come in the next months. */
export async function timeline(ctx: AppContext, actor: Actor, personId: string, horizonDays = 400) {
  const ref = await personRef(ctx, actor.orgId, personId);
  if (!ref || !canSeeMomentsOf(actor, ref)) throw notFound('Person');
  const p = await repo.timelinePerson(ctx.db, actor.orgId, personId);
  if (!p) throw notFound('Person');
  const custom = await repo.customDates(ctx.db, actor.orgId, personId);
  const past = await repo.personDeliveries(ctx.db, actor.orgId, personId);
  const steps = await repo.activeSteps(ctx.db, actor.orgId);
  const today = await orgToday(ctx, actor.orgId);
  const rules: HolidayRules = {
    country: p.country ?? 'BE',
    region: p.region as HolidayRules['region'],
    language: p.language as HolidayRules['language'],
  };
  const inScope = (s: repo.ActiveStepRow) =>
    (s.departments.length === 0 || (p.department !== null && s.departments.includes(p.department))) &&
    (s.site_ids.length === 0 || (p.site_id !== null && s.site_ids.includes(p.site_id))) &&
    (s.languages.length === 0 || (p.language !== null && s.languages.includes(p.language))) &&
    (s.employment_types.length === 0 || (p.employment_type !== null && s.employment_types.includes(p.employment_type)));
  const delivered = new Set(past.map((d) => `${d.step_id}|${d.occurrence}`));
  const upcoming = steps
    .filter(inScope)
    .flatMap((s) =>
      occurrencesFor(
        { ...p, custom },
        {
          anchor: s.anchor,
          offsetDays: s.offset_days,
          offsetUnit: s.offset_unit,
          sendTime: s.send_time,
          customKey: s.custom_key,
          anniversaryYear: s.anniversary_year,
        },
        today,
        addDays(today, horizonDays),
        rules,
      )
        .filter((o) => !delivered.has(`${s.id}|${o.occurrence}`))
        .filter((o) => s.anchor === 'end_date' || !p.end_date || p.end_date >= o.due)
        .map((o) => ({
          stepId: s.id,
          stepName: s.name,
          journeyName: s.journey_name,
          kind: s.kind,
          recipient: s.recipient,
          occurrence: o.occurrence,
          dueDate: o.due,
        })),
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
  if (diffDays(f.from, f.to) < 0 || diffDays(f.from, f.to) > 62)
    throw problem('range-too-long', 'Choose a range of at most 62 days, from before to.', {
      params: { maxDays: 62 },
      errors: [{ path: 'to', message: 'At most 62 days after from.' }],
    });
  const today = await orgToday(ctx, actor.orgId);
  const out: {
    personId: string;
    name: string;
    stepName: LocalizedText;
    journeyName: LocalizedText;
    dueDate: string;
    kind: StepTemplate['kind'];
    status: DeliveryStatus | 'upcoming';
  }[] = [];
  if (f.from < today) {
    for (const d of await repo.deliveriesBetween(ctx.db, actor.orgId, f.from, f.to < today ? f.to : addDays(today, -1), managerId)) {
      out.push({
        personId: d.person_id,
        name: `${d.first_name} ${d.last_name}`,
        stepName: d.step_name,
        journeyName: d.journey_name,
        dueDate: d.due_date,
        kind: d.kind,
        status: d.status,
      });
    }
  }
  if (f.to >= today) {
    for (const m of await dueBetween(ctx, actor.orgId, f.from > today ? f.from : today, f.to, managerId)) {
      out.push({
        personId: m.person_id,
        name: `${m.first_name} ${m.last_name}`,
        stepName: m.step_name,
        journeyName: m.journey_name,
        dueDate: m.due,
        kind: m.kind,
        status: 'upcoming',
      });
    }
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.name.localeCompare(b.name));
}

export type CalendarItem = Awaited<ReturnType<typeof calendar>>[number];
export type UpcomingMoment = Awaited<ReturnType<typeof timeline>>['upcoming'][number];
