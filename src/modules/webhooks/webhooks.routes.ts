/** Webhook endpoints, their delivery log and replay under /api/v1 (admins: integrations.manage). */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as s from './webhooks.schemas.ts';
import * as service from './webhooks.service.ts';
import { presentAttempt, presentDelivery, presentEndpoint } from './webhooks.presenters.ts';

const tags = ['Webhooks'];

export function webhooksRoutes(ctx: AppContext) {
  const r = createRouter();
  const detail = (d: Awaited<ReturnType<typeof service.getDelivery>>) => ({
    ...presentDelivery(d.row),
    payload: d.row.payload,
    attemptLog: d.attempts.map(presentAttempt),
  });

  r.openapi(
    createRoute({
      operationId: 'listWebhookEventTypes',
      method: 'get',
      path: '/webhooks/event-types',
      tags,
      summary: 'The events an endpoint can receive, with what their data holds',
      security,
      responses: { 200: json(z.object({ items: z.array(s.EventTypeInfo) })), ...errors },
    }),
    async (c) => c.json({ items: service.eventTypes(actorOf(c)) }, 200),
  );

  r.openapi(
    createRoute({
      operationId: 'listWebhookEndpoints',
      method: 'get',
      path: '/webhooks/endpoints',
      tags,
      summary: 'The webhook endpoints of the organisation (admins)',
      security,
      responses: { 200: json(z.object({ items: z.array(s.Endpoint) })), ...errors },
    }),
    async (c) => c.json({ items: (await service.listEndpoints(ctx, actorOf(c))).map((e) => presentEndpoint(e, ctx.clock.now())) }, 200),
  );

  r.openapi(
    createRoute({
      operationId: 'createWebhookEndpoint',
      method: 'post',
      path: '/webhooks/endpoints',
      tags,
      summary: 'Add a webhook endpoint; its whsec_ signing secret is shown once',
      description:
        'The URL is checked when saved: https only, no user name or password, and an address on the public internet (private and loopback addresses only with EMBASSY_ALLOW_PRIVATE_URLS=1); otherwise 422 `webhook-url-refused` with the reason.',
      security,
      request: { body: jsonBody(s.CreateEndpointBody) },
      responses: { 201: json(s.EndpointWithSecret, 'Created'), ...errors },
    }),
    async (c) => {
      const { row, secret } = await service.createEndpoint(ctx, actorOf(c), c.req.valid('json'));
      return c.json({ ...presentEndpoint(row, ctx.clock.now()), secret }, 201);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'getWebhookEndpoint',
      method: 'get',
      path: '/webhooks/endpoints/{id}',
      tags,
      summary: 'A webhook endpoint (never its secret)',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Endpoint), ...errors },
    }),
    async (c) => c.json(presentEndpoint(await service.getEndpoint(ctx, actorOf(c), c.req.valid('param').id), ctx.clock.now()), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'updateWebhookEndpoint',
      method: 'patch',
      path: '/webhooks/endpoints/{id}',
      tags,
      summary: 'Change a webhook endpoint, disable it, or enable it again (which resets its failure streak)',
      security,
      request: { params: IdParam, body: jsonBody(s.UpdateEndpointBody) },
      responses: { 200: json(s.Endpoint), ...errors },
    }),
    async (c) => {
      const row = await service.updateEndpoint(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentEndpoint(row, ctx.clock.now()), 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'deleteWebhookEndpoint',
      method: 'delete',
      path: '/webhooks/endpoints/{id}',
      tags,
      summary: 'Delete a webhook endpoint and its delivery log',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await service.deleteEndpoint(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'rotateWebhookSecret',
      method: 'post',
      path: '/webhooks/endpoints/{id}/rotate-secret',
      tags,
      summary: 'A new signing secret, shown once; the previous one keeps signing for 24 hours',
      description: 'Until the previous secret expires, every request carries two signatures in `webhook-signature`, one per secret.',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.EndpointWithSecret), ...errors },
    }),
    async (c) => {
      const { row, secret } = await service.rotateSecret(ctx, actorOf(c), c.req.valid('param').id);
      return c.json({ ...presentEndpoint(row, ctx.clock.now()), secret }, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'testWebhookEndpoint',
      method: 'post',
      path: '/webhooks/endpoints/{id}/test',
      tags,
      summary: 'Send a signed `webhook.test` ping to this endpoint now and answer how it went',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.DeliveryDetail), ...errors },
    }),
    async (c) => c.json(detail(await service.sendTest(ctx, actorOf(c), c.req.valid('param').id)), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'listWebhookDeliveries',
      method: 'get',
      path: '/webhooks/endpoints/{id}/deliveries',
      tags,
      summary: 'The delivery log of an endpoint, newest first, a page at a time',
      security,
      request: { params: IdParam, query: s.DeliveriesQuery },
      responses: { 200: json(s.DeliveriesPage), ...errors },
    }),
    async (c) => {
      const page = await service.listDeliveries(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('query'));
      return c.json({ items: page.items.map(presentDelivery), nextCursor: page.nextCursor }, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'getWebhookDelivery',
      method: 'get',
      path: '/webhooks/deliveries/{id}',
      tags,
      summary: 'A delivery with its payload and every attempt (status, error, the start of the answer)',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.DeliveryDetail), ...errors },
    }),
    async (c) => c.json(detail(await service.getDelivery(ctx, actorOf(c), c.req.valid('param').id)), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'replayWebhookDelivery',
      method: 'post',
      path: '/webhooks/deliveries/{id}/replay',
      tags,
      summary: 'Send a delivered, failed or cancelled delivery again now: the same webhook-id, a new timestamp',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.DeliveryDetail), ...errors },
    }),
    async (c) => c.json(detail(await service.replayDelivery(ctx, actorOf(c), c.req.valid('param').id)), 200),
  );

  return r;
}
