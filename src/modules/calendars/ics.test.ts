import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { feedIcs, invitationIcs, mailAddress, type InvitationEvent } from './ics.ts';
import { eventTiming, formatWhen } from './invitations.service.ts';

const base: InvitationEvent = {
  uid: 'd-1@embassy.test',
  sequence: 3,
  startsAt: new Date('2026-01-12T08:00:00Z'),
  endsAt: new Date('2026-01-12T09:30:00Z'),
  timeZone: 'Europe/Brussels',
  summary: 'Onthaaldag',
  description: 'Welkom!\nTot dan.',
  location: 'Gent; zaal 2',
  organizer: { name: 'Acme "Belgium"', email: 'noreply@acme.be' },
  attendees: ['a@acme.be', 'b@acme.be'],
  stamp: new Date('2026-01-01T10:00:00Z'),
};

function vevent(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return { cal, events: cal.getAllSubcomponents('vevent') };
}

describe('ICS', () => {
  it('writes winter and summer times in the zone, with its VTIMEZONE, a UTC DTSTAMP and every attendee', () => {
    const winter = vevent(invitationIcs('REQUEST', base));
    const [ev] = winter.events;
    expect(ev.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Brussels');
    expect(ev.getFirstPropertyValue('dtstart')!.toString()).toBe('2026-01-12T09:00:00'); // UTC+1
    expect(ev.getFirstProperty('dtstamp')!.toICALString()).toBe('DTSTAMP:20260101T100000Z');
    expect(winter.cal.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Brussels');
    expect(ev.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:a@acme.be',
      'mailto:b@acme.be',
    ]);
    expect(ev.getFirstPropertyValue('location')).toBe('Gent; zaal 2');
    expect(ev.getFirstPropertyValue('description')).toBe('Welkom!\nTot dan.');
    expect(ev.getFirstPropertyValue('sequence')).toBe(3);
    // A double quote cannot stand in a parameter: the organiser's name goes without.
    expect(ev.getFirstProperty('organizer')!.getParameter('cn')).toBe('Acme  Belgium');
    const summer = vevent(
      invitationIcs('REQUEST', { ...base, startsAt: new Date('2026-07-13T08:00:00Z'), endsAt: new Date('2026-07-13T09:00:00Z') }),
    );
    expect(summer.events[0].getFirstPropertyValue('dtstart')!.toString()).toBe('2026-07-13T10:00:00'); // UTC+2
  });

  it("uses the organisation's own zone", () => {
    const { cal, events } = vevent(invitationIcs('REQUEST', { ...base, timeZone: 'Europe/London' }));
    expect(cal.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(events[0].getFirstPropertyValue('dtstart')!.toString()).toBe('2026-01-12T08:00:00');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const { cal, events } = vevent(invitationIcs('CANCEL', base));
    expect(cal.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(events[0].getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('writes a feed of timed and all-day events', () => {
    const ics = feedIcs({
      name: 'Embassy',
      timeZone: 'Europe/Brussels',
      stamp: base.stamp,
      entries: [
        { kind: 'day', uid: 'x@feed', date: '2026-03-29', summary: 'Verjaardag', description: '' },
        { kind: 'timed', uid: 'y@feed', startsAt: base.startsAt, endsAt: base.endsAt, summary: 'Lunch', description: '', location: null },
      ],
    });
    const { cal, events } = vevent(ics);
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    const day = new ICAL.Event(events[0]);
    expect(day.startDate.isDate).toBe(true);
    expect(day.startDate.toString()).toBe('2026-03-29');
    expect(new ICAL.Event(events[1]).startDate.toString()).toBe('2026-01-12T09:00:00');
  });

  it('reads the address out of a From header', () => {
    expect(mailAddress('Embassy <noreply@acme.be>')).toBe('noreply@acme.be');
    expect(mailAddress('noreply@acme.be')).toBe('noreply@acme.be');
  });
});

describe('event timing', () => {
  it('puts the event on the anchor date plus its days, at its wall-clock time, across a change to summer time', () => {
    const t = eventTiming({ offsetDays: 2, startTime: '09:00', durationMinutes: 120, location: null }, '2026-03-27', 'Europe/Brussels');
    expect(t.date).toBe('2026-03-29');
    expect(t.startsAt.toISOString()).toBe('2026-03-29T07:00:00.000Z'); // summer time began at 02:00 that night
    expect(t.endsAt.toISOString()).toBe('2026-03-29T09:00:00.000Z');
    expect(formatWhen('nl', t.startsAt, t.endsAt, 'Europe/Brussels')).toBe('zondag 29 maart 2026, 09:00–11:00');
    expect(formatWhen('fr', t.startsAt, t.endsAt, 'Europe/Brussels')).toBe('dimanche 29 mars 2026, 09:00–11:00');
    expect(formatWhen('en', t.startsAt, t.endsAt, 'Europe/Brussels')).toBe('Sunday, 29 March 2026, 09:00–11:00');
  });
});
