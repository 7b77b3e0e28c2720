/** Time comes from a Clock passed in, never from a global, so tests and replays can be any day. */
import { dateTimeFormat } from './intl.ts';
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that moves only when told to. */
export class FakeClock implements Clock {
  private ms: number;
  constructor(start: Date | string) {
    this.ms = new Date(start).getTime();
  }
  now() {
    return new Date(this.ms);
  }
  set(to: Date | string) {
    this.ms = new Date(to).getTime();
  }
  advance(ms: number) {
    this.ms += ms;
  }
}

const lastDates = new Map<string, { second: number; date: string }>();

/** yyyy-mm-dd of an instant in a time zone; for an organisation's day use orgToday (org-time.ts). */
export function localDate(at: Date, timeZone: string): string {
  // A zone's offset is a whole number of seconds, so its date is the same all through a second: the
  // last answer per zone is kept for that second (a worker asks for every mail it sends).
  const second = Math.floor(at.getTime() / 1000);
  const last = lastDates.get(timeZone);
  if (last?.second === second) return last.date;
  const date = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  lastDates.set(timeZone, { second, date });
  return date;
}
