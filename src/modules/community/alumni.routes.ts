/**
 * HTTP in and out for alumni ambassadors: your own choice (GET, POST, DELETE /me/alumni) and the
 * coordinators' list. The mailed link's pages are alumni.pages.routes.ts (no account, no API).
 */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, jsonBody, security, z } from '../../platform/openapi.ts';
import { presentAlumniStatus, presentAlumnus } from './alumni.presenters.ts';
import * as s from './alumni.schemas.ts';
import * as alumni from './alumni.service.ts';

const tags = ['Alumni'];

export function alumniRoutes(ctx: AppContext) {
  const r = createRouter();
  r.openapi(
    createRoute({
      operationId: 'getMyAlumni',
      method: 'get',
      path: '/me/alumni',
      tags,
      summary: 'Whether you may stay on as an alumni ambassador, and your choice',
      security,
      responses: { 200: json(s.AlumniStatus), ...errors },
    }),
    async (c) => c.json(presentAlumniStatus(await alumni.status(ctx, actorOf(c))), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'chooseAlumni',
      method: 'post',
      path: '/me/alumni',
      tags,
      summary: 'Stay on as an alumni ambassador: your personal address for the alumni account, internal only or also the careers pages',
      security,
      request: { body: jsonBody(s.AlumniChoiceBody) },
      responses: { 200: json(s.AlumniStatus), ...errors },
    }),
    async (c) => c.json(presentAlumniStatus(await alumni.chooseInApp(ctx, actorOf(c), c.req.valid('json'), c.get('ip') ?? null)), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'leaveAlumni',
      method: 'delete',
      path: '/me/alumni',
      tags,
      summary: 'Stop being an alumni ambassador, at once (an alumni account is disabled and signed out)',
      security,
      responses: { 204: { description: 'Left' }, ...errors },
    }),
    async (c) => {
      await alumni.leave(ctx, actorOf(c), c.get('ip') ?? null);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'listAlumni',
      method: 'get',
      path: '/alumni',
      tags,
      summary: "The organisation's alumni ambassadors (coordinators)",
      security,
      responses: { 200: json(z.object({ items: z.array(s.AlumniListItem) })), ...errors },
    }),
    async (c) => c.json({ items: (await alumni.list(ctx, actorOf(c))).map(presentAlumnus) }, 200),
  );
  return r;
}
