/**
 * Property-based test of the survey anonymity engine (src/modules/surveys/anonymity.ts), with the
 * library fast-check (https://fast-check.dev).
 *
 * fast-check generates random organisations (up to 40 respondents with random segments over 2 to 4
 * of the dimensions, some values unknown), random minimums (3 to 6, comments at or above), and a
 * random sequence of results views by ONE viewer (no filter or one dimension=value, no breakdown or
 * one dimension). Everything the viewer receives is collected: every group the plan shows, i.e. its
 * respondent count and every sum or distribution of answers over it. An independent exact checker
 * then asserts that no nonempty set of fewer than the minimum respondents has its indicator vector
 * in the linear span of the shown groups' indicator vectors: if it had, the viewer could compute that
 * small set's count and the sum of any answer over it (for one person: their answer) by adding and
 * subtracting what they saw, in any order of queries.
 *
 * The checker knows nothing of atoms or of the engine's order: it computes each shown group's members
 * from the rows itself, then works by exact rational Gaussian elimination (BigInt fractions) over the
 * classes of respondents with identical columns (a vector in the span is constant on such a class, so
 * every 0/1 vector in the span is a union of classes and is fixed by its values on the pivot classes
 * of the reduced row echelon form; it enumerates those with fewer than `min` respondents).
 *
 * The test can fail: the same property run on a naive engine (show every group that has at least the
 * minimum) and on the usual pairwise patch (also withhold groups that differ from another by fewer
 * than the minimum) is refuted by fast-check, and the checker is tested on hand-made cases where a
 * small set is and is not derivable, and against brute force.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRelease, type Verdict } from '../../src/modules/surveys/anonymity.ts';
import { DIMENSIONS, viewKeys, type Dimension, type SegmentRow } from '../../src/modules/surveys/segments.ts';

// ---------------------------------------------------------------------------------------------
// Exact rationals
// ---------------------------------------------------------------------------------------------

type Q = { n: bigint; d: bigint }; // d > 0, gcd(n, d) = 1
const ZERO: Q = { n: 0n, d: 1n };
const ONE: Q = { n: 1n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function q(n: bigint, d: bigint): Q {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
const add = (a: Q, b: Q) => q(a.n * b.d + b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
const isZero = (a: Q) => a.n === 0n;
const isOne = (a: Q) => a.n === a.d;

/** Reduced row echelon form of a matrix of rationals: its nonzero rows and pivot columns. */
function rref(matrix: Q[][], columns: number): { rows: Q[][]; pivots: number[] } {
  const m = matrix.map((r) => r.slice());
  const pivots: number[] = [];
  let top = 0;
  for (let col = 0; col < columns && top < m.length; col++) {
    const p = m.findIndex((r, i) => i >= top && !isZero(r[col]!));
    if (p < 0) continue;
    [m[top], m[p]] = [m[p]!, m[top]!];
    const pivot = m[top]![col]!;
    m[top] = m[top]!.map((x) => div(x, pivot));
    for (let i = 0; i < m.length; i++) {
      if (i === top || isZero(m[i]![col]!)) continue;
      const f = m[i]![col]!;
      m[i] = m[i]!.map((x, j) => sub(x, mul(f, m[top]![j]!)));
    }
    pivots.push(col);
    top++;
  }
  return { rows: m.slice(0, top), pivots };
}

// ---------------------------------------------------------------------------------------------
// The checker
// ---------------------------------------------------------------------------------------------

/**
 * A nonempty set of fewer than `min` of the respondents 0..n-1 whose indicator vector is in the
 * span of the given sets' indicator vectors, or null when there is none.
 */
function derivableSmallSet(n: number, sets: readonly (readonly number[])[], min: number): number[] | null {
  const distinct = [...new Map(sets.map((s) => [[...s].sort((a, b) => a - b).join(','), s])).values()];
  // Classes of respondents with identical columns (the same membership in every set).
  const pattern = Array.from({ length: n }, () => '');
  distinct.forEach((s) => {
    const inSet = new Set(s);
    for (let r = 0; r < n; r++) pattern[r] += inSet.has(r) ? '1' : '0';
  });
  const classOf = new Map<string, number[]>();
  for (let r = 0; r < n; r++) classOf.set(pattern[r]!, [...(classOf.get(pattern[r]!) ?? []), r]);
  const classes = [...classOf.values()];
  // The sets as rows over classes (each set is a union of classes).
  const matrix = distinct.map((_, i) => classes.map((c) => (pattern[c[0]!]![i] === '1' ? ONE : ZERO)));
  const { rows, pivots } = rref(matrix, classes.length);
  // A 0/1 vector v in the span equals sum over pivots p of v[p] * rows[p]: enumerate the subsets T
  // of pivot classes (v = 1 on them) with fewer than `min` respondents, and keep v when it is 0/1.
  let found: number[] | null = null;
  const visit = (from: number, v: Q[] | null, size: number) => {
    if (found) return;
    if (v) {
      if (v.every((x) => isZero(x) || isOne(x))) {
        const members = classes.filter((_, c) => isOne(v[c]!)).flat();
        if (members.length > 0 && members.length < min) {
          found = members.sort((a, b) => a - b);
          return;
        }
      }
    }
    for (let i = from; i < pivots.length; i++) {
      const grown = size + classes[pivots[i]!]!.length;
      if (grown >= min) continue;
      const next = v ? v.map((x, c) => add(x, rows[i]![c]!)) : rows[i]!.slice();
      visit(i + 1, next, grown);
    }
  };
  visit(0, null, 0);
  return found;
}

/** Brute force for the checker's own test: every union of classes, tested by elimination. */
function derivableSmallSetBruteForce(n: number, sets: readonly (readonly number[])[], min: number): boolean {
  const vectors = sets.map((s) => Array.from({ length: n }, (_, r) => (s.includes(r) ? ONE : ZERO)));
  const rank = (m: Q[][]) => rref(m, n).rows.length;
  const base = rank(vectors);
  for (let mask = 1; mask < 1 << n; mask++) {
    const members = Array.from({ length: n }, (_, r) => r).filter((r) => mask & (1 << r));
    if (members.length >= min) continue;
    const v = Array.from({ length: n }, (_, r) => (mask & (1 << r) ? ONE : ZERO));
    if (rank([...vectors, v]) === base) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Generated organisations and views
// ---------------------------------------------------------------------------------------------

// A few values per dimension, some with characters a key must encode.
const POOL = ['a', 'b', 'R&D', 'x=y', 'Liège'];

interface Case {
  dims: Dimension[];
  rows: SegmentRow[];
  minGroup: number;
  minComments: number;
  views: { filter: { dimension: Dimension; value: string | null } | null; breakdown: Dimension | null }[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    dims: fc.shuffledSubarray([...DIMENSIONS], { minLength: 2, maxLength: 4 }),
    poolSize: fc.integer({ min: 1, max: 4 }),
    minGroup: fc.integer({ min: 3, max: 6 }),
    extraComments: fc.integer({ min: 0, max: 4 }),
    // Mostly organisations big enough for several groups to reach the minimum; a few tiny ones.
    count: fc.oneof({ weight: 1, arbitrary: fc.integer({ min: 0, max: 9 }) }, { weight: 5, arbitrary: fc.integer({ min: 10, max: 40 }) }),
  })
  .chain(({ dims, poolSize, minGroup, extraComments, count }) => {
    const value = fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 6, arbitrary: fc.constantFrom(...POOL.slice(0, poolSize)) },
    );
    const row = fc.record(Object.fromEntries(dims.map((d) => [d, value])) as Record<Dimension, typeof value>);
    // Views mostly name reported dimensions; the others must come back 'not-offered'.
    const dim = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...dims) }, { weight: 1, arbitrary: fc.constantFrom(...DIMENSIONS) });
    const view = fc.record({
      filter: fc.option(fc.record({ dimension: dim, value }), { nil: null, freq: 2 }),
      breakdown: fc.option(dim, { nil: null, freq: 3 }),
    });
    return fc.record({
      dims: fc.constant(dims),
      rows: fc.array(row, { minLength: count, maxLength: count }),
      minGroup: fc.constant(minGroup),
      minComments: fc.constant(minGroup + extraComments),
      views: fc.array(view, { minLength: 1, maxLength: 16 }),
    });
  });

// ---------------------------------------------------------------------------------------------
// What one viewer receives
// ---------------------------------------------------------------------------------------------

interface Engine {
  scores(key: string): Verdict;
  comments(key: string): Verdict;
}

/** The members of a group key, decoded here, independently of the engine. */
function membersOf(rows: readonly SegmentRow[], key: string): number[] {
  const parts =
    key === ''
      ? []
      : key.split('&').map((p) => {
          const eq = p.indexOf('=');
          return [p.slice(0, eq) as Dimension, decodeURIComponent(p.slice(eq + 1))] as const;
        });
  return rows.flatMap((row, i) => (parts.every(([d, v]) => (row[d] ?? '') === v) ? [i] : []));
}

function dimsOf(key: string): string[] {
  return key === '' ? [] : key.split('&').map((p) => p.slice(0, p.indexOf('=')));
}

/** Runs the views; returns the member sets of every shown group (scores, comments). */
function receive(c: Case, engine: Engine): { scores: number[][]; comments: number[][] } {
  const scores: number[][] = [];
  const comments: number[][] = [];
  for (const v of c.views) {
    const filter = v.filter ? `${v.filter.dimension}=${encodeURIComponent(v.filter.value ?? '')}` : '';
    // The breakdown lists every value of the dimension in the scope (and one nobody has).
    const values = v.breakdown ? [...c.rows.map((r) => r[v.breakdown!] ?? null), 'nobody'] : [];
    const { group, segments } = viewKeys(filter, v.breakdown, values);
    for (const key of [group, ...segments.map((s) => s.key)]) {
      const members = membersOf(c.rows, key);
      const s = engine.scores(key);
      if (s.shown) {
        expect(s.size).toBe(members.length);
        scores.push(members);
      }
      const m = engine.comments(key);
      if (m.shown) {
        expect(m.size).toBe(members.length);
        comments.push(members);
      }
    }
  }
  return { scores, comments };
}

/** The property: nothing the viewer received makes a group below either minimum derivable. */
function holds(c: Case, engine: Engine): boolean {
  const got = receive(c, engine);
  return (
    derivableSmallSet(c.rows.length, got.scores, c.minGroup) === null &&
    derivableSmallSet(c.rows.length, got.comments, c.minComments) === null
  );
}

function plan(c: Case) {
  return planRelease(c.rows, { dimensions: c.dims, minGroup: c.minGroup, minComments: c.minComments });
}

/** The naive engine: every offered group with at least the minimum is shown. */
function naive(c: Case): Engine {
  const verdict = (key: string, min: number): Verdict => {
    const dims = dimsOf(key);
    if (dims.length > 2 || dims.some((d) => !c.dims.includes(d as Dimension))) {
      return { shown: false, reason: 'not-offered' };
    }
    const size = membersOf(c.rows, key).length;
    return size >= min ? { shown: true, size } : { shown: false, reason: 'below-minimum' };
  };
  return { scores: (k) => verdict(k, c.minGroup), comments: (k) => verdict(k, c.minComments) };
}

/**
 * The usual patch for "Finance without Gent": show a group at the minimum unless it differs from
 * another such group by fewer than the minimum (either way). Unsound: three groups can isolate
 * what no two do (everyone minus A minus B).
 */
function pairwise(c: Case): Engine {
  const keys = new Set<string>(['']);
  for (const row of c.rows) {
    for (const a of c.dims) {
      keys.add(`${a}=${encodeURIComponent(row[a] ?? '')}`);
      for (const b of c.dims) {
        if (DIMENSIONS.indexOf(a) < DIMENSIONS.indexOf(b)) {
          keys.add(`${a}=${encodeURIComponent(row[a] ?? '')}&${b}=${encodeURIComponent(row[b] ?? '')}`);
        }
      }
    }
  }
  const verdict = (key: string, min: number): Verdict => {
    const first = naive(c)[min === c.minGroup ? 'scores' : 'comments'](key);
    if (!first.shown) return first;
    const g = new Set(membersOf(c.rows, key));
    for (const other of keys) {
      const h = new Set(membersOf(c.rows, other));
      if (h.size < min) continue;
      const gMinusH = [...g].filter((r) => !h.has(r)).length;
      const hMinusG = [...h].filter((r) => !g.has(r)).length;
      if ((gMinusH > 0 && gMinusH < min) || (hMinusG > 0 && hMinusG < min)) return { shown: false, reason: 'overlap' };
    }
    return first;
  };
  return { scores: (k) => verdict(k, c.minGroup), comments: (k) => verdict(k, c.minComments) };
}

// ---------------------------------------------------------------------------------------------

describe('the exact checker', () => {
  it('finds "Finance without Gent" from Finance and Finance & Gent', () => {
    // Finance = 0..5, Finance & Gent = 0..4: respondent 5 alone is their difference.
    expect(
      derivableSmallSet(
        8,
        [
          [0, 1, 2, 3, 4, 5],
          [0, 1, 2, 3, 4],
        ],
        5,
      ),
    ).toEqual([5]);
  });

  it('finds a small set that only a combination of three groups gives away', () => {
    // Everyone (0..9) minus A (0..4) minus B (5..8) leaves respondent 9; no two of them do.
    const sets = [
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8],
    ];
    expect(derivableSmallSet(10, sets, 3)).toEqual([9]);
    expect(derivableSmallSet(10, [sets[0]!, sets[1]!], 3)).toBeNull();
  });

  it('does not flag small classes that no combination isolates', () => {
    // A = {0,1,2,3}, B = {3,4,5,6}: their intersection {3} is a class of its own, yet A and B only
    // give |A|, |B| and |A| + |B|; no combination of them is the indicator of {3} (nor of any set
    // smaller than 3).
    expect(
      derivableSmallSet(
        7,
        [
          [0, 1, 2, 3],
          [3, 4, 5, 6],
        ],
        3,
      ),
    ).toBeNull();
  });

  it('agrees with brute force over every subset on small random cases', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            sets: fc.array(fc.subarray(Array.from({ length: n }, (_, i) => i)), { maxLength: 5 }),
            min: fc.integer({ min: 2, max: 5 }),
          }),
        ),
        ({ n, sets, min }) => {
          const found = derivableSmallSet(n, sets, min);
          expect(found !== null).toBe(derivableSmallSetBruteForce(n, sets, min));
          if (found) expect(found.length).toBeLessThan(min);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('planRelease under random organisations and views (fast-check)', () => {
  it('never lets one viewer derive a group below the minimum, for scores or comments', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const p = plan(c);
        expect(holds(c, p)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('shows only groups at the minimum, comments only where scores are shown, members as in the rows', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const p = plan(c);
        for (const v of c.views) {
          const filter = v.filter ? `${v.filter.dimension}=${encodeURIComponent(v.filter.value ?? '')}` : '';
          const values = v.breakdown ? c.rows.map((r) => r[v.breakdown!] ?? null) : [];
          const { group, segments } = viewKeys(filter, v.breakdown, values);
          for (const key of [group, ...segments.map((s) => s.key)]) {
            const offered = dimsOf(key).every((d) => c.dims.includes(d as Dimension));
            const s = p.scores(key);
            const m = p.comments(key);
            if (!offered) expect(s).toEqual({ shown: false, reason: 'not-offered' });
            else expect(p.members(key)).toEqual(membersOf(c.rows, key));
            if (s.shown) expect(s.size).toBeGreaterThanOrEqual(c.minGroup);
            if (m.shown) {
              expect(s.shown).toBe(true);
              expect(m.size).toBeGreaterThanOrEqual(c.minComments);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same verdicts whatever the order of the rows', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => fc.record({ c: fc.constant(c), order: fc.shuffledSubarray(c.rows, { minLength: c.rows.length }) })),
        ({ c, order }) => {
          const a = plan(c);
          const b = plan({ ...c, rows: order });
          expect([...b.shownKeys()].sort()).toEqual([...a.shownKeys()].sort());
          const keys = c.views.flatMap((v) => {
            const values = v.breakdown ? c.rows.map((r) => r[v.breakdown!] ?? null) : [];
            const vk = viewKeys(v.filter ? `${v.filter.dimension}=${encodeURIComponent(v.filter.value ?? '')}` : '', v.breakdown, values);
            return [vk.group, ...vk.segments.map((s) => s.key)];
          });
          for (const key of keys) {
            expect(b.scores(key)).toEqual(a.scores(key));
            expect(b.comments(key)).toEqual(a.comments(key));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    ['a naive engine (every group at the minimum shown)', naive],
    ['a pairwise engine (no two shown groups differ by fewer than the minimum)', pairwise],
  ])('can fail: %s is refuted', (_, engine) => {
    const result = fc.check(
      fc.property(caseArb, (c) => holds(c, engine(c))),
      // Stops at the first counterexample: the naive engine falls within a few runs, the pairwise
      // one within a few dozen (a few hundred at worst over 40 seeds); 1000 leaves no room for luck.
      { numRuns: 1000 },
    );
    expect(result.failed).toBe(true);
    // The counterexample really gives a small group away.
    const c = result.counterexample![0];
    const got = receive(c, engine(c));
    const leak = derivableSmallSet(c.rows.length, got.scores, c.minGroup) ?? derivableSmallSet(c.rows.length, got.comments, c.minComments);
    expect(leak).not.toBeNull();
    expect(leak!.length).toBeGreaterThan(0);
  });
});
