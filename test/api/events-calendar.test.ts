/**
 * An event in its participants' calendars: after the reminder (an ICS REQUEST, SEQUENCE 0), a new
 * time or place sends one update (REQUEST, the same UID, SEQUENCE+1) to those whose calendar holds
 * it, a cancelled event one cancellation (CANCEL, SEQUENCE+1), a participant who cancels one for their
 * own copy; each in the person's language, exactly once (also when two coordinators act at once), and
 * nothing to those who never got an ICS. The ICS is read back by ical.js.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendEventReminders } from '../../src/modules/community/events.reminders.ts';
import { ambassador, orgWithAdmin, type Org, type Person } from '../factories.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let org: Org;
let coordinator: TestUser;
let ann: Person;
let bert: Person;
let chloe: Person;
let dirk: Person;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-20T09:00:00Z' });
  org = await orgWithAdmin(env);
  coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  ann = await ambassador(env, org, { language: 'nl' });
  bert = await ambassador(env, org, { language: 'fr' });
  chloe = await ambassador(env, org, { language: 'en' });
  dirk = await ambassador(env, org, { language: 'nl' });
});
afterAll(() => env.close());

interface Mail {
  kind: string;
  subject: string;
  text_body: string;
  language: string;
  calendar_method: string;
  calendar_ics: string;
}
/** A person's mails with an ICS, in the order of their SEQUENCE (they share the fake clock's instant). */
const calendarMails = async (p: Person) =>
  (
    await env.ctx.db.query<Mail>(
      `select kind, subject, text_body, language, calendar_method, calendar_ics from mail_outbox
        where to_address = $1 and calendar_ics is not null`,
      [p.email],
    )
  ).sort((a, b) => parse(a.calendar_ics).sequence - parse(b.calendar_ics).sequence);

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const vtz = cal.getFirstSubcomponent('vtimezone');
  if (vtz) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const vevent = cal.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return {
    method: cal.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    localStart: event.startDate.toString(),
    tzid: vevent.getFirstProperty('dtstart')!.getParameter('tzid'),
    location: event.location,
    attendees: vevent.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase()),
  };
}

const JOB_FAIR = {
  kind: 'job-fair',
  title: { nl: 'Jobbeurs Gent', fr: "Salon de l'emploi Gand", en: 'Job fair Ghent' },
  place: 'ICC Gent',
  startsAt: '2026-11-28T10:00:00+01:00',
  endsAt: '2026-11-28T16:00:00+01:00',
  language: 'nl',
  capacity: 3,
};

async function createEvent(body: Record<string, unknown> = JOB_FAIR) {
  const res = await client(env.app, coordinator.token).post('/api/v1/events', body);
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}
const signUp = async (p: Person, id: string) =>
  expect((await client(env.app, p.user.token).put(`/api/v1/events/${id}/signup`, {})).status).toBe(200);

describe('an event in the calendars of its participants', () => {
  it('sends one update when the time or place changes after the reminders, and one cancellation when it is cancelled', async () => {
    env.clock.set('2026-11-20T09:00:00Z');
    const id = await createEvent();
    await signUp(ann, id);
    await signUp(bert, id);
    env.clock.set('2026-11-27T10:00:00Z');
    expect(await sendEventReminders(env.ctx)).toBe(2);
    // Chloe signs up after the reminders went out: she has no ICS yet.
    await signUp(chloe, id);

    const [reminder] = await calendarMails(bert);
    const first = parse(reminder.calendar_ics);
    expect(first).toMatchObject({ method: 'REQUEST', sequence: 0, localStart: '2026-11-28T10:00:00', tzid: 'Europe/Brussels' });

    // A change that a calendar does not show (the description) sends nothing.
    const edit = (patch: Record<string, unknown>) =>
      client(env.app, coordinator.token).put(`/api/v1/events/${id}`, { ...JOB_FAIR, ...patch });
    expect((await edit({ description: { nl: 'Kom langs aan onze stand' } })).status).toBe(204);
    expect(await calendarMails(bert)).toHaveLength(1);

    // Moved an hour later, to another hall: one update each, in their language, same UID, SEQUENCE 1.
    const moved = { startsAt: '2026-11-28T11:00:00+01:00', endsAt: '2026-11-28T17:00:00+01:00', place: 'ICC Gent, hal 2' };
    const [a, b] = await Promise.all([edit(moved), edit(moved)]);
    expect([a.status, b.status]).toEqual([204, 204]);
    const bertMails = await calendarMails(bert);
    expect(bertMails).toHaveLength(2);
    expect(bertMails[1]).toMatchObject({ kind: 'community-event-update', language: 'fr', calendar_method: 'REQUEST' });
    expect(bertMails[1].subject).toBe("Modifié : Salon de l'emploi Gand");
    const update = parse(bertMails[1].calendar_ics);
    expect(update).toMatchObject({ method: 'REQUEST', uid: first.uid, sequence: 1, localStart: '2026-11-28T11:00:00' });
    expect(update.location).toContain('hal 2');
    expect(update.attendees).toEqual([`mailto:${bert.email}`]);
    expect((await calendarMails(ann)).map((m) => m.subject)).toEqual(['Herinnering: Jobbeurs Gent', 'Gewijzigd: Jobbeurs Gent']);
    expect(await calendarMails(chloe)).toEqual([]);

    // Cancelled (twice, at once): one cancellation for each calendar that holds it, SEQUENCE 2.
    const cancel = () => client(env.app, coordinator.token).post(`/api/v1/events/${id}/cancel`);
    await Promise.all([cancel(), cancel()]);
    const last = (await calendarMails(ann)).at(-1)!;
    expect(last).toMatchObject({ kind: 'community-event-cancel', subject: 'Geannuleerd: Jobbeurs Gent', calendar_method: 'CANCEL' });
    expect(parse(last.calendar_ics)).toMatchObject({ method: 'CANCEL', uid: first.uid, sequence: 2, status: 'CANCELLED' });
    expect(await calendarMails(ann)).toHaveLength(3);
    expect(await calendarMails(bert)).toHaveLength(3);
    // Nobody without an ICS gets one, and no reminder follows a cancelled event.
    expect(await calendarMails(chloe)).toEqual([]);
    expect(await sendEventReminders(env.ctx)).toBe(0);
  });

  it('sends a participant who cancels after their reminder one cancellation of their own copy; signing up again outranks it', async () => {
    env.clock.set('2026-11-20T09:00:00Z');
    const id = await createEvent({ ...JOB_FAIR, startsAt: '2026-11-29T10:00:00+01:00', endsAt: '2026-11-29T12:00:00+01:00' });
    await signUp(dirk, id);
    await signUp(chloe, id);
    env.clock.set('2026-11-28T10:00:00Z');
    expect(await sendEventReminders(env.ctx)).toBe(2);

    const leave = () => client(env.app, dirk.user.token).delete(`/api/v1/events/${id}/signup`);
    const [x, y] = await Promise.all([leave(), leave()]);
    expect([x.status, y.status]).toEqual([204, 204]);
    const dirkMails = (await calendarMails(dirk)).filter((m) => m.text_body.includes(id));
    expect(dirkMails.map((m) => m.subject)).toEqual(['Herinnering: Jobbeurs Gent', 'Inschrijving geannuleerd: Jobbeurs Gent']);
    const own = parse(dirkMails[1].calendar_ics);
    expect(own).toMatchObject({ method: 'CANCEL', sequence: 1, status: 'CANCELLED' });
    expect(own.uid).toBe(parse(dirkMails[0].calendar_ics).uid);
    // Chloe's copy is untouched.
    expect((await calendarMails(chloe)).filter((m) => m.text_body.includes(id))).toHaveLength(1);

    // Dirk changes his mind: his new reminder comes with SEQUENCE 2, above the cancellation, so his calendar takes it.
    await signUp(dirk, id);
    expect(await sendEventReminders(env.ctx)).toBe(1);
    const again = (await calendarMails(dirk)).filter((m) => m.text_body.includes(id)).at(-1)!;
    expect(parse(again.calendar_ics)).toMatchObject({ method: 'REQUEST', sequence: 2 });

    // A later change of place reaches both copies once more.
    expect(
      (
        await client(env.app, coordinator.token).put(`/api/v1/events/${id}`, {
          ...JOB_FAIR,
          startsAt: '2026-11-29T10:00:00+01:00',
          endsAt: '2026-11-29T12:00:00+01:00',
          place: 'Het Pand, Gent',
        })
      ).status,
    ).toBe(204);
    const dirkLast = (await calendarMails(dirk)).at(-1)!;
    expect(parse(dirkLast.calendar_ics)).toMatchObject({ method: 'REQUEST', sequence: 3, location: 'Het Pand, Gent' });
    const chloeLast = (await calendarMails(chloe)).at(-1)!;
    expect(chloeLast.subject).toBe('Changed: Job fair Ghent');
    expect(parse(chloeLast.calendar_ics)).toMatchObject({ method: 'REQUEST', sequence: 1 });
  });
});
