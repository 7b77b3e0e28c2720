import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, escapeLike, foldSearch } from './people.search.ts';

describe('directory search helpers', () => {
  it('folds case and accents like the search_text column', () => {
    expect(foldSearch('  Chloé   DUBOIS ')).toBe('chloe dubois');
    expect(foldSearch('Şahin Łukasz Ørsted')).toBe('sahin lukasz orsted');
  });
  it('lowers one character into one, as lower() in SQL does', () => {
    expect(foldSearch('İrem')).toBe('irem');
    expect(foldSearch('ΟΔΥΣΣΕΥΣ')).toBe('οδυσσευσ');
    for (const s of ['İrem ΟΔΥΣΣΕΥΣ', 'ǅ ẞ Æ']) expect([...foldSearch(s)]).toHaveLength([...s].length);
  });
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
  it('round-trips cursors and rejects garbage', () => {
    const c = { lastName: "D'Hondt", firstName: 'Ann', id: '0f8e' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('[1,2,3]').toString('base64url'))).toBeNull();
  });
});
