/** The exchange composer's text helpers: "@" mentions typed in the text, images as Markdown. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { insertImage, insertMention, mentionQuery, mentionsIn } from './exchange.ts';

describe('mentions typed in the text', () => {
  it('finds the "@word" just before the caret, at the start or after a space only', () => {
    expect(mentionQuery('@An', 3)).toEqual({ start: 0, term: 'An' });
    expect(mentionQuery('Thanks @ank', 11)).toEqual({ start: 7, term: 'ank' });
    expect(mentionQuery('Thanks @', 8)).toEqual({ start: 7, term: '' });
    expect(mentionQuery('mail anke@example.be', 20)).toBeNull();
    expect(mentionQuery('@Anke Aerts and', 15)).toBeNull();
    // Only the text before the caret counts.
    expect(mentionQuery('@Ank and more', 4)).toEqual({ start: 0, term: 'Ank' });
  });

  it('replaces the typed word by the full name and puts the caret after it', () => {
    expect(insertMention('Thanks @ank!', 7, 11, 'Anke Aerts')).toEqual({ text: 'Thanks @Anke Aerts !', caret: 19 });
  });

  it('sends only the people still named in the text, each once', () => {
    const chosen = [
      { id: 'a', name: 'Anke Aerts' },
      { id: 'b', name: 'Bram Claes' },
      { id: 'a', name: 'Anke Aerts' },
    ];
    expect(mentionsIn('Hello @Anke Aerts!', chosen)).toEqual(['a']);
    expect(mentionsIn('Hello Anke and Bram', chosen)).toEqual([]);
  });
});

describe('images in a post', () => {
  const src = '/media/0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';

  it('inserts an own image on a line of its own, which the server renders as an image', () => {
    const { text, caret } = insertImage('Our stand', 9, src, 'The [stand] in Ghent');
    expect(text).toBe(`Our stand\n![The stand in Ghent](${src})\n`);
    expect(caret).toBe(text.length);
    expect(renderMarkdown(text)).toContain(`<img src="${src}" alt="The stand in Ghent"`);
  });

  it('keeps what follows the caret', () => {
    expect(insertImage('a\nb', 2, src, 'x').text).toBe(`a\n![x](${src})\nb`);
  });
});
