import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import type { MailTransport } from '../../src/platform/mail.ts';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let hr: TestUser;
let manager: TestUser;
let employee: TestUser;
const sent: { to: string; subject: string; text: string; messageId: string }[] = [];
const transport: MailTransport = {
  name: 'test',
  send: async (m) => void sent.push({ to: m.to, subject: m.subject, text: m.text, messageId: m.messageId }),
};

const HEADER =
  'employee_number;first_name;last_name;work_email;personal_email;language;department;site;region;manager;start_date;end_date;birthday';
const ROWS = [
  'M1;Marc;Maes;marc@acme.be;;nl;IT;Gent;flanders;;2015-03-02;;12/06/1980',
  'N1;Nina;Nieuw;nina@acme.be;nina.private@gmail.com;nl;IT;Gent;flanders;M1;2026-05-04;;29/02/1996',
  'F1;Fleur;Francq;fleur@acme.be;;fr;IT;Namur;wallonia;M1;2019-09-02;;29/03/1990',
  'L1;Lou;Left;lou@acme.be;;nl;IT;Gent;flanders;M1;2010-01-04;2026-01-31;29/03/1985',
  'P1;Pieter;Peer;pieter@acme.be;;nl;IT;Gent;flanders;M1;2018-01-08;;01/01/1988',
];

// After the start-date change below, Nina starts on 18 May.
const MOVED = ROWS.map((r) => (r.startsWith('N1') ? r.replace('2026-05-04', '2026-05-18') : r));

async function importRows(rows: string[]) {
  const res = await client(env.app, hr.token).post('/api/v1/people/import', [HEADER, ...rows].join('\n'), { 'content-type': 'text/csv' });
  expect(res.status, res.text).toBe(200);
}
const person = async (q: string) => (await client(env.app, hr.token).get(`/api/v1/people?q=${q}`)).body.items[0].id as string;
const deliveries = async (where = 'true') =>
  env.ctx.db.query<{ status: string; occurrence: string; due_at: Date; last_error: string | null; step: string; person: string }>(
    `select d.status, d.occurrence, d.due_at, d.last_error, st.name->>'en' as step, p.first_name as person from deliveries d join journey_steps st on st.id = d.step_id join people p on p.id = d.person_id where d.org_id = $1 and ${where} order by d.due_at`,
    [orgId],
  );

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-20T06:00:00Z' });
  orgId = (await makeOrg(env.ctx, 'acme', 'Acme')).id;
  hr = await makeUser(env.ctx, orgId, 'admin');
  await importRows(ROWS);
  manager = await makeUser(env.ctx, orgId, 'manager', { email: 'marc@acme.be' });
  employee = await makeUser(env.ctx, orgId, 'employee', { email: 'pieter@acme.be' });
  for (const key of ['preboarding', 'onboarding', 'anniversaries']) {
    expect((await client(env.app, hr.token).post('/api/v1/journeys', { templateKey: key, active: true })).status).toBe(201);
  }
});
afterAll(() => env.close());

describe('the daily sweep', () => {
  it('writes the preboarding mail 3 working days before a start, once, however often it runs', async () => {
    // Nina starts on Monday 4 May 2026; Friday 1 May is a holiday, so 3 working days before is Tuesday 28 April.
    const first = await sweep(env.ctx, orgId, '2026-04-27');
    expect((await deliveries("st.name->>'en' = 'Preboarding mail'")).length).toBe(0);
    const due = await sweep(env.ctx, orgId, '2026-04-28');
    expect(due.created).toBeGreaterThan(0);
    const again = await sweep(env.ctx, orgId, '2026-04-28');
    expect(again.created).toBe(0);
    expect(again.due).toBe(due.due);
    const [pre] = await deliveries("st.name->>'en' = 'Preboarding mail'");
    expect(pre).toMatchObject({ person: 'Nina', occurrence: '2026-05-04', status: 'pending' });
    expect(pre.due_at.toISOString()).toBe('2026-04-28T07:00:00.000Z'); // 09:00 in Brussels, summer time
    expect(first).toMatchObject({ date: '2026-04-27', due: 1, created: 1 }); // one other step was due the day before, and written once
  });

  it('adds nothing when two sweeps run at once', async () => {
    const [a, b] = await Promise.all([sweep(env.ctx, orgId, '2026-04-29'), sweep(env.ctx, orgId, '2026-04-29')]);
    const single = await sweep(env.ctx, orgId, '2026-04-29');
    expect(single.created).toBe(0);
    const rows = await env.ctx.db.query<{ n: number }>(
      `select count(*)::int as n from deliveries where org_id = $1 and due_date = '2026-04-29'`,
      [orgId],
    );
    expect(a.created + b.created).toBe(rows[0].n);
  });

  it('the CLI replays a day and prints the due and created counts', async () => {
    const first = await client(env.app, hr.token).post('/api/v1/moments/run', { date: '2026-04-28' });
    expect(first.body.due).toBeGreaterThan(0);
    const res = await client(env.app, hr.token).post('/api/v1/moments/run', { date: '2026-04-28' });
    expect(res.body).toEqual({ org: 'acme', date: '2026-04-28', due: first.body.due, created: 0 });
  });
});

describe('sending', () => {
  it("sends at the due time, to the personal address before the first day, in the person's language, once", async () => {
    await sweep(env.ctx, orgId, '2026-04-28'); // writes the preboarding mail, unless an earlier test did
    env.clock.set('2026-04-28T06:59:00Z');
    await sendDueDeliveries(env.ctx, transport);
    expect(sent.filter((m) => m.subject.includes('Welkom bij Acme'))).toHaveLength(0);
    env.clock.set('2026-04-28T07:00:00Z');
    await sendDueDeliveries(env.ctx, transport);
    await sendDueDeliveries(env.ctx, transport);
    const pre = sent.filter((m) => m.subject.startsWith('Welkom bij Acme'));
    expect(pre).toHaveLength(1);
    expect(pre[0].to).toBe('nina.private@gmail.com');
    expect(pre[0].text).toContain('Dag Nina');
    expect(pre[0].text).toContain('4 mei 2026');
    expect(pre[0].messageId).toMatch(/^<[0-9a-f]{32}@deliveries\.embassy>$/);
  });

  it('a changed start date cancels what was written for the old date, and the new date gets its own', async () => {
    await sweep(env.ctx, orgId, '2026-04-30'); // buddy steps for the 4 May start are due now
    await importRows(MOVED);
    env.clock.set('2026-04-30T08:00:00Z');
    await sendDueDeliveries(env.ctx, transport);
    const old = await deliveries("p.first_name = 'Nina' and d.occurrence = '2026-05-04' and d.due_date = '2026-04-30'");
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((d) => d.status === 'cancelled')).toBe(true);
    expect(old[0].last_error).toMatch(/start date changed/);
    await sweep(env.ctx, orgId, '2026-05-12'); // 3 working days before 18 May
    expect((await deliveries("st.name->>'en' = 'Preboarding mail' and d.occurrence = '2026-05-18'")).length).toBe(1);
  });
});

describe('birthdays and daylight saving', () => {
  it('sends exactly one birthday message at 09:00 local on 29 March 2026, and nothing to someone who left', async () => {
    await sweep(env.ctx, orgId, '2026-03-29');
    await sweep(env.ctx, orgId, '2026-03-29');
    const b = await deliveries("st.name->>'en' = 'Birthday' and d.due_date = '2026-03-29'");
    expect(b.map((d) => d.person)).toEqual(['Fleur']); // Lou, also born on 29 March, left in January
    expect(b[0].due_at.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    env.clock.set('2026-03-29T06:59:59Z');
    const before = sent.length;
    await sendDueDeliveries(env.ctx, transport);
    expect(sent.length).toBe(before);
    env.clock.set('2026-03-29T07:00:00Z');
    await sendDueDeliveries(env.ctx, transport);
    await sendDueDeliveries(env.ctx, transport);
    const fleur = sent.slice(before);
    expect(fleur).toHaveLength(1);
    expect(fleur[0].subject).toBe('Joyeux anniversaire, Fleur !');
  });

  it('sends at 09:00 local on 25 October 2026 when the clocks go back', async () => {
    await importRows([
      ...MOVED.filter((r) => !r.startsWith('P1')),
      'P1;Pieter;Peer;pieter@acme.be;;nl;IT;Gent;flanders;M1;2018-01-08;;25/10/1988',
    ]);
    await sweep(env.ctx, orgId, '2026-10-25');
    const [b] = await deliveries("st.name->>'en' = 'Birthday' and d.due_date = '2026-10-25'");
    expect(b.due_at.toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('celebrates a 29 February birthday on 28 February in 2027', async () => {
    await sweep(env.ctx, orgId, '2027-02-28');
    expect((await deliveries("st.name->>'en' = 'Birthday' and d.due_date = '2027-02-28'")).map((d) => d.person)).toEqual(['Nina']);
  });

  it('respects a person who does not want their birthday noticed', async () => {
    await client(env.app, employee.token).put('/api/v1/me/moments', {
      birthdayAudience: 'nobody',
      showBirthYear: false,
      anniversaryAudience: 'nobody',
      wanted: { birthday: false },
      note: '',
    });
    await sweep(env.ctx, orgId, '2027-10-25');
    expect(await deliveries("st.name->>'en' = 'Birthday' and d.due_date = '2027-10-25'")).toEqual([]);
  });
});

describe('missed steps', () => {
  it('catches up within the window, or records them as skipped, as the journey says', async () => {
    // Nobody ran a sweep on 1 June 2026 (Marc's birthday is 12 June; use 12 June missed, swept on 14 June).
    await sweep(env.ctx, orgId, '2026-06-14');
    const [caught] = await deliveries("st.name->>'en' = 'Birthday' and d.due_date = '2026-06-12'");
    expect(caught).toMatchObject({ person: 'Marc', status: 'pending' });
    const journey = (await client(env.app, hr.token).get('/api/v1/journeys')).body.items.find(
      (j: any) => j.templateKey === 'anniversaries',
    );
    await client(env.app, hr.token).patch(`/api/v1/journeys/${journey.id}`, { missedPolicy: 'skip' });
    await sweep(env.ctx, orgId, '2027-06-14');
    const [skipped] = await deliveries("st.name->>'en' = 'Birthday' and d.due_date = '2027-06-12'");
    expect(skipped).toMatchObject({ person: 'Marc', status: 'skipped' });
  });
});

describe('personal moments and the digest', () => {
  it('records consent, reminds the manager once in the daily digest, and forgets on withdrawal', async () => {
    const add = await client(env.app, employee.token).post('/api/v1/me/moments/personal', {
      kind: 'child_birthday',
      firstName: 'Lena',
      day: 3,
      month: 9,
      audience: 'manager',
      consent: true,
      consentText: 'I agree that Embassy keeps this date to remind my manager.',
    });
    expect(add.status, add.text).toBe(201);
    expect(
      (
        await client(env.app, employee.token).post('/api/v1/me/moments/personal', {
          kind: 'child_birthday',
          day: 3,
          month: 9,
          audience: 'manager',
          consent: false,
          consentText: 'no consent given here',
        })
      ).status,
    ).toBe(400);
    await sweep(env.ctx, orgId, '2026-09-03');
    await client(env.app, hr.token).post('/api/v1/moments/run', { date: '2026-09-03' });
    const digests = await env.ctx.db.query<{ to_address: string; text_body: string }>(
      `select to_address, text_body from mail_outbox where kind = 'digest'`,
    );
    expect(digests).toHaveLength(1);
    expect(digests[0].to_address).toBe('marc@acme.be');
    expect(digests[0].text_body).toContain('Lena');
    expect((await client(env.app, employee.token).delete(`/api/v1/me/moments/personal/${add.body.id}`)).status).toBe(204);
    const [{ n }] = await env.ctx.db.query<{ n: number }>(`select count(*)::int as n from personal_moments`);
    expect(n).toBe(0);
    await client(env.app, hr.token).post('/api/v1/moments/run', { date: '2027-09-03' });
    expect((await env.ctx.db.query(`select 1 from mail_outbox where kind = 'digest'`)).length).toBe(1);
  });
});

describe('journeys, previews, buddies, timeline', () => {
  it("previews a step with a real person's data in each language", async () => {
    const journey = (await client(env.app, hr.token).get('/api/v1/journeys')).body.items.find((j: any) => j.templateKey === 'preboarding');
    const step = journey.steps.find((s: any) => s.names.en === 'Preboarding mail');
    const nina = await person('nina');
    const fr = await client(env.app, hr.token).get(`/api/v1/journeys/${journey.id}/steps/${step.id}/preview?personId=${nina}&language=fr`);
    expect(fr.status, fr.text).toBe(200);
    expect(fr.body.subject).toBe('Bienvenue chez Acme : infos pratiques pour le 18 mai 2026');
    expect(fr.body.body).toContain('Marc Maes');
    expect(
      (await client(env.app, employee.token).get(`/api/v1/journeys/${journey.id}/steps/${step.id}/preview?personId=${nina}`)).status,
    ).toBe(403);
  });

  it('suggests buddies with reasons, never the manager; the manager confirms', async () => {
    const nina = await person('nina');
    const s = await client(env.app, manager.token).get(`/api/v1/people/${nina}/buddy`);
    expect(s.status, s.text).toBe(200);
    const ids = s.body.suggestions.map((x: any) => x.personId);
    expect(ids).not.toContain(await person('marc'));
    expect(s.body.suggestions[0].reasons.length).toBeGreaterThan(0);
    // A colleague does not see the newcomer's buddy at all, like their timeline (people.policy.ts).
    expect((await client(env.app, employee.token).put(`/api/v1/people/${nina}/buddy`, { buddyPersonId: ids[0] })).status).toBe(404);
    expect((await client(env.app, employee.token).get(`/api/v1/people/${nina}/buddy`)).status).toBe(404);
    const confirmed = await client(env.app, manager.token).put(`/api/v1/people/${nina}/buddy`, { buddyPersonId: ids[0] });
    expect(confirmed.body.current.personId).toBe(ids[0]);
    const up = await client(env.app, manager.token).put(`/api/v1/people/${nina}/buddy`, { buddyPersonId: await person('marc') });
    expect(up.status).toBe(422);
    expect(up.body.code).toBe('buddy-in-reporting-line');
    const self = await client(env.app, manager.token).put(`/api/v1/people/${nina}/buddy`, { buddyPersonId: nina });
    expect(self.status).toBe(422);
    expect(self.body.code).toBe('buddy-is-newcomer');
  });

  it("shows a person's timeline to HR, the manager and the person, not to colleagues", async () => {
    const nina = await person('nina');
    const t = await client(env.app, manager.token).get(`/api/v1/people/${nina}/timeline`);
    expect(t.status).toBe(200);
    expect(t.body.past.length).toBeGreaterThan(0);
    // HR reads the organisation's language (Dutch): they chose none, and have no directory entry or browser.
    expect(t.body.upcoming.some((u: any) => u.stepName === 'Feedbackgesprek na 30 dagen')).toBe(true);
    expect((await client(env.app, employee.token).get(`/api/v1/people/${nina}/timeline`)).status).toBe(404);
  });

  it('refuses an incomplete step with a clear error', async () => {
    const journey = (await client(env.app, hr.token).post('/api/v1/journeys', { name: 'Custom' })).body;
    const res = await client(env.app, hr.token).post(`/api/v1/journeys/${journey.id}/steps`, {
      name: 'Empty',
      kind: 'message',
      recipient: 'person',
      anchor: 'custom',
      offsetDays: 0,
      offsetUnit: 'calendar',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('step-incomplete');
    expect(res.body.errors.map((e: any) => [e.path, e.code]).sort()).toEqual([
      ['customKey', 'required'],
      ['templates', 'required'],
    ]);
  });

  it('names what is wrong by code: an unknown template, a long range, a bad cursor, a day the month does not have', async () => {
    const template = await client(env.app, hr.token).post('/api/v1/journeys', { templateKey: 'no-such-template' });
    expect(template.status).toBe(422);
    expect(template.body).toMatchObject({ code: 'unknown-template', params: { allowed: expect.stringContaining('preboarding') } });
    expect(template.body.errors).toEqual([expect.objectContaining({ path: 'templateKey', code: 'invalid-enum' })]);
    const range = await client(env.app, hr.token).get('/api/v1/moments/calendar?from=2026-01-01&to=2026-06-01');
    expect(range.status).toBe(400);
    expect(range.body).toMatchObject({ code: 'range-too-long', params: { maxDays: 62 } });
    const cursor = await client(env.app, hr.token).get('/api/v1/deliveries?cursor=bm9wZQ');
    expect(cursor.status).toBe(400);
    expect(cursor.body.code).toBe('invalid-cursor');
    const day = await client(env.app, employee.token).post('/api/v1/me/moments/personal', {
      kind: 'child_birthday',
      firstName: 'Lena',
      day: 31,
      month: 4,
      audience: 'manager',
      consent: true,
      consentText: 'I agree that Embassy keeps this date to remind my manager.',
    });
    expect(day.status).toBe(422);
    expect(day.body.errors).toEqual([expect.objectContaining({ path: 'day', code: 'day-beyond-month', params: { days: 30 } })]);
  });
});

describe('failed deliveries', () => {
  it('records each attempt and error, and HR can retry', async () => {
    // Pieter's manager-less colleague: remove Marc's work email so the manager feedback step has no address.
    await importRows(MOVED.map((r) => (r.startsWith('M1') ? 'M1;Marc;Maes;;;nl;IT;Gent;flanders;;2015-03-02;;12/06/1980' : r)));
    await sweep(env.ctx, orgId, '2026-06-17'); // 30 days after Nina's new start (18 May)
    env.clock.set('2026-06-17T08:00:00Z');
    for (let i = 0; i < 8; i++) {
      await sendDueDeliveries(env.ctx, transport);
      env.clock.advance(3600_000);
    }
    const failed = await client(env.app, hr.token).get('/api/v1/deliveries?status=failed');
    const f = failed.body.items.find((d: any) => d.stepName === 'Feedbackgesprek na 30 dagen');
    expect(f).toBeTruthy();
    expect(f.lastError).toMatch(/No email address for the manager/);
    const attempts = await client(env.app, hr.token).get(`/api/v1/deliveries/${f.id}/attempts`);
    expect(attempts.body.items.length).toBe(8);
    await importRows(MOVED);
    expect((await client(env.app, hr.token).post(`/api/v1/deliveries/${f.id}/retry`)).status).toBe(204);
    await sendDueDeliveries(env.ctx, transport);
    expect(sent.some((m) => m.to === 'marc@acme.be' && m.subject.includes('Nina'))).toBe(true);
    expect((await client(env.app, hr.token).post(`/api/v1/deliveries/${f.id}/retry`)).status).toBe(404);
  });
});

describe('calendar', () => {
  it('shows a manager what was delivered and what is coming for their reports', async () => {
    env.clock.set('2026-05-01T10:00:00Z');
    const res = await client(env.app, manager.token).get('/api/v1/moments/calendar?from=2026-04-27&to=2026-05-20');
    expect(res.status, res.text).toBe(200);
    const items = res.body.items as { name: string; stepName: string; dueDate: string; status: string }[];
    expect(items.some((i) => i.dueDate < '2026-05-01' && i.status !== 'upcoming')).toBe(true);
    // 3 working days before Monday 18 May: Ascension Day (Thursday 14) does not count.
    expect(items).toContainEqual(
      expect.objectContaining({ name: 'Nina Nieuw', stepName: 'Preboardingmail', dueDate: '2026-05-12', status: 'upcoming' }),
    );
    expect((await client(env.app, employee.token).get('/api/v1/moments/calendar?from=2026-04-27&to=2026-05-20')).body.items).toEqual([]);
    expect((await client(env.app, manager.token).get('/api/v1/moments/calendar?from=2026-01-01&to=2026-12-31')).status).toBe(400);
  });
});

describe('delivery paging', () => {
  it('pages through deliveries that share a due time without skipping or repeating any', async () => {
    const api = client(env.app, hr.token);
    for (const day of ['2026-04-28', '2026-04-29', '2026-04-30']) await sweep(env.ctx, orgId, day);
    const all = (await api.get('/api/v1/deliveries?limit=200')).body.items.map((d: any) => d.id);
    expect(all.length).toBeGreaterThan(3); // more than one page of 3
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await api.get(
        `/api/v1/deliveries?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((d) => d.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await api.get('/api/v1/deliveries?cursor=garbage')).status).toBe(400);
  });

  it('tells a person whether they volunteered as a buddy', async () => {
    await client(env.app, employee.token).put('/api/v1/me/buddy-volunteer', { volunteer: true });
    expect((await client(env.app, employee.token).get('/api/v1/me/moments')).body.buddyVolunteer).toBe(true);
  });
});

describe('another organisation', () => {
  it("gets 404 for this organisation's journeys, deliveries and timelines", async () => {
    const other = await makeUser(env.ctx, (await makeOrg(env.ctx)).id, 'admin');
    const journey = (await client(env.app, hr.token).get('/api/v1/journeys')).body.items[0];
    const delivery = (await client(env.app, hr.token).get('/api/v1/deliveries')).body.items[0];
    const c = client(env.app, other.token);
    expect((await c.get(`/api/v1/journeys/${journey.id}`)).status).toBe(404);
    expect((await c.patch(`/api/v1/journeys/${journey.id}`, { active: false })).status).toBe(404);
    expect((await c.get(`/api/v1/deliveries/${delivery.id}/attempts`)).status).toBe(404);
    expect((await c.get(`/api/v1/people/${await person('nina')}/timeline`)).status).toBe(404);
    expect((await c.get('/api/v1/deliveries')).body.items).toEqual([]);
    expect((await c.get('/api/v1/journeys')).body.items).toEqual([]);
  });
});
