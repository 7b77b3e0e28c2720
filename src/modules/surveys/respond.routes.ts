/**
 * /answer/<token>: a survey answered from its personal link, public and without a session. Pages,
 * not API: GET shows the form (it changes nothing, since mail scanners follow links), POST saves a
 * draft or submits; /alumni and /moments are the optional follow-ups after the answer.
 *
 * Cross-site requests: the link's secret is in the address and nowhere else (no cookie), so another
 * site cannot build a request that acts on it; like the careers pages' public form there is no
 * session to ride on and no extra token. POSTs are limited per link, not per address: an office
 * shares one.
 */
import { alumniChoiceUrl } from '../community/alumni.service.ts';
import { Hono, type Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { HonoEnv } from '../../platform/http.ts';
import { localize, type UiLanguage } from '../../platform/language.ts';
import { followUps, messagePage, surveyFormPage, unknownLinkPage, type AnswerValue, type FieldError } from './respond.pages.ts';
import { longDate, RESPOND_TEXTS } from './respond.texts.ts';
import * as service from './respond.service.ts';
import type { Found, Wantable } from './respond.service.ts';

/** Nothing to run, nothing from elsewhere, no framing; forms post only here. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

type Status = 200 | 400 | 404 | 409 | 410 | 422 | 429;

export function respondRoutes(ctx: AppContext) {
  const app = new Hono<HonoEnv>();
  // The token is in the address: nothing of it may leave in a Referer, be cached or be indexed.
  app.use('/answer/*', async (c, next) => {
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-robots-tag', 'noindex');
    c.header('content-security-policy', PAGE_CSP);
    await next();
  });

  const base = (token: string) => `/answer/${encodeURIComponent(token)}`;
  const hrefs = (token: string) => (l: UiLanguage) => `${base(token)}?lang=${l}`;
  const frame = (f: Found, lang: UiLanguage, token: string) => ({
    lang,
    orgName: f.inv.org_name,
    brandColour: f.inv.brand_colour,
    languageHref: hrefs(token),
  });

  const formPage = (
    c: Context<HonoEnv>,
    f: Found,
    lang: UiLanguage,
    token: string,
    status: Status,
    extra: { values?: Record<string, AnswerValue>; errors?: Record<string, FieldError>; notice?: string } = {},
  ) =>
    c.html(
      surveyFormPage({
        ...frame(f, lang, token),
        orgDefault: f.inv.default_language,
        survey: { title: f.inv.title, intro: f.inv.intro, minGroup: f.inv.min_group, minComments: f.inv.min_comments },
        questions: f.questions,
        retentionMonths: f.inv.retention_months,
        action: base(token),
        values: extra.values ?? f.inv.draft ?? {},
        errors: extra.errors,
        notice: extra.notice,
      }),
      status,
    );

  /** The moments' labels as the survey's question shows them (in the page's language). */
  const momentLabels = (f: Found, lang: UiLanguage, keys: readonly Wantable[]) => {
    const options = service.momentsQuestion(f.questions)?.options ?? [];
    return keys.map((key) => ({ key, label: localize(options.find((o) => o.key === key)?.label, lang, f.inv.default_language) || key }));
  };

  /** The page after the answer (or on coming back to it): thanks, then the follow-ups. */
  const thanksPage = async (
    c: Context<HonoEnv>,
    f: Found,
    lang: UiLanguage,
    token: string,
    status: Status,
    o: {
      already?: boolean;
      alumniNotice?: 'yes' | 'withdrawn';
      alumniSince?: Date | null;
      moments?: Wantable[];
      momentsNotice?: 'done' | 'consent-missing';
    } = {},
  ) => {
    const t = RESPOND_TEXTS[lang];
    const since = o.alumniSince === undefined ? f.inv.alumni_since : o.alumniSince;
    // A yes leads to the choice itself (never made for them): their own link to it, on this page.
    const choiceUrl = f.inv.offers_alumni && since ? await alumniChoiceUrl(ctx, f.inv.org_id, f.inv.person_id) : undefined;
    return c.html(
      messagePage({
        ...frame(f, lang, token),
        title: o.already ? t.alreadyTitle : t.thanksTitle,
        lines: [o.already ? t.already : t.thanks, t.closeHint],
        after: followUps(lang, {
          action: base(token),
          alumni: f.inv.offers_alumni
            ? {
                offered: true,
                since: since ? longDate(new Date(since), lang, f.inv.time_zone) : null,
                notice: o.alumniNotice,
                choiceUrl,
              }
            : undefined,
          moments: o.moments || o.momentsNotice ? { items: momentLabels(f, lang, o.moments ?? []), notice: o.momentsNotice } : undefined,
        }),
      }),
      status,
    );
  };

  /** Expired or closed: 410, in the page's language. */
  const gonePage = (c: Context<HonoEnv>, f: Found, lang: UiLanguage, token: string) => {
    const t = RESPOND_TEXTS[lang];
    const [title, line] = f.state === 'closed' ? [t.closedTitle, t.closed] : [t.expiredTitle, t.expired];
    return c.html(messagePage({ ...frame(f, lang, token), title, lines: [line] }), 410);
  };

  /** Reads the posted form and counts the POST against the link; a page (400, 429) when either fails. */
  async function accept(c: Context<HonoEnv>, f: Found, token: string) {
    const body = await c.req.parseBody({ all: true }).catch(() => null);
    const lang = service.pageLanguage(f, c.req.query('lang') ?? (typeof body?.lang === 'string' ? body.lang : null));
    const t = RESPOND_TEXTS[lang];
    try {
      await service.countPost(ctx, f);
    } catch (err) {
      if (err instanceof AppError && err.code === 'too-many-requests') {
        for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
        return { page: c.html(messagePage({ ...frame(f, lang, token), title: t.tooManyTitle, lines: [t.tooMany] }), 429), lang };
      }
      throw err;
    }
    if (!body) return { page: c.html(messagePage({ ...frame(f, lang, token), title: t.badFormTitle, lines: [t.badForm] }), 400), lang };
    return { body, lang };
  }

  app.get('/answer/:token', async (c) => {
    const token = c.req.param('token');
    const f = await service.lookUp(ctx, token);
    if (!f) return c.html(unknownLinkPage(), 404);
    const lang = service.pageLanguage(f, c.req.query('lang'));
    if (f.state === 'answered') return thanksPage(c, f, lang, token, 200, { already: true });
    if (f.state !== 'open') return gonePage(c, f, lang, token);
    return formPage(c, f, lang, token, 200);
  });

  app.post('/answer/:token', async (c) => {
    const token = c.req.param('token');
    const f = await service.lookUp(ctx, token);
    if (!f) return c.html(unknownLinkPage(), 404);
    const r = await accept(c, f, token);
    if ('page' in r) return r.page;
    const { body, lang } = r;
    if (f.state === 'answered') return thanksPage(c, f, lang, token, 409, { already: true });
    if (f.state !== 'open') return gonePage(c, f, lang, token);

    if (body.action === 'save') {
      const { values } = service.readAnswers(f.questions, body, false);
      if (!(await service.saveDraft(ctx, f, values))) return thanksPage(c, f, lang, token, 409, { already: true });
      const closes = f.inv.survey_closes_at ? new Date(f.inv.survey_closes_at) : null;
      const until = closes && closes < new Date(f.inv.expires_at) ? closes : new Date(f.inv.expires_at);
      return formPage(c, f, lang, token, 200, {
        values,
        notice: RESPOND_TEXTS[lang].saved(longDate(until, lang, f.inv.time_zone)),
      });
    }

    // Submit (also the default: Enter in a field presses the form's first button, which is "send").
    const { values, errors } = service.readAnswers(f.questions, body, true);
    if (Object.keys(errors).length) return formPage(c, f, lang, token, 422, { values, errors });
    if (!(await service.submit(ctx, f, values))) {
      // Answered in another tab meanwhile, or it closed or expired this very moment.
      const now = await service.lookUp(ctx, token);
      if (!now || now.state === 'answered') return thanksPage(c, f, lang, token, 409, { already: true });
      return gonePage(c, now, lang, token);
    }
    const moments = service.tickedMoments(f.questions, values);
    return thanksPage(c, f, lang, token, 200, { moments: moments.length ? moments : undefined });
  });

  /** The follow-ups come after the answer: before it, the form; after the survey ended unanswered, 410. */
  async function followUp(
    c: Context<HonoEnv>,
    run: (f: Found, body: Record<string, unknown>, lang: UiLanguage, token: string) => Promise<Response>,
  ) {
    const token = c.req.param('token') ?? '';
    const f = await service.lookUp(ctx, token);
    if (!f) return c.html(unknownLinkPage(), 404);
    const r = await accept(c, f, token);
    if ('page' in r) return r.page;
    if (f.state === 'open') return c.redirect(`${base(token)}?lang=${r.lang}`, 303);
    if (f.state !== 'answered') return gonePage(c, f, r.lang, token);
    return run(f, r.body, r.lang, token);
  }

  app.post('/answer/:token/alumni', (c) =>
    followUp(c, async (f, body, lang, token) => {
      if (!f.inv.offers_alumni) return c.html(unknownLinkPage(), 404);
      const yes = body.interest === 'yes';
      const since = await service.setAlumniInterest(ctx, f, yes);
      return thanksPage(c, f, lang, token, 200, { alumniNotice: yes ? 'yes' : 'withdrawn', alumniSince: since });
    }),
  );

  app.post('/answer/:token/moments', (c) =>
    followUp(c, async (f, body, lang, token) => {
      if (!service.momentsQuestion(f.questions)) return c.html(unknownLinkPage(), 404);
      const keys = service.wantableKeys(body.moment);
      if (!keys.length) return thanksPage(c, f, lang, token, 200);
      // Their explicit yes, every time: without it nothing is kept and the offer stays.
      if (body.consent !== 'yes') return thanksPage(c, f, lang, token, 422, { moments: keys, momentsNotice: 'consent-missing' });
      await service.adoptMoments(ctx, f, keys);
      return thanksPage(c, f, lang, token, 200, { momentsNotice: 'done' });
    }),
  );

  return app;
}
