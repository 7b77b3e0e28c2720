import { describe, expect, it } from 'vitest';
import { dateTimeFormat, listFormat } from './intl.ts';

describe('shared Intl formatters', () => {
  it('gives the same formatter for the same locale and options, another for other options', () => {
    const a = dateTimeFormat('nl-BE', { day: 'numeric', month: 'long', timeZone: 'Europe/Brussels' });
    expect(dateTimeFormat('nl-BE', { day: 'numeric', month: 'long', timeZone: 'Europe/Brussels' })).toBe(a);
    expect(dateTimeFormat('fr-BE', { day: 'numeric', month: 'long', timeZone: 'Europe/Brussels' })).not.toBe(a);
    expect(dateTimeFormat('nl-BE', { day: 'numeric', month: 'long', timeZone: 'UTC' })).not.toBe(a);
    // 23:30 UTC on 1 December is already 2 December in Brussels.
    expect(a.format(new Date('2026-12-01T23:30:00Z'))).toBe('2 december');
    expect(listFormat('fr-BE', { type: 'conjunction' }).format(['néerlandais', 'anglais'])).toBe('néerlandais et anglais');
  });

  it('refuses an unknown time zone without keeping anything', () => {
    expect(() => dateTimeFormat('en-GB', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-GB', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
