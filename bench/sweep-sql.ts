/**
 * The sweep's baseline: for each active step, the candidate anchor dates computed up front with the
 * product's own date arithmetic (anchorsDueBetween, yearlyMatches, retirementMatches: not SQL work),
 * then one hand-written INSERT ... SELECT per step, specialised for its anchor (e.g. a first work
 * anniversary is an indexed equality on the start date). Same rows as the sweep: same occurrences,
 * due dates, send instants, statuses and Message-IDs.
 */
import type { Queryable } from '../src/db/db.ts';
import { addDays, isLeapYear } from '../src/platform/calendar.ts';
import type { HolidayRules } from '../src/platform/holidays.ts';
import { anchorsDueBetween, dueInstant, retirementMatches, yearlyMatches, type Anchor } from '../src/modules/moments/schedule.ts';

interface Step {
  id: string;
  anchor: Anchor;
  custom_key: string | null;
  anniversary_year: number | null;
  offset_days: number;
  offset_unit: 'calendar' | 'working';
  send_time: string;
  missed_policy: 'catch_up' | 'skip';
  filters: number;
}

interface Cand {
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
  st: string[];
}

export interface Prepared {
  step: Step;
  sql: string;
  params: unknown[];
}

const INSERT = `insert into deliveries (org_id, person_id, step_id, occurrence, due_date, due_at, status, next_attempt_at, message_id, created_at)
  select $1::uuid, p.id, $2::uuid, c.occ, c.due, c.at, c.st, c.at, '<' || md5($1::uuid::text || p.id::text || $2::uuid::text || c.occ) || '@deliveries.embassy>', $3::timestamptz`;
const CAND = `unnest($4::text[], $5::text[], $6::text[], $7::date[], $8::int[], $9::int[], $10::int[], $11::text[], $12::date[], $13::timestamptz[], $14::text[]) as c(rg, ct, lg, a, m, d, y, occ, due, at, st)`;
const EMPLOYED = `(p.end_date is null or p.end_date >= c.due) and (p.start_date is null or p.start_date <= c.due)`;
const RULES = `coalesce(s.region, '') = c.rg and coalesce(s.country, 'BE') = c.ct and coalesce(p.language, '') = c.lg`;
const wants = (key: string) =>
  `not exists (select 1 from moment_preferences mp where mp.org_id = $1 and mp.person_id = p.id and (mp.wanted ->> '${key}')::boolean = false)`;
const TAIL = `on conflict (org_id, person_id, step_id, occurrence) do nothing`;

function sqlFor(step: Step): string {
  const sites = step.offset_unit === 'working' ? `left join sites s on s.id = p.site_id` : '';
  const rules = step.offset_unit === 'working' ? `and ${RULES}` : '';
  switch (step.anchor) {
    case 'start_date':
      return `${INSERT} from ${CAND} join people p on p.org_id = $1 and p.start_date = c.a ${sites}
               where (p.end_date is null or p.end_date >= c.due) ${rules} ${TAIL}`;
    case 'end_date':
      return `${INSERT} from ${CAND} join people p on p.org_id = $1 and p.end_date = c.a ${sites}
               where (p.start_date is null or p.start_date <= c.due) ${rules} ${TAIL}`;
    case 'custom':
      return `${INSERT} from ${CAND} join person_dates pd on pd.org_id = $1 and pd.key = $15 and pd.date = c.a join people p on p.id = pd.person_id ${sites}
               where ${EMPLOYED} ${rules} ${TAIL}`;
    case 'birthday':
      return `${INSERT} from ${CAND} join people p on p.org_id = $1 and p.birth_month = c.m and p.birth_day = c.d ${sites}
               where ${EMPLOYED} ${rules} and ${wants('birthday')} ${TAIL}`;
    case 'work_anniversary':
      // With a year of service the start date is known exactly (c.a holds it): an indexed equality.
      return step.anniversary_year
        ? `${INSERT} from ${CAND} join people p on p.org_id = $1 and p.start_date = c.a ${sites}
            where ${EMPLOYED} ${rules} and ${wants('work_anniversary')} ${TAIL}`
        : `${INSERT} from ${CAND} join people p on p.org_id = $1 and extract(month from p.start_date) = c.m and extract(day from p.start_date) = c.d
              and extract(year from p.start_date) < c.y ${sites}
            where ${EMPLOYED} ${rules} and ${wants('work_anniversary')} ${TAIL}`;
    case 'retirement':
      return `${INSERT} from ${CAND} join people p on p.org_id = $1 and p.birth_year = c.y and p.birth_month = c.m ${sites}
               where ${EMPLOYED} ${rules} ${TAIL}`;
  }
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Everything that is not SQL work, done before the clock starts: steps, rule keys, candidates. */
export async function prepareBaseline(q: Queryable, orgId: string, day: string, now: Date): Promise<Prepared[]> {
  const [org] = await q.query<{ time_zone: string; catch_up_days: number }>(
    'select time_zone, catch_up_days from organisations where id = $1',
    [orgId],
  );
  const steps = await q.query<Step>(
    `select s.id, s.anchor, s.custom_key, s.anniversary_year, s.offset_days, s.offset_unit, s.send_time, j.missed_policy,
            cardinality(j.departments) + cardinality(j.site_ids) + cardinality(j.languages) + cardinality(j.employment_types) as filters
       from journey_steps s join journeys j on j.id = s.journey_id where s.org_id = $1 and j.active`,
    [orgId],
  );
  if (steps.some((s) => s.filters > 0)) throw new Error('the baseline handles journeys without filters only');
  const keys = await q.query<{ country: string; region: string; language: string }>(
    `select distinct coalesce(s.country, 'BE') as country, coalesce(s.region, '') as region, coalesce(p.language, '') as language
       from people p left join sites s on s.id = p.site_id where p.org_id = $1`,
    [orgId],
  );
  const from = addDays(day, -org.catch_up_days);
  const out: Prepared[] = [];
  for (const step of steps) {
    const c: Cand = { rg: [], ct: [], lg: [], a: [], m: [], d: [], y: [], occ: [], due: [], at: [], st: [] };
    for (const key of step.offset_unit === 'working' ? keys : [null]) {
      const rules: HolidayRules = key
        ? {
            country: key.country,
            region: (key.region || null) as HolidayRules['region'],
            language: (key.language || null) as HolidayRules['language'],
          }
        : { country: 'BE' };
      const push = (a: string, m: number, d: number, y: number, occ: string, due: string) => {
        c.rg.push(key?.region ?? null);
        c.ct.push(key?.country ?? null);
        c.lg.push(key?.language ?? null);
        c.a.push(a);
        c.m.push(m);
        c.d.push(d);
        c.y.push(y);
        c.occ.push(occ);
        c.due.push(due);
        c.at.push(dueInstant(due, step.send_time, org.time_zone));
        c.st.push(due < day && step.missed_policy === 'skip' ? 'skipped' : 'pending');
      };
      const anchors = anchorsDueBetween(from, day, { offsetDays: step.offset_days, offsetUnit: step.offset_unit }, rules);
      if (step.anchor === 'birthday')
        for (const x of yearlyMatches(anchors)) push(x.occurrence, x.month, x.day, x.year, x.occurrence, x.due);
      else if (step.anchor === 'work_anniversary') {
        for (const x of yearlyMatches(anchors)) {
          const n = step.anniversary_year;
          // The start date itself; 29 February exists only in leap years.
          if (n && x.month === 2 && x.day === 29 && !isLeapYear(x.year - n)) continue;
          push(n ? iso(x.year - n, x.month, x.day) : x.occurrence, x.month, x.day, x.year, x.occurrence, x.due);
        }
      } else if (step.anchor === 'retirement')
        for (const x of retirementMatches(anchors)) push(x.occurrence, x.birthMonth, 0, x.birthYear, x.occurrence, x.due);
      else for (const x of anchors) push(x.anchor, 0, 0, 0, x.anchor, x.due);
    }
    if (c.a.length === 0) continue;
    const params: unknown[] = [orgId, step.id, now, c.rg, c.ct, c.lg, c.a, c.m, c.d, c.y, c.occ, c.due, c.at, c.st];
    if (step.anchor === 'custom') params.push(step.custom_key);
    out.push({ step, sql: sqlFor(step), params });
  }
  return out;
}

/** The timed part: one statement per step. */
export async function runBaseline(q: Queryable, prepared: Prepared[]): Promise<number> {
  let created = 0;
  for (const p of prepared) created += (await q.query(`${p.sql} returning 1`, p.params)).length;
  return created;
}
