/** SCIM bearer tokens under /api/v1: listed, created (the secret shown once) and revoked by admins. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as service from './scim.tokens.service.ts';

const ScimToken = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the token, to recognise it.' }),
    createdAt: z.string().datetime(),
    createdBy: z.string().nullable().openapi({ description: 'The email of the admin who created it.' }),
    lastUsedAt: z.string().datetime().nullable(),
    revokedAt: z.string().datetime().nullable(),
  })
  .openapi('ScimToken');

const CreateScimTokenBody = z.strictObject({ name: z.string().trim().min(1, 'Give the token a name.').max(100) });

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const present = (t: service.ScimTokenRow) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.created_at.toISOString(),
  createdBy: t.created_by_email,
  lastUsedAt: iso(t.last_used_at),
  revokedAt: iso(t.revoked_at),
});

export function scimTokenRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'listScimTokens',
      method: 'get',
      path: '/scim/tokens',
      tags: ['Integrations'],
      summary: 'The SCIM provisioning tokens of the organisation (admins)',
      security,
      responses: { 200: json(z.object({ items: z.array(ScimToken) })), ...errors },
    }),
    async (c) => c.json({ items: (await service.listScimTokens(ctx, actorOf(c))).map(present) }, 200),
  );

  r.openapi(
    createRoute({
      operationId: 'createScimToken',
      method: 'post',
      path: '/scim/tokens',
      tags: ['Integrations'],
      summary: 'Create a SCIM provisioning token; the secret is shown once',
      security,
      request: { body: jsonBody(CreateScimTokenBody) },
      responses: { 201: json(ScimToken.extend({ token: z.string() }), 'Created'), ...errors },
    }),
    async (c) => {
      const { token, row } = await service.createScimToken(ctx, actorOf(c), c.req.valid('json'));
      return c.json({ ...present(row), token }, 201);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'revokeScimToken',
      method: 'delete',
      path: '/scim/tokens/{id}',
      tags: ['Integrations'],
      summary: 'Revoke a SCIM provisioning token: the provisioning client is refused at once',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Revoked' }, ...errors },
    }),
    async (c) => {
      await service.revokeScimToken(ctx, actorOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return r;
}
