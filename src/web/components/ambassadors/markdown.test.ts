/** The editor's preview and the server render Markdown alike: one configuration, one dialect. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { previewMarkdown } from './markdown.ts';

const MEDIA = '/media/0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';
const INPUTS = [
  '',
  '# Mijn eerste dag\n\nHallo **collega**, _welkom_ en *dank*.',
  'Line one\nline two (breaks: true)',
  '- een\n- twee\n\n1. one\n2. two',
  '> a quote\n> over two lines',
  'Inline `code <b>` and\n\n```\nfenced <script>\n```',
  '[safe](https://example.be) [mail](mailto:hr@example.be) [bad](javascript:alert(1)) [data](data:text/html,x)',
  'A bare link https://example.be/jobs?x=1&y=2, then text.',
  `![the control room](${MEDIA}) ![tracker](https://tracker.example/pixel.gif)`,
  'Raw <script>alert(1)</script> <img src=x onerror=alert(1)> & "quotes" \'too\'',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '~~strike~~ and a footnote-ish [^1] and ### not a heading',
];

describe('the story editor preview', () => {
  it('renders exactly what the server renders, for every kind of input', () => {
    for (const input of INPUTS) expect(previewMarkdown(input), input).toBe(renderMarkdown(input));
  });

  it('is the safe dialect: no script, no foreign image, no javascript: link', () => {
    const html = INPUTS.map(previewMarkdown).join('\n');
    expect(html).not.toMatch(/<script|<img src="?x|href="(javascript|data):|src="https:\/\/tracker/);
    expect(html).toContain('Raw &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(`<img src="${MEDIA}" alt="the control room" loading="lazy">`);
    expect(html).toContain('<a href="https://example.be" rel="nofollow ugc noopener" target="_blank">safe</a>');
  });
});
