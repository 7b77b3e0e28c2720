/**
 * Retention of survey answers, on a fake clock: answers of whole quarters past the organisation's
 * retention are deleted, after the groups the plan showed were folded into survey_archive; the
 * trend keeps showing those quarters from the archive; running it again changes nothing; another
 * organisation's setting is its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneSurveyResponses } from '../../src/modules/surveys/retention.ts';
import { client, createTestEnv, type TestEnv } from '../helpers.ts';
import { orgWithAdmin, type Org } from '../factories.ts';
import { answerSurvey, surveyFromTemplate, type ResponseSegment, type TestSurvey } from '../factories-surveys.ts';

let env: TestEnv;
let org: Org;
let keeper: Org;
let pulse: TestSurvey;
let keptPulse: TestSurvey;

const enpsId = (s: TestSurvey) => s.questions.find((x) => x.kind === 'enps')!.id;
const commentId = (s: TestSurvey) => s.questions.find((x) => x.kind === 'text')!.id;

const count = async (sql: string, params: unknown[]) => (await env.ctx.db.query<{ n: number }>(sql, params))[0].n;
const archiveDigest = async () =>
  (
    await env.ctx.db.query<{ d: string; n: number }>(
      `select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as d, count(*)::int as n from survey_archive x where survey_id = $1`,
      [pulse.id],
    )
  )[0];

/** 2025-Q3: 7 in Finance (eNPS 10) and 6 in Sales (eNPS 0), plus 2 in Legal: a group below the minimum. */
const q3: ResponseSegment[] = [
  ...Array.from({ length: 7 }, () => ({ department: 'Finance', language: 'nl', period: '2025-08-01' })),
  ...Array.from({ length: 6 }, () => ({ department: 'Sales', language: 'nl', period: '2025-09-01' })),
];
const q3Legal: ResponseSegment[] = Array.from({ length: 2 }, () => ({ department: 'Legal', language: 'nl', period: '2025-07-01' }));
/** 2025-Q4 has one month (November) inside a 12-month retention on 2026-11-26: the whole quarter goes. */
const q4: ResponseSegment[] = Array.from({ length: 5 }, () => ({ department: 'Finance', language: 'fr', period: '2025-11-01' }));
/** 2026-Q1 stays. */
const q1: ResponseSegment[] = Array.from({ length: 6 }, () => ({ department: 'Finance', language: 'nl', period: '2026-02-01' }));

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z' });
  org = await orgWithAdmin(env);
  keeper = await orgWithAdmin(env);
  await env.ctx.db.query(`update organisations set survey_retention_months = 12 where id = $1`, [org.id]);
  pulse = await surveyFromTemplate(env, org.id, 'pulse', { minGroup: 5, minComments: 5 });
  keptPulse = await surveyFromTemplate(env, keeper.id, 'pulse');
  // As if opened in 2025: the answers below are older than today.
  await env.ctx.db.query(`update surveys set opened_at = '2025-07-01T08:00:00Z' where id = $1`, [pulse.id]);
  await answerSurvey(env, org.id, pulse.id, q3, (i) => ({ [enpsId(pulse)]: i < 7 ? 10 : 0, [commentId(pulse)]: `old comment ${i}` }));
  await answerSurvey(env, org.id, pulse.id, q3Legal, { [enpsId(pulse)]: 5 });
  await answerSurvey(env, org.id, pulse.id, q4, { [enpsId(pulse)]: 8 });
  await answerSurvey(env, org.id, pulse.id, q1, { [enpsId(pulse)]: 9 });
  await answerSurvey(env, keeper.id, keptPulse.id, q3, { [enpsId(keptPulse)]: 7 });
});
afterAll(() => env.close());

describe('survey retention', () => {
  it('keeps everything while nothing is past the retention', async () => {
    env.clock.set('2026-06-15T09:00:00Z');
    const r = await pruneSurveyResponses(env.ctx);
    expect(r.deleted).toBe(0);
    expect(await count(`select count(*)::int as n from survey_responses where survey_id = $1`, [pulse.id])).toBe(26);
    env.clock.set('2026-11-26T09:00:00Z');
  });

  it('folds the shown groups of whole quarters past retention into the archive, then deletes their answers', async () => {
    const r = await pruneSurveyResponses(env.ctx);
    expect(r.deleted).toBe(q3.length + q3Legal.length + q4.length);
    expect(await count(`select count(*)::int as n from survey_responses where survey_id = $1`, [pulse.id])).toBe(q1.length);
    expect(
      await count(
        `select count(*)::int as n from survey_answers a where survey_id = $1 and not exists (select 1 from survey_responses r where r.id = a.response_id)`,
        [pulse.id],
      ),
    ).toBe(0);
    expect(await count(`select count(*)::int as n from survey_answers where survey_id = $1 and comment is not null`, [pulse.id])).toBe(0);

    const rows = await env.ctx.db.query<{
      question_id: string | null;
      dimension: string;
      segment: string;
      period: string;
      value: string;
      count: number;
    }>(`select question_id, dimension, segment, period::text as period, value, count from survey_archive where survey_id = $1`, [pulse.id]);
    const respondents = (period: string, dimension: string, segment: string) =>
      rows.find((x) => x.question_id === null && x.period === period && x.dimension === dimension && x.segment === segment)?.count;
    expect(respondents('2025-07-01', '', '')).toBe(15);
    expect(respondents('2025-07-01', 'department', 'Finance')).toBe(7);
    // Sales (6) next to Finance (7) would single out Legal's 2 by subtraction: withheld, not kept.
    expect(respondents('2025-07-01', 'department', 'Sales')).toBeUndefined();
    // Legal (2) was never shown, and is not kept.
    expect(respondents('2025-07-01', 'department', 'Legal')).toBeUndefined();
    expect(rows.some((x) => x.segment === 'Legal')).toBe(false);
    expect(respondents('2025-10-01', '', '')).toBe(5);
    // No group below the minimum anywhere in the archive.
    for (const x of rows.filter((x) => x.question_id === null)) expect(x.count).toBeGreaterThanOrEqual(5);
    const financeTens = rows.find(
      (x) =>
        x.question_id === enpsId(pulse) &&
        x.period === '2025-07-01' &&
        x.dimension === 'department' &&
        x.segment === 'Finance' &&
        x.value === '10',
    );
    expect(financeTens?.count).toBe(7);
    // Another organisation keeps its answers for its own 24 months.
    expect(await count(`select count(*)::int as n from survey_responses where survey_id = $1`, [keptPulse.id])).toBe(q3.length);
  });

  it('changes nothing when run again', async () => {
    const before = await archiveDigest();
    const r = await pruneSurveyResponses(env.ctx);
    expect(r).toEqual({ surveys: 0, deleted: 0, archivedRows: 0 });
    expect(await archiveDigest()).toEqual(before);
  });

  it('keeps showing the purged quarters in the trend, from the archive', async () => {
    const res = await client(env.app, org.admin.token).get(`/api/v1/surveys/${pulse.id}/results/trend?by=period`);
    expect(res.status).toBe(200);
    const point = (v: string) => res.body.points.find((p: any) => p.value === v);
    expect(point('2025-Q3')).toMatchObject({ source: 'archive', respondents: 15, enps: Math.round(((7 - 8) * 100) / 15) });
    expect(point('2025-Q4')).toMatchObject({ source: 'archive', respondents: 5, enps: 0 });
    expect(point('2026-Q1')).toMatchObject({ source: 'live', respondents: 6, enps: 100 });
    // The live results no longer hold the purged answers.
    const now = await client(env.app, org.admin.token).get(`/api/v1/surveys/${pulse.id}/results`);
    expect(now.body.group.respondents).toBe(6);
  });

  it('purges the next quarter once its time comes', async () => {
    env.clock.set('2027-02-01T09:00:00Z');
    const r = await pruneSurveyResponses(env.ctx);
    expect(r.deleted).toBe(q1.length);
    const res = await client(env.app, org.admin.token).get(`/api/v1/surveys/${pulse.id}/results/trend?by=period`);
    expect(res.body.points.find((p: any) => p.value === '2026-Q1')).toMatchObject({ source: 'archive', respondents: 6 });
  });
});
