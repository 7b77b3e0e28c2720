import { describe, expect, it } from 'vitest';
import { embeddedMediaIds, plainText, renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('Hallo <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });
  it('refuses javascript: and data: links but keeps the words', () => {
    const html = renderMarkdown('[click](javascript:alert(1)) [d](data:text/html,x) [ok](https://example.be)');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).not.toMatch(/href="data/i);
    expect(html).toContain('href="https://example.be"');
    expect(html).toContain('rel="nofollow ugc noopener"');
  });
  it('keeps only images from our own media', () => {
    expect(renderMarkdown('![me](https://tracker.example/pixel.gif)')).not.toContain('<img');
    expect(renderMarkdown('![me](/media/0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b)')).toContain(
      '<img src="/media/0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b" alt="me"',
    );
  });
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('# Mijn eerste dag\n\n**Wow**')).toContain('<h1>Mijn eerste dag</h1>');
  });
  it('gives plain text for previews', () => {
    expect(plainText('# Title\n\nSome **bold** [link](https://x.be) text', 30)).toBe('Title Some bold link text');
    expect(plainText('a'.repeat(300), 10)).toHaveLength(10);
  });
});

describe('embeddedMediaIds', () => {
  const id = '0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';
  it('finds the images a text shows, and nothing else', () => {
    expect(embeddedMediaIds(`Look ![me](/media/${id}) and again ![](/media/${id.toUpperCase()})`)).toEqual([id]);
    expect(embeddedMediaIds(`\`![x](/media/${id})\` and [a link](/media/${id}) and /media/${id}`)).toEqual([]);
    expect(embeddedMediaIds('```\n![x](/media/' + id + ')\n```')).toEqual([]);
    expect(embeddedMediaIds(`- item ![x](/media/${id})`)).toEqual([id]);
  });
});
