/**
 * Event reminders: a day before the event each confirmed participant gets one reminder, in their
 * language, with the event as a calendar invitation; exactly once per sign-up, also with two
 * workers at once; someone who moves up from the waiting list gets theirs; the waiting list none.
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

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z' });
  org = await orgWithAdmin(env);
  coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  ann = await ambassador(env, org, { language: 'nl' });
  bert = await ambassador(env, org, { language: 'fr' });
  chloe = await ambassador(env, org, { language: 'en' });
});
afterAll(() => env.close());

const mails = (to: string) =>
  env.ctx.db.query<{ subject: string; text_body: string; language: string; calendar_method: string; calendar_ics: string }>(
    `select subject, text_body, language, calendar_method, calendar_ics from mail_outbox where kind = 'community-event-reminder' and to_address = $1`,
    [to],
  );

describe('event reminders', () => {
  it('go out once per confirmed sign-up a day before, in each language, with the event for the calendar', async () => {
    const created = await client(env.app, coordinator.token).post('/api/v1/events', {
      kind: 'campus-day',
      title: { nl: 'Campusdag KU Leuven', fr: 'Journée campus KU Leuven', en: 'Campus day KU Leuven' },
      place: 'Leuven',
      startsAt: '2026-11-28T10:00:00+01:00',
      endsAt: '2026-11-28T15:00:00+01:00',
      language: 'nl',
      capacity: 2,
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id;
    for (const p of [ann, bert, chloe]) {
      expect((await client(env.app, p.user.token).put(`/api/v1/events/${id}/signup`, {})).status).toBe(200);
      env.clock.advance(1000);
    }
    // Two days before: nothing yet.
    expect(await sendEventReminders(env.ctx)).toBe(0);

    env.clock.set('2026-11-27T10:00:00Z');
    // Two workers at once: each sign-up is claimed by one of them.
    const [a, b] = await Promise.all([sendEventReminders(env.ctx), sendEventReminders(env.ctx)]);
    expect(a + b).toBe(2);
    expect(await sendEventReminders(env.ctx)).toBe(0);

    const [nl] = await mails(ann.email);
    expect(nl).toMatchObject({ subject: 'Herinnering: Campusdag KU Leuven', language: 'nl', calendar_method: 'REQUEST' });
    expect(nl.text_body).toContain('Leuven');
    const [fr] = await mails(bert.email);
    expect(fr.subject).toBe('Rappel : Journée campus KU Leuven');
    const vevent = new ICAL.Component(ICAL.parse(fr.calendar_ics)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('summary')).toBe('Journée campus KU Leuven');
    expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-11-28T10:00:00');
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Brussels');
    expect(await mails(chloe.email)).toEqual([]);

    // Ann cancels: Chloe moves up and gets her reminder; nobody gets a second one.
    expect((await client(env.app, ann.user.token).delete(`/api/v1/events/${id}/signup`)).status).toBe(204);
    expect(await sendEventReminders(env.ctx)).toBe(1);
    expect(await sendEventReminders(env.ctx)).toBe(0);
    expect((await mails(chloe.email)).map((m) => m.subject)).toEqual(['Reminder: Campus day KU Leuven']);
    expect(await mails(ann.email)).toHaveLength(1);
    expect(await mails(bert.email)).toHaveLength(1);
  });
});
