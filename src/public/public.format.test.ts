import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../platform/markdown.ts';
import { excerpt, formatDay, imageIds, isoDay, summary, textBlocks } from './public.format.ts';

describe('dates on the careers pages', () => {
  const day = new Date('2026-12-01T09:00:00Z');
  it("are written in the visitor's language", () => {
    expect(formatDay(day, 'nl', 'Europe/Brussels')).toBe('1 december 2026');
    expect(formatDay(day, 'fr', 'Europe/Brussels')).toBe('1 décembre 2026');
    expect(formatDay(day, 'en', 'Europe/Brussels')).toBe('1 December 2026');
  });
  it("are the organisation's day, not UTC's", () => {
    const lateEvening = new Date('2026-11-30T23:30:00Z'); // already 1 December in Brussels
    expect(formatDay(lateEvening, 'en', 'Europe/Brussels')).toBe('1 December 2026');
    expect(isoDay(lateEvening, 'Europe/Brussels')).toBe('2026-12-01');
    expect(isoDay(lateEvening, 'UTC')).toBe('2026-11-30');
  });
});

describe('story excerpts', () => {
  const md = [
    '# Mijn eerste dag',
    'Het begon **goed**.',
    'Daarna koffie',
    '',
    '- een lijstje',
    '- met twee',
    '',
    '| a | b |',
    '|---|---|',
    '| c | d |',
    '',
    '---',
    'Een *well-known* einde & meer.',
  ].join('\n');
  const html = renderMarkdown(md);

  it('keep every break between blocks and lines, and glue no words together', () => {
    expect(textBlocks(html)).toEqual([
      'Mijn eerste dag',
      'Het begon goed.',
      'Daarna koffie',
      'een lijstje',
      'met twee',
      'a b',
      'c d',
      'Een well-known einde & meer.',
    ]);
    // HTML without newlines between tags (as a feed or an old story may have) breaks the same way.
    expect(textBlocks('<p>One</p><p>Two<br>Three</p><ul><li>Four</li><li>Five</li></ul>')).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
  });

  it('show the first lines, each on its own line, cut at a word with an ellipsis', () => {
    expect(excerpt(html, 500, 3)).toBe('Mijn eerste dag\nHet begon goed.\nDaarna koffie …');
    const short = excerpt('<p>' + 'woord '.repeat(100) + '</p>', 50);
    expect(short.length).toBeLessThanOrEqual(50);
    expect(short).toMatch(/woord…$/);
    expect(excerpt('<p>Kort.</p>')).toBe('Kort.');
  });

  it('make a one-line description that keeps sentence breaks', () => {
    expect(summary(html, 500)).toBe(
      'Mijn eerste dag · Het begon goed. Daarna koffie · een lijstje · met twee · a b · c d · Een well-known einde & meer.',
    );
    expect(summary('<p>Eén.</p><p>Twee!</p>')).toBe('Eén. Twee!');
  });

  it('decode what Markdown escaped, and numeric references', () => {
    expect(textBlocks('<p>&lt;b&gt; &quot;x&quot; &amp;amp; &#39;y&#39; &#x2014;</p>')).toEqual(['<b> "x" &amp; \'y\' —']);
  });

  it("find a story's own images in order", () => {
    const a = '11111111-1111-4111-8111-111111111111';
    const b = '22222222-2222-4222-8222-222222222222';
    expect(imageIds(renderMarkdown(`Hi ![one](/media/${a})\n\n![two](/media/${b.toUpperCase()})`))).toEqual([a, b]);
    expect(imageIds('<p>no images</p>')).toEqual([]);
  });
});

describe('code blocks', () => {
  it('keep their lines', () => {
    expect(textBlocks(renderMarkdown('```\nline one\nline two\n```'))).toEqual(['line one', 'line two']);
  });
});
