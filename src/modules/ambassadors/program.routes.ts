/** HTTP in and out for guidelines and trainings, share links, reported posts and questions. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, IsoDate, json, jsonBody, security, z } from '../../platform/openapi.ts';
import { Lang } from './ambassadors.schemas.ts';
import * as impact from './impact.service.ts';
import * as questions from './questions.service.ts';
import * as resources from './resources.service.ts';

const Kind = z.enum(['tip', 'guideline', 'training']);
const ResourceBody = z.strictObject({
  kind: Kind,
  language: Lang,
  title: z.string().trim().min(1).max(200),
  body: z.string().max(50_000).default(''),
  url: z.string().trim().max(1000).nullable().optional(),
  archived: z.boolean().optional(),
});
const Resource = z
  .object({
    id: z.string(),
    kind: Kind,
    language: Lang,
    title: z.string(),
    body: z.string(),
    bodyHtml: z.string(),
    url: z.string().nullable(),
    archived: z.boolean(),
    completedAt: z.string().nullable(),
    completions: z.number(),
    updatedAt: z.string(),
  })
  .openapi('Resource');
const Post = z
  .object({
    id: z.string(),
    url: z.string(),
    network: z.string(),
    postedOn: z.string(),
    tone: z.enum(['positive', 'neutral', 'negative']),
    topic: z.enum(['organisation', 'job', 'other']),
    original: z.boolean(),
    reactions: z.number().nullable(),
  })
  .openapi('ReportedPost');
const Question = z
  .object({
    id: z.string(),
    askerName: z.string(),
    body: z.string(),
    language: z.string(),
    storyId: z.string().nullable(),
    createdAt: z.string(),
    answeredAt: z.string().nullable(),
    answer: z.string().nullable(),
    sharedEmail: z.boolean(),
  })
  .openapi('Question');

export function programRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'listResources',
      method: 'get',
      path: '/resources',
      tags: ['Guidelines and training'],
      summary: 'Tips, guidelines and trainings, with your completions',
      security,
      request: {
        query: z.strictObject({ kind: Kind.optional(), language: Lang.optional(), archived: z.enum(['true', 'false']).optional() }),
      },
      responses: { 200: json(z.object({ items: z.array(Resource) })), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rows = await resources.list(ctx, actorOf(c), { ...q, includeArchived: q.archived === 'true' });
      return c.json(
        {
          items: rows.map((x) => ({
            id: x.id,
            kind: x.kind,
            language: x.language,
            title: x.title,
            body: x.body,
            bodyHtml: x.body_html,
            url: x.url,
            archived: x.archived_at !== null,
            completedAt: x.completed_at?.toISOString() ?? null,
            completions: x.completions,
            updatedAt: x.updated_at.toISOString(),
          })),
        },
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      operationId: 'createResource',
      method: 'post',
      path: '/resources',
      tags: ['Guidelines and training'],
      summary: 'Publish a tip, guideline or training (coordinators)',
      security,
      request: { body: jsonBody(ResourceBody) },
      responses: { 201: json(z.object({ id: z.string() })), ...errors },
    }),
    async (c) => c.json({ id: await resources.create(ctx, actorOf(c), c.req.valid('json')) }, 201),
  );
  r.openapi(
    createRoute({
      operationId: 'updateResource',
      method: 'put',
      path: '/resources/{id}',
      tags: ['Guidelines and training'],
      summary: 'Change or archive a resource (coordinators)',
      security,
      request: { params: IdParam, body: jsonBody(ResourceBody) },
      responses: { 204: { description: 'Saved' }, ...errors },
    }),
    async (c) => {
      await resources.update(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'markResourceDone',
      method: 'put',
      path: '/resources/{id}/done',
      tags: ['Guidelines and training'],
      summary: 'Mark a training done',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Marked' }, ...errors },
    }),
    async (c) => {
      await resources.markDone(ctx, actorOf(c), c.req.valid('param').id, true);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'unmarkResourceDone',
      method: 'delete',
      path: '/resources/{id}/done',
      tags: ['Guidelines and training'],
      summary: 'Unmark a training',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Unmarked' }, ...errors },
    }),
    async (c) => {
      await resources.markDone(ctx, actorOf(c), c.req.valid('param').id, false);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'getResourceCompletion',
      method: 'get',
      path: '/resources/completion',
      tags: ['Guidelines and training'],
      summary: 'Completion per training (coordinators)',
      security,
      responses: {
        200: json(
          z.object({
            ambassadors: z.number(),
            trainings: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                language: z.string(),
                completed: z.array(z.object({ personId: z.string(), name: z.string(), at: z.string() })),
              }),
            ),
          }),
        ),
        ...errors,
      },
    }),
    async (c) => c.json(await resources.completion(ctx, actorOf(c)), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'createShareLink',
      method: 'post',
      path: '/me/share-links',
      tags: ['Impact'],
      summary: 'Your tracked share link, to your profile or one of your stories',
      security,
      request: { body: jsonBody(z.strictObject({ storyId: z.string().uuid().nullable().default(null) })) },
      responses: { 200: json(z.object({ code: z.string(), url: z.string() })), ...errors },
    }),
    async (c) => c.json(await impact.shareLink(ctx, actorOf(c), c.req.valid('json').storyId), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'listMyPosts',
      method: 'get',
      path: '/me/posts',
      tags: ['Impact'],
      summary: 'Posts you reported making elsewhere',
      security,
      responses: { 200: json(z.object({ items: z.array(Post) })), ...errors },
    }),
    async (c) =>
      c.json(
        {
          items: (await impact.myPosts(ctx, actorOf(c))).map((p) => ({
            id: p.id,
            url: p.url,
            network: p.network,
            postedOn: p.posted_on,
            tone: p.tone,
            topic: p.topic,
            original: p.original,
            reactions: p.reactions,
          })),
        },
        200,
      ),
  );
  r.openapi(
    createRoute({
      operationId: 'reportPost',
      method: 'post',
      path: '/me/posts',
      tags: ['Impact'],
      summary: 'Report a work-related post you made elsewhere (tone and topic as you judge them)',
      security,
      request: {
        body: jsonBody(
          z.strictObject({
            url: z.string().trim().max(1000),
            network: z.string().trim().min(1).max(40),
            postedOn: IsoDate,
            tone: z.enum(['positive', 'neutral', 'negative']),
            topic: z.enum(['organisation', 'job', 'other']),
            original: z.boolean().default(true),
            reactions: z.number().int().min(0).max(10_000_000).nullable().optional(),
          }),
        ),
      },
      responses: { 201: json(z.object({ id: z.string() })), ...errors },
    }),
    async (c) => c.json({ id: await impact.logPost(ctx, actorOf(c), c.req.valid('json')) }, 201),
  );
  r.openapi(
    createRoute({
      operationId: 'deletePost',
      method: 'delete',
      path: '/me/posts/{id}',
      tags: ['Impact'],
      summary: 'Remove a reported post',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Removed' }, ...errors },
    }),
    async (c) => {
      await impact.deletePost(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'listMyQuestions',
      method: 'get',
      path: '/me/questions',
      tags: ['Questions'],
      summary: 'Questions candidates asked you (their address stays hidden)',
      security,
      responses: { 200: json(z.object({ items: z.array(Question) })), ...errors },
    }),
    async (c) =>
      c.json(
        {
          items: (await questions.mine(ctx, actorOf(c))).map((q) => ({
            id: q.id,
            askerName: q.asker_name,
            body: q.body,
            language: q.language,
            storyId: q.story_id,
            createdAt: q.created_at.toISOString(),
            answeredAt: q.answered_at?.toISOString() ?? null,
            answer: q.answer,
            sharedEmail: q.shared_email,
          })),
        },
        200,
      ),
  );
  r.openapi(
    createRoute({
      operationId: 'answerQuestion',
      method: 'post',
      path: '/me/questions/{id}/answer',
      tags: ['Questions'],
      summary: 'Answer a question by mail; shareEmail lets the candidate reply to you directly',
      security,
      request: {
        params: IdParam,
        body: jsonBody(z.strictObject({ answer: z.string().trim().min(1).max(10_000), shareEmail: z.boolean().default(false) })),
      },
      responses: { 204: { description: 'Sent' }, ...errors },
    }),
    async (c) => {
      await questions.answer(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
  return r;
}
