/**
 * Journey steps that are events with a time: the mail carries an ICS invitation (read back here by
 * ical.js, a parser of its own), a changed time sends an update with a higher SEQUENCE, a changed
 * date or a person who left sends one cancellation, and the SMTP server receives a text/calendar part.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcileCalendarInvitations } from '../../src/modules/calendars/reconcile.ts';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import { createTransport, sendDueMail, type MailToSend, type MailTransport } from '../../src/platform/mail.ts';
import { client, createTestEnv, importPeople, type PersonSpec, type TestEnv } from '../helpers.ts';
import { orgWithAdmin, type Org } from '../factories.ts';
import { parseMime } from '../mime.ts';
import { startSmtpSink } from '../smtp-sink.ts';

let env: TestEnv;
let org: Org;
let journeyId: string;
let stepId: string;
const sent: MailToSend[] = [];
const transport: MailTransport = { name: 'test', send: async (m) => void sent.push(m) };

const NINA: PersonSpec = { number: 'N1', first: 'Nina', last: 'Nieuw', email: 'nina@acme.be', language: 'nl', start: '2026-05-04' };
const FLEUR: PersonSpec = {
  number: 'F1',
  first: 'Fleur',
  last: 'Francq',
  email: 'fleur@acme.be',
  language: 'fr',
  region: 'wallonia',
  site: 'Namur',
  start: '2026-05-04',
};

// The day after the first day (Tuesday 5 May for a start on Monday 4 May).
const EVENT = {
  offsetDays: 1,
  startTime: '09:30',
  durationMinutes: 90,
  location: { nl: 'Onthaal, Gent', fr: 'Accueil, Gand', en: 'Reception, Ghent' },
};
const stepBody = (event: unknown, kind = 'message') => ({
  name: { nl: 'Welkomstdag', fr: "Journée d'accueil", en: 'Welcome day' },
  kind,
  recipient: 'person',
  anchor: 'start_date',
  offsetDays: -7,
  offsetUnit: 'calendar',
  templates: {
    nl: { subject: 'Je welkomstdag', body: 'Dag {{firstName}}, we verwachten je op je eerste dag.' },
    fr: { subject: "Votre journée d'accueil", body: 'Bonjour {{firstName}}, nous vous attendons le premier jour.' },
  },
  ...(kind === 'task' ? { task: { title: 'Prepare', owner: 'hr', dueDays: 1, checklist: [] } } : {}),
  event,
});

/** The one VEVENT of an ICS text, with the calendar's METHOD, parsed by ical.js. */
function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const vtz = cal.getFirstSubcomponent('vtimezone');
  if (vtz) ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  const vevent = cal.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const dtstart = vevent.getFirstProperty('dtstart')!;
  return {
    method: cal.getFirstPropertyValue('method'),
    prodid: String(cal.getFirstPropertyValue('prodid')),
    vtimezone: vtz?.getFirstPropertyValue('tzid') ?? null,
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    tzid: dtstart.getParameter('tzid'),
    localStart: event.startDate.toString(),
    localEnd: event.endDate.toString(),
    start: event.startDate.toJSDate().toISOString(),
    summary: event.summary,
    location: event.location,
    description: event.description,
    organizer: String(vevent.getFirstPropertyValue('organizer')),
    dtstamp: vevent.getFirstProperty('dtstamp')!.toICALString(),
    attendees: event.attendees.map((a) => ({
      email: String(a.getFirstValue()).toLowerCase(),
      rsvp: a.getParameter('rsvp'),
      partstat: a.getParameter('partstat'),
    })),
  };
}

const outbox = (kind: string) =>
  env.ctx.db.query<{ to_address: string; subject: string; text_body: string; calendar_method: string; calendar_ics: string }>(
    `select to_address, subject, text_body, calendar_method, calendar_ics from mail_outbox where org_id = $1 and kind = $2 order by created_at`,
    [org.id, kind],
  );
const invitations = () =>
  env.ctx.db.query<{ delivery_id: string; uid: string; sequence: number; status: string; attendees: string[]; language: string }>(
    `select delivery_id, uid, sequence, status, attendees, language from calendar_invitations where org_id = $1 order by language`,
    [org.id],
  );

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-20T06:00:00Z' });
  org = await orgWithAdmin(env);
  await importPeople(env.app, org.admin.token, [NINA, FLEUR]);
  const api = client(env.app, org.admin.token);
  const j = await api.post('/api/v1/journeys', { name: 'Onthaal', active: true });
  expect(j.status, j.text).toBe(201);
  journeyId = j.body.id;
  const s = await api.post(`/api/v1/journeys/${journeyId}/steps`, stepBody(EVENT));
  expect(s.status, s.text).toBe(201);
  stepId = s.body.steps[0].id;
});
afterAll(() => env.close());

describe('a step that is an event', () => {
  it('keeps its event, and only a message step may have one', async () => {
    const api = client(env.app, org.admin.token);
    const j = await api.get(`/api/v1/journeys/${journeyId}`);
    expect(j.body.steps[0].event).toEqual(EVENT);
    const task = await api.post(`/api/v1/journeys/${journeyId}/steps`, stepBody(EVENT, 'task'));
    expect(task.status).toBe(422);
    expect(task.body.errors).toContainEqual(expect.objectContaining({ code: 'event-only-for-messages' }));
    const bad = await api.post(`/api/v1/journeys/${journeyId}/steps`, stepBody({ ...EVENT, startTime: '25:00' }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('event.startTime');
    const short = await api.post(`/api/v1/journeys/${journeyId}/steps`, stepBody({ ...EVENT, durationMinutes: 2 }));
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body.errors)).toContain('event.durationMinutes');
  });

  it("previews the mail with the event's day, time and place under its text", async () => {
    const [fleur] = await env.ctx.db.query<{ id: string }>(`select id from people where org_id = $1 and work_email = $2`, [
      org.id,
      FLEUR.email,
    ]);
    const res = await client(env.app, org.admin.token).get(`/api/v1/journeys/${journeyId}/steps/${stepId}/preview?personId=${fleur.id}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.language).toBe('fr');
    expect(res.body.body).toContain('Quand : mardi 5 mai 2026, 09:30–11:00\nOù : Accueil, Gand');
  });
});

describe('the invitation', () => {
  it('goes with the mail: METHOD:REQUEST, a stable UID, the zone, the local time, the attendee, the summary in their language', async () => {
    // Seven calendar days before Monday 4 May: Monday 27 April.
    await sweep(env.ctx, org.id, '2026-04-27');
    env.clock.set('2026-04-27T08:00:00Z');
    await sendDueDeliveries(env.ctx, transport);
    expect(sent).toHaveLength(2);
    const rows = await invitations();
    expect(rows).toHaveLength(2);
    for (const m of sent) {
      expect(m.calendar?.method).toBe('REQUEST');
      const ev = parse(m.calendar!.ics);
      const fr = m.to === FLEUR.email;
      const row = rows.find((r) => r.attendees.includes(m.to))!;
      expect(ev).toMatchObject({
        method: 'REQUEST',
        vtimezone: 'Europe/Brussels',
        uid: `${row.delivery_id}@embassy.test`,
        sequence: 0,
        status: 'CONFIRMED',
        tzid: 'Europe/Brussels',
        localStart: '2026-05-05T09:30:00',
        localEnd: '2026-05-05T11:00:00',
        start: '2026-05-05T07:30:00.000Z', // 09:30 summer time
        summary: fr ? "Journée d'accueil" : 'Welkomstdag',
        location: fr ? 'Accueil, Gand' : 'Onthaal, Gent',
        attendees: [{ email: `mailto:${m.to}`, rsvp: 'TRUE', partstat: 'NEEDS-ACTION' }],
      });
      expect(ev.prodid).toContain('Embassy');
      expect(ev.organizer.toLowerCase()).toContain('mailto:');
      expect(ev.dtstamp).toMatch(/Z$/);
      expect(ev.description).toContain(fr ? 'Bonjour Fleur' : 'Dag Nina');
      // The text says when and where too, for mail programs that show no invitation.
      expect(m.text).toContain(fr ? 'Quand : mardi 5 mai 2026, 09:30–11:00' : 'Wanneer: dinsdag 5 mei 2026, 09:30–11:00');
      expect(row).toMatchObject({ sequence: 0, status: 'active', language: fr ? 'fr' : 'nl' });
    }
  });

  it('is updated once, with a higher SEQUENCE and the new time, when the step moves to another hour', async () => {
    const api = client(env.app, org.admin.token);
    const put = await api.put(`/api/v1/journeys/${journeyId}/steps/${stepId}`, stepBody({ ...EVENT, startTime: '10:00' }));
    expect(put.status, put.text).toBe(200);
    // Two workers at once: the sequence guard lets each update out once.
    const [a, b] = await Promise.all([reconcileCalendarInvitations(env.ctx), reconcileCalendarInvitations(env.ctx)]);
    expect(a + b).toBe(2);
    expect(await reconcileCalendarInvitations(env.ctx)).toBe(0);
    const updates = await outbox('calendar_update');
    expect(updates).toHaveLength(2);
    const nina = updates.find((u) => u.to_address === NINA.email)!;
    expect(nina.calendar_method).toBe('REQUEST');
    expect(nina.subject).toBe('Gewijzigd: Welkomstdag');
    const ev = parse(nina.calendar_ics);
    const [row] = (await invitations()).filter((r) => r.attendees.includes(NINA.email));
    expect(ev).toMatchObject({
      method: 'REQUEST',
      uid: row.uid,
      sequence: 1,
      localStart: '2026-05-05T10:00:00',
      localEnd: '2026-05-05T11:30:00',
    });
    expect(row.sequence).toBe(1);
  });

  it('is cancelled once when the start date changes, and the new date brings a fresh invitation', async () => {
    await importPeople(env.app, org.admin.token, [{ ...NINA, start: '2026-05-11' }, FLEUR]);
    expect(await reconcileCalendarInvitations(env.ctx)).toBe(1);
    expect(await reconcileCalendarInvitations(env.ctx)).toBe(0);
    const [cancel] = await outbox('calendar_cancel');
    expect(cancel).toMatchObject({ to_address: NINA.email, calendar_method: 'CANCEL', subject: 'Geannuleerd: Welkomstdag' });
    const ev = parse(cancel.calendar_ics);
    const rows = await invitations();
    const nina = rows.find((r) => r.attendees.includes(NINA.email))!;
    expect(ev).toMatchObject({
      method: 'CANCEL',
      uid: nina.uid,
      sequence: 2,
      status: 'CANCELLED',
      attendees: [{ email: `mailto:${NINA.email}` }],
    });
    expect(nina).toMatchObject({ status: 'cancelled', sequence: 2 });
    // The mailbox says which mail carries an invitation and which a cancellation.
    const box = (await client(env.app, org.admin.token).get(`/api/v1/mailbox?to=${NINA.email}`)).body.items;
    expect(box.find((m: any) => m.kind === 'calendar_cancel').calendar).toBe('CANCEL');
    expect(box.find((m: any) => m.kind === 'journey').calendar).toBe('REQUEST');
    expect(rows.find((r) => r.attendees.includes(FLEUR.email))).toMatchObject({ status: 'active', sequence: 1 });

    // The sweep writes the delivery of the new date (seven days before 11 May); it sends a new invitation.
    sent.length = 0;
    await sweep(env.ctx, org.id, '2026-05-04');
    env.clock.set('2026-05-04T08:00:00Z');
    await sendDueDeliveries(env.ctx, transport);
    expect(sent.map((m) => m.to)).toEqual([NINA.email]);
    const fresh = parse(sent[0].calendar!.ics);
    expect(fresh).toMatchObject({ sequence: 0, localStart: '2026-05-12T10:00:00' });
    expect(fresh.uid).not.toBe(nina.uid);
  });

  it('is cancelled when the person leaves before the event', async () => {
    // Fleur's first day becomes her last: the welcome day after it will not happen.
    const res = await client(env.app, org.admin.token).post(
      '/api/v1/people/import',
      [
        'employee_number;first_name;last_name;work_email;language;site;region;start_date;end_date',
        'F1;Fleur;Francq;fleur@acme.be;fr;Namur;wallonia;2026-05-04;2026-05-04',
      ].join('\n'),
      { 'content-type': 'text/csv' },
    );
    expect(res.status, res.text).toBe(200);
    env.clock.set('2026-04-28T08:00:00Z');
    expect(await reconcileCalendarInvitations(env.ctx)).toBe(1);
    const cancels = await outbox('calendar_cancel');
    const fleur = cancels.find((c) => c.to_address === FLEUR.email)!;
    expect(fleur.subject).toBe("Annulé : Journée d'accueil");
    expect(parse(fleur.calendar_ics)).toMatchObject({ method: 'CANCEL', sequence: 2 });
  });

  it('reaches the SMTP server as a text/calendar alternative and an invite.ics attachment', async () => {
    const sink = await startSmtpSink();
    try {
      const smtp = createTransport({ config: { ...env.ctx.config, smtpUrl: sink.url } });
      await sendDueMail(env.ctx, smtp);
      const mails = sink.received.map(parseMime);
      const cancel = mails.find((m) => m.headers.to?.includes(NINA.email) && m.headers.subject?.includes('Geannuleerd'))!;
      expect(cancel).toBeDefined();
      const cal = cancel.parts.find((p) => p.type === 'text/calendar')!;
      expect(cal.headers['content-type']).toMatch(/method=CANCEL/i);
      expect(parse(cal.body)).toMatchObject({ method: 'CANCEL', sequence: 2 });
      expect(cancel.parts.some((p) => /invite\.ics/.test(p.headers['content-disposition'] ?? ''))).toBe(true);
      expect(cancel.parts.some((p) => p.type === 'text/plain')).toBe(true);

      // A journey mail with its invitation, sent straight by the deliveries' sender: its own Message-ID,
      // text and HTML, and the text/calendar REQUEST.
      await importPeople(env.app, org.admin.token, [{ ...NINA, number: 'P1', first: 'Pol', email: 'pol@acme.be', start: '2026-05-18' }]);
      await sweep(env.ctx, org.id, '2026-05-11');
      env.clock.set('2026-05-11T08:00:00Z');
      await sendDueDeliveries(env.ctx, smtp);
      const [delivery] = await env.ctx.db.query<{ id: string; message_id: string }>(
        `select d.id, d.message_id from deliveries d join people p on p.id = d.person_id where p.work_email = 'pol@acme.be'`,
      );
      const pol = sink.received.map(parseMime).find((m) => m.headers.to?.includes('pol@acme.be'))!;
      expect(pol.headers['message-id']).toBe(delivery.message_id);
      expect(pol.parts.map((p) => p.type)).toEqual(expect.arrayContaining(['text/plain', 'text/html', 'text/calendar']));
      const invite = pol.parts.find((p) => p.type === 'text/calendar')!;
      expect(invite.headers['content-type']).toMatch(/method=REQUEST/i);
      expect(parse(invite.body)).toMatchObject({
        method: 'REQUEST',
        uid: `${delivery.id}@embassy.test`,
        localStart: '2026-05-19T10:00:00',
      });
    } finally {
      await sink.close();
    }
  });
});
