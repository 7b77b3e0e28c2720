import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, security, z } from '../../platform/openapi.ts';
import * as service from './privacy.service.ts';

export function privacyRoutes(ctx: AppContext) {
  const r = createRouter();
  r.openapi(
    createRoute({
      operationId: 'exportMyData',
      method: 'get',
      path: '/me/export',
      tags: ['Privacy'],
      summary: 'Everything Embassy holds about you, as JSON (GDPR access and portability)',
      security,
      responses: { 200: json(z.record(z.string(), z.unknown())), ...errors },
    }),
    async (c) => {
      const data = await service.exportMine(ctx, actorOf(c));
      c.header('content-disposition', 'attachment; filename="my-embassy-data.json"');
      return c.json(data, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'eraseMyOptionalData',
      method: 'delete',
      path: '/me/optional-data',
      tags: ['Privacy'],
      summary: 'Erase everything you chose to give: ambassadorship, stories, photos, posts, personal moments, preferences',
      security,
      responses: { 200: json(z.object({ removed: z.record(z.string(), z.number()) })), ...errors },
    }),
    async (c) => c.json({ removed: await service.eraseOptional(ctx, actorOf(c)) }, 200),
  );
  return r;
}
