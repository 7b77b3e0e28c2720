/** Pure helpers for the directory search: query folding and opaque keyset cursors. */
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
