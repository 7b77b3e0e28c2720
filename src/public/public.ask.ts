/**
 * The careers pages' question form (POST /careers/:slug/ask): what the visitor wrote is checked
 * and handed to the ambassadors module to relay by mail. Every outcome is a page of ours: the form
 * again when it was sent too soon or too late, a problem page, or back to the page it was on.
 */
import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import type { AppContext } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { HonoEnv } from '../platform/http.ts';
import { ask, formToken, unstorableText } from '../modules/ambassadors/questions.service.ts';
import { PUBLIC_LANGS, PUBLIC_STRINGS, type PublicLang } from './public.i18n.ts';
import * as pages from './public.pages.ts';
import type { PublicOrg, PublicReadModel } from './public.repo.ts';

/** What the form's pages share with the careers pages (public.routes.ts). */
export interface AskFormPages {
  model: PublicReadModel;
  /** The Content-Security-Policy every page is served with. */
  pageCsp: string;
  pageCtx(c: Context<HonoEnv>, org: PublicOrg): pages.PageContext;
  orgOr404(c: Context<HonoEnv>): Promise<PublicOrg | null>;
  notFoundHtml(c: Context<HonoEnv>, org: PublicOrg | null): Response | Promise<Response>;
}

export function askFormRoutes(ctx: AppContext, { model, pageCsp, pageCtx, orgOr404, notFoundHtml }: AskFormPages) {
  const app = new Hono<HonoEnv>();

  // The question form: a page of ours answers every outcome, with the same policy as every page.
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  app.post('/careers/:slug/ask', async (c) => {
    c.header('content-security-policy', pageCsp);
    const org = await orgOr404(c);
    if (!org) return notFoundHtml(c, null);
    let p = pageCtx(c, org);
    const problemPage = (status: 400 | 422, title: string, items: string[]) =>
      c.html(
        pages.layout(p, {
          title: org.name,
          description: '',
          path: pages.wallPath(p),
          body: html`<h1>${title}</h1><ul>${items.map((x) => html`<li>${x}</li>`)}</ul><p><a href="${pages.wallPath(p)}">${p.t.backToWall}</a></p>`,
        }),
        status,
      );
    // A body that is not a form (broken multipart, a wrong content type) is the sender's mistake.
    const form = await c.req.parseBody().catch(() => null);
    if (!form) return problemPage(400, 'Bad request', ['The form could not be read: send it again from the page.']);
    const unstorable = unstorableText(form);
    if (unstorable.length)
      return problemPage(
        400,
        'Bad request',
        unstorable.map((u) => `${u.path}: ${u.message}`),
      );
    const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
    // The language of the page the form was on answers (the form says which).
    if ((PUBLIC_LANGS as string[]).includes(field('lang')) && field('lang') !== p.lang) {
      const l = field('lang') as PublicLang;
      p = { ...p, lang: l, t: PUBLIC_STRINGS[l] };
    }
    // Cut to length without splitting an emoji's surrogate pair, which would make it unstorable.
    const clip = (k: string, max: number) =>
      field(k)
        .slice(0, max)
        .replace(/[\uD800-\uDBFF]$/, '');
    const input = {
      ambassadorId: field('ambassador').toLowerCase(),
      storyId: field('story').toLowerCase() || null,
      name: clip('name', 100),
      email: clip('email', 254),
      question: clip('question', 4000),
    };
    const problems: string[] = [];
    if (!UUID.test(input.ambassadorId)) problems.push('ambassador');
    if (input.storyId && !UUID.test(input.storyId)) problems.push('story');
    if (!input.name) problems.push(p.t.yourName);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) problems.push(p.t.yourEmail);
    if (input.question.length < 5) problems.push(p.t.yourQuestion);
    if (problems.length) return problemPage(422, p.t.askTitle.replace('{name}', ''), problems);
    try {
      await ask(ctx, {
        orgId: org.id,
        ...input,
        language: p.lang,
        website: field('website'),
        formToken: field('t'),
        ip: c.get('ip') ?? 'unknown',
      });
    } catch (err) {
      // Sent within seconds of showing the form, or a day after: the form comes back with what the
      // visitor wrote and a fresh token, saying why; nothing was stored.
      if (err instanceof AppError && (err.code === 'form-too-fast' || err.code === 'form-expired')) {
        const a = await model.ambassador(org.id, input.ambassadorId);
        if (!a) return notFoundHtml(c, org);
        const storyId = input.storyId && (await model.story(org.id, input.storyId)) ? input.storyId : undefined;
        const back = storyId ? pages.storyPath(p, storyId) : pages.ambassadorPath(p, a.id);
        const notice = err.code === 'form-too-fast' ? 'too-fast' : 'expired';
        const page = pages.layout(p, {
          title: `${p.t.askTitle.replace('{name}', a.first_name)} · ${org.name}`,
          description: '',
          path: back,
          body: html`${pages.askForm(p, a, await formToken(ctx), { storyId, notice, values: input })}<p><a href="${back}?lang=${p.lang}">${p.t.backToWall}</a></p>`,
        });
        return c.html(page, 422, { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
      }
      if (err instanceof AppError) {
        return c.html(
          pages.layout(p, {
            title: org.name,
            description: '',
            path: pages.wallPath(p),
            body: html`<h1>${err.title}</h1><p>${err.detail ?? ''}</p>${(err.errors ?? []).map((e) => html`<p>${e.message}</p>`)}<p><a href="${pages.wallPath(p)}">${p.t.backToWall}</a></p>`,
          }),
          err.status as 404,
          err.headers,
        );
      }
      throw err;
    }
    const back = input.storyId ? pages.storyPath(p, input.storyId) : pages.ambassadorPath(p, input.ambassadorId);
    return c.redirect(`${back}?lang=${p.lang}&sent=1#ask`, 303);
  });

  return app;
}
