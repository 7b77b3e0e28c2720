/**
 * The SQL of survey results. Three reads per view, each one statement:
 * - `responseSegments`: the segments of every response in scope, which the anonymity plan is computed over;
 * - `aggregate`: THE "bare aggregate" (the benchmark times it alone): each question's counts per
 *   value (or choice), for the group and, with a breakdown, per segment, in one GROUPING SETS query;
 * - `invitedCounts`: the invitations per segment (copied at send time), for response rates and for
 *   the list of segment values (taken from invitations, never from responses, so a listed segment
 *   says that someone was invited, not that someone answered).
 * Every function takes the organisation id; a survey of another organisation has no rows.
 */
import type { Db, Queryable } from '../../db/db.ts';
import type { Dimension } from './segments.ts';
import type { LocalizedText } from '../../platform/language.ts';
import { withFields } from '../../platform/objects.ts';

/** A response's value for each dimension, as SQL on survey_responses `r` (null: not known). */
export const RESPONSE_DIMENSION_SQL: Record<Dimension, string> = {
  department: 'r.department',
  site: 'r.site_id::text',
  region: 'r.region',
  language: 'r.language',
  seniority: 'r.seniority',
  start_cohort: 'r.start_cohort',
  period: `to_char(r.period, 'YYYY-"Q"Q')`,
};

/** The same on survey_invitations `i` (its copied segment); the period is the quarter it was sent in. */
const INVITATION_DIMENSION_SQL: Record<Dimension, string> = {
  department: `i.segment->>'department'`,
  site: `i.segment->>'siteId'`,
  region: `i.segment->>'region'`,
  language: `i.segment->>'language'`,
  seniority: `i.segment->>'seniority'`,
  start_cohort: `i.segment->>'startCohort'`,
  period: `to_char(i.sent_at at time zone 'UTC', 'YYYY-"Q"Q')`,
};

export interface SurveyRow {
  id: string;
  org_id: string;
  kind: string;
  status: 'draft' | 'open' | 'closed';
  title: LocalizedText;
  min_group: number;
  min_comments: number;
  report_dimensions: string[];
  /** The quarter it was opened in (created, for a draft): no answer can be older. */
  opened_quarter: string;
}

export async function findSurvey(db: Queryable, orgId: string, surveyId: string): Promise<SurveyRow | undefined> {
  const [row] = await db.query<SurveyRow>(
    `select id, org_id, kind, status, title, min_group, min_comments, report_dimensions,
            to_char(coalesce(opened_at, created_at) at time zone 'UTC', 'YYYY-"Q"Q') as opened_quarter
       from surveys where org_id = $1 and id = $2`,
    [orgId, surveyId],
  );
  return row;
}

export interface QuestionRow {
  id: string;
  position: number;
  kind: 'enps' | 'scale' | 'single' | 'multi' | 'text';
  text: LocalizedText;
  options: { key: string; label: LocalizedText }[];
}

export async function listQuestions(db: Queryable, orgId: string, surveyId: string): Promise<QuestionRow[]> {
  return db.query<QuestionRow>(
    `select id, position, kind, text, options from survey_questions where org_id = $1 and survey_id = $2 order by position, id`,
    [orgId, surveyId],
  );
}

/** Which responses a view reads: a survey, optionally a manager's team, optionally one segment value. */
export interface Scope {
  orgId: string;
  surveyId: string;
  /** A manager's person id: only responses whose manager path holds it. */
  team: string | null;
  filter?: { dimension: Dimension; value: string } | null;
}

/** `where` for survey_responses `r` and its parameters, from $1. */
function responseWhere(scope: Scope, params: unknown[]): string {
  params.push(scope.orgId, scope.surveyId);
  let where = `r.org_id = $1 and r.survey_id = $2`;
  if (scope.team) {
    params.push(scope.team);
    where += ` and r.manager_path @> array[$${params.length}::uuid]`;
  }
  if (scope.filter) {
    params.push(scope.filter.value);
    where += ` and coalesce(${RESPONSE_DIMENSION_SQL[scope.filter.dimension]}, '') = $${params.length}`;
  }
  return where;
}

/** How many responses are in scope and the oldest month: what a cached plan is keyed by. */
export async function responseStamp(db: Queryable, scope: Scope): Promise<string> {
  const params: unknown[] = [];
  const [row] = await db.query<{ n: number; first: string | null; last: string | null }>(
    `select count(*)::int as n, min(r.period)::text as first, max(r.period)::text as last from survey_responses r where ${responseWhere(scope, params)}`,
    params,
  );
  return `${row.n}|${row.first}|${row.last}`;
}

export type SegmentRow = Record<Dimension, string | null>;

/** Every response's segment in scope (no id, no answer): the rows planRelease() works on. */
export async function responseSegments(db: Queryable, scope: Scope, dimensions: readonly Dimension[]): Promise<SegmentRow[]> {
  const params: unknown[] = [];
  const cols = dimensions.map((d) => `${RESPONSE_DIMENSION_SQL[d]} as ${d}`).join(', ');
  return db.query<SegmentRow>(`select ${cols || '1 as one'} from survey_responses r where ${responseWhere(scope, params)}`, params);
}

export interface AggregateRow {
  question_id: string;
  /** The breakdown's segment value ('' = not known), or null on the group's own rows. */
  segment: string | null;
  value: number | null;
  choice: string | null;
  /** Answers of this value or choice (a multi-choice answer counts once per choice). */
  n: number;
  /** Answer rows (a multi-choice answer counts once, on its first choice): summed per question, who answered it. */
  answers: number;
}

/**
 * THE bare aggregate: every answer's count per question and value (enps, scale) or choice (single,
 * multi), for the whole scope and, with a breakdown, per segment of it. One statement: two
 * GROUPING SETS aggregates over survey_answers joined to survey_responses, one for the numbers
 * (hashed, no per-row function call) and one that unnests the choices of the few choice questions.
 * `answers` summed per question is how many answered it (a multi-choice answer counts once).
 */
export function aggregateSql(scope: Scope, breakdown: Dimension | null): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const where = responseWhere(scope, params);
  // Grouped by the column itself (a uuid, a text), turned into the segment's text only per group.
  const col = breakdown ? GROUP_COLUMN[breakdown] : null;
  const segment = col ? `case when grouping(${col}) = 0 then coalesce(${SEGMENT_OF[breakdown!]}, '') end` : 'null::text';
  const sets = (x: string) => (col ? `grouping sets ((a.question_id, ${x}), (a.question_id, ${col}, ${x}))` : `a.question_id, ${x}`);
  const from = `from survey_answers a join survey_responses r on r.id = a.response_id where a.org_id = $1 and a.survey_id = $2 and ${where}`;
  const sql = `
    select a.question_id, ${segment} as segment, a.value, null::text as choice, count(*)::int as n, count(*)::int as answers
      ${from} and a.value is not null
     group by ${sets('a.value')}
    union all
    select a.question_id, ${segment} as segment, null::smallint, c.choice, count(c.choice)::int, count(*) filter (where c.ord is null or c.ord = 1)::int
      ${from.replace('where', 'left join lateral unnest(a.choices) with ordinality as c(choice, ord) on true where')} and a.choices is not null
     group by ${sets('c.choice')}`;
  return { sql, params };
}

/** What the aggregate groups a breakdown by: the stored column (the period by its quarter). */
const GROUP_COLUMN: Record<Dimension, string> = {
  department: 'r.department',
  site: 'r.site_id',
  region: 'r.region',
  language: 'r.language',
  seniority: 'r.seniority',
  start_cohort: 'r.start_cohort',
  period: `date_trunc('quarter', r.period)`,
};
/** The segment's text of a group, from its GROUP_COLUMN. */
const SEGMENT_OF: Record<Dimension, string> = withFields(RESPONSE_DIMENSION_SQL, {
  period: `to_char(date_trunc('quarter', r.period), 'YYYY-"Q"Q')`,
});

export async function aggregate(db: Db, scope: Scope, breakdown: Dimension | null): Promise<AggregateRow[]> {
  const { sql, params } = aggregateSql(scope, breakdown);
  return hashJoined(db, sql, params);
}

/**
 * Runs a statement joining a survey's answers to its responses with nested loops off. Answers are
 * written one response at a time and PGlite has no autovacuum, so the statistics are often those of
 * an empty table: the planner then estimates one response and loops over the answers' survey index
 * once per response (quadratic: seconds for 2,000 responses). A hash join is the right plan at
 * every size here, whatever the statistics say. (PostgreSQL with fresh statistics picks it anyway.)
 */
export function hashJoined<T>(db: Db, sql: string, params: readonly unknown[]): Promise<T[]> {
  return db.transaction(async (tx) => {
    // Off, the nested loops' cost is so high that PostgreSQL would JIT-compile the statement: half a second lost.
    await tx.query('set local enable_nestloop = off');
    await tx.query('set local jit = off');
    return tx.query<T>(sql, params);
  });
}

export interface InvitedRow {
  segment: string | null;
  n: number;
}

/** Invitations in scope, in total (segment null) and per value of `breakdown`. */
export async function invitedCounts(db: Queryable, scope: Scope, breakdown: Dimension | null): Promise<InvitedRow[]> {
  const params: unknown[] = [scope.orgId, scope.surveyId];
  let where = `i.org_id = $1 and i.survey_id = $2`;
  if (scope.team) {
    params.push(scope.team);
    where += ` and (i.segment->'managerPath') ? $${params.length}`;
  }
  if (scope.filter) {
    params.push(scope.filter.value);
    where += ` and coalesce(${INVITATION_DIMENSION_SQL[scope.filter.dimension]}, '') = $${params.length}`;
  }
  const seg = breakdown ? `coalesce(${INVITATION_DIMENSION_SQL[breakdown]}, '')` : null;
  return db.query<InvitedRow>(
    `select ${seg ? `case when grouping(${seg}) = 0 then ${seg} end` : 'null::text'} as segment, count(*)::int as n
       from survey_invitations i where ${where}
      ${seg ? `group by grouping sets ((), (${seg}))` : ''}`,
    params,
  );
}

/** The values of each dimension among the invitations in scope ('' = not known). */
export async function invitedValues(db: Queryable, scope: Scope, dimensions: readonly Dimension[]): Promise<Map<Dimension, string[]>> {
  const out = new Map<Dimension, string[]>(dimensions.map((d) => [d, []]));
  if (dimensions.length === 0) return out;
  const params: unknown[] = [scope.orgId, scope.surveyId];
  let where = `i.org_id = $1 and i.survey_id = $2`;
  if (scope.team) {
    params.push(scope.team);
    where += ` and (i.segment->'managerPath') ? $${params.length}`;
  }
  const exprs = dimensions.map((d) => `coalesce(${INVITATION_DIMENSION_SQL[d]}, '')`);
  // One grouping set per dimension: `d` says which, `value` is that set's value.
  const rows = await db.query<{ d: number; value: string }>(
    `select coalesce(${exprs.map((e, k) => `case when grouping(${e}) = 0 then ${k} end`).join(', ')}) as d,
            coalesce(${exprs.map((e) => `case when grouping(${e}) = 0 then ${e} end`).join(', ')}) as value
       from survey_invitations i where ${where}
      group by grouping sets (${exprs.map((e) => `(${e})`).join(', ')})`,
    params,
  );
  for (const r of rows) out.get(dimensions[r.d])!.push(r.value);
  for (const values of out.values()) values.sort();
  return out;
}

/** Site names by id, for labels. */
export async function siteNames(db: Queryable, orgId: string): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; name: string }>(`select id, name from sites where org_id = $1`, [orgId]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The comments of the group, in random order, without anything else of their rows. */
export async function comments(db: Db, scope: Scope): Promise<{ question_id: string; comment: string }[]> {
  const params: unknown[] = [];
  const where = responseWhere(scope, params);
  return hashJoined(
    db,
    `select a.question_id, a.comment
       from survey_answers a join survey_responses r on r.id = a.response_id
      where a.org_id = $1 and a.survey_id = $2 and ${where} and a.comment is not null and btrim(a.comment) <> ''
      order by random()`,
    params,
  );
}

export interface ArchiveRow {
  question_id: string | null;
  dimension: string;
  segment: string;
  period: string;
  value: string;
  count: number;
}

/** What survey_archive holds of a survey (the groups shown before their raw answers were deleted). */
export async function archived(db: Queryable, orgId: string, surveyId: string, dimensions: readonly string[]): Promise<ArchiveRow[]> {
  return db.query<ArchiveRow>(
    `select question_id, dimension, segment, period::text as period, value, count from survey_archive
      where org_id = $1 and survey_id = $2 and dimension = any($3::text[]) order by period`,
    [orgId, surveyId, dimensions],
  );
}
