/** Time comes from a Clock passed in, never from a global, so tests and replays can be any day. */
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

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** yyyy-mm-dd of an instant in a time zone; for an organisation's day use orgToday (org-time.ts). */
export function localDate(at: Date, timeZone: string): string {
  // Building a formatter costs far more than using one: keep one per zone.
  let f = dateFormats.get(timeZone);
  if (!f)
    dateFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(at);
}
