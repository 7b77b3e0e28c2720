/** HTTP in and out for an ambassador's own images and the stories: writing, reading, hiding. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as s from './ambassadors.schemas.ts';
import * as stories from './stories.service.ts';
import { presentStory } from './ambassadors.presenters.ts';
import { imageBody, imageBytes } from './image-upload.ts';

export function storiesRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'listMyMedia',
      method: 'get',
      path: '/me/media',
      tags: ['Stories'],
      summary: 'The images you uploaded for stories, newest first (at most 200): to choose one while writing',
      security,
      responses: {
        200: json(
          z.object({
            items: z.array(z.object({ id: z.string(), url: z.string(), width: z.number(), height: z.number(), createdAt: z.string() })),
          }),
        ),
        ...errors,
      },
    }),
    async (c) => {
      const rows = await stories.listOwnImages(ctx, actorOf(c));
      return c.json(
        {
          items: rows.map((m) => ({
            id: m.id,
            url: `/media/${m.id}`,
            width: m.width,
            height: m.height,
            createdAt: m.created_at.toISOString(),
          })),
        },
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      operationId: 'uploadMedia',
      method: 'post',
      path: '/me/media',
      tags: ['Stories'],
      summary: 'Upload an image for a story; use the returned url in Markdown: ![alt](url)',
      security,
      request: { body: imageBody },
      responses: { 201: json(z.object({ id: z.string(), url: z.string() })), ...errors },
    }),
    async (c) => {
      const id = await stories.uploadImage(ctx, actorOf(c), await imageBytes(c));
      return c.json({ id, url: `/media/${id}` }, 201);
    },
  );

  // ---- Stories ----
  r.openapi(
    createRoute({
      operationId: 'createStory',
      method: 'post',
      path: '/me/stories',
      tags: ['Stories'],
      summary: 'Publish a story, at once: no approval, no editing by others',
      security,
      request: { body: jsonBody(s.StoryBody) },
      responses: { 201: json(s.Story), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentStory(actor, await stories.publish(ctx, actor, c.req.valid('json'))), 201);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'listStories',
      method: 'get',
      path: '/stories',
      tags: ['Stories'],
      summary: 'Stories for colleagues, newest first',
      security,
      request: {
        query: z.strictObject({
          author: z.string().uuid().optional(),
          language: s.Lang.optional(),
          before: z.string().datetime().optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
      },
      responses: { 200: json(z.object({ items: z.array(s.Story), nextBefore: z.string().nullable() })), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const rows = await stories.list(ctx, actor, { ...q, before: q.before ? new Date(q.before) : undefined, limit: q.limit + 1 });
      const page = rows.slice(0, q.limit);
      return c.json(
        {
          items: page.map((x) => presentStory(actor, x)),
          nextBefore: rows.length > q.limit ? page[page.length - 1].published_at.toISOString() : null,
        },
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      operationId: 'getStory',
      method: 'get',
      path: '/stories/{id}',
      tags: ['Stories'],
      summary: 'One story',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Story), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentStory(actor, await stories.read(ctx, actor, c.req.valid('param').id)), 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'updateStory',
      method: 'put',
      path: '/stories/{id}',
      tags: ['Stories'],
      summary: 'Edit your own story',
      security,
      request: { params: IdParam, body: jsonBody(s.StoryBody) },
      responses: { 200: json(s.Story), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentStory(actor, await stories.edit(ctx, actor, c.req.valid('param').id, c.req.valid('json'))), 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'deleteStory',
      method: 'delete',
      path: '/stories/{id}',
      tags: ['Stories'],
      summary: 'Delete your own story',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await stories.remove(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'hideStory',
      method: 'post',
      path: '/stories/{id}/hide',
      tags: ['Stories'],
      summary: 'Hide a story for a legal reason (coordinators); the reason is recorded and shown to the author',
      security,
      request: {
        params: IdParam,
        body: jsonBody(
          z.strictObject({
            reason: z.string().trim().min(10, 'Give the legal reason (at least 10 characters): the author will read it.').max(1000),
          }),
        ),
      },
      responses: { 200: json(s.Story), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentStory(actor, await stories.hide(ctx, actor, c.req.valid('param').id, c.req.valid('json').reason)), 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'showStory',
      method: 'delete',
      path: '/stories/{id}/hide',
      tags: ['Stories'],
      summary: 'Show a hidden story again (coordinators)',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Story), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentStory(actor, await stories.hide(ctx, actor, c.req.valid('param').id, null)), 200);
    },
  );
  return r;
}
