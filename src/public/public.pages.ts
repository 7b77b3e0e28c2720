/** The careers pages as HTML: readable without JavaScript, indexable, shareable (Open Graph), valid (html-validate). */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { excerpt, formatDay, isoDay, summary } from './public.format.ts';
import { fill, PUBLIC_LANGS, type PublicLang, type PublicStrings } from './public.i18n.ts';
import type { PublicAmbassador, PublicFilter, PublicOrg, PublicStory } from './public.repo.ts';
import { NETWORK_NAMES, NETWORKS, shareUrl } from './public.share.ts';
import { pageStyle } from './public.style.ts';
import { listFormat } from '../platform/intl.ts';

/** What hono's `html` template gives: escaped text, a Promise only when a value put in it is one. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The finished text of a page; no value in these pages is a Promise, so it is never one either. */
export function htmlText(h: Html): string {
  if (h instanceof Promise) throw new Error('public pages are rendered synchronously');
  return h.toString();
}

export interface PageContext {
  org: PublicOrg;
  lang: PublicLang;
  t: PublicStrings;
  /** Absolute base URL, for canonical links and previews. */
  baseUrl: string;
}

const qs = (params: Record<string, string | number | undefined>) => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
  return entries.length ? '?' + entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&') : '';
};

export const wallPath = (p: PageContext) => `/careers/${p.org.slug}`;
export const storyPath = (p: PageContext, id: string) => `/careers/${p.org.slug}/stories/${id}`;
export const ambassadorPath = (p: PageContext, id: string) => `/careers/${p.org.slug}/ambassadors/${id}`;

/** Suggested topics have a label in each language; topics people wrote themselves show as written. */
const topicLabel = (p: PageContext, t: string) => p.t.topicNames[t as keyof PublicStrings['topicNames']] ?? t;

const LIST_LOCALES: Record<PublicLang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** "Speaks Dutch and English", in the visitor's language. */
function speaks(p: PageContext, languages: string[]) {
  if (!languages.length) return '';
  const names = languages.map((l) => p.t.languages[l as keyof PublicStrings['languages']] ?? l);
  return fill(p.t.speaks, { languages: listFormat(LIST_LOCALES[p.lang], { type: 'conjunction' }).format(names) });
}

/** A day in the visitor's language, with its machine-readable date. */
function day(p: PageContext, instant: Date) {
  return html`<time datetime="${isoDay(instant, p.org.time_zone)}">${formatDay(instant, p.lang, p.org.time_zone)}</time>`;
}

function avatar(a: { first_name: string; last_name: string; photo_id: string | null }) {
  return a.photo_id
    ? html`<img class="avatar" src="/media/${a.photo_id}" alt="" width="56" height="56" loading="lazy">`
    : html`<span class="avatar" aria-hidden="true">${(a.first_name[0] ?? '') + (a.last_name[0] ?? '')}</span>`;
}

export interface PageMeta {
  title: string;
  description: string;
  path: string;
  /** A path of ours (/media/...) for link previews. */
  image?: string | null;
  /** A wide picture (a story's image, a hero image) rather than a square photo. */
  wideImage?: boolean;
  body: Html;
  type?: string;
}

export function layout(p: PageContext, page: PageMeta): string {
  const url = p.baseUrl + page.path;
  const image =
    page.image ?? (p.org.brand_hero_id ? `/media/${p.org.brand_hero_id}` : p.org.brand_logo_id ? `/media/${p.org.brand_logo_id}` : null);
  const wide = page.image ? !!page.wideImage : !!p.org.brand_hero_id;
  const langLinks = PUBLIC_LANGS.map(
    (l) =>
      html`<a href="${page.path}${qs({ lang: l })}" hreflang="${l}" lang="${l}" ${l === p.lang ? raw('aria-current="true"') : ''}>${l.toUpperCase()}</a>`,
  );
  return htmlText(html`<!DOCTYPE html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${url}${qs({ lang: p.lang })}">
${PUBLIC_LANGS.map((l) => html`<link rel="alternate" hreflang="${l}" href="${url}${qs({ lang: l })}">`)}
<link rel="alternate" hreflang="x-default" href="${url}">
<meta property="og:type" content="${page.type ?? 'website'}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${url}${qs({ lang: p.lang })}">
<meta property="og:site_name" content="${p.org.name}">
<meta property="og:locale" content="${{ nl: 'nl_BE', fr: 'fr_BE', en: 'en_GB' }[p.lang]}">
${image ? html`<meta property="og:image" content="${p.baseUrl}${image}">` : ''}
<meta name="twitter:card" content="${image && wide ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${page.title}">
<meta name="twitter:description" content="${page.description}">
${image ? html`<meta name="twitter:image" content="${p.baseUrl}${image}">` : ''}
<link rel="sitemap" type="application/xml" href="/careers/${p.org.slug}/sitemap.xml">
<style>${raw(pageStyle(p.org.brand_colour))}</style>
</head>
<body>
<a class="skip" href="#main">${p.t.skip}</a>
<header class="site"><nav aria-label="${p.org.name}"><a class="brand" href="${wallPath(p)}${qs({ lang: p.lang })}">${p.org.brand_logo_id ? html`<img src="/media/${p.org.brand_logo_id}" alt="" height="40">` : ''}<span>${fill(p.t.careersAt, { org: p.org.name })}</span></a><span class="langs">${langLinks}</span></nav></header>
<main id="main">${page.body}</main>
<footer>${p.t.poweredBy}</footer>
</body>
</html>`);
}

/** Years as "2014–2026" (an en dash), or one year, or nothing when neither is known. */
export function formerYears(from: number | null, to: number | null): string {
  if (from && to) return from === to ? String(to) : `${from}\u2013${to}`;
  return String(from ?? to ?? '');
}

/** What someone does here: their job (and department), or, for an alumnus, "Former colleague (2014–2026)". */
function role(
  p: PageContext,
  a: Pick<PublicAmbassador, 'alumni' | 'employed_from_year' | 'employed_to_year' | 'job_title' | 'department'>,
) {
  if (a.alumni) {
    const years = formerYears(a.employed_from_year, a.employed_to_year);
    return html`${p.t.formerColleague}${years ? ` (${years})` : ''}${a.job_title ? html` · ${a.job_title}` : ''}`;
  }
  return html`${a.job_title ?? ''}${a.department ? html` · ${a.department}` : ''}`;
}

function ambassadorCard(p: PageContext, a: PublicAmbassador) {
  return html`<li class="card"><div class="person">${avatar(a)}<div><h3><a href="${ambassadorPath(p, a.id)}${qs({ lang: p.lang })}">${a.first_name} ${a.last_name}</a></h3>
<div class="muted">${role(p, a)}</div>
<div class="muted">${a.site_name ?? ''}${a.region ? html` · ${p.t.regions[a.region as keyof PublicStrings['regions']] ?? a.region}` : ''}</div>
${a.languages.length ? html`<div class="muted">${speaks(p, a.languages)}</div>` : ''}</div></div>
${a.intro ? html`<p class="excerpt">${excerpt(`<p>${escapeText(a.intro)}</p>`, 160)}</p>` : ''}
${a.topics.length ? html`<p class="vh">${p.t.topics}</p><ul class="tags">${a.topics.slice(0, 4).map((t) => html`<li>${topicLabel(p, t)}</li>`)}</ul>` : ''}</li>`;
}

/** An intro is plain text; as HTML (escaped, its lines as breaks) it goes through the same excerpt as a story. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}

function storyItem(p: PageContext, s: PublicStory) {
  return html`<li class="card story" lang="${s.language}"><h3><a href="${storyPath(p, s.id)}${qs({ lang: p.lang })}">${s.title}</a></h3>
<div class="muted">${fill(p.t.by, { name: `${s.first_name} ${s.last_name}` })}${s.alumni || s.job_title ? html` · ${s.alumni ? role(p, s) : s.job_title}` : ''} · ${day(p, s.published_at)}</div>
<p class="excerpt">${excerpt(s.body_html, 220)}</p></li>`;
}

function filters(p: PageContext, f: PublicFilter, facets: { departments: string[]; regions: string[]; languages: string[] }) {
  const opt = (value: string, label: string, current?: string) =>
    html`<option value="${value}" ${value === (current ?? '') ? raw('selected') : ''}>${label}</option>`;
  return html`<form class="filters" method="get" action="${wallPath(p)}" role="search" aria-label="${p.t.filter}">
<input type="hidden" name="lang" value="${p.lang}">
<label>${p.t.department}<select name="department">${opt('', p.t.any, f.department)}${facets.departments.map((d) => opt(d, d, f.department))}</select></label>
<label>${p.t.region}<select name="region">${opt('', p.t.any, f.region)}${facets.regions.map((r) => opt(r, p.t.regions[r as keyof PublicStrings['regions']] ?? r, f.region))}</select></label>
<label>${p.t.language}<select name="language">${opt('', p.t.any, f.language)}${facets.languages.map((l) => opt(l, p.t.languages[l as keyof PublicStrings['languages']] ?? l, f.language))}</select></label>
<button type="submit">${p.t.apply}</button></form>`;
}

export function wallPage(
  p: PageContext,
  data: {
    filter: PublicFilter;
    facets: { departments: string[]; regions: string[]; languages: string[] };
    ambassadors: PublicAmbassador[];
    stories: PublicStory[];
    page: number;
    hasMore: boolean;
    /** Community events for the careers pages (public.events.ts), or nothing. */
    events?: Html | string;
  },
): string {
  const title = fill(p.t.careersAt, { org: p.org.name });
  const intro = p.org.brand_intro?.[p.lang] || p.t.intro;
  const f = data.filter;
  const pageLink = (n: number) =>
    `${wallPath(p)}${qs({ lang: p.lang, department: f.department, region: f.region, language: f.language, page: n > 1 ? n : undefined })}`;
  const body = html`${p.org.brand_hero_id ? html`<div class="hero"><img src="/media/${p.org.brand_hero_id}" alt=""></div>` : ''}<h1>${title}</h1><p class="lead">${intro}</p>
${filters(p, f, data.facets)}
<section aria-labelledby="amb"><h2 id="amb">${p.t.ambassadors}</h2>
${data.ambassadors.length ? html`<ul class="grid">${data.ambassadors.map((a) => ambassadorCard(p, a))}</ul>` : html`<p>${p.t.noAmbassadors}</p>`}
<p><a href="/careers/${p.org.slug}/ambassadors${qs({ lang: p.lang, department: f.department, region: f.region, language: f.language })}">${p.t.allAmbassadors}</a></p></section>
${data.events ?? ''}
<section aria-labelledby="st"><h2 id="st">${p.t.stories}</h2>
${data.stories.length ? html`<ul class="stories">${data.stories.map((s) => storyItem(p, s))}</ul>` : html`<p>${p.t.noStories}</p>`}
<nav class="pager" aria-label="${p.t.stories}">${data.page > 1 ? html`<a href="${pageLink(data.page - 1)}" rel="prev">${p.t.previous}</a>` : html`<span></span>`}${data.hasMore ? html`<a href="${pageLink(data.page + 1)}" rel="next">${p.t.next}</a>` : ''}</nav></section>`;
  return layout(p, { title, description: summary(`<p>${escapeText(intro)}</p>`, 200), path: wallPath(p), body });
}

export function ambassadorsPage(
  p: PageContext,
  data: { filter: PublicFilter; ambassadors: PublicAmbassador[]; page: number; hasMore: boolean },
): string {
  const title = `${p.t.allAmbassadors} · ${p.org.name}`;
  const f = data.filter;
  const link = (n: number) =>
    `/careers/${p.org.slug}/ambassadors${qs({ lang: p.lang, department: f.department, region: f.region, language: f.language, page: n > 1 ? n : undefined })}`;
  const body = html`<h1>${p.t.allAmbassadors}</h1>
${data.ambassadors.length ? html`<ul class="grid">${data.ambassadors.map((a) => ambassadorCard(p, a))}</ul>` : html`<p>${p.t.noAmbassadors}</p>`}
<nav class="pager" aria-label="${p.t.allAmbassadors}">${data.page > 1 ? html`<a href="${link(data.page - 1)}" rel="prev">${p.t.previous}</a>` : html`<span></span>`}${data.hasMore ? html`<a href="${link(data.page + 1)}" rel="next">${p.t.next}</a>` : ''}</nav>
<p><a href="${wallPath(p)}${qs({ lang: p.lang })}">${p.t.backToWall}</a></p>`;
  return layout(p, { title, description: p.t.intro, path: `/careers/${p.org.slug}/ambassadors`, body });
}

/** What the visitor typed, when the form comes back to them (sent too soon or too late). */
export interface AskValues {
  name: string;
  email: string;
  question: string;
}

export type AskNotice = 'sent' | 'too-fast' | 'expired' | null;

/**
 * The question form. The spam trap is a field people never see or reach: its container is off
 * screen and hidden from assistive technology as a whole, with a label of its own, and the field is
 * out of the tab order.
 */
export function askForm(
  p: PageContext,
  a: { id: string; first_name: string },
  formToken: string,
  opts: { storyId?: string; notice?: AskNotice; values?: AskValues } = {},
) {
  const v = opts.values ?? { name: '', email: '', question: '' };
  const notice =
    opts.notice === 'sent'
      ? html`<p class="notice" role="status">${p.t.sent}</p>`
      : opts.notice
        ? html`<p class="notice warn" role="alert">${opts.notice === 'too-fast' ? p.t.tooFast : p.t.expired}</p>`
        : '';
  return html`<form class="ask" method="post" action="/careers/${p.org.slug}/ask" id="ask">
<h2>${fill(p.t.askTitle, { name: a.first_name })}</h2>
${notice}
<p class="muted">${fill(p.t.askHelp, { name: a.first_name })}</p>
<input type="hidden" name="ambassador" value="${a.id}">${opts.storyId ? html`<input type="hidden" name="story" value="${opts.storyId}">` : ''}
<input type="hidden" name="lang" value="${p.lang}"><input type="hidden" name="t" value="${formToken}">
<div class="hp" aria-hidden="true"><label for="ask-website">${p.t.leaveEmpty}</label><input id="ask-website" type="text" name="website" tabindex="-1" autocomplete="off"></div>
<label>${p.t.yourName}<input name="name" type="text" required maxlength="100" autocomplete="name" value="${v.name}"></label>
<label>${p.t.yourEmail}<input name="email" type="email" required maxlength="254" autocomplete="email" value="${v.email}"></label>
<label>${p.t.yourQuestion}<textarea name="question" required minlength="5" maxlength="4000" rows="5">${v.question}</textarea></label>
<button type="submit">${p.t.send}</button></form>`;
}

/** Plain links to each network's share page, carrying the tracked link (no script, nothing loads until clicked). */
function shareLinks(p: PageContext, heading: string, trackedUrl: string | null, title: string) {
  if (!trackedUrl) return '';
  return html`<section class="share" aria-labelledby="share-h"><h2 id="share-h">${heading}</h2><ul>${NETWORKS.map((n) =>
    n === 'email'
      ? html`<li><a href="${shareUrl(n, trackedUrl, title)}">${p.t.shareByEmail}</a></li>`
      : html`<li><a href="${shareUrl(n, trackedUrl, title)}" target="_blank" rel="noopener noreferrer nofollow">${fill(p.t.shareOn, { network: NETWORK_NAMES[n] })}<span class="vh"> ${p.t.newWindow}</span></a></li>`,
  )}</ul></section>`;
}

export interface StoryExtras {
  /** The story's own first public image (/media/<id>), for link previews. */
  image: string | null;
  /** The tracked share link (/s/<code>, absolute), or null: no share buttons. */
  shareUrl: string | null;
  notice?: AskNotice;
  values?: AskValues;
}

export function storyPage(p: PageContext, s: PublicStory, formToken: string, extras: StoryExtras): string {
  const a = { id: s.ambassador_id, first_name: s.first_name, last_name: s.last_name, photo_id: s.photo_id };
  const body = html`<article class="story-page" lang="${s.language}"><h1>${s.title}</h1>
<div class="person">${avatar(a)}<div><a href="${ambassadorPath(p, s.ambassador_id)}${qs({ lang: p.lang })}">${s.first_name} ${s.last_name}</a><div class="muted">${role(p, s)} · ${day(p, s.published_at)}</div></div></div>
<div class="body">${raw(s.body_html)}</div></article>
${shareLinks(p, p.t.shareStory, extras.shareUrl, s.title)}
${askForm(p, a, formToken, { storyId: s.id, notice: extras.notice, values: extras.values })}
<p><a href="${wallPath(p)}${qs({ lang: p.lang })}">${p.t.backToWall}</a></p>`;
  return layout(p, {
    title: `${s.title} · ${p.org.name}`,
    description: summary(s.body_html, 200),
    path: storyPath(p, s.id),
    image: extras.image ?? (s.photo_id ? `/media/${s.photo_id}` : null),
    wideImage: !!extras.image,
    body,
    type: 'article',
  });
}

export interface ProfileExtras {
  shareUrl: string | null;
  notice?: AskNotice;
  values?: AskValues;
}

export function ambassadorPage(
  p: PageContext,
  a: PublicAmbassador,
  stories: PublicStory[],
  formToken: string,
  extras: ProfileExtras,
): string {
  const name = `${a.first_name} ${a.last_name}`;
  const body = html`<article class="story-page"><div class="person">${avatar(a)}<div><h1>${name}</h1><div class="muted">${role(p, a)}${a.site_name ? html` · ${a.site_name}` : ''}</div>${a.languages.length ? html`<div class="muted">${speaks(p, a.languages)}</div>` : ''}</div></div>
${a.intro ? html`<p class="excerpt">${a.intro}</p>` : ''}
${a.topics.length ? html`<h2>${p.t.topics}</h2><ul class="tags">${a.topics.map((t) => html`<li>${topicLabel(p, t)}</li>`)}</ul>` : ''}
${a.links.length ? html`<p>${a.links.map((l) => html`<a href="${l.url}" rel="me nofollow noopener" target="_blank">${l.network}</a> `)}</p>` : ''}</article>
${shareLinks(p, p.t.shareProfile, extras.shareUrl, `${name} · ${fill(p.t.careersAt, { org: p.org.name })}`)}
${stories.length ? html`<h2>${p.t.stories}</h2><ul class="stories">${stories.map((s) => storyItem(p, s))}</ul>` : ''}
${askForm(p, a, formToken, { notice: extras.notice, values: extras.values })}
<p><a href="${wallPath(p)}${qs({ lang: p.lang })}">${p.t.backToWall}</a></p>`;
  return layout(p, {
    title: `${name} · ${p.org.name}`,
    description: a.intro ? summary(`<p>${escapeText(a.intro)}</p>`, 200) : fill(p.t.careersAt, { org: p.org.name }),
    path: ambassadorPath(p, a.id),
    image: a.photo_id ? `/media/${a.photo_id}` : null,
    body,
    type: 'profile',
  });
}

/** The compact list the embeddable widget shows in an iframe on the employer's own site. */
export function embedPage(p: PageContext, stories: PublicStory[]): string {
  return htmlText(html`<!DOCTYPE html><html lang="${p.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${p.org.name}</title>
<meta name="robots" content="noindex"><style>${raw(pageStyle(p.org.brand_colour))} body{background:transparent} main{padding:0}</style></head>
<body><main><ul class="stories">${stories.map((s) => html`<li class="card story" lang="${s.language}"><h3><a href="${p.baseUrl}${storyPath(p, s.id)}${qs({ lang: p.lang })}" target="_top">${s.title}</a></h3><div class="muted">${fill(p.t.by, { name: `${s.first_name} ${s.last_name}` })}</div></li>`)}</ul>
<p><a href="${p.baseUrl}${wallPath(p)}${qs({ lang: p.lang })}" target="_top">${p.t.backToWall}</a></p></main></body></html>`);
}

export function notFoundPage(p: PageContext): string {
  return layout(p, {
    title: p.org.name,
    description: p.t.notFound,
    path: wallPath(p),
    body: html`<h1>${p.t.notFound}</h1><p><a href="${wallPath(p)}${qs({ lang: p.lang })}">${p.t.backToWall}</a></p>`,
  });
}
