import { describe, expect, it } from 'vitest';
import { AuthCache } from './auth-cache.ts';
import { authChanged, authGeneration, deliverAuthChange } from './auth-changes.ts';
import type { Queryable } from '../db/db.ts';

/** A cache on a clock the test moves. */
function cacheAt(ttlMs = 5000, max = 3) {
  const clock = { ms: 1000 };
  return { cache: new AuthCache<string>(ttlMs, max, () => clock.ms), clock };
}

/** A transaction's Queryable: afterCommit work waits for commit(). */
function fakeTx() {
  const after: (() => void)[] = [];
  const tx: Queryable = { query: async () => [], exec: async () => {}, afterCommit: (fn) => after.push(fn) };
  return { tx, commit: () => after.splice(0).forEach((f) => f()) };
}

describe('the cache of verified credentials', () => {
  it('answers until its time is up, and not when the clock went back', () => {
    const { cache, clock } = cacheAt();
    cache.set('h1', 'ann', authGeneration());
    clock.ms += 4999;
    expect(cache.get('h1')).toBe('ann');
    clock.ms += 1;
    expect(cache.get('h1')).toBeUndefined();
    cache.set('h2', 'bob', authGeneration());
    clock.ms -= 10;
    expect(cache.get('h2')).toBeUndefined();
  });

  it('drops everything at a change, here or heard from another process', () => {
    const { cache } = cacheAt();
    cache.set('h1', 'ann', authGeneration());
    deliverAuthChange();
    expect(cache.get('h1')).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set('h1', 'ann', authGeneration());
    const { tx, commit } = fakeTx();
    authChanged(tx);
    expect(cache.get('h1')).toBeUndefined();
    // Read inside the transaction, before it committed: not kept past the commit.
    const g = authGeneration();
    cache.set('h1', 'ann (old)', g);
    expect(cache.get('h1')).toBe('ann (old)');
    commit();
    expect(cache.get('h1')).toBeUndefined();
  });

  it('does not keep what was read from the database before a change', () => {
    const { cache } = cacheAt();
    const before = authGeneration();
    deliverAuthChange();
    cache.set('h1', 'ann', before);
    expect(cache.get('h1')).toBeUndefined();
  });

  it('holds at most its size, the oldest going first', () => {
    const { cache } = cacheAt(5000, 3);
    for (const k of ['a', 'b', 'c', 'd']) cache.set(k, k.toUpperCase(), authGeneration());
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('d')).toBe('D');
  });

  it('off, it neither answers nor keeps', () => {
    const { cache } = cacheAt();
    cache.set('h1', 'ann', authGeneration());
    cache.enabled = false;
    expect(cache.get('h1')).toBeUndefined();
    cache.set('h2', 'bob', authGeneration());
    cache.enabled = true;
    expect(cache.get('h2')).toBeUndefined();
  });
});
