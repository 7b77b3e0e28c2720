/**
 * The daily sweep: for one organisation and one day, write a delivery for every step that is due,
 * one per (organisation, person, step, occurrence), unique in the database. Each step is one
 * INSERT ... SELECT ... ON CONFLICT DO NOTHING, so running the sweep twice, or in two processes at
 * once, adds nothing the second time.
 *
 * Failure modes, for operators:
 * - Embassy was down: the sweep of the day it comes back also covers the previous `catch_up_days`
 *   days. A missed step is then sent at once ("catch_up") or recorded as skipped ("skip"), per journey.
 * - A start date changed: deliveries are only written on their due day, so later steps follow the
 *   new date; a delivery already written for the old date is cancelled by the worker before sending.
 * - A person left: nothing more is written for them, except steps anchored on their end date.
 */
import type { Queryable } from '../../db/db.ts';
import { addDays } from '../../platform/calendar.ts';
import type { AppContext } from '../../platform/context.ts';
import type { HolidayRules } from '../../platform/holidays.ts';
import type { LocalizedText } from '../../platform/language.ts';
import { anchorsDueBetween, dueInstant, retirementMatches, yearlyMatches, type Anchor, type StepTiming } from './schedule.ts';
import type { StepTemplate } from './templates.ts';

export interface SweepSummary {
  org: string;
  date: string;
  due: number;
  created: number;
}

interface StepRow extends StepTiming {
  journey_id: string;
  missed_policy: 'catch_up' | 'skip';
}

interface RuleKey {
  country: string;
  region: string;
  language: string;
}

const WANTED_KEY: Partial<Record<Anchor, string>> = { birthday: 'birthday', work_anniversary: 'work_anniversary' };

type Candidates = {
  rg: (string | null)[];
  ct: (string | null)[];
  lg: (string | null)[];
  a: string[];
  m: number[];
  d: number[];
  y: number[];
  occ: string[];
  due: string[];
  at: Date[];
};

interface Plan {
  org: { slug: string; time_zone: string; catch_up_days: number };
  steps: (StepRow & { name: LocalizedText; journey_name: LocalizedText; kind: StepTemplate['kind'] })[];
  ruleKeys: RuleKey[];
}

/** The active steps of an organisation, and the holiday rule sets its people fall under. */
async function loadPlan(ctx: AppContext, orgId: string): Promise<Plan> {
  const [org] = await ctx.db.query<Plan['org']>('select slug, time_zone, catch_up_days from organisations where id = $1', [orgId]);
  const steps = await ctx.db.query<Plan['steps'][number]>(
    `select s.id, s.journey_id, s.name, j.name as journey_name, s.kind, s.anchor, s.custom_key, s.anniversary_year, s.offset_days,
            s.offset_unit, s.send_time, j.departments, j.site_ids, j.languages, j.employment_types, j.missed_policy
       from journey_steps s join journeys j on j.id = s.journey_id
      where s.org_id = $1 and j.active`,
    [orgId],
  );
  // Working days depend on the person's country, region and language (community holidays).
  const ruleKeys = steps.some((s) => s.offset_unit === 'working')
    ? await ctx.db.query<RuleKey>(
        `select distinct coalesce(s.country, 'BE') as country, coalesce(s.region, '') as region, coalesce(p.language, '') as language
           from people p left join sites s on s.id = p.site_id where p.org_id = $1`,
        [orgId],
      )
    : [];
  return { org, steps, ruleKeys };
}

/** The anchor values that make a step due between from and to, one row per holiday rule set. */
function candidates(plan: Plan, step: StepRow, from: string, to: string): Candidates {
  const keys: (RuleKey | null)[] = step.offset_unit === 'working' ? plan.ruleKeys : [null];
  const cand: Candidates = { rg: [], ct: [], lg: [], a: [], m: [], d: [], y: [], occ: [], due: [], at: [] };
  for (const key of keys) {
    const rules: HolidayRules = key
      ? {
          country: key.country,
          region: (key.region || null) as HolidayRules['region'],
          language: (key.language || null) as HolidayRules['language'],
        }
      : { country: 'BE' };
    const anchors = anchorsDueBetween(from, to, { offsetDays: step.offset_days, offsetUnit: step.offset_unit }, rules);
    const push = (a: string, m: number, d: number, y: number, occ: string, dueDay: string) => {
      cand.rg.push(key ? key.region : null);
      cand.ct.push(key ? key.country : null);
      cand.lg.push(key ? key.language : null);
      cand.a.push(a);
      cand.m.push(m);
      cand.d.push(d);
      cand.y.push(y);
      cand.occ.push(occ);
      cand.due.push(dueDay);
      cand.at.push(dueInstant(dueDay, step.send_time, plan.org.time_zone));
    };
    if (step.anchor === 'birthday' || step.anchor === 'work_anniversary') {
      for (const x of yearlyMatches(anchors)) push(x.occurrence, x.month, x.day, x.year, x.occurrence, x.due);
    } else if (step.anchor === 'retirement') {
      for (const x of retirementMatches(anchors)) push(x.occurrence, x.birthMonth, 0, x.birthYear, x.occurrence, x.due);
    } else {
      for (const x of anchors) push(x.anchor, 0, 0, 0, x.anchor, x.due);
    }
  }
  return cand;
}

/**
 * Writes what is due for one organisation on `day`. Each step's deliveries are inserted once
 * (their uniqueness makes a repeated sweep harmless); the run's record and, when someone started
 * it, `finish` (their audit entry) commit together at the end.
 */
export async function sweep(
  ctx: AppContext,
  orgId: string,
  day: string,
  finish?: (tx: Queryable, summary: SweepSummary) => Promise<void>,
): Promise<SweepSummary> {
  const plan = await loadPlan(ctx, orgId);
  const from = addDays(day, -plan.org.catch_up_days);
  let due = 0;
  let created = 0;
  for (const step of plan.steps) {
    const cand = candidates(plan, step, from, day);
    if (cand.a.length === 0) continue;
    const r = await insertDue(ctx.db, orgId, day, ctx.clock.now(), step, cand);
    due += r.due;
    created += r.created;
  }
  const summary = { org: plan.org.slug, date: day, due, created };
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `insert into sweep_runs (org_id, day, due, created, finished_at) values ($1, $2, $3, $4, $5)
       on conflict (org_id, day) do update set due = excluded.due, created = sweep_runs.created + excluded.created, finished_at = excluded.finished_at`,
      [orgId, day, due, created, ctx.clock.now()],
    );
    await finish?.(tx, summary);
  });
  return summary;
}

export interface DueMoment {
  person_id: string;
  first_name: string;
  last_name: string;
  step_id: string;
  step_name: LocalizedText;
  journey_name: LocalizedText;
  kind: StepTemplate['kind'];
  occurrence: string;
  due: string;
}

/**
 * What the sweep will write between from and to, without writing it: the calendar's days ahead.
 * `managerId` narrows it to one manager's direct reports.
 */
export async function dueBetween(ctx: AppContext, orgId: string, from: string, to: string, managerId: string | null): Promise<DueMoment[]> {
  const plan = await loadPlan(ctx, orgId);
  const out: DueMoment[] = [];
  for (const step of plan.steps) {
    const cand = candidates(plan, step, from, to);
    if (cand.a.length === 0) continue;
    const rows = await ctx.db.query<{ person_id: string; first_name: string; last_name: string; occ: string; due: string }>(
      `${candidateCte(step)} select cand.person_id, p.first_name, p.last_name, cand.occ, cand.due::text as due
         from cand join people p on p.id = cand.person_id where ($22::uuid is null or p.manager_id = $22)`,
      [...candidateParams(orgId, to, step, cand), managerId],
    );
    for (const r of rows)
      out.push({
        person_id: r.person_id,
        first_name: r.first_name,
        last_name: r.last_name,
        step_id: step.id,
        step_name: step.name,
        journey_name: step.journey_name,
        kind: step.kind,
        occurrence: r.occ,
        due: r.due,
      });
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.last_name.localeCompare(b.last_name));
}

/** How each anchor matches a candidate row `c`. */
const MATCH: Record<Anchor, string> = {
  start_date: 'p.start_date = c.a',
  end_date: 'p.end_date = c.a',
  custom: 'exists (select 1 from person_dates pd where pd.person_id = p.id and pd.key = $4 and pd.date = c.a)',
  birthday: 'p.birth_month = c.m and p.birth_day = c.d',
  work_anniversary: `extract(month from p.start_date) = c.m and extract(day from p.start_date) = c.d
                     and extract(year from p.start_date) < c.y and ($5::int is null or extract(year from p.start_date) = c.y - $5)`,
  retirement: 'p.birth_year = c.y and p.birth_month = c.m',
};

/**
 * The people a step is due for, as a CTE named cand (person_id, occ, due, at). Parameters $1-$21
 * come from candidateParams; callers add theirs from $22.
 */
function candidateCte(step: StepRow): string {
  const wanted = WANTED_KEY[step.anchor];
  return `with cand as (
       -- $2, $4 and $5 serve only some uses; naming them here gives PostgreSQL their types always.
       select p.id as person_id, c.occ, c.due, c.at, $2::uuid as step_id, $4::text as custom_key, $5::int as anniversary_year
         from unnest($6::text[], $7::text[], $8::text[], $9::date[], $10::int[], $11::int[], $12::int[], $13::text[], $14::date[], $15::timestamptz[])
              as c(rg, ct, lg, a, m, d, y, occ, due, at)
         join people p on p.org_id = $1 and ${MATCH[step.anchor]}
         left join sites s on s.id = p.site_id
        where (c.rg is null or (coalesce(s.region, '') = c.rg and coalesce(s.country, 'BE') = c.ct and coalesce(p.language, '') = c.lg))
          -- Someone who left gets nothing more, except what is anchored on leaving itself.
          and ($3 = 'end_date' or p.end_date is null or p.end_date >= c.due)
          -- Someone who has not started gets only what is anchored on starting.
          and ($3 = 'start_date' or p.start_date is null or p.start_date <= c.due)
          and (cardinality($16::text[]) = 0 or p.department = any($16))
          and (cardinality($17::uuid[]) = 0 or p.site_id = any($17))
          and (cardinality($18::text[]) = 0 or p.language = any($18))
          and (cardinality($19::text[]) = 0 or p.employment_type = any($19))
          and $20::date is not null and $21::text is not null
          ${wanted ? `and coalesce((select (mp.wanted ->> '${wanted}')::boolean from moment_preferences mp where mp.org_id = $1 and mp.person_id = p.id), true)` : ''}
     )`;
}

function candidateParams(orgId: string, day: string, step: StepRow, c: Candidates): unknown[] {
  return [
    orgId,
    step.id,
    step.anchor,
    step.custom_key,
    step.anniversary_year,
    c.rg,
    c.ct,
    c.lg,
    c.a,
    c.m,
    c.d,
    c.y,
    c.occ,
    c.due,
    c.at,
    step.departments,
    step.site_ids,
    step.languages,
    step.employment_types,
    day,
    step.missed_policy,
  ];
}

async function insertDue(
  q: Queryable,
  orgId: string,
  day: string,
  now: Date,
  step: StepRow,
  c: Candidates,
): Promise<{ due: number; created: number }> {
  const [row] = await q.query<{ due: number; created: number }>(
    `${candidateCte(step)},
     ins as (
       insert into deliveries (org_id, person_id, step_id, occurrence, due_date, due_at, status, next_attempt_at, message_id, created_at)
       select $1::uuid, cand.person_id, $2::uuid, cand.occ, cand.due, cand.at,
              case when cand.due < $20::date and $21 = 'skip' then 'skipped' else 'pending' end,
              cand.at, '<' || md5($1::uuid::text || cand.person_id::text || $2::uuid::text || cand.occ) || '@deliveries.embassy>', $22
         from cand
       on conflict (org_id, person_id, step_id, occurrence) do nothing
       returning 1)
     select (select count(*)::int from cand) as due, (select count(*)::int from ins) as created`,
    [...candidateParams(orgId, day, step, c), now],
  );
  return row;
}
