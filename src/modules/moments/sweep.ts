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
import { anchorsDueBetween, dueInstant, retirementMatches, yearlyMatches, type Anchor } from './schedule.ts';

export interface SweepSummary {
  org: string;
  date: string;
  due: number;
  created: number;
}

interface StepRow {
  id: string;
  journey_id: string;
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
  missed_policy: 'catch_up' | 'skip';
}

interface RuleKey {
  country: string;
  region: string;
  language: string;
}

const WANTED_KEY: Partial<Record<Anchor, string>> = { birthday: 'birthday', work_anniversary: 'work_anniversary' };

export async function sweep(ctx: AppContext, orgId: string, day: string): Promise<SweepSummary> {
  const [org] = await ctx.db.query<{ slug: string; time_zone: string; catch_up_days: number }>(
    'select slug, time_zone, catch_up_days from organisations where id = $1',
    [orgId],
  );
  const steps = await ctx.db.query<StepRow>(
    `select s.id, s.journey_id, s.anchor, s.custom_key, s.anniversary_year, s.offset_days, s.offset_unit, s.send_time,
            j.departments, j.site_ids, j.languages, j.employment_types, j.missed_policy
       from journey_steps s join journeys j on j.id = s.journey_id
      where s.org_id = $1 and j.active`,
    [orgId],
  );
  const from = addDays(day, -org.catch_up_days);
  // Working days depend on the person's country, region and language (community holidays).
  const ruleKeys = steps.some((s) => s.offset_unit === 'working')
    ? await ctx.db.query<RuleKey>(
        `select distinct coalesce(s.country, 'BE') as country, coalesce(s.region, '') as region, coalesce(p.language, '') as language
           from people p left join sites s on s.id = p.site_id where p.org_id = $1`,
        [orgId],
      )
    : [];
  let due = 0;
  let created = 0;
  for (const step of steps) {
    const keys: (RuleKey | null)[] = step.offset_unit === 'working' ? ruleKeys : [null];
    const cand = { rg: [] as (string | null)[], ct: [] as (string | null)[], lg: [] as (string | null)[], a: [] as string[], m: [] as number[], d: [] as number[], y: [] as number[], occ: [] as string[], due: [] as string[], at: [] as Date[] };
    for (const key of keys) {
      const rules: HolidayRules = key ? { country: key.country, region: (key.region || null) as HolidayRules['region'], language: (key.language || null) as HolidayRules['language'] } : { country: 'BE' };
      const anchors = anchorsDueBetween(from, day, { offsetDays: step.offset_days, offsetUnit: step.offset_unit }, rules);
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
        cand.at.push(dueInstant(dueDay, step.send_time, org.time_zone));
      };
      if (step.anchor === 'birthday' || step.anchor === 'work_anniversary') {
        for (const x of yearlyMatches(anchors)) push(x.occurrence, x.month, x.day, x.year, x.occurrence, x.due);
      } else if (step.anchor === 'retirement') {
        for (const x of retirementMatches(anchors)) push(x.occurrence, x.birthMonth, 0, x.birthYear, x.occurrence, x.due);
      } else {
        for (const x of anchors) push(x.anchor, 0, 0, 0, x.anchor, x.due);
      }
    }
    if (cand.a.length === 0) continue;
    const r = await insertDue(ctx.db, orgId, day, ctx.clock.now(), step, cand);
    due += r.due;
    created += r.created;
  }
  await ctx.db.query(
    `insert into sweep_runs (org_id, day, due, created, finished_at) values ($1, $2, $3, $4, $5)
     on conflict (org_id, day) do update set due = excluded.due, created = sweep_runs.created + excluded.created, finished_at = excluded.finished_at`,
    [orgId, day, due, created, ctx.clock.now()],
  );
  return { org: org.slug, date: day, due, created };
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

async function insertDue(
  q: Queryable,
  orgId: string,
  day: string,
  now: Date,
  step: StepRow,
  c: { rg: (string | null)[]; ct: (string | null)[]; lg: (string | null)[]; a: string[]; m: number[]; d: number[]; y: number[]; occ: string[]; due: string[]; at: Date[] },
): Promise<{ due: number; created: number }> {
  const wanted = WANTED_KEY[step.anchor];
  const [row] = await q.query<{ due: number; created: number }>(
    `with cand as (
       -- $4 and $5 serve only some anchors; naming them here gives PostgreSQL their types always.
       select p.id as person_id, c.occ, c.due, c.at, $4::text as custom_key, $5::int as anniversary_year
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
          ${wanted ? `and coalesce((select (mp.wanted ->> '${wanted}')::boolean from moment_preferences mp where mp.org_id = $1 and mp.person_id = p.id), true)` : ''}
     ),
     ins as (
       insert into deliveries (org_id, person_id, step_id, occurrence, due_date, due_at, status, next_attempt_at, message_id, created_at)
       select $1::uuid, cand.person_id, $2::uuid, cand.occ, cand.due, cand.at,
              case when cand.due < $20::date and $21 = 'skip' then 'skipped' else 'pending' end,
              cand.at, '<' || md5($1::uuid::text || cand.person_id::text || $2::uuid::text || cand.occ) || '@deliveries.embassy>', $22
         from cand
       on conflict (org_id, person_id, step_id, occurrence) do nothing
       returning 1)
     select (select count(*)::int from cand) as due, (select count(*)::int from ins) as created`,
    [orgId, step.id, step.anchor, step.custom_key, step.anniversary_year, c.rg, c.ct, c.lg, c.a, c.m, c.d, c.y, c.occ, c.due, c.at, step.departments, step.site_ids, step.languages, step.employment_types, day, step.missed_policy, now],
  );
  return row;
}
