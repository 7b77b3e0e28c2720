/**
 * Community events on the careers wall: events a coordinator marked for the careers pages that are
 * still to come, with the external ambassadors who signed up and agreed to be shown. Reads only the
 * views public_community_events and public_community_event_ambassadors (migration 018).
 */
import { html } from 'hono/html';
import type { Queryable } from '../db/db.ts';
import { formatDay, isoDay } from './public.format.ts';
import type { PublicLang } from './public.i18n.ts';
import { withFields } from '../platform/objects.ts';

export interface PublicEvent {
  id: string;
  kind: 'job-fair' | 'campus-day' | 'meetup' | 'online';
  title: { nl?: string; fr?: string; en?: string };
  place: string;
  starts_at: Date;
  ambassadors: { ambassador_id: string; first_name: string; last_name: string }[];
}

const STRINGS: Record<PublicLang, { heading: string; with: string; kinds: Record<PublicEvent['kind'], string> }> = {
  en: {
    heading: 'Meet us',
    with: 'With',
    kinds: { 'job-fair': 'Job fair', 'campus-day': 'Campus day', meetup: 'Meetup', online: 'Online session' },
  },
  nl: {
    heading: 'Ontmoet ons',
    with: 'Met',
    kinds: { 'job-fair': 'Jobbeurs', 'campus-day': 'Campusdag', meetup: 'Meetup', online: 'Online sessie' },
  },
  fr: {
    heading: 'Rencontrez-nous',
    with: 'Avec',
    kinds: { 'job-fair': "Salon de l'emploi", 'campus-day': 'Journée campus', meetup: 'Meetup', online: 'Session en ligne' },
  },
};

/** The organisation's public events, soonest first, each with its shown ambassadors. */
export async function publicEvents(q: Queryable, orgId: string, limit = 10): Promise<PublicEvent[]> {
  const events = await q.query<Omit<PublicEvent, 'ambassadors'>>(
    `select id, kind, title, place, starts_at from public_community_events where org_id = $1 order by starts_at, id limit $2`,
    [orgId, limit],
  );
  if (!events.length) return [];
  const people = await q.query<{ event_id: string; ambassador_id: string; first_name: string; last_name: string }>(
    `select event_id, ambassador_id, first_name, last_name from public_community_event_ambassadors
      where org_id = $1 and event_id = any($2) order by signed_up_at, ambassador_id`,
    [orgId, events.map((e) => e.id)],
  );
  return events.map((e) => withFields(e, { ambassadors: people.filter((p) => p.event_id === e.id) }));
}

const titleIn = (t: PublicEvent['title'], lang: PublicLang, orgDefault: string) =>
  t[lang] || t[orgDefault as PublicLang] || t.nl || t.fr || t.en || '';

/** The wall's events section (nothing when there are none). */
export function eventsSection(
  events: PublicEvent[],
  p: { lang: PublicLang; org: { slug: string; default_language: string; time_zone: string } },
) {
  if (!events.length) return '';
  const s = STRINGS[p.lang];
  return html`<section aria-labelledby="ev"><h2 id="ev">${s.heading}</h2><ul class="stories">${events.map(
    (e) =>
      html`<li><h3>${titleIn(e.title, p.lang, p.org.default_language)}</h3><p>${s.kinds[e.kind]} · <time datetime="${isoDay(e.starts_at, p.org.time_zone)}">${formatDay(e.starts_at, p.lang, p.org.time_zone)}</time>${e.place ? ` · ${e.place}` : ''}</p>${
        e.ambassadors.length
          ? html`<p>${s.with} ${e.ambassadors.map(
              (a, i) =>
                html`${i ? ', ' : ''}<a href="/careers/${p.org.slug}/ambassadors/${a.ambassador_id}?lang=${p.lang}">${a.first_name} ${a.last_name}</a>`,
            )}</p>`
          : ''
      }</li>`,
  )}</ul></section>`;
}
