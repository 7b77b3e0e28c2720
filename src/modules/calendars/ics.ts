/**
 * ICS as Outlook and Google accept it, built with ical-generator: invitations (METHOD:REQUEST),
 * updates (the same UID, a higher SEQUENCE), cancellations (METHOD:CANCEL) and the personal feed
 * (METHOD:PUBLISH). Timed events carry TZID=<the organisation's zone> with its VTIMEZONE block
 * (timezones-ical-library); DTSTAMP is UTC. Pure: no database.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
  type ICalEventData,
} from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { localDateOf, localTimeOf } from '../../platform/calendar.ts';

const PRODID = { company: 'Embassy', product: 'Embassy', language: 'EN' };

/** The VTIMEZONE block of a zone (null for an unknown one: then the times are UTC). */
const vtimezone = (tz: string): string | null => {
  const block = tzlib_get_ical_block(tz);
  return Array.isArray(block) && typeof block[0] === 'string' && block[0].includes('BEGIN:VTIMEZONE') ? block[0] : null;
};

/**
 * ical-generator prints a Date given with a time zone from the Date's own (process-local) fields:
 * a Date whose local fields are the wall time in `tz` prints that wall time whatever the server's zone.
 */
function wallDate(instant: Date, tz: string): Date {
  const [y, m, d] = localDateOf(instant, tz).split('-').map(Number);
  const [hh, mm] = localTimeOf(instant, tz).split(':').map(Number);
  return new Date(y, m - 1, d, hh, mm);
}

/** The address of a From header such as `Embassy <noreply@example.be>`. */
export function mailAddress(from: string): string {
  const m = /<([^>]+)>/.exec(from);
  return (m ? m[1] : from).trim();
}

/** A parameter value may not hold a double quote (RFC 5545 3.1): the organiser's name without them. */
const paramText = (s: string) => s.replace(/["\r\n]/g, ' ').trim();

function calendar(method: ICalCalendarMethod): ICalCalendar {
  const cal = ical({ prodId: PRODID });
  cal.method(method);
  // name null: DTSTAMP stays UTC; the generator still writes the VTIMEZONE of each event's zone.
  cal.timezone({ name: null, generator: vtimezone });
  return cal;
}

export interface InvitationEvent {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  summary: string;
  description: string;
  location: string | null;
  organizer: { name: string; email: string };
  attendees: string[];
  stamp: Date;
}

function timed(ev: InvitationEvent): ICalEventData {
  const known = vtimezone(ev.timeZone) !== null;
  return {
    id: ev.uid,
    sequence: ev.sequence,
    stamp: ev.stamp,
    start: known ? wallDate(ev.startsAt, ev.timeZone) : ev.startsAt,
    end: known ? wallDate(ev.endsAt, ev.timeZone) : ev.endsAt,
    timezone: known ? ev.timeZone : null,
    summary: ev.summary,
    description: ev.description,
    location: ev.location ?? undefined,
    organizer: { name: paramText(ev.organizer.name), email: ev.organizer.email },
  };
}

/** An invitation or its update (METHOD:REQUEST), or its cancellation (METHOD:CANCEL): one VEVENT. */
export function invitationIcs(method: 'REQUEST' | 'CANCEL', ev: InvitationEvent): string {
  const cal = calendar(method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL);
  const event = cal.createEvent({
    ...timed(ev),
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  for (const email of ev.attendees)
    event.createAttendee({
      email,
      rsvp: true,
      status: ICalAttendeeStatus.NEEDSACTION,
      role: ICalAttendeeRole.REQ,
    });
  return cal.toString();
}

export type FeedEntry =
  | { kind: 'timed'; uid: string; startsAt: Date; endsAt: Date; summary: string; description: string; location: string | null }
  | { kind: 'day'; uid: string; date: string; summary: string; description: string };

/** A subscribed calendar (METHOD:PUBLISH): timed events in the zone, the rest all-day (what Outlook and Google show best). */
export function feedIcs(f: { name: string; timeZone: string; stamp: Date; entries: FeedEntry[] }): string {
  const cal = calendar(ICalCalendarMethod.PUBLISH);
  cal.name(f.name);
  cal.ttl(60 * 15);
  const known = vtimezone(f.timeZone) !== null;
  for (const e of f.entries) {
    if (e.kind === 'timed') {
      cal.createEvent({
        id: e.uid,
        stamp: f.stamp,
        start: known ? wallDate(e.startsAt, f.timeZone) : e.startsAt,
        end: known ? wallDate(e.endsAt, f.timeZone) : e.endsAt,
        timezone: known ? f.timeZone : null,
        summary: e.summary,
        description: e.description,
        location: e.location ?? undefined,
      });
    } else {
      const [y, m, d] = e.date.split('-').map(Number);
      // Without a zone, DTSTART;VALUE=DATE prints the Date's UTC fields.
      cal.createEvent({
        id: e.uid,
        stamp: f.stamp,
        start: new Date(Date.UTC(y, m - 1, d)),
        allDay: true,
        summary: e.summary,
        description: e.description,
      });
    }
  }
  return cal.toString();
}
