import { describe, expect, it } from 'vitest';
import { loggablePath } from './log.ts';

describe('loggablePath', () => {
  it("hides the secret of a survey's or an unsubscribe link, and keeps every other path", () => {
    expect(loggablePath('/answer/abcDEF123_-xyz')).toBe('/answer/…');
    expect(loggablePath('/answer/abcDEF123_-xyz/alumni')).toBe('/answer/…/alumni');
    expect(loggablePath('/unsubscribe/1.digest.sig')).toBe('/unsubscribe/…');
    expect(loggablePath('/api/v1/surveys/123')).toBe('/api/v1/surveys/123');
    expect(loggablePath('/answers')).toBe('/answers');
  });
});
