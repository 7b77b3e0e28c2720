/** The event editor's times: read and written in the organisation's zone, whatever the browser's (or server's) zone. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromZonedInput, toZonedInput } from './events.ts';

// The process's zone stands for the browser's (Node applies a new TZ at once).
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the editor's times in the organisation's zone", () => {
  it('turns the wall time in Brussels into the instant, in winter and in summer, with the browser elsewhere', () => {
    vi.stubEnv('TZ', 'America/Los_Angeles');
    expect(fromZonedInput('2026-11-28T10:00', 'Europe/Brussels')).toBe('2026-11-28T09:00:00.000Z');
    expect(fromZonedInput('2026-06-01T10:00', 'Europe/Brussels')).toBe('2026-06-01T08:00:00.000Z');
    expect(fromZonedInput('2026-06-01T10:00', 'America/New_York')).toBe('2026-06-01T14:00:00.000Z');
    expect(toZonedInput('2026-11-28T09:00:00.000Z', 'Europe/Brussels')).toBe('2026-11-28T10:00');
    expect(toZonedInput('2026-06-01T08:00:00.000Z', 'Europe/Brussels')).toBe('2026-06-01T10:00');
    expect(toZonedInput('2026-06-01T08:00:00.000Z', 'Asia/Tokyo')).toBe('2026-06-01T17:00');
  });

  it('round-trips every quarter hour across both clock changes, and reads skipped and repeated times sensibly', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const wall = `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const iso = fromZonedInput(wall, 'Europe/Brussels');
        if (day === '2026-03-29' && wall >= `${day}T02:00` && wall < `${day}T03:00`) continue; // skipped by the clocks
        expect(toZonedInput(iso, 'Europe/Brussels'), wall).toBe(wall);
      }
    }
    // 02:30 does not exist on 29 March: it reads as 03:30 summer time; on 25 October the first 02:30 (summer time).
    expect(fromZonedInput('2026-03-29T02:30', 'Europe/Brussels')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromZonedInput('2026-10-25T02:30', 'Europe/Brussels')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('leaves an empty field empty', () => {
    expect(fromZonedInput('', 'Europe/Brussels')).toBe('');
    expect(toZonedInput('', 'Europe/Brussels')).toBe('');
  });
});
