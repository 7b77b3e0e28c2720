/** Community events as the browser sees them (from lib/api.gen.ts), and the helpers the pages share. */
import { localDateOf, localTimeOf, zonedTimeToInstant } from '../../../platform/calendar.ts';
import type { Lang } from '../../lib/i18n.tsx';
import type { Body, Schema } from '../../lib/types.ts';

export type CommunityEvent = Schema<'CommunityEvent'>;
export type CommunityEventDetail = Schema<'CommunityEventDetail'>;
export type EventBody = Body<'/api/v1/events', 'post'>;
export type EventKind = CommunityEvent['kind'];
export const EVENT_KINDS: readonly EventKind[] = ['job-fair', 'campus-day', 'meetup', 'online'];

type Text = { nl?: string; fr?: string; en?: string };

/** The reader's language, else any there is. */
export const textIn = (t: Text, lang: Lang) => t[lang] || t.nl || t.fr || t.en || '';

/** Start and end in the reader's language, in the organisation's time zone. */
export function whenText(e: Pick<CommunityEvent, 'startsAt' | 'endsAt'>, lang: Lang, timeZone: string) {
  const locale = lang === 'en' ? 'en-GB' : `${lang}-BE`;
  const start = new Date(e.startsAt);
  const end = new Date(e.endsAt);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(start);
  const dayOf = (x: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(x);
  const sameDay = dayOf(start) === dayOf(end);
  const until = new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: 'short', timeZone } : { dateStyle: 'full', timeStyle: 'short', timeZone },
  ).format(end);
  return `${day} – ${until}`;
}

/**
 * An instant as the value of a datetime-local input showing the wall time in the organisation's
 * zone (not the browser's: a coordinator abroad still plans a fair in Ghent in Belgian time), and back.
 * A wall time the clocks skip (02:30 on the last Sunday of March) reads as the same time after the
 * jump; one they repeat (02:30 on the last Sunday of October), as the first of the two.
 */
export const toZonedInput = (iso: string, timeZone: string) =>
  iso ? `${localDateOf(new Date(iso), timeZone)}T${localTimeOf(new Date(iso), timeZone)}` : '';
export const fromZonedInput = (v: string, timeZone: string) => {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(v);
  return m ? zonedTimeToInstant(m[1], m[2], timeZone).toISOString() : '';
};
