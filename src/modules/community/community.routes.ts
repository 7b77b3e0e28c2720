/** HTTP in and out for recognition: thanking an ambassador, your thanks and milestones, the company's. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, jsonBody, security, z } from '../../platform/openapi.ts';
import { presentRecognition } from './community.presenters.ts';
import * as s from './community.schemas.ts';
import * as recognition from './recognition.service.ts';

export function communityRoutes(ctx: AppContext) {
  const r = createRouter();
  r.openapi(
    createRoute({
      operationId: 'thankAmbassador',
      method: 'post',
      path: '/ambassadors/{personId}/thanks',
      tags: ['Recognition'],
      summary: 'Thank an ambassador with a note, optionally shown to the whole company',
      security,
      request: { params: s.ThankParams, body: jsonBody(s.ThankBody) },
      responses: { 201: json(z.object({ id: z.string() })), ...errors },
    }),
    async (c) => c.json({ id: await recognition.thank(ctx, actorOf(c), c.req.valid('param').personId, c.req.valid('json')) }, 201),
  );
  r.openapi(
    createRoute({
      operationId: 'listMyRecognitions',
      method: 'get',
      path: '/me/recognitions',
      tags: ['Recognition'],
      summary: 'Your thanks and milestones',
      security,
      responses: { 200: json(z.object({ items: z.array(s.Recognition) })), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json({ items: (await recognition.mine(ctx, actor)).map((x) => presentRecognition(actor, x)) }, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'listRecognitions',
      method: 'get',
      path: '/recognitions',
      tags: ['Recognition'],
      summary: 'Thanks shared with the whole company',
      security,
      responses: { 200: json(z.object({ items: z.array(s.Recognition) })), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json({ items: (await recognition.companyWide(ctx, actor)).map((x) => presentRecognition(actor, x)) }, 200);
    },
  );
  return r;
}
