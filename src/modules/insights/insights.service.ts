/** The program's dashboards for coordinators: impact over time and by segment, and diversity coverage. */
import type { AppContext } from '../../platform/context.ts';
import { orgToday } from '../../platform/org-time.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { coverage, DIMENSIONS, segmentOf, type WorkforceRow } from './diversity.ts';

export async function diversity(ctx: AppContext, actor: Actor) {
  authorize(actor, 'program.manage');
  const today = await orgToday(ctx, actor.orgId);
  const rows = await ctx.db.query<WorkforceRow & { maybe_later: boolean; first_name: string; last_name: string; job_title: string | null }>(
    `select p.id as person_id, p.department, s.name as site, s.region, p.language, p.start_date, p.first_name, p.last_name, p.job_title,
            coalesce(a.active, false) as ambassador,
            exists (select 1 from ambassador_invitations i where i.org_id = p.org_id and i.person_id = p.id and i.answer = 'maybe_later'
                      and not exists (select 1 from ambassador_invitations j where j.org_id = i.org_id and j.person_id = i.person_id and j.created_at > i.created_at)) as maybe_later
       from people p left join sites s on s.id = p.site_id
       left join ambassadors a on a.org_id = p.org_id and a.person_id = p.id
      where p.org_id = $1 and (p.start_date is null or p.start_date <= $2) and (p.end_date is null or p.end_date >= $2)`,
    [actor.orgId, today],
  );
  const segments = coverage(rows, today);
  // People who said "maybe later" and belong to a segment that needs voices: invite them personally.
  const under = new Set(DIMENSIONS.flatMap((d) => segments[d].filter((s) => s.underRepresented).map((s) => `${d}|${s.value}`)));
  const toInvite = rows
    .filter((r) => r.maybe_later && !r.ambassador)
    .map((r) => ({ r, segments: DIMENSIONS.filter((d) => under.has(`${d}|${segmentOf(r, d, today)}`)).map((d) => ({ dimension: d, value: segmentOf(r, d, today) })) }))
    .filter((x) => x.segments.length > 0)
    .slice(0, 500)
    .map(({ r, segments: s }) => ({ personId: r.person_id, firstName: r.first_name, lastName: r.last_name, jobTitle: r.job_title, segments: s }));
  return { today, workforce: rows.length, ambassadors: rows.filter((r) => r.ambassador).length, segments, maybeLater: toInvite };
}

export interface ImpactRange {
  from: string;
  to: string;
}

/** Weekly series and breakdowns by department and region, from from to to (inclusive, local dates). */
export async function impact(ctx: AppContext, actor: Actor, range: ImpactRange) {
  authorize(actor, 'program.manage');
  const params = [actor.orgId, range.from, range.to];
  const week = (col: string) => `date_trunc('week', ${col})::date`;
  const [views, clicks, questions, answered, posts, stories, joined] = await Promise.all([
    ctx.db.query<{ week: string; n: number }>(`select ${week('v.day')} as week, sum(v.views)::int as n from story_views v join stories s on s.id = v.story_id where s.org_id = $1 and v.day between $2 and $3 group by 1`, params),
    ctx.db.query<{ week: string; n: number }>(`select ${week('c.day')} as week, sum(c.clicks)::int as n from share_clicks c join share_links l on l.code = c.code where l.org_id = $1 and c.day between $2 and $3 group by 1`, params),
    ctx.db.query<{ week: string; n: number }>(`select ${week('created_at::date')} as week, count(*)::int as n from questions where org_id = $1 and created_at::date between $2 and $3 group by 1`, params),
    ctx.db.query<{ week: string; n: number }>(`select ${week('answered_at::date')} as week, count(*)::int as n from questions where org_id = $1 and answered_at::date between $2 and $3 group by 1`, params),
    ctx.db.query<{ week: string; tone: string; n: number }>(`select ${week('posted_on')} as week, tone, count(*)::int as n from external_posts where org_id = $1 and posted_on between $2 and $3 group by 1, 2`, params),
    ctx.db.query<{ week: string; n: number }>(`select ${week('published_at::date')} as week, count(*)::int as n from stories where org_id = $1 and deleted_at is null and published_at::date between $2 and $3 group by 1`, params),
    ctx.db.query<{ week: string; n: number }>(`select ${week('joined_at::date')} as week, count(*)::int as n from ambassadors where org_id = $1 and joined_at::date between $2 and $3 group by 1`, params),
  ]);
  const weeks = new Map<string, { week: string; views: number; clicks: number; questions: number; answered: number; posts: number; positive: number; neutral: number; negative: number; stories: number; newAmbassadors: number }>();
  const at = (w: string) => {
    let e = weeks.get(w);
    if (!e) weeks.set(w, (e = { week: w, views: 0, clicks: 0, questions: 0, answered: 0, posts: 0, positive: 0, neutral: 0, negative: 0, stories: 0, newAmbassadors: 0 }));
    return e;
  };
  // Every week of the range appears, so charts show gaps as zeros.
  for (let d = new Date(range.from + 'T00:00:00Z'); d <= new Date(range.to + 'T00:00:00Z'); d = new Date(d.getTime() + 7 * 86400_000)) {
    const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400_000);
    at(monday.toISOString().slice(0, 10));
  }
  for (const r of views) at(r.week).views += r.n;
  for (const r of clicks) at(r.week).clicks += r.n;
  for (const r of questions) at(r.week).questions += r.n;
  for (const r of answered) at(r.week).answered += r.n;
  for (const r of stories) at(r.week).stories += r.n;
  for (const r of joined) at(r.week).newAmbassadors += r.n;
  for (const r of posts) {
    const e = at(r.week);
    e.posts += r.n;
    e[r.tone as 'positive' | 'neutral' | 'negative'] += r.n;
  }
  const series = [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));

  const breakdown = (groupExpr: string) =>
    ctx.db.query<{ key: string | null; ambassadors: number; stories: number; views: number; clicks: number; questions: number; posts: number }>(
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
  const [byDepartment, byRegion] = await Promise.all([breakdown('p.department'), breakdown('s.region')]);
  const totals = series.reduce(
    (t, w) => ({ views: t.views + w.views, clicks: t.clicks + w.clicks, questions: t.questions + w.questions, answered: t.answered + w.answered, posts: t.posts + w.posts, stories: t.stories + w.stories, newAmbassadors: t.newAmbassadors + w.newAmbassadors }),
    { views: 0, clicks: 0, questions: 0, answered: 0, posts: 0, stories: 0, newAmbassadors: 0 },
  );
  const [{ active }] = await ctx.db.query<{ active: number }>(`select count(*)::int as active from ambassadors where org_id = $1 and active`, [actor.orgId]);
  return { range, totals: { ...totals, activeAmbassadors: active }, weekly: series, byDepartment, byRegion };
}
