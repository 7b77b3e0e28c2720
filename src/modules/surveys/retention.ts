/**
 * Retention of survey answers: raw answers are deleted after the organisation's
 * survey_retention_months, and what was shown of them stays in survey_archive.
 *
 * Whole quarters go at once, so each archived quarter is one snapshot the anonymity plan judged
 * once: a quarter is purged as soon as its first month is older than the retention period (the
 * answers of its later months leave up to two months early, never late), but never the quarter
 * that is still running (with a retention under three months, answers stay until their quarter
 * ends). Answers always carry the current month, so none can arrive later in a purged quarter.
 *
 * Before deleting, per quarter, the plan is computed over that quarter's responses alone with the
 * survey's reported dimensions (period aside: within a quarter it is everyone) and its minimum; the
 * groups it shows among everyone and the one-dimension groups are folded into survey_archive: the
 * number of respondents (question_id null) and each question's count per value or choice. The
 * archive of a quarter and the live answers of later quarters are disjoint, each released by its
 * own sound plan, so combining them derives no group below the minimum. Comments are not kept.
 *
 * One transaction per survey (the survey row locked, so two workers never fold the same quarter
 * twice); re-running finds nothing left to do, and an insert that meets an archived row keeps it.
 */
import type { AppContext } from '../../platform/context.ts';
import { planRelease } from './anonymity.ts';
import { parseGroupKey, type Dimension, type SegmentRow } from './segments.ts';
import { RESPONSE_DIMENSION_SQL } from './results.repo.ts';
import { planDimensions } from './results.service.ts';

/**
 * SQL: whether response `r` of an organisation `o` is past retention, at instant $1. The cut-off is
 * the first day of the organisation's current month minus the retention; the quarter also has to be
 * over.
 */
const PAST_RETENTION = `date_trunc('quarter', r.period)::date < least(
    (date_trunc('month', ($1::timestamptz at time zone o.time_zone)) - make_interval(months => o.survey_retention_months))::date,
    date_trunc('quarter', ($1::timestamptz at time zone o.time_zone))::date)`;

export interface RetentionResult {
  surveys: number;
  deleted: number;
  archivedRows: number;
}

/** Every organisation's answers past retention: archived, then deleted. Run by the worker every hour. */
export async function pruneSurveyResponses(ctx: AppContext, opts: { orgId?: string } = {}): Promise<RetentionResult> {
  const due = await ctx.db.query<{ id: string; org_id: string }>(
    `select s.id, s.org_id from surveys s join organisations o on o.id = s.org_id
      where ($2::uuid is null or s.org_id = $2)
        and exists (select 1 from survey_responses r where r.survey_id = s.id and ${PAST_RETENTION})`,
    [ctx.clock.now(), opts.orgId ?? null],
  );
  const total: RetentionResult = { surveys: 0, deleted: 0, archivedRows: 0 };
  for (const s of due) {
    const r = await pruneSurvey(ctx, s.org_id, s.id);
    if (r.deleted > 0) total.surveys++;
    total.deleted += r.deleted;
    total.archivedRows += r.archivedRows;
  }
  if (total.deleted > 0) ctx.log.info('survey answers past retention deleted', { ...total });
  return total;
}

type Segment = SegmentRow & { quarter: string };

/** One survey, in one transaction: fold the shown groups of each quarter past retention into the archive, then delete. */
export async function pruneSurvey(ctx: AppContext, orgId: string, surveyId: string): Promise<{ deleted: number; archivedRows: number }> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [survey] = await tx.query<{ min_group: number; min_comments: number; report_dimensions: string[] }>(
      `select min_group, min_comments, report_dimensions from surveys where org_id = $1 and id = $2 for update`,
      [orgId, surveyId],
    );
    if (!survey) return { deleted: 0, archivedRows: 0 };
    const dims: Dimension[] = planDimensions(survey.report_dimensions).filter((d) => d !== 'period');
    const from = `from survey_responses r join organisations o on o.id = r.org_id where r.org_id = $2 and r.survey_id = $3 and ${PAST_RETENTION}`;
    const params = [now, orgId, surveyId];
    const rows = await tx.query<Segment>(
      `select date_trunc('quarter', r.period)::date::text as quarter${dims.map((d) => `, ${RESPONSE_DIMENSION_SQL[d]} as ${d}`).join('')} ${from}`,
      params,
    );
    if (rows.length === 0) return { deleted: 0, archivedRows: 0 };

    // The shown groups of each quarter: dimension ('' = everyone), segment value -> respondents.
    const shown = new Map<string, number>(); // `${quarter}|${dimension}|${segment}` -> size
    const byQuarter = new Map<string, Segment[]>();
    for (const r of rows) {
      let list = byQuarter.get(r.quarter);
      if (!list) byQuarter.set(r.quarter, (list = []));
      list.push(r);
    }
    for (const [quarter, list] of byQuarter) {
      const plan = planRelease(list, { dimensions: dims, minGroup: survey.min_group, minComments: survey.min_comments });
      for (const key of plan.shownKeys()) {
        const parts = parseGroupKey(key)!;
        if (parts.length > 1) continue;
        const verdict = plan.scores(key);
        if (!verdict.shown) continue;
        shown.set(`${quarter}|${parts[0]?.dimension ?? ''}|${parts[0]?.value ?? ''}`, verdict.size);
      }
    }

    // Each question's counts per quarter, for everyone and per value of each dimension: one statement
    // (with a hash join whatever the statistics say: see hashJoined in results.repo.ts).
    await tx.query('set local enable_nestloop = off');
    await tx.query('set local jit = off');
    const exprs = dims.map((d) => `coalesce(${RESPONSE_DIMENSION_SQL[d]}, '')`);
    const counts = await tx.query<{
      quarter: string;
      d: number | null;
      segment: string | null;
      question_id: string;
      value: string;
      n: number;
    }>(
      `select date_trunc('quarter', r.period)::date::text as quarter,
              ${exprs.length ? `coalesce(${exprs.map((e, k) => `case when grouping(${e}) = 0 then ${k} end`).join(', ')})` : 'null::int'} as d,
              ${exprs.length ? `coalesce(${exprs.map((e) => `case when grouping(${e}) = 0 then ${e} end`).join(', ')})` : 'null::text'} as segment,
              a.question_id, coalesce(a.value::text, c.choice) as value, count(*)::int as n
         from survey_answers a
         join survey_responses r on r.id = a.response_id
         join organisations o on o.id = r.org_id
         left join lateral unnest(a.choices) as c(choice) on true
        where a.org_id = $2 and a.survey_id = $3 and r.org_id = $2 and r.survey_id = $3 and ${PAST_RETENTION}
          and (a.value is not null or c.choice is not null)
        group by grouping sets (${[
          `(date_trunc('quarter', r.period), a.question_id, coalesce(a.value::text, c.choice))`,
          ...exprs.map((e) => `(date_trunc('quarter', r.period), ${e}, a.question_id, coalesce(a.value::text, c.choice))`),
        ].join(', ')})`,
      params,
    );

    const archive: { q: string | null; dim: string; seg: string; period: string; value: string; n: number }[] = [];
    for (const [k, size] of shown) {
      const [period, dim, seg] = k.split('|');
      archive.push({ q: null, dim, seg, period, value: '', n: size });
    }
    for (const c of counts) {
      const dim = c.d === null ? '' : dims[c.d];
      const seg = c.segment ?? '';
      if (!shown.has(`${c.quarter}|${dim}|${seg}`)) continue;
      archive.push({ q: c.question_id, dim, seg, period: c.quarter, value: c.value, n: c.n });
    }
    let archivedRows = 0;
    for (let i = 0; i < archive.length; i += 5000) {
      const batch = archive.slice(i, i + 5000);
      const inserted = await tx.query<{ one: number }>(
        `insert into survey_archive (org_id, survey_id, question_id, dimension, segment, period, value, count)
         select $1, $2, * from unnest($3::uuid[], $4::text[], $5::text[], $6::date[], $7::text[], $8::int[])
         on conflict do nothing returning 1 as one`,
        [
          orgId,
          surveyId,
          batch.map((a) => a.q),
          batch.map((a) => a.dim),
          batch.map((a) => a.seg),
          batch.map((a) => a.period),
          batch.map((a) => a.value),
          batch.map((a) => a.n),
        ],
      );
      archivedRows += inserted.length;
    }
    const deleted = await tx.query(`delete from survey_responses where id in (select r.id ${from}) returning 1`, params);
    return { deleted: deleted.length, archivedRows };
  });
}
