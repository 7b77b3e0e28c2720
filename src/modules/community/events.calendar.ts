/**
 * An event in its participants' calendars. The reminder brings the event as an invitation (ICS,
 * METHOD:REQUEST, UID community-event-<id>@<PUBLIC_URL host>); from then on that person's copy is
 * kept true, each change with the next SEQUENCE of their copy (community_event_signups.ics_sequence,
 * migration 022):
 * - the time or the place (or the link) changes: an update (METHOD:REQUEST), the new time and place;
 * - the event is cancelled, or the participant cancels their own sign-up: a cancellation (METHOD:CANCEL).
 * Who gets one: those whose calendar holds the event (ics_active), i.e. who received an ICS and have
 * not had it taken out. Someone who never got the reminder has nothing in their calendar to change:
 * their reminder, when it comes, carries the event as it is then.
 * Exactly once: a copy is claimed by `where ics_sequence = <the sequence read>` in the transaction
 * that changes the event or the sign-up and writes the mail to the outbox.
 */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { localize, mailLanguageSql } from '../../platform/language.ts';
import { enqueueMails, type OutgoingMail } from '../../platform/mail.ts';
import { invitationIcs, mailAddress } from '../calendars/calendars.service.ts';
import { eventLang, eventWhen, type EventMailFacts } from './events.mails.ts';
import type { EventRow } from './events.repo.ts';

export type CalendarMailKind = 'reminder' | 'update' | 'cancelled' | 'signup-cancelled';

/** A participant's copy of an event, with what its mail needs. */
export interface CalendarCopy extends EventMailFacts {
  id: string;
  ends_at: Date;
  org_name: string;
}

/** The columns of CalendarCopy, from signups s, events e, people p, organisations o. */
export const COPY_COLUMNS = `s.id, s.org_id, s.event_id, p.work_email as email, ${mailLanguageSql('p')} as language, e.title, e.place, e.link,
  e.starts_at, e.ends_at, o.time_zone, o.name as org_name, o.default_language`;

const TEXTS = {
  en: {
    reminder: {
      subject: (t: string) => `Reminder: ${t}`,
      body: (t: string, when: string, where: string) =>
        `Hello,\n\nSee you at "${t}" on ${when}${where ? ` (${where})` : ''}.\nThe event for your calendar comes with this mail. Cannot come after all? Cancel your sign-up on the event's page, so that someone on the waiting list can take your place.`,
    },
    update: {
      subject: (t: string) => `Changed: ${t}`,
      body: (t: string, when: string, where: string) =>
        `Hello,\n\n"${t}" has changed. It now takes place on ${when}${where ? ` (${where})` : ''}.\nThe event in your calendar is updated with this mail.`,
    },
    cancelled: {
      subject: (t: string) => `Cancelled: ${t}`,
      body: (t: string, when: string) =>
        `Hello,\n\n"${t}" on ${when} is cancelled and will not take place. It is removed from your calendar with this mail.`,
    },
    'signup-cancelled': {
      subject: (t: string) => `Sign-up cancelled: ${t}`,
      body: (t: string, when: string) =>
        `Hello,\n\nYou cancelled your sign-up for "${t}" on ${when}. The event is removed from your calendar with this mail.`,
    },
  },
  nl: {
    reminder: {
      subject: (t: string) => `Herinnering: ${t}`,
      body: (t: string, when: string, where: string) =>
        `Hallo,\n\nTot op "${t}" op ${when}${where ? ` (${where})` : ''}.\nHet evenement voor je agenda zit bij deze mail. Kan je toch niet komen? Schrijf je uit op de pagina van het evenement, zodat iemand van de wachtlijst je plaats kan innemen.`,
    },
    update: {
      subject: (t: string) => `Gewijzigd: ${t}`,
      body: (t: string, when: string, where: string) =>
        `Hallo,\n\n"${t}" is gewijzigd. Het vindt nu plaats op ${when}${where ? ` (${where})` : ''}.\nHet evenement in je agenda wordt met deze mail bijgewerkt.`,
    },
    cancelled: {
      subject: (t: string) => `Geannuleerd: ${t}`,
      body: (t: string, when: string) =>
        `Hallo,\n\n"${t}" op ${when} is geannuleerd en gaat niet door. Met deze mail verdwijnt het uit je agenda.`,
    },
    'signup-cancelled': {
      subject: (t: string) => `Inschrijving geannuleerd: ${t}`,
      body: (t: string, when: string) =>
        `Hallo,\n\nJe schreef je uit voor "${t}" op ${when}. Met deze mail verdwijnt het evenement uit je agenda.`,
    },
  },
  fr: {
    reminder: {
      subject: (t: string) => `Rappel : ${t}`,
      body: (t: string, when: string, where: string) =>
        `Bonjour,\n\nÀ bientôt à « ${t} » le ${when}${where ? ` (${where})` : ''}.\nL'événement pour votre agenda est joint à ce mail. Vous ne pouvez finalement pas venir ? Désinscrivez-vous sur la page de l'événement, pour qu'une personne de la liste d'attente prenne votre place.`,
    },
    update: {
      subject: (t: string) => `Modifié : ${t}`,
      body: (t: string, when: string, where: string) =>
        `Bonjour,\n\n« ${t} » a été modifié. Il a lieu désormais le ${when}${where ? ` (${where})` : ''}.\nL'événement de votre agenda est mis à jour avec ce mail.`,
    },
    cancelled: {
      subject: (t: string) => `Annulé : ${t}`,
      body: (t: string, when: string) =>
        `Bonjour,\n\n« ${t} » du ${when} est annulé et n'aura pas lieu. Il disparaît de votre agenda avec ce mail.`,
    },
    'signup-cancelled': {
      subject: (t: string) => `Inscription annulée : ${t}`,
      body: (t: string, when: string) =>
        `Bonjour,\n\nVous vous êtes désinscrit·e de « ${t} » du ${when}. L'événement disparaît de votre agenda avec ce mail.`,
    },
  },
};

export const eventUid = (ctx: AppContext, eventId: string) => `community-event-${eventId}@${new URL(ctx.config.publicUrl).hostname}`;

/** The mail of a participant's copy: the reminder (an invitation), an update, or a cancellation, with its ICS. */
export function calendarMail(ctx: AppContext, kind: CalendarMailKind, c: CalendarCopy, sequence: number, now: Date): OutgoingMail {
  const lang = eventLang(c.language);
  const t = TEXTS[lang][kind];
  const title = localize(c.title, lang, c.default_language);
  const when = eventWhen(lang, c.starts_at, c.time_zone);
  const where = [c.place, c.link].filter(Boolean).join(', ');
  const url = `${ctx.config.publicUrl}/community/events/${c.event_id}`;
  const method = kind === 'reminder' || kind === 'update' ? 'REQUEST' : 'CANCEL';
  const ics = invitationIcs(method, {
    uid: eventUid(ctx, c.event_id),
    sequence,
    startsAt: c.starts_at,
    endsAt: c.ends_at,
    timeZone: c.time_zone,
    summary: title,
    description: `${where}\n${url}`.trim(),
    location: where || null,
    organizer: { name: c.org_name, email: mailAddress(ctx.config.mailFrom) },
    attendees: [c.email],
    stamp: now,
  });
  return {
    orgId: c.org_id,
    kind: kind === 'reminder' ? 'community-event-reminder' : `community-event-${method === 'CANCEL' ? 'cancel' : 'update'}`,
    to: c.email,
    subject: t.subject(title),
    text: `${t.body(title, when, where)}\n\n${url}`,
    lang,
    calendar: { method, ics },
  };
}

/** Did what a calendar shows change: the time, the place or the link? */
export const calendarChanged = (before: EventRow, after: EventRow) =>
  before.starts_at.getTime() !== after.starts_at.getTime() ||
  before.ends_at.getTime() !== after.ends_at.getTime() ||
  before.place !== after.place ||
  before.link !== after.link;

/**
 * Sends an update or a cancellation to every copy of the event in a calendar (or only `personId`'s),
 * in the transaction `tx` that made the change; returns how many it sent.
 */
export async function sendCalendarChanges(
  ctx: AppContext,
  tx: Queryable,
  orgId: string,
  eventId: string,
  kind: Exclude<CalendarMailKind, 'reminder'>,
  personId: string | null = null,
): Promise<number> {
  const now = ctx.clock.now();
  const copies = await tx.query<CalendarCopy & { ics_sequence: number }>(
    `select ${COPY_COLUMNS}, s.ics_sequence
       from community_event_signups s
       join community_events e on e.id = s.event_id and e.org_id = s.org_id
       join people p on p.id = s.person_id and p.org_id = s.org_id
       join organisations o on o.id = s.org_id
      where s.org_id = $1 and s.event_id = $2 and s.ics_active and ($3::uuid is null or s.person_id = $3)
        and p.work_email is not null
      order by s.id for update of s`,
    [orgId, eventId, personId],
  );
  const mails: OutgoingMail[] = [];
  for (const c of copies) {
    const [won] = await tx.query(
      `update community_event_signups set ics_sequence = ics_sequence + 1, ics_active = $3
        where id = $1 and ics_sequence = $2 and ics_active returning id`,
      [c.id, c.ics_sequence, kind === 'update'],
    );
    if (won) mails.push(calendarMail(ctx, kind, c, c.ics_sequence + 1, now));
  }
  await enqueueMails(tx, now, mails);
  return mails.length;
}
