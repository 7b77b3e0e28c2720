/**
 * search_pairs (migration 029), behind the name search's index for two-letter fragments: a text's
 * pairs of adjacent characters hold a two-character fragment exactly when the text contains it, so
 * the index finds every match and nothing else. Checked against strpos over random texts, with
 * LIKE's wildcards, accents and a character outside the BMP among the characters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { openTestDb } from '../helpers.ts';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => ({ db, drop } = await openTestDb()));
afterAll(() => drop());

const ALPHABET = ['a', 'b', 'y', 's', ' ', '.', '@', '%', '_', '\\', 'ø', 'ş', '𝄞'];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

describe('search_pairs', () => {
  it('gives the pairs of adjacent characters, counting a character outside the BMP as one', async () => {
    const [row] = await db.query<{ a: string[]; b: string[]; c: string[] }>(
      `select search_pairs('abc') as a, search_pairs('x') as b, search_pairs('é𝄞z') as c`,
    );
    expect(row).toEqual({ a: ['ab', 'bc'], b: [], c: ['é𝄞', '𝄞z'] });
  });

  it('holds a two-character fragment exactly when the text contains it', async () => {
    const next = random(29);
    const texts = Array.from({ length: 300 }, () => Array.from({ length: 1 + next(12) }, () => ALPHABET[next(ALPHABET.length)]).join(''));
    const fragments = ALPHABET.flatMap((a) => ALPHABET.map((b) => a + b));
    const rows = await db.query<{ q: string; t: string; pairs: boolean }>(
      `select q, t, search_pairs(t) @> array[q] as pairs from unnest($1::text[]) as t, unnest($2::text[]) as q`,
      [texts, fragments],
    );
    expect(rows).toHaveLength(texts.length * fragments.length);
    const wrong = rows.filter((r) => r.pairs !== r.t.includes(r.q));
    expect(wrong).toEqual([]);
    // Both answers occur: the check is not vacuous.
    expect(rows.some((r) => r.pairs)).toBe(true);
    expect(rows.some((r) => !r.pairs)).toBe(true);
  });
});
