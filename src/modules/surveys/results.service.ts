/**
 * Survey results: who may see which survey, and what of it, under the anonymity plan.
 *
 * Who: admins every survey of their organisation; coordinators the ambassador program's surveys;
 * managers any survey that is not a draft, but only their own team (responses whose manager path
 * holds them), the plan computed over that team alone, so "everyone" is their team. Employees: 403.
 *
 * Every number that leaves this file belongs to a group that planRelease().scores (or .comments)
 * shows. A withheld group carries its reason and nothing else. The plan's dimensions are the
 * survey's report_dimensions with 'period' appended when absent, so trends over time exist for every
 * survey (as the lowest-priority dimension: it never crowds out the ones HR chose).
 *
 * Per view: the rows' segments (for the plan; the plan is cached per survey, scope and response
 * stamp), the values of the breakdown among the invitations (listing a cell says someone was
 * invited, never that someone answered), then one aggregate query and one invitation count.
 */
import type { AppContext } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { authorize, requirePerson, type Actor } from '../../platform/policy.ts';
import { planRelease, type ReleasePlan, type Verdict } from './anonymity.ts';
import { groupKey, isDimension, parseGroupKey, viewKeys, type Dimension } from './segments.ts';
import * as repo from './results.repo.ts';
import {
  add,
  archiveQuarter,
  enpsOf,
  newTally,
  quarterOf,
  quartersBetween,
  questionResults,
  rate,
  scoresOf,
  type Tally,
} from './results.numbers.ts';
import { commentsMinimum, notesOf, type Reason } from './results.words.ts';
import { withFields } from '../../platform/objects.ts';

export interface Viewer {
  survey: repo.SurveyRow;
  scope: 'organisation' | 'team';
  /** The manager's person id for a team scope. */
  team: string | null;
  dimensions: Dimension[];
}

/** The survey, if the actor may see its results, and in which scope. */
export async function viewer(ctx: AppContext, actor: Actor, surveyId: string): Promise<Viewer> {
  authorize(actor, 'surveys.results');
  const survey = await repo.findSurvey(ctx.db, actor.orgId, surveyId);
  if (!survey) throw notFound('Survey');
  let team: string | null = null;
  if (actor.role === 'coordinator') {
    // Coordinators run the ambassador program: its surveys are theirs, the rest is HR's.
    if (survey.kind !== 'ambassador') throw forbidden('Coordinators see the results of ambassador program surveys only.');
  } else if (actor.role === 'manager') {
    if (survey.status === 'draft') throw forbidden('This survey has not been sent yet.');
    team = requirePerson(actor);
  } else if (actor.role !== 'admin') throw forbidden();
  return { survey, scope: team ? 'team' : 'organisation', team, dimensions: planDimensions(survey.report_dimensions) };
}

export function planDimensions(reported: readonly string[]): Dimension[] {
  const dims = reported.filter(isDimension);
  return dims.includes('period') ? [...new Set(dims)] : [...new Set(dims), 'period'];
}

// ---- the plan, cached ----

const PLAN_CACHE_SIZE = 200;
const plans = new Map<string, { stamp: string; plan: ReleasePlan }>();

/**
 * The release plan of a viewer's scope. Computing it reads every response's segment; it is kept per
 * (survey, scope) with a stamp of what it was computed from (response count and months, minimums,
 * status, dimensions), so it is recomputed as soon as any of these changes.
 */
export async function planOf(ctx: AppContext, v: Viewer): Promise<ReleasePlan> {
  const scope: repo.Scope = { orgId: v.survey.org_id, surveyId: v.survey.id, team: v.team };
  const stamp = [await repo.responseStamp(ctx.db, scope), v.survey.min_group, commentsMinimum(v.survey), v.dimensions.join(',')].join('|');
  const cacheKey = `${v.survey.id}|${v.team ?? ''}`;
  const hit = plans.get(cacheKey);
  if (hit && hit.stamp === stamp) return hit.plan;
  const rows = await repo.responseSegments(ctx.db, scope, v.dimensions);
  const plan = planRelease(rows, { dimensions: v.dimensions, minGroup: v.survey.min_group, minComments: commentsMinimum(v.survey) });
  plans.delete(cacheKey);
  plans.set(cacheKey, { stamp, plan });
  if (plans.size > PLAN_CACHE_SIZE) plans.delete(plans.keys().next().value!);
  return plan;
}

/** Drops every cached plan (benchmarks time the uncached path with it). */
export function forgetPlans(): void {
  plans.clear();
}

// ---- input ----

export interface ViewQuery {
  filter?: string;
  breakdown?: Dimension;
}

/** The filter as one reported dimension and a value; '' or missing is everyone. */
export function parseFilter(
  filter: string | undefined,
  dims: readonly Dimension[],
): { key: string; dimension: Dimension; value: string } | null {
  if (!filter) return null;
  const parts = parseGroupKey(filter);
  if (!parts || parts.length !== 1)
    throw badRequest('The filter must be one segment value: dimension=value.', [
      { path: 'filter', message: 'Write one dimension and its value, e.g. department=Finance.' },
    ]);
  const [{ dimension, value }] = parts;
  if (!dims.includes(dimension))
    throw badRequest(`This survey's results are not broken down by ${dimension}.`, [
      { path: 'filter', message: `Choose one of: ${dims.join(', ')}.` },
    ]);
  return { key: groupKey({ [dimension]: value }), dimension, value };
}

function checkDimension(d: Dimension | undefined | null, dims: readonly Dimension[], path: string): Dimension | null {
  if (!d) return null;
  if (!dims.includes(d))
    throw badRequest(`This survey's results are not broken down by ${d}.`, [{ path, message: `Choose one of: ${dims.join(', ')}.` }]);
  return d;
}

function labeller(sites: Map<string, string>) {
  return (d: Dimension | null, value: string | null) =>
    value === null || value === '' ? null : d === 'site' ? (sites.get(value) ?? value) : value;
}

function common(v: Viewer) {
  return {
    survey: {
      id: v.survey.id,
      kind: v.survey.kind,
      status: v.survey.status,
      title: v.survey.title,
      reportDimensions: v.dimensions,
    },
    scope: v.scope,
    minGroup: v.survey.min_group,
    minComments: v.survey.min_comments,
  };
}

function questionsMeta(questions: repo.QuestionRow[]) {
  return questions.map((q) => ({ id: q.id, position: q.position, kind: q.kind, text: q.text, options: q.options ?? [] }));
}

const withheld = (verdict: Verdict): Reason | undefined =>
  verdict.shown ? undefined : verdict.reason === 'not-offered' ? 'not-offered' : 'anonymity';

// ---- views ----

type QuestionResult = ReturnType<typeof questionResults>[number];

/** A group: its numbers when shown, only why when withheld. */
export interface GroupResult {
  key: string;
  dimension: Dimension | null;
  value: string | null;
  label: string | null;
  withheld?: Reason;
  respondents?: number;
  invited?: number;
  responseRate?: number | null;
  enps?: QuestionResult['enps'];
  questions?: QuestionResult[];
}

/** The results page: the (filtered) group, each question, the heatmap by `breakdown`. */
export async function results(ctx: AppContext, actor: Actor, surveyId: string, q: ViewQuery) {
  const v = await viewer(ctx, actor, surveyId);
  return resultsOf(ctx, v, q);
}

export async function resultsOf(ctx: AppContext, v: Viewer, q: ViewQuery) {
  const filter = parseFilter(q.filter, v.dimensions);
  const breakdown = checkDimension(q.breakdown, v.dimensions, 'breakdown');
  const orgId = v.survey.org_id;
  const whole: repo.Scope = { orgId, surveyId: v.survey.id, team: v.team };
  const scope: repo.Scope = { ...whole, filter };
  const counts = () => Promise.all([repo.aggregate(ctx.db, scope, breakdown), repo.invitedCounts(ctx.db, scope, breakdown)]);
  // For the organisation the numbers are nearly always shown: read them while the plan is made
  // (nothing is sent before the plan judged it). A manager's team is often too small: plan first.
  const early = v.team ? null : counts();
  const [plan, questions, sites, listed] = await Promise.all([
    planOf(ctx, v),
    repo.listQuestions(ctx.db, orgId, v.survey.id),
    repo.siteNames(ctx.db, orgId),
    // The breakdown's values in the whole scope; without a filter the invitation counts hold them.
    breakdown && (filter || breakdown === 'period') ? segmentValues(ctx, v, whole, breakdown) : Promise.resolve(null),
  ]);
  const label = labeller(sites);
  const groupVerdict0 = plan.scores(filter?.key ?? '');
  const needed = early ?? (groupVerdict0.shown || breakdown ? counts() : null);
  const [rows, invited] = needed ? await needed : [[], []];
  const values = listed ?? invited.flatMap((r) => (r.segment === null ? [] : [r.segment])).sort();
  const keys = viewKeys(filter?.key ?? '', breakdown, values);
  const groupVerdict = plan.scores(keys.group);
  const cells = keys.segments.map((s) => withFields(s, { verdict: plan.scores(s.key) }));
  const groupTally = newTally();
  const cellTallies = new Map<string, Tally>();
  for (const r of rows) {
    const value = r.value !== null ? String(r.value) : r.choice;
    if (r.segment === null) add(groupTally, r.question_id, value, r.n, r.answers);
    else {
      let t = cellTallies.get(r.segment);
      if (!t) cellTallies.set(r.segment, (t = newTally()));
      add(t, r.question_id, value, r.n, r.answers);
    }
  }
  const invitedTotal = invited.find((r) => r.segment === null)?.n ?? 0;
  const invitedBy = new Map(invited.filter((r) => r.segment !== null).map((r) => [r.segment!, r.n]));

  const group: GroupResult = {
    key: keys.group,
    dimension: filter?.dimension ?? null,
    value: filter?.value ?? null,
    label: filter ? label(filter.dimension, filter.value) : null,
    ...(groupVerdict.shown
      ? (() => {
          const qs = questionResults(questions, groupTally);
          const firstEnps = questions.find((x) => x.kind === 'enps');
          return {
            respondents: groupVerdict.size,
            invited: invitedTotal,
            responseRate: rate(groupVerdict.size, invitedTotal),
            enps: firstEnps ? (qs.find((x) => x.id === firstEnps.id)?.enps ?? null) : null,
            questions: qs,
          };
        })()
      : { withheld: withheld(groupVerdict) }),
  };
  const heatmap = breakdown
    ? {
        dimension: breakdown,
        segments: cells.map((c) =>
          c.verdict.shown
            ? {
                key: c.key,
                value: c.value,
                label: label(breakdown, c.value),
                respondents: c.verdict.size,
                invited: invitedBy.get(c.value) ?? 0,
                responseRate: rate(c.verdict.size, invitedBy.get(c.value) ?? 0),
                scores: scoresOf(questions, cellTallies.get(c.value) ?? newTally()),
              }
            : { key: c.key, value: c.value, label: label(breakdown, c.value), withheld: withheld(c.verdict) },
        ),
      }
    : null;
  return {
    ...common(v),
    questions: questionsMeta(questions),
    filter: filter ? { ...filter, label: label(filter.dimension, filter.value) } : null,
    group,
    heatmap,
    notes: notesOf([withheld(groupVerdict), ...cells.map((c) => withheld(c.verdict))], v.survey),
  };
}

/**
 * The values of a dimension to list: those among the invitations in scope; for the period, every
 * quarter from the one the survey opened in to the current one.
 */
async function segmentValues(ctx: AppContext, v: Viewer, scope: repo.Scope, d: Dimension): Promise<string[]> {
  if (d === 'period') return quartersBetween(v.survey.opened_quarter, quarterOf(ctx.clock.now()));
  return (await repo.invitedValues(ctx.db, scope, [d])).get(d)!;
}

/** Trends per quarter answered or per start cohort; quarters whose raw answers were deleted come from survey_archive. */
export async function trend(ctx: AppContext, actor: Actor, surveyId: string, by: 'period' | 'start_cohort') {
  const v = await viewer(ctx, actor, surveyId);
  const d = checkDimension(by, v.dimensions, 'by')!;
  const orgId = v.survey.org_id;
  const whole: repo.Scope = { orgId, surveyId: v.survey.id, team: v.team };
  const [plan, questions, liveValues, archive] = await Promise.all([
    planOf(ctx, v),
    repo.listQuestions(ctx.db, orgId, v.survey.id),
    segmentValues(ctx, v, whole, d),
    // The archive holds the organisation's groups; a manager's team was never among them.
    v.team ? Promise.resolve([] as repo.ArchiveRow[]) : repo.archived(ctx.db, orgId, v.survey.id, [d === 'period' ? '' : d]),
  ]);
  // Archived parts per value: respondents and counts.
  const archived = new Map<string, { respondents: number; tally: Tally }>();
  for (const r of archive) {
    const value = d === 'period' ? archiveQuarter(r.period) : r.segment;
    let a = archived.get(value);
    if (!a) archived.set(value, (a = { respondents: 0, tally: newTally() }));
    if (r.question_id === null) a.respondents += r.count;
    else add(a.tally, r.question_id, r.value, r.count, 0);
  }
  // Answers per question in the archive are the sum of its distribution (choices aside: not scored).
  for (const a of archived.values())
    for (const [qid, m] of a.tally.counts)
      a.tally.answered.set(
        qid,
        [...m.values()].reduce((s, n) => s + n, 0),
      );

  const values = [...new Set([...archived.keys(), ...liveValues])].sort();
  const keys = viewKeys('', d, values).segments.map((s) => withFields(s, { verdict: plan.scores(s.key) }));
  const anyLive = keys.some((k) => k.verdict.shown);
  const rows = anyLive ? await repo.aggregate(ctx.db, whole, d) : [];
  const live = new Map<string, Tally>();
  for (const r of rows) {
    if (r.segment === null) continue;
    let t = live.get(r.segment);
    if (!t) live.set(r.segment, (t = newTally()));
    add(t, r.question_id, r.value !== null ? String(r.value) : r.choice, r.n, r.answers);
  }
  const points = keys.map((k) => {
    const arch = archived.get(k.value);
    const base = { key: k.key, value: k.value, label: k.value || null };
    if (!k.verdict.shown && !arch) return { ...base, source: 'live' as const, withheld: withheld(k.verdict) };
    const t = newTally();
    let respondents = 0;
    if (k.verdict.shown) {
      respondents += k.verdict.size;
      const l = live.get(k.value);
      if (l) for (const [qid, m] of l.counts) for (const [val, n] of m) add(t, qid, val, n, 0);
      if (l) for (const [qid, n] of l.answered) t.answered.set(qid, (t.answered.get(qid) ?? 0) + n);
    }
    if (arch) {
      respondents += arch.respondents;
      for (const [qid, m] of arch.tally.counts) for (const [val, n] of m) add(t, qid, val, n, 0);
      for (const [qid, n] of arch.tally.answered) t.answered.set(qid, (t.answered.get(qid) ?? 0) + n);
    }
    const firstEnps = questions.find((x) => x.kind === 'enps');
    return {
      ...base,
      source: k.verdict.shown ? (arch ? ('both' as const) : ('live' as const)) : ('archive' as const),
      respondents,
      enps: firstEnps ? (enpsOf(t.counts.get(firstEnps.id))?.score ?? null) : null,
      scores: scoresOf(questions, t),
    };
  });
  return {
    ...common(v),
    by,
    questions: questionsMeta(questions),
    points,
    notes: notesOf(
      points.map((p) => ('withheld' in p ? p.withheld : undefined)),
      v.survey,
    ),
  };
}

/** The group's comments, in random order, without times: only when the comments plan shows the group. */
export async function comments(ctx: AppContext, actor: Actor, surveyId: string, q: { filter?: string }) {
  const v = await viewer(ctx, actor, surveyId);
  const filter = parseFilter(q.filter, v.dimensions);
  const orgId = v.survey.org_id;
  const [plan, questions] = await Promise.all([planOf(ctx, v), repo.listQuestions(ctx.db, orgId, v.survey.id)]);
  const key = filter?.key ?? '';
  const verdict = plan.comments(key);
  const whileOpen = v.survey.status === 'open';
  const found = verdict.shown ? await repo.comments(ctx.db, { orgId, surveyId: v.survey.id, team: v.team, filter }) : [];
  const byQuestion = new Map<string, string[]>();
  for (const c of found) {
    let list = byQuestion.get(c.question_id);
    if (!list) byQuestion.set(c.question_id, (list = []));
    list.push(c.comment);
  }
  return {
    ...common(v),
    group: { key, ...(verdict.shown ? {} : { withheld: withheld(verdict) }), ...(whileOpen ? { whileOpen } : {}) },
    questions: verdict.shown
      ? questions
          .filter((x) => byQuestion.has(x.id) || x.kind === 'text')
          .map((x) => ({ id: x.id, text: x.text, comments: byQuestion.get(x.id) ?? [] }))
      : [],
    notes: notesOf([withheld(verdict)], v.survey, !verdict.shown && whileOpen ? ['comments-while-open'] : [], v.survey.min_comments),
  };
}

/** The dimensions the results can be broken down and filtered by, with their values and labels. */
export async function segments(ctx: AppContext, actor: Actor, surveyId: string) {
  const v = await viewer(ctx, actor, surveyId);
  const whole: repo.Scope = { orgId: v.survey.org_id, surveyId: v.survey.id, team: v.team };
  const [sites, lists] = await Promise.all([
    repo.siteNames(ctx.db, v.survey.org_id),
    repo.invitedValues(
      ctx.db,
      whole,
      v.dimensions.filter((d) => d !== 'period'),
    ),
  ]);
  const label = labeller(sites);
  const now = quarterOf(ctx.clock.now());
  return {
    ...common(v),
    dimensions: v.dimensions.map((dimension) => {
      const values = dimension === 'period' ? quartersBetween(v.survey.opened_quarter, now) : lists.get(dimension)!;
      return { dimension, values: values.map((value) => ({ value, label: label(dimension, value) })) };
    }),
  };
}

export { commentsMinimum, NOTE_TEXT } from './results.words.ts';
