import { describe, expect, it } from 'vitest';
import { backOffDelaySeconds } from './throttle.ts';

describe('backOffDelaySeconds', () => {
  const rule = { free: 5, baseDelaySeconds: 15, maxDelaySeconds: 900 };
  it('lets the free failures go, then doubles the wait up to the cap', () => {
    expect([0, 4].map((n) => backOffDelaySeconds(rule, n))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((n) => backOffDelaySeconds(rule, n))).toEqual([15, 30, 60, 120]);
    expect(backOffDelaySeconds(rule, 50)).toBe(900);
    expect(backOffDelaySeconds(rule, 5000)).toBe(900);
  });
});
