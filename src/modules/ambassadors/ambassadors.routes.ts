/** HTTP in and out for joining, the profile and its photo, invitations and the community directory. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as s from './ambassadors.schemas.ts';
import * as service from './ambassadors.service.ts';
import { presentAmbassador } from './ambassadors.presenters.ts';
import { imageBody, imageBytes } from './image-upload.ts';

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
      const rows = await service.community(ctx, actor, c.req.valid('query'));
      return c.json({ items: rows.map((a) => presentAmbassador(actor, a)) }, 200);
    },
  );
  return r;
}
