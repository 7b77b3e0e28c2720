/** Helpers for the directory search: query folding, opaque keyset cursors, and fresh statistics after a big write. */
import type { Queryable } from '../../db/db.ts';

const FROM = 'àáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşșťţțùúûüūůűųýÿžźżæœß';
const TO = 'aaaaaaaaacccddeeeeeeeeiiiiiilnnnoooooooorrsssstttuuuuuuuuyyzzzaos';
const MAP = new Map([...FROM].map((c, i) => [c, TO[i]]));

/** Folds a query exactly as the search_text column is folded in SQL (lower, then translate). */
export function foldSearch(q: string): string {
  let out = '';
  for (const ch of q.toLowerCase()) out += MAP.get(ch) ?? ch;
  return out.replace(/\s+/g, ' ').trim();
}

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
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
