import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { embeddedMediaIds, renderMarkdown } from '../../../platform/markdown.ts';
import { storyMarkdown } from './story-markdown.ts';

const md = storyMarkdown();
const IMAGE = '/media/0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';

const text = (t: string, ...marks: JSONContent['marks'] & object): JSONContent => ({
  type: 'text',
  text: t,
  ...(marks.length ? { marks } : {}),
});
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const item = (t: string): JSONContent => ({ type: 'listItem', content: [p(text(t))] });

/** What the toolbar makes: a heading, bold and italic, both lists, a link, an image, a line break. */
const written: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Mijn eerste maand')] },
    p(text('Het was '), text('heel', { type: 'bold' }), text(' '), text('fijn', { type: 'italic' }), text('.')),
    { type: 'bulletList', content: [item('Collega’s'), item('Koffie')] },
    { type: 'orderedList', attrs: { start: 1 }, content: [item('Eerst'), item('Dan')] },
    p(text('Lees '), text('meer', { type: 'link', attrs: { href: 'https://example.be/a?b=1&c=2' } }), text('.')),
    { type: 'image', attrs: { src: IMAGE, alt: 'Ons team [op de trap]', title: null } },
    p(text('Regel een'), { type: 'hardBreak' }, text('regel twee')),
  ],
};

describe('editor → Markdown → the server’s renderer', () => {
  const markdown = md.serialize(written);
  const html = renderMarkdown(markdown);

  it('writes plain, safe Markdown', () => {
    expect(markdown).toContain('## Mijn eerste maand');
    expect(markdown).toContain('**heel**');
    expect(markdown).toContain('*fijn*');
    expect(markdown).toMatch(/^- Collega’s$/m);
    expect(markdown).toMatch(/^1\. Eerst$/m);
    expect(markdown).toContain('[meer](https://example.be/a?b=1&c=2)');
    expect(markdown).toContain(`](${IMAGE})`);
  });

  it('renders on the server as the writer saw it', () => {
    expect(html).toContain('<h2>Mijn eerste maand</h2>');
    expect(html).toContain('Het was <strong>heel</strong> <em>fijn</em>.');
    expect(html).toMatch(/<ul>\s*<li>Collega’s<\/li>\s*<li>Koffie<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>Eerst<\/li>\s*<li>Dan<\/li>\s*<\/ol>/);
    expect(html).toContain('<a href="https://example.be/a?b=1&amp;c=2" rel="nofollow ugc noopener" target="_blank">meer</a>');
    expect(html).toContain(`<img src="${IMAGE}" alt="Ons team [op de trap]" loading="lazy">`);
    expect(html).toMatch(/Regel een<br>\s*regel twee/);
  });

  it("counts the image as one of the story's own, so publishing links it", () => {
    expect(embeddedMediaIds(markdown)).toEqual([IMAGE.slice('/media/'.length)]);
  });

  it('keeps text that looks like Markdown or HTML as the writer typed it', () => {
    const typed = md.serialize({ type: 'doc', content: [p(text('5 * 3 = 15, <script>alert(1)</script> and # not a heading'))] });
    const shown = renderMarkdown(typed);
    expect(shown).not.toContain('<script>');
    expect(shown).not.toContain('<em>');
    expect(shown).not.toContain('<h1>');
    expect(shown).toContain('5 * 3 = 15, &lt;script&gt;alert(1)&lt;/script&gt; and # not a heading');
  });
});

describe('Markdown written before the editor → editor → Markdown', () => {
  const samples = [
    '# Mijn eerste maand\n\nHet was **heel** *fijn*.\n\n- een\n- twee\n\n1. eerst\n2. dan\n\n> Een citaat\n\n[meer](https://example.be)',
    `Eerste regel\ntweede regel\n\n![Het team](${IMAGE})\n\nTot ~~gisteren~~ vandaag.`,
    'Mail me: [mail](mailto:ana@example.be) of kijk op https://example.be.',
    'Een `code` woord en een [link](javascript:alert(1)).',
  ];
  for (const original of samples) {
    it(`renders the same after the editor: ${JSON.stringify(original.slice(0, 30))}`, () => {
      const again = md.serialize(md.parse(original));
      expect(renderMarkdown(again)).toBe(renderMarkdown(original));
    });
  }

  it('never makes a script link, whatever was stored', () => {
    expect(renderMarkdown(md.serialize(md.parse('[x](javascript:alert(1))')))).not.toContain('href="javascript');
  });
});
