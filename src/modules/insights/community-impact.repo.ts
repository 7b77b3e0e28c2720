/**
 * SQL of the community's impact: a few aggregate queries, each scoped by organisation ($1) and
 * bounded by instants computed from local dates in the organisation's time zone ($tz), so every
 * range scan runs on the (org_id, time) indexes. Nothing here returns a person: only counts.
 */
import type { Queryable } from '../../db/db.ts';
import type { LocalizedText } from '../../platform/language.ts';
import type { ActivityWeekRow, AlumniFlowRow, AlumniTotalsRow, RollingRow } from './community-impact.ts';

/** The instant a local day starts, for a date expression and the time zone parameter. */
const startOf = (date: string, tz: string) => `((${date})::timestamp at time zone ${tz})`;

/**
 * Community activity (person_id, at, what) between two instants [lo, hi): see community-impact.ts
 * for what counts. Milestones are not posts (the platform writes them); deleted posts, comments and
 * what was said under deleted posts do not count; a cancelled sign-up does not; attending counts at
 * the event's start.
 */
function activitySql(lo: string, hi: string) {
  return `
    select p.author_person_id as person_id, p.published_at as at, 'post' as what
      from community_posts p
     where p.org_id = $1 and p.kind = 'post' and p.deleted_at is null and p.published_at >= ${lo} and p.published_at < ${hi}
    union all
    select c.author_person_id, c.created_at, 'comment'
      from community_comments c join community_posts p on p.id = c.post_id and p.deleted_at is null
     where c.org_id = $1 and c.deleted_at is null and c.created_at >= ${lo} and c.created_at < ${hi}
    union all
    select r.person_id, r.created_at, 'reaction'
      from community_reactions r join community_posts p on p.id = r.post_id and p.deleted_at is null
     where r.org_id = $1 and r.created_at >= ${lo} and r.created_at < ${hi}
    union all
    select s.person_id, s.signed_up_at, 'signup'
      from community_event_signups s
     where s.org_id = $1 and s.status <> 'cancelled' and s.signed_up_at >= ${lo} and s.signed_up_at < ${hi}
    union all
    select s.person_id, e.starts_at, 'attended'
      from community_event_signups s join community_events e on e.id = s.event_id and e.org_id = $1
     where s.org_id = $1 and s.attended and e.starts_at >= ${lo} and e.starts_at < ${hi}`;
}

/** Posts, comments and reactions per week (Monday, local), and distinct participants; the row with week null is the whole range. */
export function weeklyActivity(db: Queryable, orgId: string, from: string, to: string, tz: string) {
  return db.query<ActivityWeekRow>(
    `with act as (${activitySql(startOf('$2::date', '$4::text'), startOf('$3::date + 1', '$4::text'))})
     select date_trunc('week', act.at at time zone $4::text)::date as week,
            count(*) filter (where what = 'post')::int as posts,
            count(*) filter (where what = 'comment')::int as comments,
            count(*) filter (where what = 'reaction')::int as reactions,
            count(distinct person_id)::int as participants
       from act
      group by grouping sets ((1), ())`,
    [orgId, from, to, tz],
  );
}

/**
 * For each day in `days` (local dates): ambassadors and alumni in the program at the end of that day,
 * and how many of them were active in the `windowDays` days ending on it (ambassadors in the
 * community; alumni in the community, or with a story published or a question answered). Activity
 * is reduced to (person, local day) first, so the window join stays small.
 */
export function rollingActive(db: Queryable, orgId: string, days: string[], tz: string, windowDays: number) {
  if (days.length === 0) return Promise.resolve([] as RollingRow[]);
  // Written into the SQL (an interval bound): a whole number of days only.
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new RangeError(`windowDays must be a positive integer, got ${windowDays}`);
  const lo = `(select ${startOf(`min(d) - ${windowDays - 1}`, '$3::text')} from ends)`;
  const hi = `(select max(t_end) from ends)`;
  return db.query<RollingRow>(
    `with ends as (select d, ${startOf('d + 1', '$3::text')} as t_end from unnest($2::date[]) as x(d)),
     act_days as (
       select distinct person_id, (at at time zone $3::text)::date as day from (${activitySql(lo, hi)}) a),
     alumni_days as (
       select person_id, day from act_days
       union
       select st.author_person_id, (st.published_at at time zone $3::text)::date
         from stories st where st.org_id = $1 and st.deleted_at is null and st.published_at >= ${lo} and st.published_at < ${hi}
       union
       select q.person_id, (q.answered_at at time zone $3::text)::date
         from questions q where q.org_id = $1 and q.answered_at >= ${lo} and q.answered_at < ${hi}),
     amb as (
       select e.d, a.person_id from ends e
         join ambassadors a on a.org_id = $1 and a.joined_at < e.t_end and (a.left_at is null or a.left_at >= e.t_end)),
     alu as (
       select e.d, l.person_id from ends e
         join alumni_ambassadors l on l.org_id = $1 and l.chosen_at < e.t_end and (l.left_at is null or l.left_at >= e.t_end))
     select e.d as as_of,
            coalesce(n_amb.n, 0) as ambassadors, coalesce(n_amb_active.n, 0) as active_ambassadors,
            coalesce(n_alu.n, 0) as alumni, coalesce(n_alu_active.n, 0) as active_alumni
       from ends e
       left join (select d, count(*)::int as n from amb group by d) n_amb on n_amb.d = e.d
       left join (select amb.d, count(distinct amb.person_id)::int as n
                    from amb join act_days x on x.person_id = amb.person_id and x.day between amb.d - ${windowDays - 1} and amb.d
                   group by amb.d) n_amb_active on n_amb_active.d = e.d
       left join (select d, count(*)::int as n from alu group by d) n_alu on n_alu.d = e.d
       left join (select alu.d, count(distinct alu.person_id)::int as n
                    from alu join alumni_days x on x.person_id = alu.person_id and x.day between alu.d - ${windowDays - 1} and alu.d
                   group by alu.d) n_alu_active on n_alu_active.d = e.d
      order by e.d`,
    [orgId, days, tz],
  );
}

/** Alumni who chose to stay on and who left the alumni program, per week (Monday, local) of the range. */
export function alumniFlows(db: Queryable, orgId: string, from: string, to: string, tz: string) {
  const lo = startOf('$2::date', '$4::text');
  const hi = startOf('$3::date + 1', '$4::text');
  return db.query<AlumniFlowRow>(
    `select week, count(*) filter (where what = 'chosen')::int as chosen, count(*) filter (where what = 'left')::int as left
       from (select date_trunc('week', chosen_at at time zone $4::text)::date as week, 'chosen' as what
               from alumni_ambassadors where org_id = $1 and chosen_at >= ${lo} and chosen_at < ${hi}
             union all
             select date_trunc('week', left_at at time zone $4::text)::date, 'left'
               from alumni_ambassadors where org_id = $1 and left_at >= ${lo} and left_at < ${hi}) f
      group by week`,
    [orgId, from, to, tz],
  );
}

/** Alumni at the end of the range, who had left by then, and who chose or left within it. */
export async function alumniTotals(db: Queryable, orgId: string, from: string, to: string, tz: string) {
  const lo = startOf('$2::date', '$4::text');
  const hi = startOf('$3::date + 1', '$4::text');
  const [row] = await db.query<AlumniTotalsRow>(
    `select count(*) filter (where chosen_at < ${hi} and (left_at is null or left_at >= ${hi}))::int as current,
            count(*) filter (where left_at < ${hi})::int as left,
            count(*) filter (where chosen_at >= ${lo} and chosen_at < ${hi})::int as chosen_in_range,
            count(*) filter (where left_at >= ${lo} and left_at < ${hi})::int as left_in_range
       from alumni_ambassadors where org_id = $1`,
    [orgId, from, to, tz],
  );
  return row;
}

export interface EventParticipationRow {
  id: string;
  title: LocalizedText;
  kind: 'job-fair' | 'campus-day' | 'meetup' | 'online';
  status: 'scheduled' | 'cancelled';
  date: string;
  starts_at: Date;
  capacity: number | null;
  confirmed: number;
  waiting: number;
  cancelled: number;
  attended: number;
  absent: number;
  posts: number;
}

/**
 * Participation per event starting in the range: sign-ups by status, attendance as recorded, and
 * the posts in its feed (all of them, also those written after the range). Capacity is the places
 * of the event and of its roles together, null when any of them is unlimited.
 */
export function eventParticipation(db: Queryable, orgId: string, from: string, to: string, tz: string) {
  return db.query<EventParticipationRow>(
    `select e.id, e.title, e.kind, e.status, (e.starts_at at time zone $4::text)::date as date, e.starts_at,
            case when e.capacity is null then null
                 else e.capacity + coalesce((select sum((r->>'capacity')::int) from jsonb_array_elements(e.roles) r), 0)::int end as capacity,
            coalesce(s.confirmed, 0) as confirmed, coalesce(s.waiting, 0) as waiting, coalesce(s.cancelled, 0) as cancelled,
            coalesce(s.attended, 0) as attended, coalesce(s.absent, 0) as absent,
            (select count(*) from community_posts p
              where p.org_id = $1 and p.event_id = e.id and p.kind = 'post' and p.deleted_at is null)::int as posts
       from community_events e
       left join lateral (
         select count(*) filter (where status = 'confirmed')::int as confirmed,
                count(*) filter (where status = 'waiting')::int as waiting,
                count(*) filter (where status = 'cancelled')::int as cancelled,
                count(*) filter (where attended is true)::int as attended,
                count(*) filter (where attended is false)::int as absent
           from community_event_signups where org_id = $1 and event_id = e.id) s on true
      where e.org_id = $1 and e.starts_at >= ${startOf('$2::date', '$4::text')} and e.starts_at < ${startOf('$3::date + 1', '$4::text')}
      order by e.starts_at, e.id
      limit 500`,
    [orgId, from, to, tz],
  );
}
