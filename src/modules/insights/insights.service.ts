/** The program's dashboards for coordinators: impact over time and by segment, and diversity coverage. */
import type { AppContext } from '../../platform/context.ts';
import { orgToday } from '../../platform/org-time.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { coverage, DIMENSIONS, segmentOf } from './diversity.ts';
import * as repo from './insights.repo.ts';

export async function diversity(ctx: AppContext, actor: Actor) {
  authorize(actor, 'program.manage');
  const today = await orgToday(ctx, actor.orgId);
  const rows = await repo.listWorkforce(ctx.db, actor.orgId, today);
  const segments = coverage(rows, today);
  // People who said "maybe later" and belong to a segment that needs voices: invite them personally.
  const under = new Set(DIMENSIONS.flatMap((d) => segments[d].filter((s) => s.underRepresented).map((s) => `${d}|${s.value}`)));
  const toInvite = rows
    .filter((r) => r.maybe_later && !r.ambassador)
    .map((r) => ({
      r,
      segments: DIMENSIONS.filter((d) => under.has(`${d}|${segmentOf(r, d, today)}`)).map((d) => ({
        dimension: d,
        value: segmentOf(r, d, today),
      })),
    }))
    .filter((x) => x.segments.length > 0)
    .slice(0, 500)
    .map(({ r, segments: s }) => ({
      personId: r.person_id,
      firstName: r.first_name,
      lastName: r.last_name,
      jobTitle: r.job_title,
      segments: s,
    }));
  return { today, workforce: rows.length, ambassadors: rows.filter((r) => r.ambassador).length, segments, maybeLater: toInvite };
}

export interface ImpactRange {
  from: string;
  to: string;
}

/** Weekly series and breakdowns by department and region, from from to to (inclusive, local dates). */
export async function impact(ctx: AppContext, actor: Actor, range: ImpactRange) {
  authorize(actor, 'program.manage');
  const { views, clicks, questions, answered, posts, stories, joined } = await repo.weeklyImpact(ctx.db, actor.orgId, range.from, range.to);
  const weeks = new Map<
    string,
    {
      week: string;
      views: number;
      clicks: number;
      questions: number;
      answered: number;
      posts: number;
      positive: number;
      neutral: number;
      negative: number;
      stories: number;
      newAmbassadors: number;
    }
  >();
  const at = (w: string) => {
    let e = weeks.get(w);
    if (!e)
      weeks.set(
        w,
        (e = {
          week: w,
          views: 0,
          clicks: 0,
          questions: 0,
          answered: 0,
          posts: 0,
          positive: 0,
          neutral: 0,
          negative: 0,
          stories: 0,
          newAmbassadors: 0,
        }),
      );
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

  const [byDepartment, byRegion] = await Promise.all([
    repo.impactBreakdown(ctx.db, actor.orgId, range.from, range.to, 'department'),
    repo.impactBreakdown(ctx.db, actor.orgId, range.from, range.to, 'region'),
  ]);
  const totals = series.reduce(
    (t, w) => ({
      views: t.views + w.views,
      clicks: t.clicks + w.clicks,
      questions: t.questions + w.questions,
      answered: t.answered + w.answered,
      posts: t.posts + w.posts,
      stories: t.stories + w.stories,
      newAmbassadors: t.newAmbassadors + w.newAmbassadors,
    }),
    { views: 0, clicks: 0, questions: 0, answered: 0, posts: 0, stories: 0, newAmbassadors: 0 },
  );
  const active = await repo.countActiveAmbassadors(ctx.db, actor.orgId);
  return { range, totals: { ...totals, activeAmbassadors: active }, weekly: series, byDepartment, byRegion };
}
