/**
 * The public JSON API, CORS-open for the employer's own site: feeds of the public ambassadors and
 * stories (cached like the pages, until the next public change), and the question form's API (a
 * signed form token, then the question, relayed by mail).
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../platform/context.ts';
import { notFound } from '../platform/errors.ts';
import type { HonoEnv } from '../platform/http.ts';
import { createRouter, errorResponses as errors, json, jsonBody, z } from '../platform/openapi.ts';
import { ask, formToken } from '../modules/ambassadors/questions.service.ts';
import type { PublicAmbassador, PublicOrg, PublicReadModel, PublicStory } from './public.repo.ts';

/** What the feeds share with the careers pages (public.routes.ts): the read model, organisations by slug, the cache. */
export interface FeedPages {
  model: PublicReadModel;
  orgBySlug(slug: string): Promise<PublicOrg | undefined>;
  cached(
    c: Context<HonoEnv>,
    org: PublicOrg,
    key: string,
    contentType: string,
    render: () => Promise<string | null>,
  ): Promise<Response | null>;
}

export function publicFeedRoutes(ctx: AppContext, { model, orgBySlug, cached }: FeedPages) {
  const api = createRouter();

  const PublicAmbassadorOut = z
    .object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      jobTitle: z.string().nullable(),
      department: z.string().nullable(),
      site: z.string().nullable(),
      region: z.string().nullable(),
      intro: z.string(),
      topics: z.array(z.string()),
      languages: z.array(z.string()),
      links: z.array(z.object({ network: z.string(), url: z.string() })),
      photoUrl: z.string().nullable(),
      url: z.string(),
      alumni: z.boolean().openapi({ description: 'A former colleague who stays on as an alumni ambassador' }),
      employedFromYear: z.number().int().nullable().openapi({ description: 'For alumni: the year they started here' }),
      employedToYear: z.number().int().nullable().openapi({ description: 'For alumni: the year they left' }),
    })
    .openapi('PublicAmbassador');
  const PublicStoryOut = z
    .object({
      id: z.string(),
      title: z.string(),
      language: z.string(),
      publishedAt: z.string(),
      html: z.string(),
      url: z.string(),
      author: z.object({
        id: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        jobTitle: z.string().nullable(),
        photoUrl: z.string().nullable(),
        alumni: z.boolean().openapi({ description: 'A former colleague who stays on as an alumni ambassador' }),
        employedFromYear: z.number().int().nullable().openapi({ description: 'For alumni: the year they started here' }),
        employedToYear: z.number().int().nullable().openapi({ description: 'For alumni: the year they left' }),
      }),
    })
    .openapi('PublicStory');
  const FeedQuery = z.strictObject({
    department: z.string().max(200).optional(),
    region: z.enum(['flanders', 'brussels', 'wallonia', 'abroad']).optional(),
    language: z.enum(['nl', 'fr', 'en', 'de']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  });
  const base = ctx.config.publicUrl;
  const photo = (id: string | null) => (id ? `${base}/media/${id}` : null);
  const ambassadorOut = (slug: string, a: PublicAmbassador) => ({
    id: a.id,
    firstName: a.first_name,
    lastName: a.last_name,
    jobTitle: a.job_title,
    department: a.department,
    site: a.site_name,
    region: a.region,
    intro: a.intro,
    topics: a.topics,
    languages: a.languages,
    links: a.links,
    photoUrl: photo(a.photo_id),
    url: `${base}/careers/${slug}/ambassadors/${a.id}`,
    alumni: a.alumni,
    employedFromYear: a.employed_from_year,
    employedToYear: a.employed_to_year,
  });
  const storyOut = (slug: string, s: PublicStory) => ({
    id: s.id,
    title: s.title,
    language: s.language,
    publishedAt: s.published_at.toISOString(),
    html: s.body_html,
    url: `${base}/careers/${slug}/stories/${s.id}`,
    author: {
      id: s.ambassador_id,
      firstName: s.first_name,
      lastName: s.last_name,
      jobTitle: s.job_title,
      photoUrl: photo(s.photo_id),
      alumni: s.alumni,
      employedFromYear: s.employed_from_year,
      employedToYear: s.employed_to_year,
    },
  });
  const cors = { 'access-control-allow-origin': '*' };

  async function feed<T>(c: Context<HonoEnv>, kind: string, load: (org: PublicOrg) => Promise<T>) {
    const org = await orgBySlug(c.req.param('slug') ?? '');
    if (!org) throw notFound('Organisation');
    const res = (await cached(c, org, `${kind}|${new URL(c.req.url).search}`, 'application/json; charset=utf-8', async () =>
      JSON.stringify(await load(org)),
    ))!;
    for (const [k, v] of Object.entries(cors)) res.headers.set(k, v);
    return res;
  }

  api.openapi(
    createRoute({
      operationId: 'listPublicAmbassadors',
      security: [],
      method: 'get',
      path: '/public/orgs/{slug}/ambassadors',
      tags: ['Public'],
      summary: 'Public ambassadors (external, opted in, never sensitive)',
      request: { params: z.object({ slug: z.string() }), query: FeedQuery },
      responses: { 200: json(z.object({ items: z.array(PublicAmbassadorOut) })), 404: errors[404] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return (await feed(c, 'feed-ambassadors', async (org) => ({
        items: (await model.ambassadors(org.id, q, q.limit, q.offset)).map((a) => ambassadorOut(org.slug, a)),
      }))) as never;
    },
  );
  api.openapi(
    createRoute({
      operationId: 'listPublicStories',
      security: [],
      method: 'get',
      path: '/public/orgs/{slug}/stories',
      tags: ['Public'],
      summary: 'Public stories, newest first',
      request: { params: z.object({ slug: z.string() }), query: FeedQuery },
      responses: { 200: json(z.object({ items: z.array(PublicStoryOut) })), 404: errors[404] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return (await feed(c, 'feed-stories', async (org) => ({
        items: (await model.stories(org.id, q, q.limit, q.offset)).map((s) => storyOut(org.slug, s)),
      }))) as never;
    },
  );
  api.openapi(
    createRoute({
      operationId: 'askPublicQuestion',
      security: [],
      method: 'post',
      path: '/public/orgs/{slug}/questions',
      tags: ['Public'],
      summary: 'Ask an ambassador a question; relayed by mail without revealing either address',
      description:
        "Get a formToken from GET /public/orgs/{slug}/form-token first and wait a few seconds (bots do not); a token carries one question (a reused one is accepted and dropped, like a bot's). `storyId`, when given, must be a public story of the asked ambassador, otherwise 422. Rate limited per address and per ambassador.",
      request: {
        params: z.object({ slug: z.string() }),
        body: jsonBody(
          z.strictObject({
            ambassadorId: z.string().uuid(),
            storyId: z.string().uuid().nullable().optional(),
            name: z.string().trim().min(1).max(100),
            email: z.string().trim().email().max(254),
            question: z.string().trim().min(5).max(4000),
            language: z.enum(['nl', 'fr', 'en']).default('en'),
            formToken: z.string().max(200),
            website: z.string().max(200).optional(),
          }),
        ),
      },
      responses: { 202: { description: 'Accepted for relay' }, ...errors },
    }),
    async (c) => {
      const org = await model.org(c.req.valid('param').slug);
      if (!org) throw notFound('Organisation');
      await ask(ctx, { orgId: org.id, ...c.req.valid('json'), ip: c.get('ip') ?? 'unknown' });
      return c.body(null, 202, cors);
    },
  );
  api.openapi(
    createRoute({
      operationId: 'getFormToken',
      security: [],
      method: 'get',
      path: '/public/orgs/{slug}/form-token',
      tags: ['Public'],
      summary: 'A signed form token for the question form',
      request: { params: z.object({ slug: z.string() }) },
      responses: { 200: json(z.object({ formToken: z.string() })) },
    }),
    async (c) => c.json({ formToken: await formToken(ctx) }, 200, cors),
  );

  return api;
}
