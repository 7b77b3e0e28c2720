import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, security } from '../../platform/openapi.ts';
import { presentMyData } from './privacy.presenters.ts';
import * as s from './privacy.schemas.ts';
import * as service from './privacy.service.ts';

export function privacyRoutes(ctx: AppContext) {
  const r = createRouter();
  r.openapi(
    createRoute({
      operationId: 'exportMyData',
      method: 'get',
      path: '/me/export',
      tags: ['Privacy'],
      summary: 'Everything Embassy holds about you, as one JSON document (GDPR access and portability)',
      description:
        'Your account, your directory record, and everything about you in the ambassador program and the moments that matter. ' +
        'Answered as an attachment (my-embassy-data.json); the "My data" page of the app offers the same download. Each export is audited.',
      security,
      responses: { 200: json(s.MyData, 'Your data'), ...errors },
    }),
    async (c) => {
      const data = presentMyData(await service.exportMine(ctx, actorOf(c)));
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
      description:
        'At once and for good: you leave the public careers pages in the same transaction. Your directory record stays (HR keeps it ' +
        'for the legal periods). Without a directory entry linked to your account there is nothing to erase: every count is 0.',
      security,
      responses: { 200: json(s.Erased, 'What was removed, by kind'), ...errors },
    }),
    async (c) => c.json({ removed: await service.eraseOptional(ctx, actorOf(c)) }, 200),
  );
  return r;
}
