/** The careers pages as HTML: readable without JavaScript, indexable, shareable (Open Graph). */
import { htmlToText, plainText } from '../platform/markdown.ts';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { fill, PUBLIC_LANGS, type PublicLang, type PublicStrings } from './public.i18n.ts';
import type { PublicAmbassador, PublicFilter, PublicOrg, PublicStory } from './public.repo.ts';

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

const STYLE = `
:root{--ink:#1b2230;--muted:#5b6474;--line:#e3e6ee;--bg:#fafbfd;--card:#fff;--accent:#0b5fff;--accent-ink:#fff}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #ffb703;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:9}
header.site{background:var(--ink);color:#fff;padding:20px 16px}header.site a{color:#fff;text-decoration:none;font-weight:700}
header.site nav{display:flex;justify-content:space-between;gap:12px;max-width:1100px;margin:auto;flex-wrap:wrap}
.langs a{margin-left:10px;font-weight:400}.langs a[aria-current]{text-decoration:underline}
main{max-width:1100px;margin:auto;padding:16px}h1{font-size:2rem;margin:.5em 0 .2em}.lead{color:var(--muted);max-width:60ch}
form.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin:16px 0;padding:12px;background:var(--card);border:1px solid var(--line);border-radius:10px}
label{display:flex;flex-direction:column;font-size:.9rem;color:var(--muted);gap:4px}select,input,textarea{font:inherit;padding:8px;border:1px solid #aab;border-radius:6px;background:#fff;color:var(--ink)}
button{font:inherit;padding:9px 16px;border:0;border-radius:6px;background:var(--accent);color:var(--accent-ink);cursor:pointer}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:14px;padding:0;list-style:none}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px}.card h3{margin:.2em 0;font-size:1.05rem}
.person{display:flex;gap:12px;align-items:center}.avatar{width:56px;height:56px;border-radius:50%;object-fit:cover;background:#dfe5f2;flex:none;display:grid;place-items:center;font-weight:700;color:#41506b}
.muted{color:var(--muted);font-size:.92rem}.tags{display:flex;flex-wrap:wrap;gap:6px;padding:0;list-style:none}.tags li{background:#eef2fb;border-radius:99px;padding:2px 10px;font-size:.85rem}
.stories{list-style:none;padding:0;display:grid;gap:14px}.story h3{margin:0 0 4px}.pager{display:flex;justify-content:space-between;margin:16px 0}
article.story-page{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:20px;max-width:760px}article.story-page img{max-width:100%;height:auto;border-radius:8px}
.ask{max-width:760px;margin-top:24px;background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px;display:grid;gap:10px}
.hp{position:absolute;left:-5000px}footer{max-width:1100px;margin:24px auto;padding:16px;color:var(--muted);font-size:.9rem}
.notice{background:#e7f6ec;border:1px solid #9bd3ad;padding:10px;border-radius:8px}
@media (max-width:600px){h1{font-size:1.5rem}}`;

const qs = (params: Record<string, string | number | undefined>) => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
  return entries.length ? '?' + entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&') : '';
};

export const wallPath = (p: PageContext) => `/careers/${p.org.slug}`;
export const storyPath = (p: PageContext, id: string) => `/careers/${p.org.slug}/stories/${id}`;
export const ambassadorPath = (p: PageContext, id: string) => `/careers/${p.org.slug}/ambassadors/${id}`;

/** Suggested topics have a label in each language; topics people wrote themselves show as written. */
const topicLabel = (p: PageContext, t: string) => p.t.topicNames[t as keyof PublicStrings['topicNames']] ?? t;

function avatar(a: { first_name: string; last_name: string; photo_id: string | null }) {
  return a.photo_id
    ? html`<img class="avatar" src="/media/${a.photo_id}" alt="" width="56" height="56" loading="lazy">`
    : html`<span class="avatar" aria-hidden="true">${(a.first_name[0] ?? '') + (a.last_name[0] ?? '')}</span>`;
}

export function layout(
  p: PageContext,
  page: { title: string; description: string; path: string; image?: string | null; body: Html; type?: string },
): string {
  const url = p.baseUrl + page.path;
  const langLinks = PUBLIC_LANGS.map(
    (l) =>
      html`<a href="${page.path}${qs({ lang: l })}" hreflang="${l}" lang="${l}" ${l === p.lang ? raw('aria-current="true"') : ''}>${l.toUpperCase()}</a>`,
  );
  return htmlText(html`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<meta name="description" content="${page.description}">
<link rel="canonical" href="${url}${qs({ lang: p.lang })}">
${PUBLIC_LANGS.map((l) => html`<link rel="alternate" hreflang="${l}" href="${url}${qs({ lang: l })}">`)}
<meta property="og:type" content="${page.type ?? 'website'}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${p.org.name}">
<meta property="og:locale" content="${{ nl: 'nl_BE', fr: 'fr_BE', en: 'en_GB' }[p.lang]}">
${page.image ? html`<meta property="og:image" content="${p.baseUrl}${page.image}">` : ''}
<meta name="twitter:card" content="${page.image ? 'summary' : 'summary'}">
<link rel="sitemap" type="application/xml" href="/careers/${p.org.slug}/sitemap.xml">
<style>${raw(STYLE)}</style>
</head>
<body>
<a class="skip" href="#main">${p.t.skip}</a>
<header class="site"><nav aria-label="${p.org.name}"><a href="${wallPath(p)}${qs({ lang: p.lang })}">${fill(p.t.careersAt, { org: p.org.name })}</a><span class="langs">${langLinks}</span></nav></header>
<main id="main">${page.body}</main>
<footer>${p.t.poweredBy}</footer>
</body>
</html>`);
}

function ambassadorCard(p: PageContext, a: PublicAmbassador) {
  return html`<li class="card"><div class="person">${avatar(a)}<div><h3><a href="${ambassadorPath(p, a.id)}${qs({ lang: p.lang })}">${a.first_name} ${a.last_name}</a></h3>
<div class="muted">${a.job_title ?? ''}${a.department ? html` · ${a.department}` : ''}</div>
<div class="muted">${a.site_name ?? ''}${a.region ? html` · ${p.t.regions[a.region as keyof PublicStrings['regions']] ?? a.region}` : ''}</div></div></div>
${a.intro ? html`<p>${plainText(a.intro, 160)}</p>` : ''}
${a.topics.length ? html`<ul class="tags" aria-label="${p.t.topics}">${a.topics.slice(0, 4).map((t) => html`<li>${topicLabel(p, t)}</li>`)}</ul>` : ''}</li>`;
}

function storyItem(p: PageContext, s: PublicStory) {
  return html`<li class="card story" lang="${s.language}"><h3><a href="${storyPath(p, s.id)}${qs({ lang: p.lang })}">${s.title}</a></h3>
<div class="muted">${fill(p.t.by, { name: `${s.first_name} ${s.last_name}` })}${s.job_title ? html` · ${s.job_title}` : ''} · <time datetime="${s.published_at.toISOString()}">${s.published_at.toISOString().slice(0, 10)}</time></div>
<p>${htmlToText(s.body_html, 220)}</p></li>`;
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
  },
): string {
  const title = fill(p.t.careersAt, { org: p.org.name });
  const f = data.filter;
  const pageLink = (n: number) =>
    `${wallPath(p)}${qs({ lang: p.lang, department: f.department, region: f.region, language: f.language, page: n > 1 ? n : undefined })}`;
  const body = html`<h1>${title}</h1><p class="lead">${p.t.intro}</p>
${filters(p, f, data.facets)}
<section aria-labelledby="amb"><h2 id="amb">${p.t.ambassadors}</h2>
${data.ambassadors.length ? html`<ul class="grid">${data.ambassadors.map((a) => ambassadorCard(p, a))}</ul>` : html`<p>${p.t.noAmbassadors}</p>`}
<p><a href="/careers/${p.org.slug}/ambassadors${qs({ lang: p.lang, department: f.department, region: f.region, language: f.language })}">${p.t.allAmbassadors}</a></p></section>
<section aria-labelledby="st"><h2 id="st">${p.t.stories}</h2>
${data.stories.length ? html`<ul class="stories">${data.stories.map((s) => storyItem(p, s))}</ul>` : html`<p>${p.t.noStories}</p>`}
<nav class="pager" aria-label="${p.t.stories}">${data.page > 1 ? html`<a href="${pageLink(data.page - 1)}" rel="prev">${p.t.previous}</a>` : html`<span></span>`}${data.hasMore ? html`<a href="${pageLink(data.page + 1)}" rel="next">${p.t.next}</a>` : ''}</nav></section>`;
  return layout(p, { title, description: p.t.intro, path: wallPath(p), body });
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
<nav class="pager">${data.page > 1 ? html`<a href="${link(data.page - 1)}" rel="prev">${p.t.previous}</a>` : html`<span></span>`}${data.hasMore ? html`<a href="${link(data.page + 1)}" rel="next">${p.t.next}</a>` : ''}</nav>
<p><a href="${wallPath(p)}${qs({ lang: p.lang })}">${p.t.backToWall}</a></p>`;
  return layout(p, { title, description: p.t.intro, path: `/careers/${p.org.slug}/ambassadors`, body });
}

function askForm(p: PageContext, a: { id: string; first_name: string }, formToken: string, storyId?: string, sent?: boolean) {
  return html`<form class="ask" method="post" action="/careers/${p.org.slug}/ask" id="ask">
<h2>${fill(p.t.askTitle, { name: a.first_name })}</h2>
${sent ? html`<p class="notice" role="status">${p.t.sent}</p>` : ''}
<p class="muted">${fill(p.t.askHelp, { name: a.first_name })}</p>
<input type="hidden" name="ambassador" value="${a.id}">${storyId ? html`<input type="hidden" name="story" value="${storyId}">` : ''}
<input type="hidden" name="lang" value="${p.lang}"><input type="hidden" name="t" value="${formToken}">
<label class="hp" aria-hidden="true">Website<input name="website" tabindex="-1" autocomplete="off"></label>
<label>${p.t.yourName}<input name="name" required maxlength="100" autocomplete="name"></label>
<label>${p.t.yourEmail}<input name="email" type="email" required maxlength="254" autocomplete="email"></label>
<label>${p.t.yourQuestion}<textarea name="question" required minlength="5" maxlength="4000" rows="5"></textarea></label>
<button type="submit">${p.t.send}</button></form>`;
}

export function storyPage(p: PageContext, s: PublicStory, formToken: string, sent: boolean): string {
  const a = { id: s.ambassador_id, first_name: s.first_name, last_name: s.last_name, photo_id: s.photo_id };
  const body = html`<article class="story-page" lang="${s.language}"><h1>${s.title}</h1>
<div class="person">${avatar(a)}<div><a href="${ambassadorPath(p, s.ambassador_id)}${qs({ lang: p.lang })}">${s.first_name} ${s.last_name}</a><div class="muted">${s.job_title ?? ''}${s.department ? html` · ${s.department}` : ''} · <time datetime="${s.published_at.toISOString()}">${s.published_at.toISOString().slice(0, 10)}</time></div></div></div>
<div class="body">${raw(s.body_html)}</div></article>
${askForm(p, a, formToken, s.id, sent)}
<p><a href="${wallPath(p)}${qs({ lang: p.lang })}">${p.t.backToWall}</a></p>`;
  return layout(p, {
    title: `${s.title} · ${p.org.name}`,
    description: htmlToText(s.body_html, 200),
    path: storyPath(p, s.id),
    image: s.photo_id ? `/media/${s.photo_id}` : null,
    body,
    type: 'article',
  });
}

export function ambassadorPage(p: PageContext, a: PublicAmbassador, stories: PublicStory[], formToken: string, sent: boolean): string {
  const name = `${a.first_name} ${a.last_name}`;
  const body = html`<article class="story-page"><div class="person">${avatar(a)}<div><h1>${name}</h1><div class="muted">${a.job_title ?? ''}${a.department ? html` · ${a.department}` : ''}${a.site_name ? html` · ${a.site_name}` : ''}</div></div></div>
${a.intro ? html`<p>${a.intro}</p>` : ''}
${a.topics.length ? html`<h2>${p.t.topics}</h2><ul class="tags">${a.topics.map((t) => html`<li>${topicLabel(p, t)}</li>`)}</ul>` : ''}
${a.links.length ? html`<p>${a.links.map((l) => html`<a href="${l.url}" rel="me nofollow noopener" target="_blank">${l.network}</a> `)}</p>` : ''}</article>
${stories.length ? html`<h2>${p.t.stories}</h2><ul class="stories">${stories.map((s) => storyItem(p, s))}</ul>` : ''}
${askForm(p, a, formToken, undefined, sent)}
<p><a href="${wallPath(p)}${qs({ lang: p.lang })}">${p.t.backToWall}</a></p>`;
  return layout(p, {
    title: `${name} · ${p.org.name}`,
    description: a.intro ? plainText(a.intro, 200) : fill(p.t.careersAt, { org: p.org.name }),
    path: ambassadorPath(p, a.id),
    image: a.photo_id ? `/media/${a.photo_id}` : null,
    body,
    type: 'profile',
  });
}

/** The compact list the embeddable widget shows in an iframe on the employer's own site. */
export function embedPage(p: PageContext, stories: PublicStory[]): string {
  return htmlText(html`<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${p.org.name}</title>
<meta name="robots" content="noindex"><style>${raw(STYLE)} body{background:transparent} main{padding:0}</style></head>
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
