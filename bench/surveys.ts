/**
 * surveys: the results page of a survey with 20,000 responses to 20 questions, broken down over 30
 * sites (the heatmap), with the anonymity plan's overlap checks; and a campaign to 20,000 people.
 *
 * Data: an organisation of 20,000 generated people (the product's import; fewer with a smaller
 * --people), 30 sites, a pulse survey grown to 20 questions (eNPS, 17 scales, a multiple choice, a
 * comment). Every person gets an invitation (set-based SQL) whose segment spreads over 30
 * departments, 30 sites, 3 regions, 3 languages, 5 seniority bands; each invitation yields one
 * response copying its segment (4 quarters), with all 20 answers: 20,000 responses, 400,000 answers.
 *
 * Results: GET /api/v1/surveys/{id}/results?breakdown=site in memory (app.request: auth, service,
 * plan, JSON) with the plan cached (the usual case: the cache is keyed by the response count and
 * months) and uncached (the plan recomputed from every response's segment), against THE bare
 * aggregate (results.repo.ts aggregateSql: one GROUPING SETS statement, the SQL the page cannot
 * avoid), run as the product runs it (hashJoined: nested loops off in its transaction, as PGlite's
 * statistics are often those of an empty table). Rounds interleave; the first is a warm-up; medians reported. Goal: < 300 ms on PostgreSQL
 * and at most 2x the bare aggregate.
 *
 * Campaign: sendCampaign() of a second open survey to everyone (invitations with copied segments
 * and their mails in the outbox, one transaction), against a bare INSERT ... SELECT of the same
 * number of invitation rows (random token hashes, a fixed segment).
 */
import { createApp } from '../src/app.ts';
import { systemActor } from '../src/platform/policy.ts';
import { importPeople } from '../src/modules/people/people.import.ts';
import { createSurvey, openSurvey } from '../src/modules/surveys/surveys.service.ts';
import { aggregateSql, hashJoined } from '../src/modules/surveys/results.repo.ts';
import { forgetPlans } from '../src/modules/surveys/results.service.ts';
import { createOrgWithAdmin } from './env.ts';
import { fmt, median, progress, ratio, timed, type BenchResult } from './lib.ts';
import { analyze, count, openBenchCtx, rotations } from './setup.ts';
import { benchPeople, csvOf } from './workload.ts';
import type { Workspace } from './workspace.ts';

export const headers = ['engine', 'case', 'rows', 'runs ms', 'median ms', 'vs bare SQL', 'detail'];

const PEOPLE = 20_000;
const QUESTIONS = 20;
const SEGMENTS = 30;
const GOAL_MS = 300;
const GOAL_RATIO = 2;
const BUDGET_MS = 180_000;

type Campaigns = typeof import('../src/modules/surveys/campaigns.ts');

export async function runSurveys(ws: Workspace): Promise<BenchResult> {
  const { engine, opts } = ws;
  const b = await openBenchCtx(engine, opts, 'surveys');
  try {
    const { ctx } = b;
    const db = ctx.db;
    const n = Math.min(PEOPLE, opts.people);
    const admin = await createOrgWithAdmin(ctx, 'bench-surveys');
    const orgId = admin.orgId;
    const actor = systemActor(orgId);
    progress(`${engine}: importing ${fmt.int(n)} generated people`);
    const { ms: importMs } = await timed(() => importPeople(ctx, actor, csvOf(benchPeople(n))));
    progress(`${engine}: imported in ${fmt.s(importMs)} s`);
    await db.query(
      `insert into sites (org_id, name, region)
       select $1, 'Bench site ' || lpad(g::text, 2, '0'), (array['flanders', 'brussels', 'wallonia'])[1 + g % 3] from generate_series(1, ${SEGMENTS}) g`,
      [orgId],
    );

    // The survey: the pulse template grown to 20 questions, opened.
    const survey = await createSurvey(ctx, actor, { templateKey: 'pulse' });
    await db.query(
      `insert into survey_questions (org_id, survey_id, position, kind, text, options, created_at, updated_at)
       select $1, $2, 100 + g, case when g = 1 then 'multi' else 'scale' end, jsonb_build_object('en', 'Bench question ' || g),
              case when g = 1 then '[{"key":"a","label":{"en":"A"}},{"key":"b","label":{"en":"B"}},{"key":"c","label":{"en":"C"}},{"key":"d","label":{"en":"D"}}]'::jsonb else '[]'::jsonb end,
              now(), now()
         from generate_series(1, $3::int) g`,
      [orgId, survey.id, QUESTIONS - survey.questions.length],
    );
    await db.query(`update surveys set report_dimensions = '{department,site,region,language,seniority}' where id = $1`, [survey.id]);
    await openSurvey(ctx, actor, survey.id);

    // Invitations (set-based) and one response per invitation copying its segment, all questions answered.
    progress(`${engine}: writing ${fmt.int(n)} invitations, responses and ${fmt.int(n * QUESTIONS)} answers`);
    const { ms: dataMs } = await timed(async () => {
      await db.query(
        `with s as (select array_agg(id order by name) as ids from sites where org_id = $1 and name like 'Bench site %'),
              p as (select id, row_number() over (order by id) as i from people where org_id = $1)
         insert into survey_invitations (org_id, survey_id, person_id, token_hash, language, segment, sent_at, expires_at)
         select $1, $2, p.id, md5(p.id::text || 'bench'), 'nl',
                jsonb_build_object('department', 'Department ' || lpad((1 + p.i % ${SEGMENTS})::text, 2, '0'),
                                   'siteId', s.ids[1 + (p.i * 7) % ${SEGMENTS}],
                                   'region', (array['flanders', 'brussels', 'wallonia'])[1 + p.i % 3],
                                   'language', (array['nl', 'fr', 'en'])[1 + (p.i / 3) % 3],
                                   'seniority', (array['<1y', '1-3y', '3-5y', '5-10y', '10y+'])[1 + p.i % 5],
                                   'startCohort', null, 'managerPath', '[]'::jsonb),
                now(), now() + interval '21 days'
           from p, s`,
        [orgId, survey.id],
      );
      await db.query(
        `insert into survey_responses (org_id, survey_id, period, department, site_id, region, language, seniority, start_cohort, manager_path)
         select org_id, survey_id, (date '2026-01-01' + (abs(hashtext(id::text)) % 4) * interval '3 months')::date,
                segment->>'department', (segment->>'siteId')::uuid, segment->>'region', segment->>'language', segment->>'seniority', null, '{}'
           from survey_invitations where survey_id = $1`,
        [survey.id],
      );
      await db.query(
        `insert into survey_answers (response_id, org_id, survey_id, question_id, value, choices, comment)
         select r.id, r.org_id, r.survey_id, q.id,
                case q.kind when 'enps' then abs(hashtext(r.id::text || q.id::text)) % 11
                            when 'scale' then 1 + abs(hashtext(r.id::text || q.id::text)) % 5 end,
                case when q.kind = 'multi' then (case abs(hashtext(r.id::text)) % 4 when 0 then array['a'] when 1 then array['a', 'b']
                                                   when 2 then array['c'] else array['b', 'd'] end) end,
                case q.kind when 'text' then 'Comment ' || left(r.id::text, 8) end
           from survey_responses r join survey_questions q on q.survey_id = r.survey_id
          where r.survey_id = $1`,
        [survey.id],
      );
    });
    progress(`${engine}: written in ${fmt.s(dataMs)} s`);
    const analyzed = await analyze(b, opts, ['survey_invitations', 'survey_responses', 'survey_answers', 'survey_questions']);
    const responses = await count(db, `select count(*)::int as n from survey_responses where survey_id = $1`, [survey.id]);
    const answers = await count(db, `select count(*)::int as n from survey_answers where survey_id = $1`, [survey.id]);

    const app = createApp(ctx);
    const url = `/api/v1/surveys/${survey.id}/results?breakdown=site`;
    const get = async () => {
      const res = await app.request(url, { headers: { authorization: `Bearer ${admin.token}` } });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
      return body as { group: { respondents?: number }; heatmap: { segments: { withheld?: string }[] } };
    };
    const bare = aggregateSql({ orgId, surveyId: survey.id, team: null }, 'site');

    const t = { sql: [] as number[], cached: [] as number[], uncached: [] as number[] };
    let sqlRows = 0;
    let shape = { respondents: 0, cells: 0, withheld: 0 };
    const t0 = performance.now();
    for (const [r, order] of rotations(['sql', 'cached', 'uncached'] as const, opts.rounds + 1).entries()) {
      if (r >= 2 && performance.now() - t0 > BUDGET_MS) break;
      progress(`${engine}: round ${r + 1}/${opts.rounds + 1}`);
      for (const c of order) {
        if (c === 'sql') {
          const { ms, value } = await timed(() => hashJoined(db, bare.sql, bare.params));
          t.sql.push(ms);
          sqlRows = value.length;
        } else {
          if (c === 'uncached') forgetPlans();
          else await get(); // the plan in the cache, as after any earlier view
          const { ms, value } = await timed(get);
          t[c].push(ms);
          shape = {
            respondents: value.group.respondents ?? 0,
            cells: value.heatmap.segments.length,
            withheld: value.heatmap.segments.filter((s) => s.withheld).length,
          };
        }
      }
    }
    for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] = t[k].slice(1);
    const m = { sql: median(t.sql), cached: median(t.cached), uncached: median(t.uncached) };
    const runs = (xs: number[]) => xs.map((x) => fmt.ms(x)).join(' / ');
    const goalMet = (ms: number) => ms < GOAL_MS && ms / m.sql <= GOAL_RATIO;

    // The campaign, on a second open survey, against a bare INSERT ... SELECT of as many invitations.
    let campaign: { ms: number; invited: number; baselineMs: number; mails: number } | null = null;
    let campaignSkipped = '';
    const campaigns: Campaigns | null = await import('../src/modules/surveys/campaigns.ts').catch(() => null);
    if (campaigns?.sendCampaign) {
      const second = await createSurvey(ctx, actor, { templateKey: 'pulse' });
      await openSurvey(ctx, actor, second.id);
      const scratch = await createSurvey(ctx, actor, { templateKey: 'pulse' });
      const outboxBefore = await count(db, `select count(*)::int as n from mail_outbox where org_id = $1`, [orgId]);
      progress(`${engine}: campaign to everyone`);
      const { ms, value } = await timed(() => campaigns.sendCampaign(ctx, actor, second.id, {}));
      const mails = (await count(db, `select count(*)::int as n from mail_outbox where org_id = $1`, [orgId])) - outboxBefore;
      const { ms: baselineMs } = await timed(() =>
        db.query(
          `insert into survey_invitations (org_id, survey_id, person_id, token_hash, language, segment, sent_at, expires_at)
           select $1, $2, id, md5(random()::text || id::text), 'nl', '{"department":"x","managerPath":[]}', now(), now() + interval '21 days'
             from people where org_id = $1 limit $3`,
          [orgId, scratch.id, value.invited],
        ),
      );
      campaign = { ms, invited: value.invited, baselineMs, mails };
    } else campaignSkipped = 'src/modules/surveys/campaigns.ts has no sendCampaign';

    const rows: (string | number)[][] = [
      [
        engine,
        `bare aggregate SQL: GROUPING SETS over ${fmt.int(answers)} answers (baseline)`,
        fmt.int(sqlRows),
        runs(t.sql),
        fmt.ms(m.sql),
        fmt.x(1),
        '-',
      ],
      [
        engine,
        `GET results?breakdown=site, plan cached (${fmt.int(responses)} responses × ${QUESTIONS} q × ${shape.cells} sites)`,
        fmt.int(shape.respondents),
        runs(t.cached),
        fmt.ms(m.cached),
        fmt.x(ratio(m.cached, m.sql)),
        `${shape.withheld} cells withheld; goal < ${GOAL_MS} ms and ≤ ${GOAL_RATIO}×: ${goalMet(m.cached) ? 'met' : 'MISSED'}`,
      ],
      [
        engine,
        'GET results?breakdown=site, plan recomputed (overlap checks over every response)',
        fmt.int(shape.respondents),
        runs(t.uncached),
        fmt.ms(m.uncached),
        fmt.x(ratio(m.uncached, m.sql)),
        `goal < ${GOAL_MS} ms and ≤ ${GOAL_RATIO}×: ${goalMet(m.uncached) ? 'met' : 'MISSED'}`,
      ],
      campaign
        ? [
            engine,
            `sendCampaign() to everyone vs bare INSERT of ${fmt.int(campaign.invited)} invitations`,
            fmt.int(campaign.invited),
            fmt.ms(campaign.ms),
            fmt.ms(campaign.ms),
            fmt.x(ratio(campaign.ms, campaign.baselineMs)),
            `${fmt.int((campaign.invited / campaign.ms) * 1000)} invitations/s with ${fmt.int(campaign.mails)} mails; bare INSERT ${fmt.ms(campaign.baselineMs)} ms`,
          ]
        : [engine, 'campaign', '-', '-', '-', '-', campaignSkipped],
    ];
    return {
      benchmark: 'surveys',
      engine,
      rows,
      data: {
        people: n,
        responses,
        answers,
        questions: QUESTIONS,
        segments: shape.cells,
        importMs: Math.round(importMs),
        dataMs: Math.round(dataMs),
        analyzed,
        runsMs: t,
        medianMs: m,
        ratios: { cachedVsSql: ratio(m.cached, m.sql), uncachedVsSql: ratio(m.uncached, m.sql) },
        withheldCells: shape.withheld,
        goal: { underMs: GOAL_MS, ratio: GOAL_RATIO, cachedMet: goalMet(m.cached), uncachedMet: goalMet(m.uncached) },
        campaign: campaign ?? { skipped: campaignSkipped },
      },
    };
  } finally {
    await b.drop();
  }
}
