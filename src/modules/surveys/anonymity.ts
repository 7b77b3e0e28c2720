/**
 * Which survey groups may be shown: the anonymity engine. Pure, no I/O, deterministic.
 *
 * THE RULE
 * A viewer asks for groups of respondents: everyone in their scope, one-dimension groups
 * ("department=Finance") and two-dimension groups ("department=Finance&site=<gent>"). That family
 * is the candidate family; nothing else is ever offered ('not-offered'). The candidates are taken
 * one by one in a FIXED order that depends only on the data and the options, never on what the
 * viewer asks first: everyone; then the one-dimension groups (dimensions in the order given,
 * larger groups first, ties by key); then all two-dimension groups (larger first, ties by key).
 * A candidate is released when
 *   1. it has at least `minGroup` respondents, and
 *   2. after releasing it, every ATOM is empty or has at least `minGroup` respondents, where an atom
 *      is a class of respondents that belong to exactly the same released groups (the respondents in
 *      no released group form one atom too).
 * Otherwise it is withheld: 'below-minimum' (rule 1) or 'overlap' (rule 2).
 *
 * WHY IT IS SOUND (the union-of-atoms argument)
 * Every released group is, by definition, a union of atoms. Whatever a viewer does with what they
 * received (add and subtract counts, sums and distributions of groups, intersect, unite or take
 * differences of sets of comments, in any sequence of queries), the only sets of respondents they
 * can compute anything about are combinations of released groups. A 0/1 combination of unions of
 * atoms is itself a union of atoms (the linear span of the released groups' indicator vectors only
 * holds vectors that are constant on every atom), and a nonempty union of atoms, each empty or
 * >= minGroup, has at least minGroup respondents. So no count, score or answer of a group smaller
 * than the minimum is derivable: "Finance" (6) and "Finance without Gent" (Finance=6 minus
 * Finance&Gent=5 leaves 1) cannot both be shown; one of them (the fixed order decides which) is
 * withheld for 'overlap'.
 * Because the order is fixed in advance, the released family is the same whatever the viewer asks
 * first, so asking in a clever order gains nothing. The comments plan runs the same algorithm with
 * `minComments` over the groups the scores plan released (a comment is an item that can be
 * matched between two lists, so set differences matter there exactly as sums do for scores).
 * test/property/anonymity.property.test.ts checks this with an independent exact checker.
 *
 * KNOWN LIMITS (what this rule does not cover; the callers and the product carry these)
 *  - Viewers who collude: a manager's plan is computed over their own team, the organisation's
 *    plan over everyone; two people pooling what they saw can combine the two families.
 *  - Differences over time: answers arrive while a survey is open. A group seen with 6 respondents
 *    today and 7 tomorrow gives away the newcomer's answers by subtraction. The plan only protects
 *    one snapshot. Comments wait for twice the minimum while the survey is open (the caller passes
 *    2 * min_comments), responses carry only their month, and results trail behind; but a viewer
 *    who keeps every snapshot can still subtract consecutive ones.
 *  - Inequalities: THAT a group is withheld says a little (standard for any minimum), and WHY says
 *    more. With a minimum of 5, Finance shown with 6 and Finance&Gent withheld for 'overlap' tells
 *    Finance&Gent has at least 5 and is not all of Finance: exactly 5, so exactly 1 person in
 *    Finance outside Gent. No answer or sum is derivable (the property test proves that much), but
 *    that small group's COUNT is. So a client should get ONE reason for both ('below-minimum' and
 *    'overlap' worded alike: "fewer than N respondents, or it would let a smaller group be worked
 *    out"); the two reasons exist for tests and logs. A note explaining both kinds of withholding in
 *    general, on every view, says nothing about any one group.
 *  - Existence: listing a withheld cell tells the group's value exists. The callers list the
 *    values of a dimension for the whole scope (or the organisation), never only those present in
 *    a filtered group; an empty group is answered like a small one ('below-minimum').
 *  - Greedy, not optimal: the released family is safe but not the largest safe family.
 *
 * EFFICIENCY
 * One Int32Array atom id per respondent and an array of atom sizes: checking a candidate counts its
 * members per atom, O(its size); releasing it splits the touched atoms, O(its size). For 20,000
 * rows over 4 dimensions of ~30 values the whole plan (11 passes over the rows plus sorting a few
 * thousand candidates) takes about 10 ms once warm (measured on a busy 2-core machine).
 */

import { DIMENSION_INDEX, groupKey, isDimension, parseGroupKey, partsRecord, type Dimension, type SegmentRow } from './segments.ts';

export type Verdict = { shown: true; size: number } | { shown: false; reason: 'below-minimum' | 'overlap' | 'not-offered' };

export interface ReleasePlan {
  /** May this group's counts, scores, distributions and response count be shown? */
  scores(key: string): Verdict;
  /** May this group's comments be shown? (Never when its scores are not.) */
  comments(key: string): Verdict;
  /**
   * The row indices (into the `rows` given to planRelease, ascending) of a candidate group, shown
   * or not; [] for a key that is not offered. For the results service and tests: never sent to
   * clients.
   */
  members(key: string): readonly number[];
  /** The keys whose scores are shown, in release order (e.g. for retention's archive). */
  shownKeys(): readonly string[];
}

export interface PlanOptions {
  /** The survey's report_dimensions (with 'period' if periods are reported). */
  dimensions: readonly Dimension[];
  minGroup: number;
  /** The caller passes 2 * min_comments while the survey is open. */
  minComments: number;
}

interface Candidate {
  key: string;
  members: Int32Array;
  scores: Verdict;
  comments: Verdict;
}

const NOT_OFFERED: Verdict = Object.freeze({ shown: false, reason: 'not-offered' });
const BELOW_MINIMUM: Verdict = Object.freeze({ shown: false, reason: 'below-minimum' });
const OVERLAP: Verdict = Object.freeze({ shown: false, reason: 'overlap' });

/** Decide, once for a snapshot of rows, which groups may be shown. See the comment at the top. */
export function planRelease(rows: ReadonlyArray<SegmentRow>, opts: PlanOptions): ReleasePlan {
  const { minGroup, minComments } = opts;
  if (!Number.isInteger(minGroup) || minGroup < 1) throw new RangeError('minGroup must be a positive integer');
  if (!Number.isInteger(minComments) || minComments < 1) throw new RangeError('minComments must be a positive integer');
  const dims: Dimension[] = [];
  for (const d of opts.dimensions) {
    if (!isDimension(d)) throw new RangeError(`Not a dimension: ${JSON.stringify(d)}`);
    if (!dims.includes(d)) dims.push(d);
  }
  const n = rows.length;

  // Each reported dimension's values as small integers per row, and each value's key part.
  const codes: Int32Array[] = [];
  const keyParts: string[][] = [];
  for (const d of dims) {
    const ids = new Map<string, number>();
    const code = new Int32Array(n);
    const list: string[] = [];
    for (let r = 0; r < n; r++) {
      const v = rows[r]![d] ?? '';
      let id = ids.get(v);
      if (id === undefined) {
        id = list.length;
        ids.set(v, id);
        list.push(groupKey({ [d]: v }));
      }
      code[r] = id;
    }
    codes.push(code);
    keyParts.push(list);
  }

  const everyone = new Int32Array(n);
  for (let r = 0; r < n; r++) everyone[r] = r;
  const candidates: Candidate[] = [candidate('', everyone)];

  for (let i = 0; i < dims.length; i++) {
    const groups = bucket(codes[i]!, keyParts[i]!.length).map(([id, members]) => candidate(keyParts[i]![id]!, members));
    for (const g of groups.sort(bySizeThenKey)) candidates.push(g);
  }

  const pairs: Candidate[] = [];
  for (let i = 0; i < dims.length; i++) {
    for (let j = i + 1; j < dims.length; j++) {
      const width = keyParts[j]!.length;
      const iFirst = DIMENSION_INDEX.get(dims[i]!)! < DIMENSION_INDEX.get(dims[j]!)!;
      const { code, size, cellOf } = pairCodes(codes[i]!, codes[j]!, keyParts[i]!.length, width);
      for (const [id, members] of bucket(code, size)) {
        const c = cellOf[id] ?? id;
        const a = keyParts[i]![Math.floor(c / width)]!;
        const b = keyParts[j]![c % width]!;
        const key = iFirst ? `${a}&${b}` : `${b}&${a}`;
        pairs.push(candidate(key, members));
      }
    }
  }
  // (A loop, not a spread: with many distinct values there can be more pairs than arguments allowed.)
  for (const g of pairs.sort(bySizeThenKey)) candidates.push(g);

  const scoresReleased = greedy(
    n,
    candidates.map((c) => c.members),
    minGroup,
  );
  const shownScores = candidates.filter((_, i) => scoresReleased[i]);
  const commentsReleased = greedy(
    n,
    shownScores.map((c) => c.members),
    minComments,
  );
  candidates.forEach((c, i) => {
    const size = c.members.length;
    c.scores = scoresReleased[i] ? Object.freeze({ shown: true, size }) : size < minGroup ? BELOW_MINIMUM : OVERLAP;
    c.comments = c.scores;
  });
  shownScores.forEach((c, i) => {
    const size = c.members.length;
    c.comments = commentsReleased[i] ? Object.freeze({ shown: true, size }) : size < minComments ? BELOW_MINIMUM : OVERLAP;
  });

  const byKey = new Map<string, Candidate>();
  for (const c of candidates) byKey.set(c.key, c);
  const reported = new Set<string>(dims);
  const lookup = (key: string): Candidate | 'empty' | null => {
    const parts = parseGroupKey(key);
    if (parts === null || parts.length > 2 || parts.some((p) => !reported.has(p.dimension))) return null;
    // An offered group nobody in the rows belongs to: answered like any group below the minimum.
    return byKey.get(groupKey(partsRecord(parts))) ?? 'empty';
  };
  const shownKeyList = Object.freeze(shownScores.map((c) => c.key));

  return {
    scores(key) {
      const c = lookup(key);
      return c === null ? NOT_OFFERED : c === 'empty' ? BELOW_MINIMUM : c.scores;
    },
    comments(key) {
      const c = lookup(key);
      return c === null ? NOT_OFFERED : c === 'empty' ? BELOW_MINIMUM : c.comments;
    },
    members(key) {
      const c = lookup(key);
      return c === null || c === 'empty' ? [] : Array.from(c.members);
    },
    shownKeys() {
      return shownKeyList;
    },
  };
}

function candidate(key: string, members: Int32Array): Candidate {
  return { key, members, scores: NOT_OFFERED, comments: NOT_OFFERED };
}

function bySizeThenKey(a: Candidate, b: Candidate): number {
  const d = b.members.length - a.members.length;
  if (d !== 0) return d;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Rows grouped by code (0..size-1), members ascending; only nonempty groups, as [code, members]. */
function bucket(code: Int32Array, size: number): [number, Int32Array][] {
  const counts = new Int32Array(size + 1);
  for (let r = 0; r < code.length; r++) counts[code[r]! + 1]!++;
  for (let k = 0; k < size; k++) counts[k + 1]! += counts[k]!;
  const order = new Int32Array(code.length);
  const next = counts.slice(0, size);
  for (let r = 0; r < code.length; r++) order[next[code[r]!]!++] = r;
  const out: [number, Int32Array][] = [];
  for (let k = 0; k < size; k++) {
    if (counts[k + 1]! > counts[k]!) out.push([k, order.subarray(counts[k]!, counts[k + 1]!)]);
  }
  return out;
}

/**
 * The combined code a * width + b of two dimensions per row. Dense when the grid is small (the
 * usual case, e.g. 30 x 30); otherwise renumbered 0..size-1, with cellOf giving each number's cell.
 */
function pairCodes(a: Int32Array, b: Int32Array, height: number, width: number): { code: Int32Array; size: number; cellOf: number[] } {
  const n = a.length;
  const code = new Int32Array(n);
  const cells = height * width;
  if (cells <= Math.max(1 << 16, 4 * n)) {
    for (let r = 0; r < n; r++) code[r] = a[r]! * width + b[r]!;
    return { code, size: cells, cellOf: [] };
  }
  const ids = new Map<number, number>();
  const cellOf: number[] = [];
  for (let r = 0; r < n; r++) {
    const cell = a[r]! * width + b[r]!;
    let id = ids.get(cell);
    if (id === undefined) {
      id = cellOf.length;
      ids.set(cell, id);
      cellOf.push(cell);
    }
    code[r] = id;
  }
  return { code, size: cellOf.length, cellOf };
}

/**
 * The greedy release over candidates in the given order: released[i] when candidate i has at least
 * `min` members and releasing it leaves every atom empty or >= min.
 */
function greedy(n: number, candidates: readonly Int32Array[], min: number): Uint8Array {
  const released = new Uint8Array(candidates.length);
  const atom = new Int32Array(n); // everyone starts in atom 0: "in no released group"
  const atomSize = new Int32Array(n + 1);
  atomSize[0] = n;
  let atoms = 1;
  const count = new Int32Array(n + 1);
  const touched = new Int32Array(n + 1);
  const remap = new Int32Array(n + 1);
  for (let i = 0; i < candidates.length; i++) {
    const members = candidates[i]!;
    if (members.length < min) continue;
    let t = 0;
    for (let k = 0; k < members.length; k++) {
      const a = atom[members[k]!]!;
      if (count[a]++ === 0) touched[t++] = a;
    }
    let ok = true;
    for (let k = 0; k < t; k++) {
      const a = touched[k]!;
      const inside = count[a]!;
      const outside = atomSize[a]! - inside;
      if (inside < min || (outside > 0 && outside < min)) ok = false;
    }
    if (ok) {
      released[i] = 1;
      for (let k = 0; k < t; k++) {
        const a = touched[k]!;
        const inside = count[a]!;
        if (inside === atomSize[a]) {
          remap[a] = a;
        } else {
          remap[a] = atoms;
          atomSize[atoms++] = inside;
          atomSize[a]! -= inside;
        }
      }
      for (let k = 0; k < members.length; k++) atom[members[k]!] = remap[atom[members[k]!]!]!;
    }
    for (let k = 0; k < t; k++) count[touched[k]!] = 0;
  }
  return released;
}
