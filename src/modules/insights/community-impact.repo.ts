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
 * the event's start. Comments and reactions are checked against the few deleted posts (an anti-join
 * on a small set), not each joined to its post: reactions are the bulk of the rows.
 */
function activitySql(lo: string, hi: string) {
  return `
    select p.author_person_id as person_id, p.published_at as at, 'post' as what
      from community_posts p
     where p.org_id = $1 and p.kind = 'post' and p.deleted_at is null and p.published_at >= ${lo} and p.published_at < ${hi}
    union all
    select c.author_person_id, c.created_at, 'comment'
      from community_comments c
     where c.org_id = $1 and c.deleted_at is null and c.created_at >= ${lo} and c.created_at < ${hi}
       and not exists (select 1 from community_posts d where d.id = c.post_id and d.org_id = $1 and d.deleted_at is not null)
    union all
    select r.person_id, r.created_at, 'reaction'
      from community_reactions r
     where r.org_id = $1 and r.created_at >= ${lo} and r.created_at < ${hi}
       and not exists (select 1 from community_posts d where d.id = r.post_id and d.org_id = $1 and d.deleted_at is not null)
    union all
    select s.person_id, s.signed_up_at, 'signup'
      from community_event_signups s
     where s.org_id = $1 and s.status <> 'cancelled' and s.signed_up_at >= ${lo} and s.signed_up_at < ${hi}
    union all
    select s.person_id, e.starts_at, 'attended'
      from community_event_signups s join community_events e on e.id = s.event_id and e.org_id = $1
     where s.org_id = $1 and s.attended and e.starts_at >= ${lo} and e.starts_at < ${hi}`;
}

/**
 * Posts, comments and reactions per week (`mondays`: the Monday of each week of the range, local),
 * and distinct participants; the row with week null is the whole range. Rows are put in their week
 * by the instants the weeks start (width_bucket, a binary search), not by converting each one to
 * local time: reactions can be hundreds of thousands.
 */
export function weeklyActivity(db: Queryable, orgId: string, from: string, to: string, tz: string, mondays: string[]) {
  return db.query<ActivityWeekRow>(
    `with starts as (select array(select ${startOf('m', '$4::text')} from unnest($5::date[]) m order by m) as at),
     act as (${activitySql(startOf('$2::date', '$4::text'), startOf('$3::date + 1', '$4::text'))}),
     -- One row per week and person first: a hash of a few thousand groups, no sort of every row.
     per as (
       select width_bucket(act.at, starts.at) as bucket, person_id,
              count(*) filter (where what = 'post') as posts,
              count(*) filter (where what = 'comment') as comments,
              count(*) filter (where what = 'reaction') as reactions
         from act, starts group by 1, 2)
     select ($5::date[])[bucket] as week, sum(posts)::int as posts, sum(comments)::int as comments, sum(reactions)::int as reactions,
            count(*)::int as participants
       from per group by bucket
     union all
     select null, coalesce(sum(posts), 0)::int, coalesce(sum(comments), 0)::int, coalesce(sum(reactions), 0)::int,
            count(distinct person_id)::int
       from per`,
    [orgId, from, to, tz, mondays],
  );
}

/**
 * For each day in `days` (local dates, ascending): ambassadors and alumni in the program at the end
 * of that day, and how many of them were active in the `windowDays` days ending on it (ambassadors
 * in the community; alumni in the community, or with a story published or a question answered).
 * Activity is reduced to (person, local day) first, and "active" is a semi-join: each person and
 * day is counted once, without sorting every activity row.
 */
export function rollingActive(db: Queryable, orgId: string, days: string[], tz: string, windowDays: number) {
  if (days.length === 0) return Promise.resolve([] as RollingRow[]);
  // Written into the SQL (an interval bound): a whole number of days only.
  if (!Number.isInteger(windowDays) || windowDays < 1) throw new RangeError(`windowDays must be a positive integer, got ${windowDays}`);
  const back = windowDays - 1;
  // The activity that can fall in any window: from the first window's first day to the last day.
  const lo = startOf(`$4::date - ${back}`, '$3::text');
  const hi = startOf('$5::date + 1', '$3::text');
  return db.query<RollingRow>(
    `with ends as (select d, ${startOf('d + 1', '$3::text')} as t_end from unnest($2::date[]) as x(d)),
     -- The instant each local day of the span starts: rows find their day by binary search.
     day_starts as (select array(select ${startOf('g::date', '$3::text')}
                                   from generate_series($4::date - ${back}, $5::date, interval '1 day') g order by g) as at),
     act_days as (
       select person_id, $4::date - ${back} + width_bucket(a.at, day_starts.at) - 1 as day
         from (${activitySql(lo, hi)}) a, day_starts group by 1, 2),
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
       left join (select m.d, count(*)::int as n from amb m
                   where exists (select 1 from act_days x where x.person_id = m.person_id and x.day between m.d - ${back} and m.d)
                   group by m.d) n_amb_active on n_amb_active.d = e.d
       left join (select d, count(*)::int as n from alu group by d) n_alu on n_alu.d = e.d
       left join (select m.d, count(*)::int as n from alu m
                   where exists (select 1 from alumni_days x where x.person_id = m.person_id and x.day between m.d - ${back} and m.d)
                   group by m.d) n_alu_active on n_alu_active.d = e.d
      order by e.d`,
    [orgId, days, tz, days[0], days[days.length - 1]],
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
