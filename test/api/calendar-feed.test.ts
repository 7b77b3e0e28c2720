/**
 * Personal calendar feeds: the API (create shown once, status, revoke; tenancy and roles), and the
 * feed itself read back by ical.js: what each role sees (their own events and the steps of their
 * moments addressed to them, never a step for others about them; a manager's
 * reports, HR's organisation, their tasks), a birthday someone did not want noticed never there,
 * another organisation's people never there, a revoked URL 404.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import { loggablePath } from '../../src/platform/log.ts';
import type { MailTransport } from '../../src/platform/mail.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';
import { orgWithAdmin, welcomeLunchJourney, type Org } from '../factories.ts';

let env: TestEnv;
let org: Org;
let other: Org;
let marc: TestUser;
let rita: TestUser;
let sam: TestUser;
let eva: TestUser;
let zed: TestUser;
const transport: MailTransport = { name: 'test', send: async () => {} };

const HEADER = 'employee_number;first_name;last_name;work_email;language;department;site;region;manager;start_date;birthday';
// Rita starts today (1 December 2026); Sam said his birthday is not to be noticed.
const ROWS = [
  'M1;Marc;Maes;marc@acme.be;nl;IT;Gent;flanders;;2015-03-02;12/06/1980',
  'R1;Rita;Rens;rita@acme.be;nl;IT;Gent;flanders;M1;2026-12-01;20/12/1990',
  'S1;Sam;Smet;sam@acme.be;nl;IT;Gent;flanders;M1;2019-09-02;22/12/1991',
  'E1;Eva;Elst;eva@acme.be;fr;Sales;Namur;wallonia;;2018-01-08;18/12/1985',
  'C1;Carl;Claes;carl@acme.be;nl;IT;Gent;flanders;;2026-12-01;03/03/1993',
];

async function importRows(app: Org, rows: string[]) {
  const res = await client(env.app, app.admin.token).post('/api/v1/people/import', [HEADER, ...rows].join('\n'), {
    'content-type': 'text/csv',
  });
  expect(res.status, res.text).toBe(200);
}

/** Creates a feed for a user and reads it: the summaries, and the raw events. */
async function feedOf(user: TestUser) {
  const created = await client(env.app, user.token).post('/api/v1/me/calendar-feed');
  expect(created.status, created.text).toBe(201);
  const path = new URL(created.body.url).pathname;
  const res = await client(env.app).get(path);
  expect(res.status, res.text).toBe(200);
  return { path, res, ...read(res.text) };
}

function read(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { cal, events, summaries: events.map((e) => e.summary) };
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-12-01T06:00:00Z' });
  org = await orgWithAdmin(env);
  other = await orgWithAdmin(env);
  await importRows(org, ROWS);
  await importRows(other, ['Z1;Zed;Zomer;zed@other.be;nl;IT;Gent;flanders;;2026-12-01;21/12/1990']);
  marc = await makeUser(env.ctx, org.id, 'manager', { email: 'marc@acme.be' });
  rita = await makeUser(env.ctx, org.id, 'employee', { email: 'rita@acme.be' });
  sam = await makeUser(env.ctx, org.id, 'employee', { email: 'sam@acme.be' });
  eva = await makeUser(env.ctx, org.id, 'employee', { email: 'eva@acme.be' });
  zed = await makeUser(env.ctx, other.id, 'admin', { email: 'zed@other.be' });
  for (const o of [org, other])
    for (const key of ['onboarding', 'anniversaries']) {
      const j = await client(env.app, o.admin.token).post('/api/v1/journeys', { templateKey: key, active: true });
      expect(j.status, j.text).toBe(201);
    }
  // A welcome lunch a week after the start: an event with an invitation.
  await welcomeLunchJourney(env, org.admin);
  // Sam does not want his birthday noticed.
  const prefs = await client(env.app, sam.token).put('/api/v1/me/moments', {
    birthdayAudience: 'nobody',
    showBirthYear: false,
    anniversaryAudience: 'team',
    wanted: { birthday: false },
    note: '',
  });
  expect(prefs.status, prefs.text).toBe(200);
  // Today's sweep and sending: Rita's first-day mails, her lunch invitation, HR's onboarding task.
  await sweep(env.ctx, org.id, '2026-12-01');
  await sweep(env.ctx, other.id, '2026-12-01');
  // Carl's start moves two weeks on before today's mails go: today's deliveries for him are cancelled.
  await importRows(org, ['C1;Carl;Claes;carl@acme.be;nl;IT;Gent;flanders;;2026-12-15;03/03/1993']);
  env.clock.set('2026-12-01T09:00:00Z');
  await sendDueDeliveries(env.ctx, transport);
});
afterAll(() => env.close());

describe('the calendar feed API', () => {
  it('creates a secret URL shown once, says whether one exists, and revokes it', async () => {
    const api = client(env.app, eva.token);
    expect((await api.get('/api/v1/me/calendar-feed')).body).toEqual({ exists: false, createdAt: null, lastUsedAt: null });
    expect((await api.delete('/api/v1/me/calendar-feed')).status).toBe(404);
    const first = await api.post('/api/v1/me/calendar-feed');
    expect(first.status).toBe(201);
    expect(first.body.url).toMatch(/^http:\/\/embassy\.test\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
    const status = (await api.get('/api/v1/me/calendar-feed')).body;
    expect(status).toMatchObject({ exists: true, lastUsedAt: null });
    expect(JSON.stringify(status)).not.toContain(new URL(first.body.url).pathname.slice(10, 40));
    // Only the hash is stored.
    const token = new URL(first.body.url).pathname.slice('/calendar/'.length, -'.ics'.length);
    const stored = await env.ctx.db.query(`select 1 from calendar_feeds where token_hash = $1 or token_hash like $2`, [
      token,
      `%${token}%`,
    ]);
    expect(stored).toHaveLength(0);

    expect((await client(env.app).get(new URL(first.body.url).pathname)).status).toBe(200);
    expect((await api.get('/api/v1/me/calendar-feed')).body.lastUsedAt).toBe('2026-12-01T09:00:00.000Z');

    // A new URL revokes the old one.
    const second = await api.post('/api/v1/me/calendar-feed');
    expect((await client(env.app).get(new URL(first.body.url).pathname)).status).toBe(404);
    expect((await client(env.app).get(new URL(second.body.url).pathname)).status).toBe(200);
    expect((await api.delete('/api/v1/me/calendar-feed')).status).toBe(204);
    expect((await client(env.app).get(new URL(second.body.url).pathname)).status).toBe(404);
    expect((await api.get('/api/v1/me/calendar-feed')).body.exists).toBe(false);

    const audit = await env.ctx.db.query<{ action: string }>(
      `select action from audit_log where org_id = $1 and action like 'calendar_feed.%' order by at, action`,
      [org.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['calendar_feed.create', 'calendar_feed.create', 'calendar_feed.revoke']);
  });

  it('acts only for the signed-in account: one per account, another account never sees or revokes it', async () => {
    const mine = await client(env.app, rita.token).post('/api/v1/me/calendar-feed');
    expect((await client(env.app, zed.token).get('/api/v1/me/calendar-feed')).body.exists).toBe(false);
    expect((await client(env.app, zed.token).delete('/api/v1/me/calendar-feed')).status).toBe(404);
    expect((await client(env.app, org.admin.token).get('/api/v1/me/calendar-feed')).body.exists).toBe(false);
    expect((await client(env.app).get(new URL(mine.body.url).pathname)).status).toBe(200);
    expect((await client(env.app).get('/api/v1/me/calendar-feed')).status).toBe(401);
  });

  it('answers 404 for an unknown or malformed address, and hides the token in logs', async () => {
    expect((await client(env.app).get('/calendar/abcdefghijklmnopqrstuvwxyz0123456789abcdef.ics')).status).toBe(404);
    expect((await client(env.app).get('/calendar/short.ics')).status).toBe(404);
    expect(loggablePath('/calendar/abcdefghijklmnopqrstuvwxyz.ics')).toBe('/calendar/…');
  });

  it('limits how often one address is read', async () => {
    const { path } = await feedOf(sam);
    let status = 200;
    let reads = 1;
    for (; reads < 100 && status === 200; reads++) status = (await client(env.app).get(path)).status;
    expect(status).toBe(429);
    expect(reads).toBe(61); // 60 an hour
  });
});

describe('what a feed holds', () => {
  it('is a calendar with caching headers, the zone, and the invitation as a timed event', async () => {
    const { res, cal, events } = await feedOf(rita);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.headers.get('cache-control')).toBe('private, max-age=900');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    const lunch = events.find((e) => e.summary === 'Welkomstlunch')!;
    expect(lunch).toBeDefined();
    expect(lunch.startDate.toString()).toBe('2026-12-08T12:00:00');
    expect(lunch.startDate.toJSDate().toISOString()).toBe('2026-12-08T11:00:00.000Z'); // winter time
    expect(lunch.location).toBe('Cafetaria');
    // Her own moments: all-day, in her language (nl).
    const birthday = events.find((e) => e.startDate.toString() === '2026-12-20' && e.startDate.isDate);
    expect(birthday?.summary).toBeTruthy();
    expect(events.every((e) => !e.summary.includes('Sam') && !e.summary.includes('Zed'))).toBe(true);
  });

  it('shows a person only the steps of their own moments addressed to them, never a team, manager or HR step about them', async () => {
    const [{ id }] = await env.ctx.db.query<{ id: string }>(`select id from people where org_id = $1 and work_email = 'rita@acme.be'`, [
      org.id,
    ]);
    const timeline = await client(env.app, rita.token).get(`/api/v1/people/${id}/timeline`);
    expect(timeline.status, timeline.text).toBe(200);
    type Step = { stepName: string; recipient: string; dueDate: string; status?: string };
    const steps = [
      ...(timeline.body.past as Step[]).filter((d) => d.status !== 'cancelled' && d.status !== 'skipped'),
      ...timeline.body.upcoming,
    ].filter((s: Step) => s.dueDate >= '2026-11-01' && s.dueDate <= '2027-12-01');
    const hers = steps.filter((s: Step) => s.recipient === 'person').map((s: Step) => s.stepName);
    const aboutHer = steps.filter((s: Step) => s.recipient !== 'person' && !hers.includes(s.stepName)).map((s: Step) => s.stepName);
    // Onboarding has both: HR's first-day step (delivered today) and her manager's check-ins (to come).
    expect((timeline.body.past as Step[]).some((d) => d.recipient === 'hr')).toBe(true);
    expect(steps.some((s: Step) => s.recipient === 'manager')).toBe(true);
    expect(hers.length).toBeGreaterThan(0);
    const { summaries } = await feedOf(rita);
    for (const name of hers) expect(summaries).toContain(name);
    for (const name of aboutHer) expect(summaries).not.toContain(name);
  });

  it("shows a manager their reports' moments, but not a birthday its person did not want noticed", async () => {
    const { summaries, events } = await feedOf(marc);
    expect(summaries.some((s) => s.startsWith('Rita Rens: '))).toBe(true);
    const ritaBirthday = events.find((e) => e.summary.startsWith('Rita Rens: ') && e.startDate.toString() === '2026-12-20');
    expect(ritaBirthday).toBeDefined();
    // Sam's birthday (22 December) is not there; nothing else of Sam's falls on it.
    expect(events.filter((e) => e.summary.startsWith('Sam Smet: ') && e.startDate.toString() === '2026-12-22')).toEqual([]);
    expect(summaries.some((s) => s.includes('Eva') || s.includes('Zed'))).toBe(false);
  });

  it("shows an employee without reports only their own, and HR the organisation's with HR's tasks", async () => {
    const evaFeed = await feedOf(eva);
    expect(evaFeed.summaries.some((s) => s.includes('Rita') || s.includes('Marc'))).toBe(false);
    expect(evaFeed.events.some((e) => e.startDate.toString() === '2026-12-18')).toBe(true); // her own birthday message
    const hr = await feedOf(org.admin);
    expect(hr.summaries.some((s) => s.startsWith('Rita Rens: '))).toBe(true);
    expect(hr.summaries.some((s) => s.startsWith('Eva Elst: '))).toBe(true);
    expect(hr.events.some((e) => e.summary.startsWith('Sam Smet: ') && e.startDate.toString() === '2026-12-22')).toBe(false);
    // The onboarding record task (owner HR), due ten days after the start.
    const task = hr.events.find((e) => e.summary.includes('Rita Rens') && /Ta(ak|sk|che)/.test(e.summary));
    expect(task?.startDate.toString()).toBe('2026-12-11');
    expect(hr.summaries.some((s) => s.includes('Zed'))).toBe(false);
    // Moments that did not happen are not there; those of the new date are.
    const cancelled = await env.ctx.db.query(
      `select 1 from deliveries d join people p on p.id = d.person_id where p.work_email = 'carl@acme.be' and d.status = 'cancelled'`,
    );
    expect(cancelled.length).toBeGreaterThan(0);
    // (Read the next day, when 1 December's deliveries are the past the feed shows.)
    env.clock.set('2026-12-02T06:00:00Z');
    const carl = (await feedOf(org.admin)).events.filter((e) => e.summary.startsWith('Carl Claes: '));
    expect(carl.some((e) => e.startDate.toString() === '2026-12-15')).toBe(true);
    expect(carl.filter((e) => e.startDate.toString() === '2026-12-01')).toEqual([]);
    // The other organisation's HR sees Zed, never ours.
    const theirs = await feedOf(other.admin);
    expect(theirs.summaries.some((s) => s.startsWith('Zed Zomer: '))).toBe(true);
    expect(theirs.summaries.some((s) => /Rita|Marc|Sam|Eva/.test(s))).toBe(false);
  });
});
