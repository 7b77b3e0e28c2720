/**
 * Event reminders (a worker job): a day before an event, each confirmed participant gets a reminder
 * in their language with the event as a calendar invitation (ICS, METHOD:REQUEST). Exactly once per
 * sign-up with any number of workers: rows are taken FOR UPDATE SKIP LOCKED and claimed by a
 * conditional update (reminded_at still null) in the same transaction as their mails go to the outbox.
 */
import type { AppContext } from '../../platform/context.ts';
import { isUiLanguage, localize, mailLanguageSql, type UiLanguage } from '../../platform/language.ts';
import { enqueueMails, type OutgoingMail } from '../../platform/mail.ts';
import { invitationIcs, mailAddress } from '../calendars/calendars.service.ts';
import type { Localized } from './events.repo.ts';

/** How long before the start the reminder goes out. */
export const REMINDER_BEFORE_MS = 24 * 3600_000;

interface Due {
  id: string;
  org_id: string;
  event_id: string;
  email: string;
  language: string;
  title: Localized;
  place: string;
  link: string | null;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  org_name: string;
  default_language: string;
}

const TEXTS: Record<
  UiLanguage,
  { locale: string; subject: (t: string) => string; body: (t: string, when: string, where: string) => string }
> = {
  en: {
    locale: 'en-GB',
    subject: (t) => `Reminder: ${t}`,
    body: (t, when, where) =>
      `Hello,\n\nSee you at "${t}" on ${when}${where ? ` (${where})` : ''}.\nThe event for your calendar comes with this mail. Cannot come after all? Cancel your sign-up on the event's page, so that someone on the waiting list can take your place.`,
  },
  nl: {
    locale: 'nl-BE',
    subject: (t) => `Herinnering: ${t}`,
    body: (t, when, where) =>
      `Hallo,\n\nTot op "${t}" op ${when}${where ? ` (${where})` : ''}.\nHet evenement voor je agenda zit bij deze mail. Kan je toch niet komen? Schrijf je uit op de pagina van het evenement, zodat iemand van de wachtlijst je plaats kan innemen.`,
  },
  fr: {
    locale: 'fr-BE',
    subject: (t) => `Rappel : ${t}`,
    body: (t, when, where) =>
      `Bonjour,\n\nÀ bientôt à « ${t} » le ${when}${where ? ` (${where})` : ''}.\nL'événement pour votre agenda est joint à ce mail. Vous ne pouvez finalement pas venir ? Désinscrivez-vous sur la page de l'événement, pour qu'une personne de la liste d'attente prenne votre place.`,
  },
};

function reminderMail(ctx: AppContext, d: Due, now: Date): OutgoingMail {
  const lang: UiLanguage = isUiLanguage(d.language) ? d.language : 'en';
  const t = TEXTS[lang];
  const title = localize(d.title, lang, d.default_language);
  const when = new Intl.DateTimeFormat(t.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: d.time_zone }).format(d.starts_at);
  const where = [d.place, d.link].filter(Boolean).join(', ');
  const url = `${ctx.config.publicUrl}/community/events/${d.event_id}`;
  const text = `${t.body(title, when, where)}\n\n${url}`;
  const ics = invitationIcs('REQUEST', {
    uid: `community-event-${d.event_id}@${new URL(ctx.config.publicUrl).hostname}`,
    sequence: 0,
    startsAt: d.starts_at,
    endsAt: d.ends_at,
    timeZone: d.time_zone,
    summary: title,
    description: `${where}\n${url}`.trim(),
    location: where || null,
    organizer: { name: d.org_name, email: mailAddress(ctx.config.mailFrom) },
    attendees: [d.email],
    stamp: now,
  });
  return {
    orgId: d.org_id,
    kind: 'community-event-reminder',
    to: d.email,
    subject: t.subject(title),
    text,
    lang,
    calendar: { method: 'REQUEST', ics },
  };
}

/** Sends the reminders that are due, `batch` per transaction; returns how many it claimed. */
export async function sendEventReminders(ctx: AppContext, opts: { batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 200;
  let total = 0;
  for (;;) {
    const now = ctx.clock.now();
    const claimed = await ctx.db.transaction(async (tx) => {
      const due = await tx.query<Due>(
        `select s.id, s.org_id, s.event_id, p.work_email as email, ${mailLanguageSql('p')} as language, e.title, e.place, e.link,
                e.starts_at, e.ends_at, o.time_zone, o.name as org_name, o.default_language
           from community_event_signups s
           join community_events e on e.id = s.event_id and e.org_id = s.org_id
           join people p on p.id = s.person_id and p.org_id = s.org_id
           join organisations o on o.id = s.org_id
          where s.status = 'confirmed' and s.reminded_at is null and e.status = 'scheduled'
            and e.starts_at > $1 and e.starts_at <= $2 and p.work_email is not null
          order by e.starts_at, s.id limit $3 for update of s skip locked`,
        [now, new Date(now.getTime() + REMINDER_BEFORE_MS), batch],
      );
      if (!due.length) return 0;
      const won = await tx.query<{ id: string }>(
        `update community_event_signups set reminded_at = $2 where id = any($1) and reminded_at is null returning id`,
        [due.map((d) => d.id), now],
      );
      const ids = new Set(won.map((w) => w.id));
      await enqueueMails(
        tx,
        now,
        due.filter((d) => ids.has(d.id)).map((d) => reminderMail(ctx, d, now)),
      );
      return due.length;
    });
    total += claimed;
    if (claimed < batch) return total;
  }
}
