import { describe, expect, it } from 'vitest';
import { withFields } from './objects.ts';

describe('withFields', () => {
  it('copies the first object with the second’s fields set, as a spread would', () => {
    const a = { id: '1', joined_at: '2026-01-02T03:04:05.000Z', name: 'An' };
    const b = withFields(a, { joined_at: new Date(a.joined_at), extra: 1 });
    expect(b).toEqual({ id: '1', joined_at: new Date('2026-01-02T03:04:05.000Z'), name: 'An', extra: 1 });
    expect(Object.keys(b)).toEqual(Object.keys({ ...a, joined_at: b.joined_at, extra: 1 }));
    expect(b).not.toBe(a);
    expect(a.joined_at).toBe('2026-01-02T03:04:05.000Z');
    // The type follows the second object: a Date now, not a string.
    expect(b.joined_at.getUTCFullYear()).toBe(2026);
  });

  it('keeps undefined and null fields of the second', () => {
    expect(withFields({ a: 1, b: 2 }, { b: undefined, c: null })).toEqual({ a: 1, b: undefined, c: null });
  });
});
