/** Helpers for the directory search: query folding, opaque keyset cursors, and fresh statistics after a big write. */
import type { Queryable } from '../../db/db.ts';

const FROM = 'àáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşșťţțùúûüūůűųýÿžźżæœßğıģķļņςάέήίόύώϊϋ';
const TO = 'aaaaaaaaacccddeeeeeeeeiiiiiilnnnoooooooorrsssstttuuuuuuuuyyzzzaosgigklnσαεηιουωιυ';
const MAP = new Map([...FROM].map((c, i) => [c, TO[i]]));

/**
 * Folds a query exactly as the search_text column is folded in SQL (lower, then translate). lower()
 * lowers one character at a time into one character (PGlite's and PostgreSQL's libc locales): so
 * does this, where toLowerCase on the whole text would differ ("İ" is "i", not "i" and a combining
 * dot; a last "Σ" is "σ", not "ς", which the folding then makes σ anyway).
 */
export function foldSearch(q: string): string {
  let out = '';
  for (const ch of q) {
    const lower = String.fromCodePoint(ch.toLowerCase().codePointAt(0)!);
    out += MAP.get(lower) ?? lower;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Capital letters whose folding depends on how the database lowers text: each letter the folding
 * maps, capitalised where that is one letter, "İ" (one letter in libc locales, two in ICU), and
 * Cyrillic and Greek capitals the folding leaves to lower() alone.
 */
const FOLD_PROBE = [
  ...new Set(
    [...FROM, 'i', 'ж', 'ё', 'я', 'ω']
      .map((c) => (c === 'i' ? 'İ' : c.toUpperCase()))
      .filter((u) => [...u].length === 1 && u !== u.toLowerCase()),
  ),
];

/**
 * The letters that the database folds otherwise than foldSearch (none on PGlite, nor on PostgreSQL
 * with a UTF-8 libc locale): a name holding one of them is not found by what people type for it.
 * A database made with the C locale lowers A to Z only ("É" stays "É"), and an ICU one lowers "İ"
 * into two characters. `collation`: that of the column's expression; the database's unless given.
 */
export async function foldDisagreement(db: Queryable, collation?: string): Promise<string[]> {
  const collate = collation === undefined ? '' : ` collate "${collation.replace(/"/g, '""')}"`;
  const rows = await db.query<{ letter: string; folded: string }>(
    `select letter, translate(lower(letter${collate}), $2, $3) as folded from unnest($1::text[]) as letter`,
    [FOLD_PROBE, FROM, TO],
  );
  return rows.filter((r) => r.folded !== foldSearch(r.letter)).map((r) => r.letter);
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** What someone typed to find a name, as a pattern for search_text (searchTextMatch): folded, and LIKE wildcards meant literally ("50%" means the text "50%"). */
export const searchPattern = (typed: string) => escapeLike(foldSearch(typed));

/** The LIKE pattern's text without its escapes: the characters searched for. */
export const unescapeLike = (s: string) => s.replace(/\\(.)/g, '$1');

/**
 * `<alias>.search_text like '%pattern%'` (the pattern folded and LIKE-escaped) as conditions for an
 * index: the LIKE decides (the one rule), and in front of it what lets an index find exactly the
 * candidates: the trigram index from three letters on (people_search_trgm), the index of each
 * person's pairs of adjacent characters for two (people_search_pairs, 029), and that of each
 * person's characters for one (people_search_chars, 024). The pattern is a parameter, not an
 * expression, so that the planner sees its letters. `bind` adds a parameter and names its
 * placeholder; the LIKE's is bound first.
 */
export function searchTextMatch(pattern: string, bind: (value: string) => string, alias = 'p'): string {
  const like = `${alias}.search_text like '%' || ${bind(pattern)} || '%'`;
  const text = [...unescapeLike(pattern)];
  if (text.length === 2) return `search_pairs(${alias}.search_text) @> array[${bind(text.join(''))}::text] and ${like}`;
  if (text.length === 1) return `string_to_array(${alias}.search_text, null) @> array[${bind(text[0])}::text] and ${like}`;
  return like;
}

export interface PeopleCursor {
  lastName: string;
  firstName: string;
  id: string;
}

export function encodeCursor(c: PeopleCursor): string {
  return Buffer.from(JSON.stringify([c.lastName, c.firstName, c.id])).toString('base64url');
}

export function decodeCursor(s: string): PeopleCursor | null {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string')) {
      return { lastName: v[0], firstName: v[1], id: v[2] };
    }
  } catch {
    /* fall through */
  }
  return null;
}

/** Rows written at once from which the planner's statistics of the directory are worth refreshing. */
export const ANALYZE_AFTER_ROWS = 1000;

/**
 * Refreshes the planner's statistics of the directory after a bulk write (an import of `rows`
 * people, inserted or changed): call it after the import's transaction has committed.
 * PostgreSQL's autovacuum would do it within a minute or so; PGlite runs no autovacuum, so without
 * this its planner keeps guessing from an empty table: the search's plans (people.repo.ts
 * searchPeople) depend on how many people match a fragment and where. ANALYZE samples at most
 * 30,000 rows: a fraction of a second at 100,000 people.
 */
export async function analyzeAfterBulkWrite(db: Queryable, rows = Number.POSITIVE_INFINITY): Promise<boolean> {
  if (rows < ANALYZE_AFTER_ROWS) return false;
  await db.exec('analyze people');
  return true;
}
