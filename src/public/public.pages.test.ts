/** The careers pages escape every value (hono/html): what people and organisations type stays text. */
import { describe, expect, it } from 'vitest';
import { html, raw } from 'hono/html';
import { htmlText, layout, type PageContext } from './public.pages.ts';
import { PUBLIC_STRINGS } from './public.i18n.ts';

const hostile = `<script>alert("x")</script> & 'quotes' "double"`;
const p: PageContext = {
  org: { id: 'o', slug: 'acme', name: hostile, default_language: 'en', time_zone: 'Europe/Brussels' } as PageContext['org'],
  lang: 'en',
  t: PUBLIC_STRINGS.en,
  baseUrl: 'https://embassy.test',
};

describe('public pages', () => {
  it('escape &, <, >, " and \' in every value, in text and in attributes', () => {
    const page = layout(p, { title: hostile, description: hostile, path: '/careers/acme', body: html`<h1>${hostile}</h1>` });
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &quot;double&quot;');
    expect(page).toContain(`<meta property="og:title" content="&lt;script&gt;alert(&quot;x&quot;)`);
  });

  it('keep nested templates and raw HTML we rendered ourselves, and drop null, undefined and false', () => {
    const items = ['a<b', 'c'];
    expect(htmlText(html`<ul>${items.map((x) => html`<li>${x}</li>`)}</ul>${raw('<p>ours</p>')}${null}${undefined}${false}${3}`)).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul><p>ours</p>3',
    );
  });
});
