/** SQL of the program's dashboards: the workforce for diversity coverage, and impact by week and by segment. */
import type { Queryable } from '../../db/db.ts';
import type { WorkforceRow } from './diversity.ts';

export type WorkforceFacts = WorkforceRow & { maybe_later: boolean; first_name: string; last_name: string; job_title: string | null };

/** Everyone employed on `today`, with whether they are an ambassador and whether their last answer was "maybe later". */
export function listWorkforce(db: Queryable, orgId: string, today: string) {
  return db.query<WorkforceFacts>(
    `select p.id as person_id, p.department, s.name as site, s.region, p.language, p.start_date, p.first_name, p.last_name, p.job_title,
            coalesce(a.active, false) as ambassador,
            exists (select 1 from ambassador_invitations i where i.org_id = p.org_id and i.person_id = p.id and i.answer = 'maybe_later'
                      and not exists (select 1 from ambassador_invitations j where j.org_id = i.org_id and j.person_id = i.person_id and j.created_at > i.created_at)) as maybe_later
       from people p left join sites s on s.id = p.site_id
       left join ambassadors a on a.org_id = p.org_id and a.person_id = p.id
      where p.org_id = $1 and (p.start_date is null or p.start_date <= $2) and (p.end_date is null or p.end_date >= $2)`,
    [orgId, today],
  );
}

/** Weekly counts (Monday of the week) of views, clicks, questions, answers, posts by tone, stories and new ambassadors, from `from` to `to`. */
export async function weeklyImpact(db: Queryable, orgId: string, from: string, to: string) {
  const params = [orgId, from, to];
  const week = (col: string) => `date_trunc('week', ${col})::date`;
  const [views, clicks, questions, answered, posts, stories, joined] = await Promise.all([
    db.query<{ week: string; n: number }>(
      `select ${week('v.day')} as week, sum(v.views)::int as n from story_views v join stories s on s.id = v.story_id where s.org_id = $1 and v.day between $2 and $3 group by 1`,
      params,
    ),
    db.query<{ week: string; n: number }>(
      `select ${week('c.day')} as week, sum(c.clicks)::int as n from share_clicks c join share_links l on l.code = c.code where l.org_id = $1 and c.day between $2 and $3 group by 1`,
      params,
    ),
    db.query<{ week: string; n: number }>(
      `select ${week('created_at::date')} as week, count(*)::int as n from questions where org_id = $1 and created_at::date between $2 and $3 group by 1`,
      params,
    ),
    db.query<{ week: string; n: number }>(
      `select ${week('answered_at::date')} as week, count(*)::int as n from questions where org_id = $1 and answered_at::date between $2 and $3 group by 1`,
      params,
    ),
    db.query<{ week: string; tone: string; n: number }>(
      `select ${week('posted_on')} as week, tone, count(*)::int as n from external_posts where org_id = $1 and posted_on between $2 and $3 group by 1, 2`,
      params,
    ),
    db.query<{ week: string; n: number }>(
      `select ${week('published_at::date')} as week, count(*)::int as n from stories where org_id = $1 and deleted_at is null and published_at::date between $2 and $3 group by 1`,
      params,
    ),
    db.query<{ week: string; n: number }>(
      `select ${week('joined_at::date')} as week, count(*)::int as n from ambassadors where org_id = $1 and joined_at::date between $2 and $3 group by 1`,
      params,
    ),
  ]);
  return { views, clicks, questions, answered, posts, stories, joined };
}

/** Ambassadors, stories, views, clicks, questions and posts per department or region. */
export function impactBreakdown(db: Queryable, orgId: string, from: string, to: string, by: 'department' | 'region') {
  const params = [orgId, from, to];
  const groupExpr = by === 'department' ? 'p.department' : 's.region';
  return db.query<{
    key: string | null;
    ambassadors: number;
    stories: number;
    views: number;
    clicks: number;
    questions: number;
    posts: number;
  }>(
    `with people_in as (
         select p.id, ${groupExpr} as key from people p left join sites s on s.id = p.site_id where p.org_id = $1)
       select pi.key,
              count(distinct a.person_id) filter (where a.active)::int as ambassadors,
              (select count(*)::int from stories st join people_in x on x.id = st.author_person_id where x.key is not distinct from pi.key and st.org_id = $1 and st.deleted_at is null and st.published_at::date between $2 and $3) as stories,
              (select coalesce(sum(v.views), 0)::int from story_views v join stories st on st.id = v.story_id join people_in x on x.id = st.author_person_id where x.key is not distinct from pi.key and st.org_id = $1 and v.day between $2 and $3) as views,
              (select coalesce(sum(c.clicks), 0)::int from share_clicks c join share_links l on l.code = c.code join people_in x on x.id = l.person_id where x.key is not distinct from pi.key and l.org_id = $1 and c.day between $2 and $3) as clicks,
              (select count(*)::int from questions q join people_in x on x.id = q.person_id where x.key is not distinct from pi.key and q.org_id = $1 and q.created_at::date between $2 and $3) as questions,
              (select count(*)::int from external_posts e join people_in x on x.id = e.person_id where x.key is not distinct from pi.key and e.org_id = $1 and e.posted_on between $2 and $3) as posts
         from people_in pi join ambassadors a on a.org_id = $1 and a.person_id = pi.id
        group by pi.key order by ambassadors desc`,
    params,
  );
}

export async function countActiveAmbassadors(db: Queryable, orgId: string) {
  const [{ active }] = await db.query<{ active: number }>(`select count(*)::int as active from ambassadors where org_id = $1 and active`, [
    orgId,
  ]);
  return active;
}
