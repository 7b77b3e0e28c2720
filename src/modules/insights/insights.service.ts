/** The program's dashboards for coordinators: impact over time and by segment, and diversity coverage. */
import type { AppContext } from '../../platform/context.ts';
import { diffDays } from '../../platform/calendar.ts';
import { problem } from '../../platform/errors.ts';
import type { Localizer } from '../../platform/language.ts';
import { orgTimeZone, orgToday } from '../../platform/org-time.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { ACTIVE_WINDOW_DAYS, assembleWeeks, MAX_RANGE_DAYS, share, weeksOf } from './community-impact.ts';
import * as community from './community-impact.repo.ts';
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

/**
 * The community's impact from from to to (local dates, inclusive, in the organisation's time zone):
 * posts, comments, reactions and participants per week; the share of ambassadors active in the
 * community in the last 90 days, per week and at the end of the range; alumni who stay on, leave and
 * stay active; participation per event. Counts only, for coordinators: never who did what.
 */
export async function communityImpact(ctx: AppContext, actor: Actor, range: ImpactRange, l: Localizer) {
  authorize(actor, 'program.manage');
  const days = diffDays(range.from, range.to);
  if (days < 0 || days > MAX_RANGE_DAYS)
    throw problem('range-too-long', `Choose a range of at most ${MAX_RANGE_DAYS} days, from before to.`, {
      params: { maxDays: MAX_RANGE_DAYS },
      errors: [{ path: 'to', message: days < 0 ? 'On or after from.' : `At most ${MAX_RANGE_DAYS} days after from.` }],
    });
  const tz = await orgTimeZone(ctx.db, actor.orgId);
  const weeks = weeksOf(range.from, range.to);
  const [activity, rolling, flows, alumni, events] = await Promise.all([
    community.weeklyActivity(
      ctx.db,
      actor.orgId,
      range.from,
      range.to,
      tz,
      weeks.map((w) => w.week),
    ),
    community.rollingActive(
      ctx.db,
      actor.orgId,
      weeks.map((w) => w.asOf),
      tz,
      ACTIVE_WINDOW_DAYS,
    ),
    community.alumniFlows(ctx.db, actor.orgId, range.from, range.to, tz),
    community.alumniTotals(ctx.db, actor.orgId, range.from, range.to, tz),
    community.eventParticipation(ctx.db, actor.orgId, range.from, range.to, tz),
  ]);
  const { weekly, totals } = assembleWeeks(range.from, range.to, activity, rolling, flows);
  // The last week's figures are taken on `to` itself: the headline of the range.
  const end = weekly[weekly.length - 1];
  return {
    range,
    activeWindowDays: ACTIVE_WINDOW_DAYS,
    totals: {
      ...totals,
      events: events.length,
      signups: events.reduce((n, e) => n + e.confirmed + e.waiting, 0),
      attended: events.reduce((n, e) => n + e.attended, 0),
    },
    active: {
      ambassadors: end.ambassadors,
      active: end.activeAmbassadors,
      share: share(end.activeAmbassadors, end.ambassadors),
    },
    alumni: {
      current: alumni.current,
      left: alumni.left,
      chosenInRange: alumni.chosen_in_range,
      leftInRange: alumni.left_in_range,
      active: end.activeAlumni,
      share: share(end.activeAlumni, end.alumni),
    },
    weekly,
    events: events.map((e) => ({
      id: e.id,
      title: l.text(e.title),
      kind: e.kind,
      status: e.status,
      date: e.date,
      startsAt: e.starts_at.toISOString(),
      capacity: e.capacity,
      confirmed: e.confirmed,
      waiting: e.waiting,
      cancelled: e.cancelled,
      attended: e.attended,
      absent: e.absent,
      posts: e.posts,
    })),
  };
}
