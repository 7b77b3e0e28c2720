/** HTTP in and out for journeys and their steps: ready templates, HR's editor, previews. */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { actorOf, type HonoEnv } from '../../platform/http.ts';
import { viewerLanguage } from '../../platform/language.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as journeys from './journeys.service.ts';
import { presentJourney, presentJourneys, presentTemplate } from './moments.presenters.ts';
import * as s from './moments.schemas.ts';
import { PLACEHOLDERS } from './render.ts';
import { JOURNEY_TEMPLATES } from './templates.ts';

export function journeysRoutes(ctx: AppContext) {
  const r = createRouter();
  /** The reader's language for the texts of journeys (platform/language.ts: choice, directory, browser, organisation). */
  const lang = (c: Context<HonoEnv>) => viewerLanguage(ctx.db, actorOf(c), c.req.header('accept-language'));

  // ---- Journeys ----
  r.openapi(
    createRoute({
      operationId: 'listJourneyTemplates',
      method: 'get',
      path: '/journey-templates',
      tags: ['Journeys'],
      summary: 'Ready journeys to start from, and the placeholders messages can use',
      security,
      responses: { 200: json(s.JourneyTemplates), ...errors },
    }),
    async (c) => {
      const loc = await lang(c);
      return c.json({ items: JOURNEY_TEMPLATES.map((t) => presentTemplate(t, loc)), placeholders: [...PLACEHOLDERS] }, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'listJourneys',
      method: 'get',
      path: '/journeys',
      tags: ['Journeys'],
      summary: 'Journeys with their steps (HR)',
      security,
      responses: { 200: json(z.object({ items: z.array(s.Journey) })), ...errors },
    }),
    async (c) => c.json({ items: presentJourneys(await journeys.listJourneys(ctx, actorOf(c)), await lang(c)) }, 200),
  );
  r.openapi(
    createRoute({
      operationId: 'createJourney',
      method: 'post',
      path: '/journeys',
      tags: ['Journeys'],
      summary: 'Create a journey, from a template or empty; inactive until activated',
      security,
      request: { body: jsonBody(s.JourneyCreate) },
      responses: { 201: json(s.Journey), ...errors },
    }),
    async (c) => c.json(presentJourney(await journeys.createJourney(ctx, actorOf(c), c.req.valid('json')), await lang(c)), 201),
  );
  r.openapi(
    createRoute({
      operationId: 'getJourney',
      method: 'get',
      path: '/journeys/{id}',
      tags: ['Journeys'],
      summary: 'A journey and its steps',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Journey), ...errors },
    }),
    async (c) => c.json(presentJourney(await journeys.getJourney(ctx, actorOf(c), c.req.valid('param').id), await lang(c)), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'updateJourney',
      method: 'patch',
      path: '/journeys/{id}',
      tags: ['Journeys'],
      summary: 'Rename, scope (departments, sites, languages, employment types), missed-step policy, activate',
      security,
      request: { params: IdParam, body: jsonBody(s.JourneyPatch) },
      responses: { 200: json(s.Journey), ...errors },
    }),
    async (c) =>
      c.json(
        presentJourney(await journeys.updateJourney(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json')), await lang(c)),
        200,
      ),
  );
  r.openapi(
    createRoute({
      operationId: 'deleteJourney',
      method: 'delete',
      path: '/journeys/{id}',
      tags: ['Journeys'],
      summary: 'Delete a journey',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await journeys.deleteJourney(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'addJourneyStep',
      method: 'post',
      path: '/journeys/{id}/steps',
      tags: ['Journeys'],
      summary: 'Add a step',
      security,
      request: { params: IdParam, body: jsonBody(s.StepBody) },
      responses: { 201: json(s.Journey), ...errors },
    }),
    async (c) =>
      c.json(presentJourney(await journeys.addStep(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json')), await lang(c)), 201),
  );
  r.openapi(
    createRoute({
      operationId: 'updateJourneyStep',
      method: 'put',
      path: '/journeys/{id}/steps/{stepId}',
      tags: ['Journeys'],
      summary: 'Change a step',
      security,
      request: { params: s.JourneyParams, body: jsonBody(s.StepBody) },
      responses: { 200: json(s.Journey), ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(presentJourney(await journeys.updateStep(ctx, actorOf(c), p.id, p.stepId, c.req.valid('json')), await lang(c)), 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'deleteJourneyStep',
      method: 'delete',
      path: '/journeys/{id}/steps/{stepId}',
      tags: ['Journeys'],
      summary: 'Remove a step',
      security,
      request: { params: s.JourneyParams },
      responses: { 204: { description: 'Removed' }, ...errors },
    }),
    async (c) => {
      const p = c.req.valid('param');
      await journeys.deleteStep(ctx, actorOf(c), p.id, p.stepId);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'previewJourneyStep',
      method: 'get',
      path: '/journeys/{id}/steps/{stepId}/preview',
      tags: ['Journeys'],
      summary: "A step's message with a real person's data, in a language",
      security,
      request: { params: s.JourneyParams, query: s.PreviewQuery },
      responses: { 200: json(s.StepPreview), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await journeys.preview(ctx, actorOf(c), c.req.valid('param').stepId, q.personId, q.language), 200);
    },
  );

  return r;
}
