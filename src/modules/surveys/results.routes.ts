/** HTTP in and out for survey results (admins, coordinators for ambassador surveys, managers for their team). */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { viewerLanguage } from '../../platform/language.ts';
import { createRouter, errorResponses as errors, json, security, z } from '../../platform/openapi.ts';
import { resultsCsv } from './results.csv.ts';
import * as s from './results.schemas.ts';
import * as service from './results.service.ts';

const tags = ['Survey results'];
const WHO =
  'Admins see every survey; coordinators the ambassador program surveys; managers any survey that was sent, limited to their own team (everyone they manage, directly or not); employees none (403). ';
const PLAN =
  "No group smaller than the survey's minimum is ever shown, nor one whose difference with groups already shown would be: such a group carries `withheld` with the reason and no number at all. ";

export function resultsRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'getSurveyResults',
      method: 'get',
      path: '/surveys/{id}/results',
      tags,
      summary: "A survey's results: eNPS, each question's distribution, and a heatmap of the questions by a segment",
      description: WHO + PLAN + 'Response rates count the invitations of the same group (their segments were copied when they were sent).',
      security,
      request: { params: s.SurveyIdParam, query: s.ResultsQuery },
      responses: { 200: json(s.Results), ...errors },
    }),
    async (c) => c.json(await service.results(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'exportSurveyResults',
      method: 'get',
      path: '/surveys/{id}/results.csv',
      tags,
      summary: 'The same results as CSV for Excel (UTF-8 with BOM, `;` by default), obeying the same minimums',
      description:
        WHO +
        PLAN +
        "One row per group, question and answer, in the reader's language; a withheld group is one row saying why, with no number. Cells a spreadsheet would run as formulas get a leading `'`.",
      security,
      request: { params: s.SurveyIdParam, query: s.CsvQuery },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...errors,
      },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { delimiter, ...q } = c.req.valid('query');
      const v = await service.viewer(ctx, actor, c.req.valid('param').id);
      const [view, l] = await Promise.all([service.resultsOf(ctx, v, q), viewerLanguage(ctx.db, actor, c.req.header('accept-language'))]);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="survey-results-${ctx.clock.now().toISOString().slice(0, 10)}.csv"`);
      return c.body(resultsCsv(view, l, delimiter), 200) as never;
    },
  );

  r.openapi(
    createRoute({
      operationId: 'getSurveyTrend',
      method: 'get',
      path: '/surveys/{id}/results/trend',
      tags,
      summary: 'Results per quarter answered, or per start cohort; quarters whose raw answers were deleted come from the kept aggregates',
      description: WHO + PLAN,
      security,
      request: { params: s.SurveyIdParam, query: s.TrendQuery },
      responses: { 200: json(s.Trend), ...errors },
    }),
    async (c) => c.json(await service.trend(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('query').by), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'getSurveyComments',
      method: 'get',
      path: '/surveys/{id}/results/comments',
      tags,
      summary: "A group's comments, in random order and without times",
      description:
        WHO +
        "Only for a group at least as large as the survey's minimum for comments (twice that while the survey is open), and never one whose comments could be singled out by comparing with groups shown.",
      security,
      request: { params: s.SurveyIdParam, query: s.CommentsQuery },
      responses: { 200: json(s.Comments), ...errors },
    }),
    async (c) => c.json(await service.comments(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'listSurveySegments',
      method: 'get',
      path: '/surveys/{id}/results/segments',
      tags,
      summary: 'The segments results can be filtered and broken down by, with their values (site names as labels)',
      description: WHO + 'The values are those of the people invited in your scope (not of those who answered).',
      security,
      request: { params: s.SurveyIdParam },
      responses: { 200: json(s.Segments), ...errors },
    }),
    async (c) => c.json(await service.segments(ctx, actorOf(c), c.req.valid('param').id), 200),
  );

  return r;
}
