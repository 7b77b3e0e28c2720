/**
 * Everything the public sees: careers pages, JSON feeds, the widget, the sitemap, share links and
 * public images. Reads go through PublicReadModel only; responses are cached until the next public
 * change and revalidated by browsers and proxies on every use (Cache-Control: no-cache + ETag).
 * The question form's answers are in public.ask.ts, the JSON feeds in public.feeds.ts; both are
 * registered here, with the read model, organisations and cache they share with the pages.
 */
import crypto from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { AppContext } from '../platform/context.ts';
import { localDate } from '../platform/clock.ts';
import { deliverPublicChange, PUBLIC_CHANNEL } from '../platform/changes.ts';
import type { HonoEnv } from '../platform/http.ts';
import { createRouter } from '../platform/openapi.ts';
import { followShareLink, publicShareLink, ViewCounter } from '../modules/ambassadors/impact.service.ts';
import { formToken } from '../modules/ambassadors/questions.service.ts';
import { html } from 'hono/html';
import { askFormRoutes } from './public.ask.ts';
import { OrgDirectory, PublicCache } from './public.cache.ts';
import { publicFeedRoutes } from './public.feeds.ts';
import { imageIds } from './public.format.ts';
import { PUBLIC_LANGS, pickLanguage, PUBLIC_STRINGS, type PublicLang } from './public.i18n.ts';
import * as pages from './public.pages.ts';
import { eventsSection, publicEvents } from './public.events.ts';
import { PublicReadModel, type PublicFilter, type PublicOrg } from './public.repo.ts';
import { widgetScript, EMBED_RESIZE_SCRIPT } from './widget.ts';

const WALL_AMBASSADORS = 12;
const PAGE_SIZE = 24;
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const FORM_TOKEN_SLOT = '__EMBASSY_FORM_TOKEN__';
const REGIONS = new Set(['flanders', 'brussels', 'wallonia', 'abroad']);

export interface PublicSurface {
  app: Hono<HonoEnv>;
  api: ReturnType<typeof createRouter>;
  views: ViewCounter;
  close(): Promise<void>;
}

export function publicRoutes(ctx: AppContext): PublicSurface {
  const model = new PublicReadModel(ctx.db);
  const cache = new PublicCache();
  const views = new ViewCounter(ctx);
  const flusher = setInterval(() => views.flush().catch((e) => ctx.log.warn('story views not saved', { error: String(e) })), 5000);
  flusher.unref();
  // Other processes' changes arrive here; this process's own are delivered directly.
  // If its connection is lost, changes may go unheard: nothing is cached until it is back (and what was is dropped).
  const listening = ctx.db
    .listen(PUBLIC_CHANNEL, deliverPublicChange, {
      onLost: () => {
        cache.listening(false);
        orgs.listening(false);
        ctx.log.warn('lost the connection listening for public changes: public pages are not cached until it is back');
      },
      onRestored: () => {
        cache.listening(true);
        orgs.listening(true);
      },
    })
    .catch((e) => {
      ctx.log.warn('not listening for public changes', { error: String(e) });
      return async () => {};
    });

  const app = new Hono<HonoEnv>();
  const api = createRouter();

  const encoder = new TextEncoder();
  const withFormToken = async (body: string) => body.replace(FORM_TOKEN_SLOT, await formToken(ctx));
  const lang = (c: Context<HonoEnv>, org: PublicOrg): PublicLang =>
    pickLanguage(c.req.query('lang'), c.req.header('accept-language'), org.default_language);
  const pageCtx = (c: Context<HonoEnv>, org: PublicOrg): pages.PageContext => {
    const l = lang(c, org);
    return { org, lang: l, t: PUBLIC_STRINGS[l], baseUrl: ctx.config.publicUrl };
  };
  const filterOf = (c: Context<HonoEnv>): PublicFilter => {
    const region = c.req.query('region');
    const language = c.req.query('language');
    return {
      department: c.req.query('department')?.slice(0, 200) || undefined,
      region: region && REGIONS.has(region) ? region : undefined,
      language: language && /^(nl|fr|en|de)$/.test(language) ? language : undefined,
    };
  };
  const pageOf = (c: Context<HonoEnv>) => Math.min(Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1), 1000);

  /** A story's page: its first public image for previews, its tracked share link for the share buttons. */
  async function renderStory(p: pages.PageContext, id: string, notice: pages.AskNotice): Promise<string | null> {
    const s = await model.story(p.org.id, id);
    if (!s) return null;
    const ids = imageIds(s.body_html);
    const visible = new Set(await model.publicImages(p.org.id, ids));
    const image = ids.find((x) => visible.has(x));
    const shareUrl = await publicShareLink(ctx, p.org.id, { storyId: s.id });
    return pages.storyPage(p, s, FORM_TOKEN_SLOT, { image: image ? `/media/${image}` : null, shareUrl, notice });
  }
  async function renderAmbassador(p: pages.PageContext, id: string, notice: pages.AskNotice): Promise<string | null> {
    const a = await model.ambassador(p.org.id, id);
    if (!a) return null;
    const stories = await model.stories(p.org.id, { ambassadorId: a.id }, 50);
    const shareUrl = await publicShareLink(ctx, p.org.id, { ambassadorId: a.id });
    return pages.ambassadorPage(p, a, stories, FORM_TOKEN_SLOT, { shareUrl, notice });
  }

  /** Serves from cache, or renders, caches and serves; answers 304 when the browser has it. */
  /**
   * `personalize` runs on every response, after the cache: it puts in what must be fresh for each
   * visitor (the question form's signed timestamp), so a cached page never hands out an old one.
   */
  async function cached(
    c: Context<HonoEnv>,
    org: PublicOrg,
    key: string,
    contentType: string,
    render: () => Promise<string | null>,
    personalize?: (body: string) => Promise<string>,
  ) {
    // Kept per day where the organisation is: someone whose contract ended leaves at its midnight.
    const fullKey = `${localDate(ctx.clock.now(), org.time_zone)}|${key}`;
    const entry = await cache.page(org.id, fullKey, async () => {
      const body = await render();
      if (body === null) return null;
      return {
        body,
        bytes: encoder.encode(body) as Uint8Array<ArrayBuffer>,
        contentType,
        etag: `"${crypto.createHash('sha1').update(body).digest('base64url')}"`,
      };
    });
    if (!entry) return null;
    const headers: Record<string, string> = {
      'content-type': entry.contentType,
      etag: entry.etag,
      'cache-control': 'no-cache',
      vary: 'Accept-Language',
    };
    if (contentType.startsWith('text/html')) headers['content-security-policy'] = PAGE_CSP;
    // A personalized page is never "the one you have": the browser's copy holds a spent form token.
    if (!personalize && c.req.header('if-none-match') === entry.etag) return c.body(null, 304, headers);
    return c.body(personalize ? await personalize(entry.body) : entry.bytes, 200, headers);
  }

  // Organisations by slug, kept until a public change (a rename is one) or for 10 seconds.
  const orgs = new OrgDirectory((slug) => model.org(slug), { ttlMs: 10_000 });
  const orgBySlug = (slug: string) => orgs.get(slug);
  async function orgOr404(c: Context<HonoEnv>) {
    return (await orgBySlug(c.req.param('slug') ?? '')) ?? null;
  }
  const notFoundHtml = (c: Context<HonoEnv>, org: PublicOrg | null) =>
    c.html(
      org
        ? pages.notFoundPage(pageCtx(c, org))
        : '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><main><h1>Not found</h1></main></body></html>',
      404,
    );

  // ---- Pages ----
  // Before /careers/:slug, which would otherwise take "embed-resize.js" for an organisation's slug.
  app.get('/careers/embed-resize.js', (c) =>
    c.body(EMBED_RESIZE_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );

  app.get('/careers/:slug', async (c) => {
    const org = await orgOr404(c);
    if (!org) return notFoundHtml(c, null);
    const p = pageCtx(c, org);
    const f = filterOf(c);
    const page = pageOf(c);
    const res = await cached(c, org, `wall|${p.lang}|${JSON.stringify(f)}|${page}`, 'text/html; charset=utf-8', async () => {
      const [{ facets, ambassadors }, stories, events] = await Promise.all([
        model.wall(org.id, f, WALL_AMBASSADORS),
        model.stories(org.id, f, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE),
        publicEvents(ctx.db, org.id),
      ]);
      return pages.wallPage(p, {
        events: eventsSection(events, p),
        filter: f,
        facets,
        ambassadors,
        stories: stories.slice(0, PAGE_SIZE),
        page,
        hasMore: stories.length > PAGE_SIZE,
      });
    });
    return res!;
  });

  app.get('/careers/:slug/ambassadors', async (c) => {
    const org = await orgOr404(c);
    if (!org) return notFoundHtml(c, null);
    const p = pageCtx(c, org);
    const f = filterOf(c);
    const page = pageOf(c);
    return (await cached(c, org, `ambassadors|${p.lang}|${JSON.stringify(f)}|${page}`, 'text/html; charset=utf-8', async () => {
      const rows = await model.ambassadors(org.id, f, PAGE_SIZE * 2 + 1, (page - 1) * PAGE_SIZE * 2);
      return pages.ambassadorsPage(p, { filter: f, ambassadors: rows.slice(0, PAGE_SIZE * 2), page, hasMore: rows.length > PAGE_SIZE * 2 });
    }))!;
  });

  app.get('/careers/:slug/ambassadors/:id{[0-9a-f-]{36}}', async (c) => {
    const org = await orgOr404(c);
    if (!org) return notFoundHtml(c, null);
    const p = pageCtx(c, org);
    const sent = c.req.query('sent') === '1';
    const res = await cached(
      c,
      org,
      `ambassador|${c.req.param('id')}|${p.lang}|${sent}`,
      'text/html; charset=utf-8',
      () => renderAmbassador(p, c.req.param('id'), sent ? 'sent' : null),
      withFormToken,
    );
    return res ?? notFoundHtml(c, org);
  });

  app.get('/careers/:slug/stories/:id{[0-9a-f-]{36}}', async (c) => {
    const org = await orgOr404(c);
    if (!org) return notFoundHtml(c, null);
    const p = pageCtx(c, org);
    const sent = c.req.query('sent') === '1';
    const id = c.req.param('id');
    const res = await cached(
      c,
      org,
      `story|${id}|${p.lang}|${sent}`,
      'text/html; charset=utf-8',
      () => renderStory(p, id, sent ? 'sent' : null),
      withFormToken,
    );
    if (res) views.count(id);
    return res ?? notFoundHtml(c, org);
  });

  // The question form (public.ask.ts).
  app.route('/', askFormRoutes(ctx, { model, pageCsp: PAGE_CSP, pageCtx, orgOr404, notFoundHtml }));

  app.get('/careers/:slug/sitemap.xml', async (c) => {
    const org = await orgOr404(c);
    if (!org) return c.text('Not found', 404);
    return (await cached(c, org, 'sitemap', 'application/xml; charset=utf-8', async () => {
      const { stories, ambassadors } = await model.sitemap(org.id);
      const base = `${ctx.config.publicUrl}/careers/${org.slug}`;
      // Each page once per language (the ?lang= address its canonical link names), each listing
      // every language's address and the one that picks by the browser's language (x-default).
      const alternates = (page: string) =>
        html`${PUBLIC_LANGS.map((l) => html`<xhtml:link rel="alternate" hreflang="${l}" href="${page}?lang=${l}"/>`)}<xhtml:link rel="alternate" hreflang="x-default" href="${page}"/>`;
      const url = (page: string, lastmod?: Date) =>
        PUBLIC_LANGS.map(
          (l) =>
            html`<url><loc>${page}?lang=${l}</loc>${lastmod ? html`<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}${alternates(page)}</url>
`,
        );
      return pages.htmlText(html`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${url(base)}${url(`${base}/ambassadors`)}${ambassadors.map((a) => url(`${base}/ambassadors/${a.id}`))}${stories.map((s) => url(`${base}/stories/${s.id}`, s.updated_at))}</urlset>`);
    }))!;
  });

  app.get('/careers/:slug/embed', async (c) => {
    const org = await orgOr404(c);
    if (!org) return c.text('Not found', 404);
    const p = pageCtx(c, org);
    const limit = Math.min(Math.max(1, Number.parseInt(c.req.query('limit') ?? '5', 10) || 5), 20);
    const res = await cached(c, org, `embed|${p.lang}|${limit}`, 'text/html; charset=utf-8', async () =>
      pages
        .embedPage(p, await model.stories(org.id, {}, limit))
        .replace('</body>', '<script src="/careers/embed-resize.js" defer></script></body>'),
    );
    // The employer's own site frames this page.
    res!.headers.set(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; script-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'",
    );
    res!.headers.set('x-frame-options', 'ALLOWALL');
    return res!;
  });

  app.get('/careers/:slug/widget.js', async (c) => {
    const org = await orgOr404(c);
    if (!org) return c.text('// unknown organisation', 404, { 'content-type': 'text/javascript' });
    return c.body(widgetScript(ctx.config.publicUrl, org.slug), 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
      'access-control-allow-origin': '*',
    });
  });

  // Crawlers find every organisation's careers pages from one sitemap index, named by its absolute address.
  app.get('/robots.txt', (c) =>
    c.text(`User-agent: *\nAllow: /careers/\nDisallow: /api/\nDisallow: /s/\n\nSitemap: ${ctx.config.publicUrl}/sitemap.xml\n`),
  );
  app.get('/sitemap.xml', async (c) => {
    const slugs = await model.slugsWithAmbassadors();
    const body = pages.htmlText(html`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${slugs.map(
  (slug) => html`<sitemap><loc>${ctx.config.publicUrl}/careers/${slug}/sitemap.xml</loc></sitemap>
`,
)}</sitemapindex>`);
    return c.body(body, 200, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'no-cache' });
  });

  // ---- Share links and images ----
  app.get('/s/:code{[a-z0-9]{4,16}}', async (c) => {
    const target = await followShareLink(ctx, c.req.param('code'));
    if (!target) return c.text('Not found', 404);
    return c.redirect(target, 302);
  });

  app.get('/media/:id{[0-9a-f-]{36}}', async (c) => {
    const id = c.req.param('id');
    const actor = c.get('actor');
    let media = await model.media(id);
    let isPublic = !!media;
    if (!media && actor) {
      // Signed in: the organisation's images. An alumni account only its own and those of the alumni
      // topic's posts it may read (the same query, so no other path serves them more); public ones above.
      const [row] = await ctx.db.query<{ content_type: string; bytes: Uint8Array }>(
        `select m.content_type, m.bytes from media m
          where m.org_id = $1 and m.id = $2
            and ($3::text <> 'alumni'
                 or m.owner_person_id = $4::uuid
                 or exists (select 1 from community_post_media cpm
                              join community_posts cp on cp.id = cpm.post_id and cp.org_id = cpm.org_id
                              join community_topics t on t.id = cp.topic_id and t.org_id = cp.org_id
                             where cpm.org_id = m.org_id and cpm.media_id = m.id and t.key = 'alumni'
                               and cp.event_id is null and cp.deleted_at is null
                               and (cp.hidden_at is null or cp.author_person_id = $4::uuid)))`,
        [actor.orgId, id, actor.role, actor.personId ?? null],
      );
      media = row;
      isPublic = false;
    }
    if (!media) return c.text('Not found', 404);
    return c.body(new Uint8Array(media.bytes), 200, {
      'content-type': media.content_type,
      'cache-control': isPublic ? 'public, no-cache' : 'private, no-cache',
      etag: `"${id}"`,
    });
  });

  // ---- JSON feeds (CORS-open, for the employer's own site; public.feeds.ts) ----
  api.route('/', publicFeedRoutes(ctx, { model, orgBySlug, cached }));

  return {
    app,
    api,
    views,
    async close() {
      clearInterval(flusher);
      orgs.close();
      cache.close();
      await views.flush().catch(() => {});
      await (
        await listening
      )();
    },
  };
}
