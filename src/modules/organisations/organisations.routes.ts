import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { unsupportedMediaType } from '../../platform/errors.ts';
import { actorOf, type HonoEnv } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as service from './organisations.service.ts';
import * as branding from './branding.service.ts';
import { presentBranding, presentOrganisation as present } from './organisations.presenters.ts';

const Lang = z.enum(['nl', 'fr', 'en', 'de']);
const Region = z.enum(['flanders', 'brussels', 'wallonia', 'abroad']);
const Organisation = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), defaultLanguage: Lang, timeZone: z.string() })
  .openapi('Organisation');
const Site = z
  .object({ id: z.string(), name: z.string(), region: Region.nullable(), country: z.string(), people: z.number() })
  .openapi('Site');

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour as #rrggbb, e.g. #0b5fff.');
const IntroText = z.string().max(600);
const Branding = z
  .object({
    brandColour: z.string().nullable(),
    palette: z
      .object({
        brand: z.string(),
        textOnBrand: z.string(),
        textContrast: z.number(),
        link: z.string(),
        linkContrast: z.number(),
      })
      .openapi({
        description:
          'The colours the careers pages use: the brand colour (or the default) behind headers and buttons with black or white text on it, whichever reads better, and the brand colour as link text, darkened as far as WCAG AA (4.5:1) needs. Contrasts are rounded down.',
      }),
    logoUrl: z.string().nullable(),
    heroUrl: z.string().nullable(),
    intro: z.object({ nl: z.string(), fr: z.string(), en: z.string() }),
    careersUrl: z.string(),
  })
  .openapi('Branding');
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

export function organisationsRoutes(ctx: AppContext) {
  const r = createRouter();
  const brandingOut = (b: branding.BrandingRow) => presentBranding(b, ctx.config.publicUrl);
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

  // ---- Employer branding (the careers pages) ----
  r.openapi(
    createRoute({
      operationId: 'getBranding',
      method: 'get',
      path: '/organisation/branding',
      tags: ['Organisation'],
      summary: "The careers pages' branding: colour, logo, hero image, intro per language (program.manage)",
      security,
      responses: { 200: json(Branding), ...errors },
    }),
    async (c) => c.json(brandingOut(await branding.getBranding(ctx, actorOf(c))), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'updateBranding',
      method: 'put',
      path: '/organisation/branding',
      tags: ['Organisation'],
      summary: 'Set the brand colour (null: the default) and the intro per language (an empty intro: the standard one)',
      security,
      request: {
        body: jsonBody(
          z.strictObject({
            brandColour: Colour.nullable().optional(),
            intro: z.strictObject({ nl: IntroText.optional(), fr: IntroText.optional(), en: IntroText.optional() }).optional(),
          }),
        ),
      },
      responses: { 200: json(Branding), ...errors },
    }),
    async (c) => c.json(brandingOut(await branding.updateBranding(ctx, actorOf(c), c.req.valid('json'))), 200),
  );
  for (const kind of ['logo', 'hero'] as const) {
    const what = kind === 'logo' ? 'logo (at most 800x400 px, transparency kept)' : 'hero image (at most 1920x1080 px)';
    r.openapi(
      createRoute({
        operationId: kind === 'logo' ? 'uploadBrandLogo' : 'uploadBrandHero',
        method: 'put',
        path: `/organisation/branding/${kind}`,
        tags: ['Organisation'],
        summary: `Upload the ${what}; resized, metadata removed, the previous one deleted`,
        security,
        request: { body: imageBody },
        responses: { 200: json(Branding), ...errors },
      }),
      async (c) => c.json(brandingOut(await branding.setImage(ctx, actorOf(c), kind, await imageBytes(c))), 200),
    );
    r.openapi(
      createRoute({
        operationId: kind === 'logo' ? 'deleteBrandLogo' : 'deleteBrandHero',
        method: 'delete',
        path: `/organisation/branding/${kind}`,
        tags: ['Organisation'],
        summary: `Remove the ${kind === 'logo' ? 'logo' : 'hero image'}`,
        security,
        responses: { 200: json(Branding), ...errors },
      }),
      async (c) => c.json(brandingOut(await branding.removeImage(ctx, actorOf(c), kind)), 200),
    );
  }
  return r;
}
