/** HTTP in and out for surveys as HR writes them: the library, surveys, their questions, opening and closing, retention. */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { actorOf, type HonoEnv } from '../../platform/http.ts';
import { can } from '../../platform/policy.ts';
import { viewerLanguage } from '../../platform/language.ts';
import { surveyFormPage } from './respond.pages.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import { presentLibrary, presentSurvey, presentSurveySummary } from './surveys.presenters.ts';
import * as s from './surveys.schemas.ts';
import * as questions from './surveys.questions.ts';
import * as surveys from './surveys.service.ts';

const tags = ['Surveys'];

export function surveysRoutes(ctx: AppContext) {
  const r = createRouter();
  const lang = (c: Context<HonoEnv>) => viewerLanguage(ctx.db, actorOf(c), c.req.header('accept-language'));
  const manages = (c: Context<HonoEnv>) => can(actorOf(c), 'surveys.manage');
  const survey = async (c: Context<HonoEnv>, x: surveys.SurveyWithQuestions) => presentSurvey(x, await lang(c), manages(c));

  // The fixed paths first: /surveys/library is not a survey id.
  r.openapi(
    createRoute({
      operationId: 'getSurveyLibrary',
      method: 'get',
      path: '/surveys/library',
      tags,
      summary: 'The question library and the ready templates (HR)',
      security,
      responses: { 200: json(s.Library), ...errors },
    }),
    async (c) => {
      const orgName = await surveys.libraryOrgName(ctx, actorOf(c));
      return c.json(presentLibrary(await lang(c), orgName), 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'getSurveySettings',
      method: 'get',
      path: '/surveys/settings',
      tags,
      summary: "The organisation's survey settings: how long raw answers are kept",
      security,
      responses: { 200: json(s.Settings), ...errors },
    }),
    async (c) => c.json(await surveys.getSettings(ctx, actorOf(c)), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'updateSurveySettings',
      method: 'put',
      path: '/surveys/settings',
      tags,
      summary: 'Set how many months raw answers are kept (1 to 120); aggregates stay (admin, audited)',
      security,
      request: { body: jsonBody(s.SettingsBody) },
      responses: { 200: json(s.Settings), ...errors },
    }),
    async (c) => c.json(await surveys.updateSettings(ctx, actorOf(c), c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'listSurveys',
      method: 'get',
      path: '/surveys',
      tags,
      summary: 'Surveys with their invitation counts: admins all, coordinators the ambassador program’s, managers those sent',
      security,
      responses: { 200: json(s.SurveyList), ...errors },
    }),
    async (c) => {
      const loc = await lang(c);
      return c.json({ items: (await surveys.listSurveys(ctx, actorOf(c))).map((x) => presentSurveySummary(x, loc, manages(c))) }, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'createSurvey',
      method: 'post',
      path: '/surveys',
      tags,
      summary: 'Create a survey from a template or blank; a draft until opened',
      security,
      request: { body: jsonBody(s.SurveyCreate) },
      responses: { 201: json(s.Survey), ...errors },
    }),
    async (c) => c.json(await survey(c, await surveys.createSurvey(ctx, actorOf(c), c.req.valid('json'))), 201),
  );
  r.openapi(
    createRoute({
      operationId: 'getSurvey',
      method: 'get',
      path: '/surveys/{id}',
      tags,
      summary: 'A survey and its questions',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Survey), ...errors },
    }),
    async (c) => c.json(await survey(c, await surveys.getSurvey(ctx, actorOf(c), c.req.valid('param').id)), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'updateSurvey',
      method: 'patch',
      path: '/surveys/{id}',
      tags,
      summary: 'Title and introduction per language, minimums (never lowered once answered), segments, timing, alumni offer',
      security,
      request: { params: IdParam, body: jsonBody(s.SurveyPatch) },
      responses: { 200: json(s.Survey), ...errors },
    }),
    async (c) => c.json(await survey(c, await surveys.updateSurvey(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'deleteSurvey',
      method: 'delete',
      path: '/surveys/{id}',
      tags,
      summary: 'Delete a draft (a survey that was opened is closed instead)',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await surveys.deleteSurvey(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'openSurvey',
      method: 'post',
      path: '/surveys/{id}/open',
      tags,
      summary: 'Open the survey (again): invitations can be sent and answered',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Survey), ...errors },
    }),
    async (c) => c.json(await survey(c, await surveys.openSurvey(ctx, actorOf(c), c.req.valid('param').id)), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'closeSurvey',
      method: 'post',
      path: '/surveys/{id}/close',
      tags,
      summary: 'Close the survey: links stop working, results stay',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Survey), ...errors },
    }),
    async (c) => c.json(await survey(c, await surveys.closeSurvey(ctx, actorOf(c), c.req.valid('param').id)), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'previewSurvey',
      method: 'get',
      path: '/surveys/{id}/preview',
      tags,
      summary: "The respondent's form as a person gets it, in a language (default: yours), every control disabled",
      description:
        'The same server-rendered page the personal link shows, with a banner saying it is a preview; nothing can be sent from it.',
      security,
      request: { params: IdParam, query: s.PreviewQuery },
      responses: {
        200: { description: 'The form as HTML', content: { 'text/html': { schema: z.string() } } },
        ...errors,
      },
    }),
    async (c) => {
      const language = c.req.valid('query').language ?? (await lang(c)).language;
      const view = await surveys.previewSurvey(ctx, actorOf(c), c.req.valid('param').id, language);
      c.header('cache-control', 'no-store');
      return c.html(await surveyFormPage(view), 200);
    },
  );

  // ---- Questions ----
  r.openapi(
    createRoute({
      operationId: 'addSurveyQuestion',
      method: 'post',
      path: '/surveys/{id}/questions',
      tags,
      summary: 'Add a question written for this survey (not once it has answers)',
      security,
      request: { params: IdParam, body: jsonBody(s.QuestionBody) },
      responses: { 201: json(s.Survey), ...errors },
    }),
    async (c) => c.json(await survey(c, await questions.addQuestion(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json'))), 201),
  );
  r.openapi(
    createRoute({
      operationId: 'addSurveyQuestionsFromLibrary',
      method: 'post',
      path: '/surveys/{id}/questions/from-library',
      tags,
      summary: 'Add questions from the library, by key (not once it has answers)',
      security,
      request: { params: IdParam, body: jsonBody(s.FromLibrary) },
      responses: { 201: json(s.Survey), ...errors },
    }),
    async (c) =>
      c.json(await survey(c, await questions.addFromLibrary(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json').keys)), 201),
  );
  r.openapi(
    createRoute({
      operationId: 'reorderSurveyQuestions',
      method: 'put',
      path: '/surveys/{id}/questions/order',
      tags,
      summary: "Put the survey's questions in a new order",
      security,
      request: { params: IdParam, body: jsonBody(s.Reorder) },
      responses: { 200: json(s.Survey), ...errors },
    }),
    async (c) =>
      c.json(
        await survey(c, await questions.reorderQuestions(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json').questionIds)),
        200,
      ),
  );
  r.openapi(
    createRoute({
      operationId: 'updateSurveyQuestion',
      method: 'patch',
      path: '/surveys/{id}/questions/{questionId}',
      tags,
      summary: 'Change a question: texts always, kind and options only while there are no answers',
      security,
      request: { params: s.QuestionParams, body: jsonBody(s.QuestionPatch) },
      responses: { 200: json(s.Survey), ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await survey(c, await questions.updateQuestion(ctx, actorOf(c), p.id, p.questionId, c.req.valid('json'))), 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'deleteSurveyQuestion',
      method: 'delete',
      path: '/surveys/{id}/questions/{questionId}',
      tags,
      summary: 'Remove a question (not once the survey has answers)',
      security,
      request: { params: s.QuestionParams },
      responses: { 204: { description: 'Removed' }, ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await questions.deleteQuestion(ctx, actorOf(c), p.id, p.questionId);
      return c.body(null, 204);
    },
  );

  return r;
}
