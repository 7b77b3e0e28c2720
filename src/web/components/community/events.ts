/** Community events as the browser sees them (from lib/api.gen.ts), and the helpers the pages share. */
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

/** An ISO instant as the value of a datetime-local input (the browser's zone), and back. */
export const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
};
export const fromLocalInput = (v: string) => (v ? new Date(v).toISOString() : '');
