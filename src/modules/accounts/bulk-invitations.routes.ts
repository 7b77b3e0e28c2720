/** Bulk invitations under /api/v1: everyone of a segment without an account (admins). */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as s from './bulk-invitations.schemas.ts';
import * as service from './bulk-invitations.service.ts';

const presentBatch = (b: service.BatchRow) => ({
  id: b.id,
  status: b.status,
  role: b.role,
  segment: b.segment,
  total: b.total,
  invited: b.invited,
  skipped: b.skipped,
  createdAt: b.created_at.toISOString(),
  finishedAt: b.finished_at?.toISOString() ?? null,
});

export function bulkInvitationRoutes(ctx: AppContext) {
  const r = createRouter();
  const tags = ['Users'];

  r.openapi(
    createRoute({
      operationId: 'previewBulkInvitations',
      method: 'post',
      path: '/invitations/bulk/preview',
      tags,
      summary: 'How many people of a segment a bulk invitation would invite now (admins)',
      security,
      request: { body: jsonBody(s.BulkBody) },
      responses: { 200: json(s.BulkPreview), ...errors },
    }),
    async (c) => c.json(await service.previewBulk(ctx, actorOf(c), c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'startBulkInvitations',
      method: 'post',
      path: '/invitations/bulk',
      tags,
      summary:
        'Invite everyone of a segment without an account or open invitation, each in their language (admins); runs in the background, 409 bulk-invitations-sso-required when SSO is required',
      security,
      request: { body: jsonBody(s.BulkBody) },
      responses: { 202: json(z.object({ id: z.string() }), 'Started: follow it with GET /invitations/bulk/{id}'), ...errors },
    }),
    async (c) => c.json({ id: await service.startBulk(ctx, actorOf(c), c.req.valid('json')) }, 202),
  );

  r.openapi(
    createRoute({
      operationId: 'listBulkInvitations',
      method: 'get',
      path: '/invitations/bulk',
      tags,
      summary: 'The 20 most recent bulk invitations (admins)',
      security,
      responses: { 200: json(z.object({ items: z.array(s.Batch) })), ...errors },
    }),
    async (c) => c.json({ items: (await service.listBatches(ctx, actorOf(c))).map(presentBatch) }, 200),
  );

  r.openapi(
    createRoute({
      operationId: 'getBulkInvitation',
      method: 'get',
      path: '/invitations/bulk/{id}',
      tags,
      summary: 'A bulk invitation and its progress (admins)',
      security,
      request: { params: IdParam },
      responses: { 200: json(s.Batch), ...errors },
    }),
    async (c) => c.json(presentBatch(await service.getBatch(ctx, actorOf(c), c.req.valid('param').id)), 200),
  );

  return r;
}
