/**
 * Community impact (issue 12, item 5), the pure part: the weeks of a range, the day each week's
 * rolling figures are taken on, and the assembly of the repository's rows into the answer.
 *
 * What counts as community activity, for the share of active ambassadors: publishing a post (not a
 * milestone, which the platform writes for the person; not a deleted post), a comment, a reaction
 * (not on a deleted post), signing up for an event (a sign-up not cancelled), or attending one
 * (attendance recorded). Alumni count as active with any of these, or a story published, or a
 * candidate's question answered. Only counts leave here: never who did what.
 */
import { addDays, diffDays, weekday } from '../../platform/calendar.ts';

/** The window "active in the last N days" looks back over, ending on the day it is taken. */
export const ACTIVE_WINDOW_DAYS = 90;
/** The longest range the community figures are computed for (three years, a week per bar). */
export const MAX_RANGE_DAYS = 1096;

/** The Monday of the week of `date` (weeks run Monday to Sunday, as in Belgium). */
export const mondayOf = (date: string) => addDays(date, 1 - weekday(date));

/**
 * Every week of the range (from..to, local dates, inclusive): its Monday, and the day its rolling
 * figures are taken on (its Sunday, or `to` in the last week). The last week's day is `to` itself,
 * so its figures are the range's headline.
 */
export function weeksOf(from: string, to: string): { week: string; asOf: string }[] {
  const out: { week: string; asOf: string }[] = [];
  if (diffDays(from, to) < 0) return out;
  for (let w = mondayOf(from); diffDays(w, to) >= 0; w = addDays(w, 7)) {
    const sunday = addDays(w, 6);
    out.push({ week: w, asOf: diffDays(sunday, to) < 0 ? to : sunday });
  }
  return out;
}

/** numerator / denominator rounded to four decimals, or null when there is nobody to divide by. */
export const share = (n: number, d: number): number | null => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

export interface ActivityWeekRow {
  week: string | null;
  posts: number;
  comments: number;
  reactions: number;
  participants: number;
}
export interface RollingRow {
  as_of: string;
  ambassadors: number;
  active_ambassadors: number;
  alumni: number;
  active_alumni: number;
}
export interface AlumniFlowRow {
  week: string;
  chosen: number;
  left: number;
}
export interface AlumniTotalsRow {
  current: number;
  left: number;
  chosen_in_range: number;
  left_in_range: number;
}

export interface CommunityWeek {
  week: string;
  /** The day the rolling figures are taken on (the week's Sunday, or the end of the range). */
  asOf: string;
  posts: number;
  comments: number;
  reactions: number;
  /** Distinct people who posted, commented, reacted, signed up for or attended an event this week. */
  participants: number;
  ambassadors: number;
  /** Ambassadors active in the community in the 90 days ending on asOf. */
  activeAmbassadors: number;
  /** activeAmbassadors / ambassadors in percent (one decimal), 0 when there are none. */
  activePercent: number;
  alumni: number;
  activeAlumni: number;
  newAlumni: number;
  alumniLeft: number;
}

/** The weekly series, every week of the range present (gaps as zeros), and the range's totals. */
export function assembleWeeks(
  from: string,
  to: string,
  activity: ActivityWeekRow[],
  rolling: RollingRow[],
  flows: AlumniFlowRow[],
): { weekly: CommunityWeek[]; totals: { posts: number; comments: number; reactions: number; participants: number } } {
  const byWeek = new Map(activity.filter((r) => r.week !== null).map((r) => [r.week!, r]));
  const all = activity.find((r) => r.week === null);
  const byDay = new Map(rolling.map((r) => [r.as_of, r]));
  const flowOf = new Map(flows.map((r) => [r.week, r]));
  const weekly = weeksOf(from, to).map(({ week, asOf }) => {
    const a = byWeek.get(week);
    const r = byDay.get(asOf);
    const f = flowOf.get(week);
    const ambassadors = r?.ambassadors ?? 0;
    const activeAmbassadors = r?.active_ambassadors ?? 0;
    return {
      week,
      asOf,
      posts: a?.posts ?? 0,
      comments: a?.comments ?? 0,
      reactions: a?.reactions ?? 0,
      participants: a?.participants ?? 0,
      ambassadors,
      activeAmbassadors,
      activePercent: ambassadors ? Math.round((activeAmbassadors / ambassadors) * 1000) / 10 : 0,
      alumni: r?.alumni ?? 0,
      activeAlumni: r?.active_alumni ?? 0,
      newAlumni: f?.chosen ?? 0,
      alumniLeft: f?.left ?? 0,
    };
  });
  return {
    weekly,
    totals: {
      posts: all?.posts ?? 0,
      comments: all?.comments ?? 0,
      reactions: all?.reactions ?? 0,
      participants: all?.participants ?? 0,
    },
  };
}
