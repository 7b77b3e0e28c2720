import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as service from './organisations.service.ts';
import { presentOrganisation as present } from './organisations.presenters.ts';

const Lang = z.enum(['nl', 'fr', 'en', 'de']);
const Region = z.enum(['flanders', 'brussels', 'wallonia', 'abroad']);
const Organisation = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), defaultLanguage: Lang, timeZone: z.string() })
  .openapi('Organisation');
const Site = z
  .object({ id: z.string(), name: z.string(), region: Region.nullable(), country: z.string(), people: z.number() })
  .openapi('Site');

export function organisationsRoutes(ctx: AppContext) {
  const r = createRouter();
  r.openapi(
    createRoute({
      operationId: 'getOrganisation',
      method: 'get',
      path: '/organisation',
      tags: ['Organisation'],
      summary: "Your organisation's settings",
      security,
      responses: { 200: json(Organisation), ...errors },
    }),
    async (c) => c.json(present(await service.getOrganisationForActor(ctx, actorOf(c))), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'updateOrganisation',
      method: 'patch',
      path: '/organisation',
      tags: ['Organisation'],
      summary: 'Change the name, default language or time zone (admins)',
      security,
      request: {
        body: jsonBody(
          z.strictObject({
            name: z.string().trim().min(1).max(200).optional(),
            defaultLanguage: Lang.optional(),
            timeZone: z.string().max(64).optional(),
          }),
        ),
      },
      responses: { 200: json(Organisation), ...errors },
    }),
    async (c) => c.json(present(await service.updateSettings(ctx, actorOf(c), c.req.valid('json'))), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'listSites',
      method: 'get',
      path: '/sites',
      tags: ['Organisation'],
      summary: 'Work sites with their region',
      security,
      responses: { 200: json(z.object({ items: z.array(Site) })), ...errors },
    }),
    async (c) => c.json({ items: await service.listSites(ctx, actorOf(c)) }, 200),
  );
  r.openapi(
    createRoute({
      operationId: 'updateSite',
      method: 'patch',
      path: '/sites/{id}',
      tags: ['Organisation'],
      summary: 'Rename a site or set its region (admins)',
      security,
      request: {
        params: IdParam,
        body: jsonBody(
          z.strictObject({
            name: z.string().trim().min(1).max(200).optional(),
            region: Region.nullable().optional(),
            country: z
              .string()
              .regex(/^[A-Z]{2}$/, 'Use an ISO country code such as BE or NL.')
              .optional(),
          }),
        ),
      },
      responses: { 200: json(Site), ...errors },
    }),
    async (c) => c.json(await service.updateSite(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
