/** HTTP in and out for joining, the profile, invitations, the community directory and stories. */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { unsupportedMediaType } from '../../platform/errors.ts';
import { actorOf, type HonoEnv } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as s from './ambassadors.schemas.ts';
import * as service from './ambassadors.service.ts';
import * as stories from './stories.service.ts';
import { presentAmbassador, presentStory } from './ambassadors.presenters.ts';

const imageBody = {
  required: true,
  content: {
    'image/jpeg': { schema: z.string().openapi({ format: 'binary' }) },
    'image/png': { schema: z.string().openapi({ format: 'binary' }) },
    'image/webp': { schema: z.string().openapi({ format: 'binary' }) },
  },
};

async function imageBytes(c: Context<HonoEnv>): Promise<Uint8Array> {
  if (!/^image\//i.test(c.req.header('content-type') ?? '')) throw unsupportedMediaType('image/jpeg, image/png or image/webp');
  return new Uint8Array(await c.req.arrayBuffer());
}

export function ambassadorsRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'getMyAmbassadorship',
      method: 'get',
      path: '/me/ambassador',
      tags: ['Ambassadors'],
      summary: 'Your ambassadorship, if any, and a pending invitation',
      security,
      responses: { 200: json(s.MyAmbassador), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const mine = await service.getMine(ctx, actor);
      const inv = mine.invitation;
      return c.json(
        {
          ambassador: mine.ambassador ? presentAmbassador(actor, mine.ambassador) : null,
          invitation: inv
            ? { id: inv.id, from: inv.inviter_email, message: inv.message, answer: inv.answer, createdAt: inv.created_at.toISOString() }
            : null,
          sensitive: mine.sensitive,
          topics: [...service.TOPICS],
          shareMilestones: mine.ambassador?.active ? mine.ambassador.share_milestones : false,
          showWelcome: mine.ambassador?.active ? mine.ambassador.welcome_dismissed_at === null : false,
        },
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      operationId: 'joinOrUpdateAmbassadorship',
      method: 'put',
      path: '/me/ambassador',
      tags: ['Ambassadors'],
      security,
      summary: 'Join the ambassador program, or change your scope and profile (only you can)',
      description:
        'External scope is refused (422) for people in a sensitive function and with behindTheScenes. Joining takes effect at once.',
      request: { body: jsonBody(s.ProfileBody) },
      responses: { 200: json(s.Ambassador), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentAmbassador(actor, await service.join(ctx, actor, c.req.valid('json'))), 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'leaveAmbassadorProgram',
      method: 'delete',
      path: '/me/ambassador',
      tags: ['Ambassadors'],
      summary: 'Leave the ambassador program: gone from every public surface at once',
      security,
      responses: { 204: { description: 'Left' }, ...errors },
    }),
    async (c) => {
      await service.leave(ctx, actorOf(c));
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'dismissAmbassadorWelcome',
      method: 'delete',
      path: '/me/ambassador/welcome',
      tags: ['Ambassadors'],
      summary: 'Close the welcome shown to a new ambassador at the top of the community exchange',
      security,
      responses: { 204: { description: 'Closed' }, ...errors },
    }),
    async (c) => {
      await service.dismissWelcome(ctx, actorOf(c));
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'uploadAmbassadorPhoto',
      method: 'put',
      path: '/me/ambassador/photo',
      tags: ['Ambassadors'],
      summary: 'Upload your profile photo (resized, metadata removed)',
      security,
      request: { body: imageBody },
      responses: { 200: json(z.object({ photoUrl: z.string() })), ...errors },
    }),
    async (c) => {
      const id = await service.setPhoto(ctx, actorOf(c), await imageBytes(c));
      return c.json({ photoUrl: `/media/${id}` }, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'deleteAmbassadorPhoto',
      method: 'delete',
      path: '/me/ambassador/photo',
      tags: ['Ambassadors'],
      summary: 'Remove your profile photo',
      security,
      responses: { 204: { description: 'Removed' }, ...errors },
    }),
    async (c) => {
      await service.removePhoto(ctx, actorOf(c));
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'answerAmbassadorInvitation',
      method: 'post',
      path: '/me/ambassador/invitation',
      tags: ['Ambassadors'],
      summary: 'Answer an invitation with "maybe later" or "no thanks" (joining accepts it)',
      security,
      request: { body: jsonBody(z.strictObject({ answer: z.enum(['maybe_later', 'declined']) })) },
      responses: { 204: { description: 'Answered' }, ...errors },
    }),
    async (c) => {
      await service.answerInvitation(ctx, actorOf(c), c.req.valid('json').answer);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'inviteAmbassador',
      method: 'post',
      path: '/ambassadors/invitations',
      tags: ['Ambassadors'],
      summary: 'Invite someone personally to become an ambassador (coordinators); only they can accept',
      security,
      request: { body: jsonBody(z.strictObject({ personId: z.string().uuid(), message: z.string().max(1000).default('') })) },
      responses: { 201: json(z.object({ id: z.string() })), ...errors },
    }),
    async (c) => {
      const b = c.req.valid('json');
      return c.json({ id: await service.invite(ctx, actorOf(c), b.personId, b.message) }, 201);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'listAmbassadorTopics',
      method: 'get',
      path: '/ambassadors/topics',
      tags: ['Ambassadors'],
      summary: 'Suggested topics ambassadors can speak to (people may add their own)',
      security,
      responses: { 200: json(z.object({ items: z.array(z.string()) })), ...errors },
    }),
    async (c) => {
      actorOf(c);
      return c.json({ items: [...service.TOPICS] }, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'listAmbassadors',
      method: 'get',
      path: '/ambassadors',
      tags: ['Ambassadors'],
      summary: 'The community: active ambassadors, internal and external, by topic, region and language',
      security,
      request: {
        query: z.strictObject({
          topic: z.string().max(60).optional(),
          region: z.enum(['flanders', 'brussels', 'wallonia', 'abroad']).optional(),
          language: s.Lang.optional(),
          q: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: { 200: json(z.object({ items: z.array(s.Ambassador) })), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const rows = await service.community(ctx, actor, { ...q, q: q.q?.toLowerCase() });
      return c.json({ items: rows.map((a) => presentAmbassador(actor, a)) }, 200);
    },
  );

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
