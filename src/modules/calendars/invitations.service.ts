/**
 * Calendar invitations of journey steps that are events with a time (welcome day, feedback
 * conversations, retirement conversation). The event's day is the occurrence (the anchor date) plus
 * the event's offsetDays; its time is the organisation's wall-clock time. The UID is stable per
 * delivery (`<delivery id>@<PUBLIC_URL host>`), so an update or cancellation replaces the same
 * event in the attendee's calendar. Texts in nl, fr and en. Pure: the deliveries sender
 * (moments/deliveries.ts) and the reconciler (reconcile.ts) call it with the facts they read.
 */
import type { Config } from '../../config.ts';
import { addDays, zonedTimeToInstant } from '../../platform/calendar.ts';
import { localize, type UiLanguage } from '../../platform/language.ts';
import type { MailCalendar } from '../../platform/mail.ts';
import { invitationIcs, mailAddress } from './ics.ts';
import { dateTimeFormat } from '../../platform/intl.ts';

/** A journey step's event (moments: the step's `event`). */
export interface StepEvent {
  offsetDays: number;
  /** HH:mm in the organisation's time zone. */
  startTime: string;
  durationMinutes: number;
  location: { nl?: string; fr?: string; en?: string } | null;
}

export interface EventTiming {
  /** The event's day (yyyy-mm-dd) in the organisation's zone. */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

export function eventTiming(event: StepEvent, occurrence: string, timeZone: string): EventTiming {
  const date = addDays(occurrence, event.offsetDays);
  const startsAt = zonedTimeToInstant(date, event.startTime, timeZone);
  return { date, startsAt, endsAt: new Date(startsAt.getTime() + event.durationMinutes * 60_000) };
}

export const invitationUid = (config: Pick<Config, 'publicUrl'>, deliveryId: string) =>
  `${deliveryId}@${new URL(config.publicUrl).hostname}`;

/** The languages these texts exist in: any other (de) reads English. */
export const textLanguage = (lang: string | null | undefined): UiLanguage => (lang === 'nl' || lang === 'fr' ? lang : 'en');

const LOCALE: Record<UiLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

const TEXTS: Record<
  UiLanguage,
  {
    when: string;
    where: string;
    attached: string;
    cancelledSubject: (s: string) => string;
    cancelledBody: (s: string, when: string) => string;
    updatedSubject: (s: string) => string;
    updatedBody: (s: string) => string;
  }
> = {
  nl: {
    when: 'Wanneer:',
    where: 'Waar:',
    attached: 'De uitnodiging voor je agenda zit bij deze mail.',
    cancelledSubject: (s) => `Geannuleerd: ${s}`,
    cancelledBody: (s, when) => `Dag,\n\n"${s}" van ${when} gaat niet door. De afspraak verdwijnt uit je agenda.`,
    updatedSubject: (s) => `Gewijzigd: ${s}`,
    updatedBody: (s) => `Dag,\n\n"${s}" is verplaatst of gewijzigd. Zo ziet de afspraak er nu uit:`,
  },
  fr: {
    when: 'Quand :',
    where: 'Où :',
    attached: "L'invitation pour votre agenda est jointe à ce message.",
    cancelledSubject: (s) => `Annulé : ${s}`,
    cancelledBody: (s, when) => `Bonjour,\n\n« ${s} » du ${when} n'aura pas lieu. Le rendez-vous disparaît de votre agenda.`,
    updatedSubject: (s) => `Modifié : ${s}`,
    updatedBody: (s) => `Bonjour,\n\n« ${s} » a été déplacé ou modifié. Voici le rendez-vous tel qu'il est maintenant :`,
  },
  en: {
    when: 'When:',
    where: 'Where:',
    attached: 'The invitation for your calendar comes with this mail.',
    cancelledSubject: (s) => `Cancelled: ${s}`,
    cancelledBody: (s, when) => `Hello,\n\n"${s}" on ${when} will not take place. It is removed from your calendar.`,
    updatedSubject: (s) => `Updated: ${s}`,
    updatedBody: (s) => `Hello,\n\n"${s}" has been moved or changed. This is the appointment now:`,
  },
};

/** "maandag 2 maart 2026, 09:00–10:00" in the reader's language, in the organisation's zone. */
export function formatWhen(lang: UiLanguage, startsAt: Date, endsAt: Date, timeZone: string): string {
  const day = dateTimeFormat(LOCALE[lang], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(startsAt);
  const time = dateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  return `${day}, ${time.format(startsAt)}–${time.format(endsAt)}`;
}

/** The lines a mail with an invitation adds under its text: when, where, and that the invitation is attached. */
export function eventLines(lang: UiLanguage, startsAt: Date, endsAt: Date, timeZone: string, location: string | null): string {
  const t = TEXTS[lang];
  return [
    `${t.when} ${formatWhen(lang, startsAt, endsAt, timeZone)}`,
    ...(location ? [`${t.where} ${location}`] : []),
    '',
    t.attached,
  ].join('\n');
}

/** The lines a step's mail gains for its event on a given occurrence (a preview shows them as the mail will). */
export function eventLinesFor(event: StepEvent, occurrence: string, timeZone: string, language: string, orgDefault: string): string {
  const lang = textLanguage(language);
  const timing = eventTiming(event, occurrence, timeZone);
  const location = event.location ? localize(event.location, lang, orgDefault) || null : null;
  return eventLines(lang, timing.startsAt, timing.endsAt, timeZone, location);
}

export interface InvitationFacts {
  deliveryId: string;
  orgName: string;
  defaultLanguage: string;
  /** The step's name: the event's title (SUMMARY), in the recipient's language. */
  stepName: Parameters<typeof localize>[0];
  event: StepEvent;
  occurrence: string;
  timeZone: string;
}

/** What is recorded in calendar_invitations with the delivery's outcome. */
export interface InvitationRecord {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  attendees: string[];
  language: UiLanguage;
  location: string | null;
}

/** The invitation a delivery's mail carries, the lines its text gains, and the record to keep. */
export function buildInvitation(
  config: Pick<Config, 'publicUrl' | 'mailFrom'>,
  f: InvitationFacts,
  attendees: string[],
  language: string,
  description: string,
  now: Date,
): { calendar: MailCalendar; lines: string; record: InvitationRecord } {
  const lang = textLanguage(language);
  const timing = eventTiming(f.event, f.occurrence, f.timeZone);
  const location = f.event.location ? localize(f.event.location, lang, f.defaultLanguage) || null : null;
  const lines = eventLines(lang, timing.startsAt, timing.endsAt, f.timeZone, location);
  const record: InvitationRecord = {
    uid: invitationUid(config, f.deliveryId),
    sequence: 0,
    startsAt: timing.startsAt,
    endsAt: timing.endsAt,
    attendees,
    language: lang,
    location,
  };
  const ics = invitationIcs('REQUEST', {
    ...record,
    timeZone: f.timeZone,
    summary: localize(f.stepName, lang, f.defaultLanguage),
    description: `${description}\n\n${lines}`,
    organizer: { name: f.orgName, email: mailAddress(config.mailFrom) },
    stamp: now,
  });
  return { calendar: { method: 'REQUEST', ics }, lines, record };
}

/** The mail of an update (REQUEST, a higher SEQUENCE) or a cancellation (CANCEL) of an invitation already sent. */
export function changeMail(
  config: Pick<Config, 'publicUrl' | 'mailFrom'>,
  method: 'REQUEST' | 'CANCEL',
  inv: InvitationRecord & { summary: string; orgName: string; timeZone: string },
  now: Date,
): { subject: string; text: string; calendar: MailCalendar } {
  const t = TEXTS[inv.language];
  const lines = eventLines(inv.language, inv.startsAt, inv.endsAt, inv.timeZone, inv.location);
  const subject = method === 'CANCEL' ? t.cancelledSubject(inv.summary) : t.updatedSubject(inv.summary);
  const text =
    method === 'CANCEL'
      ? t.cancelledBody(inv.summary, formatWhen(inv.language, inv.startsAt, inv.endsAt, inv.timeZone))
      : `${t.updatedBody(inv.summary)}\n\n${lines}`;
  const ics = invitationIcs(method, {
    ...inv,
    description: text,
    organizer: { name: inv.orgName, email: mailAddress(config.mailFrom) },
    stamp: now,
  });
  return { subject, text, calendar: { method, ics } };
}
