/**
 * Sending surveys: campaigns to a segment (each person invited once, whatever is sent again), the
 * segment copied at send time, the personal link sealed in the outbox, journey survey steps that
 * invite once however many workers run, reminders exactly once with a new link, and the old
 * /surveys/<delivery id> links that ask for a fresh personal link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import { answerTokenHash } from '../../src/modules/surveys/links.ts';
import { invitationTimes, managerPath } from '../../src/modules/surveys/invitations.ts';
import { sendDueReminders } from '../../src/modules/surveys/reminders.ts';
import { HIDDEN_LINK, type MailTransport } from '../../src/platform/mail.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type PersonSpec, type TestEnv, type TestUser } from '../helpers.ts';
import { journeyFromTemplate } from '../factories.ts';
import { surveyFromTemplate } from '../factories-surveys.ts';

/** With SMTP configured, the mailbox shows what an admin may see: mail with its secret links hidden. */
const SMTP = { smtpUrl: 'smtp://127.0.0.1:9' };
const LINK = /http:\/\/embassy\.test\/answer\/([A-Za-z0-9_-]{43})/;

interface Invitation {
  id: string;
  person_id: string;
  token_hash: string;
  language: string;
  segment: Record<string, unknown>;
  delivery_id: string | null;
  campaign_id: string | null;
  reminder_due_at: Date | null;
  reminded_at: Date | null;
  draft: unknown;
}

const invitationsOf = (env: TestEnv, surveyId: string) =>
  env.ctx.db.query<Invitation>(`select * from survey_invitations where survey_id = $1 order by person_id`, [surveyId]);

/** The outbox as its recipients get it (sealed text) and as the mailbox shows it. */
const outbox = (env: TestEnv, orgId: string, kind: string) =>
  env.ctx.db.query<{ to_address: string; subject: string; text_body: string; sealed_text: string | null; language: string }>(
    `select to_address, subject, text_body, sealed_text, language from mail_outbox where org_id = $1 and kind = $2 order by created_at, to_address`,
    [orgId, kind],
  );

const tokenIn = (text: string | null) => LINK.exec(text ?? '')?.[1] ?? null;

describe('what an invitation copies and when it ends', () => {
  it('follows the manager chain upwards, stopping on a cycle and after 20', () => {
    const managers: Record<string, string> = { a: 'b', b: 'c', c: 'a' };
    expect(managerPath('a', (id) => managers[id])).toEqual(['b', 'c']);
    expect(managerPath('x', () => null)).toEqual([]);
    const long = (id: string) => `m${Number(id.slice(1)) + 1}`;
    expect(managerPath('m0', long)).toHaveLength(20);
  });

  it('expires after the response days or at the close, whichever comes first, and reminds only before that', () => {
    const now = new Date('2026-03-02T08:00:00Z');
    expect(invitationTimes({ response_days: 14, reminder_days: 3, closes_at: null }, now)).toEqual({
      expiresAt: new Date('2026-03-16T08:00:00Z'),
      reminderDueAt: new Date('2026-03-05T08:00:00Z'),
    });
    expect(invitationTimes({ response_days: 14, reminder_days: 7, closes_at: new Date('2026-03-06T00:00:00Z') }, now)).toEqual({
      expiresAt: new Date('2026-03-06T00:00:00Z'),
      reminderDueAt: null,
    });
  });
});

describe('campaigns and reminders', () => {
  let env: TestEnv;
  let orgId: string;
  let hr: TestUser;
  let ids: Record<string, string>;
  let surveyId: string;

  const people: PersonSpec[] = [
    { number: 'F1', first: 'Femke', last: 'Fin', email: 'f1@camp.be', department: 'Finance', start: '2020-01-06' },
    { number: 'F2', first: 'Frans', last: 'Fin', email: 'f2@camp.be', department: 'Finance', start: '2025-06-01' },
    {
      number: 'F3',
      first: 'Fanny',
      last: 'Fin',
      email: 'f3@camp.be',
      department: 'Finance',
      site: 'Namur',
      region: 'wallonia',
      language: 'fr',
      start: '2024-01-15',
    },
    { number: 'D1', first: 'Dieter', last: 'Deutsch', email: 'd1@camp.be', department: 'Finance', language: 'de', start: '2023-03-01' },
    { number: 'L1', first: 'Lotte', last: 'Left', email: 'l1@camp.be', department: 'Finance', start: '2019-01-07' },
    { number: 'N1', first: 'Nina', last: 'New', email: 'n1@camp.be', department: 'Finance', start: '2026-04-01' },
    {
      number: 'S1',
      first: 'Sacha',
      last: 'Sales',
      email: 's1@camp.be',
      department: 'Sales',
      site: 'Namur',
      region: 'wallonia',
      language: 'fr',
      start: '2019-05-01',
    },
    { number: 'S2', first: 'Sam', last: 'Sales', email: 's2@camp.be', department: 'Sales', language: '', start: '2026-01-05' },
  ];

  beforeAll(async () => {
    env = await createTestEnv({ now: '2026-03-02T08:00:00Z', config: SMTP });
    orgId = (await makeOrg(env.ctx, 'camp', 'Camp & Co')).id;
    hr = await makeUser(env.ctx, orgId, 'admin');
    ids = await importPeople(env.app, hr.token, people);
    await env.ctx.db.query(`update people set end_date = '2026-02-01' where id = $1`, [ids.L1]);
    // Frans reports to Femke, who reports to Sacha.
    await env.ctx.db.query(`update people set manager_id = $2 where id = $1`, [ids.F2, ids.F1]);
    await env.ctx.db.query(`update people set manager_id = $2 where id = $1`, [ids.F1, ids.S1]);
    surveyId = (await surveyFromTemplate(env, orgId, 'pulse', { reminderDays: 3, responseDays: 14 })).id;
  });
  afterAll(() => env.close());

  it('previews how many a segment reaches: current people with an address, AND across fields, OR within', async () => {
    const api = client(env.app, hr.token);
    const finance = await api.post(`/api/v1/surveys/${surveyId}/campaigns/preview`, { segment: { departments: ['Finance'] } });
    expect(finance.status, finance.text).toBe(200);
    // Not Lotte (left) nor Nina (starts in April).
    expect(finance.body).toEqual({ invitees: 4, alreadyInvited: 0 });
    const narrow = await api.post(`/api/v1/surveys/${surveyId}/campaigns/preview`, {
      segment: { departments: ['Finance', 'Sales'], seniority: ['5-10y'], languages: ['fr'] },
    });
    expect(narrow.body).toEqual({ invitees: 1, alreadyInvited: 0 }); // Sacha
    const cohort = await api.post(`/api/v1/surveys/${surveyId}/campaigns/preview`, { segment: { startCohorts: ['2025-Q2', '2026-Q1'] } });
    expect(cohort.body).toEqual({ invitees: 2, alreadyInvited: 0 }); // Frans, Sam
    const foreignSite = await api.post(`/api/v1/surveys/${surveyId}/campaigns/preview`, {
      segment: { siteIds: ['0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b'] },
    });
    expect(foreignSite.status).toBe(422);
    expect(foreignSite.body.code).toBe('unknown-reference');
    expect(
      (
        await client(env.app, (await makeUser(env.ctx, orgId, 'manager')).token).post(`/api/v1/surveys/${surveyId}/campaigns/preview`, {
          segment: {},
        })
      ).status,
    ).toBe(403);
  });

  it('invites exactly the segment, once: sending again invites nobody new', async () => {
    const api = client(env.app, hr.token);
    const first = await api.post(`/api/v1/surveys/${surveyId}/campaigns`, { segment: { departments: ['Finance'] } });
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ surveyId, invited: 4, alreadyInvited: 0, segment: { departments: ['Finance'] } });
    const again = await api.post(`/api/v1/surveys/${surveyId}/campaigns`, { segment: { departments: ['Finance'] } });
    expect(again.body).toMatchObject({ invited: 0, alreadyInvited: 4 });
    // Everyone: only the two in Sales are new.
    const all = await api.post(`/api/v1/surveys/${surveyId}/campaigns`, { segment: {} });
    expect(all.body).toMatchObject({ invited: 2, alreadyInvited: 4 });

    const invitations = await invitationsOf(env, surveyId);
    expect(invitations.map((i) => i.person_id).sort()).toEqual([ids.F1, ids.F2, ids.F3, ids.D1, ids.S1, ids.S2].sort());
    const mails = await outbox(env, orgId, 'survey_invitation');
    expect(mails.map((m) => m.to_address).sort()).toEqual([
      'd1@camp.be',
      'f1@camp.be',
      'f2@camp.be',
      'f3@camp.be',
      's1@camp.be',
      's2@camp.be',
    ]);
    // Each mail's link is its invitation's (and no two share one).
    const hashes = new Set(invitations.map((i) => i.token_hash));
    for (const m of mails) expect(hashes.has(answerTokenHash(tokenIn(m.sealed_text)!))).toBe(true);
    expect(new Set(mails.map((m) => tokenIn(m.sealed_text))).size).toBe(6);

    const list = await api.get(`/api/v1/surveys/${surveyId}/campaigns`);
    expect(list.body.items.map((c: { invited: number }) => c.invited).sort()).toEqual([0, 2, 4]);
    const [audited] = await env.ctx.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where org_id = $1 and action = 'surveys.campaign'`,
      [orgId],
    );
    expect(audited.n).toBe(3);
  });

  it("writes in each person's language, with the anonymity promise and the expiry date", async () => {
    const mails = await outbox(env, orgId, 'survey_invitation');
    const to = (a: string) => mails.find((m) => m.to_address === a)!;
    expect(to('f3@camp.be').language).toBe('fr');
    expect(to('f3@camp.be').sealed_text).toMatch(/^Bonjour Fanny,/);
    expect(to('f3@camp.be').sealed_text).toContain('sans votre nom');
    // German is not a survey language: Dieter's site is in Flanders, so Dutch; Sam has none: Dutch too.
    expect(to('d1@camp.be').language).toBe('nl');
    expect(to('s2@camp.be').language).toBe('nl');
    expect(to('f1@camp.be').sealed_text).toContain('Je antwoorden worden bewaard zonder je naam');
    expect(to('f1@camp.be').sealed_text).toContain('minstens 5 personen');
    expect(to('f1@camp.be').sealed_text).toContain('Deze link werkt tot 16 maart 2026.');
  });

  it('seals the link: the mailbox shows it hidden, only the mail sent has it', async () => {
    const box = await client(env.app, hr.token).get('/api/v1/mailbox?to=f1%40camp.be');
    expect(box.status).toBe(200);
    expect(box.body.devMailbox).toBe(false);
    const [mail] = box.body.items;
    expect(mail.kind).toBe('survey_invitation');
    expect(mail.text).toContain(HIDDEN_LINK);
    expect(mail.text).not.toMatch(/\/answer\//);
    const [row] = (await outbox(env, orgId, 'survey_invitation')).filter((m) => m.to_address === 'f1@camp.be');
    expect(row.text_body).not.toMatch(/\/answer\//);
    expect(tokenIn(row.sealed_text)).not.toBeNull();
  });

  it('copies the segment at send time: later directory changes do not reach the invitation', async () => {
    const invitations = await invitationsOf(env, surveyId);
    const of = (p: string) => invitations.find((i) => i.person_id === ids[p])!;
    expect(of('F2').segment).toEqual({
      department: 'Finance',
      siteId: expect.any(String),
      region: 'flanders',
      language: 'nl',
      seniority: '<1y',
      startCohort: '2025-Q2',
      managerPath: [ids.F1, ids.S1],
    });
    expect(of('F1').segment).toMatchObject({ seniority: '5-10y', startCohort: '2020-Q1', managerPath: [ids.S1] });
    expect(of('F3').segment).toMatchObject({ region: 'wallonia', language: 'fr', seniority: '1-3y' });
    // HR moves Frans to Legal and gives him another manager.
    await importPeople(env.app, hr.token, [{ ...people[1], department: 'Legal' }]);
    await env.ctx.db.query(`update people set manager_id = null where id = $1`, [ids.F2]);
    const [person] = await env.ctx.db.query<{ department: string }>(`select department from people where id = $1`, [ids.F2]);
    expect(person.department).toBe('Legal');
    const after = (await invitationsOf(env, surveyId)).find((i) => i.person_id === ids.F2)!;
    expect(after.segment).toEqual(of('F2').segment);
  });

  it('refuses to send a survey that is not open', async () => {
    const draft = await surveyFromTemplate(env, orgId, 'ambassador', { open: false });
    const res = await client(env.app, hr.token).post(`/api/v1/surveys/${draft.id}/campaigns`, { segment: {} });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('survey-not-open');
    expect(await invitationsOf(env, draft.id)).toEqual([]);
  });

  it('reminds each one who has not answered exactly once, with two workers at once, by a new link', async () => {
    const before = await invitationsOf(env, surveyId);
    const of = (list: Invitation[], p: string) => list.find((i) => i.person_id === ids[p])!;
    // Frans answered; Femke saved a partial answer.
    await env.ctx.db.query(`update survey_invitations set answered_on = '2026-03-03' where id = $1`, [of(before, 'F2').id]);
    await env.ctx.db.query(`update survey_invitations set draft = '{"q":1}', draft_saved_at = $2 where id = $1`, [
      of(before, 'F1').id,
      env.clock.now(),
    ]);
    // Not yet due.
    env.clock.set('2026-03-05T07:00:00Z');
    expect(await sendDueReminders(env.ctx)).toBe(0);

    env.clock.set('2026-03-05T09:00:00Z');
    const [a, b] = await Promise.all([sendDueReminders(env.ctx), sendDueReminders(env.ctx)]);
    expect(a + b).toBe(5);
    expect(await sendDueReminders(env.ctx)).toBe(0);

    const reminders = await outbox(env, orgId, 'survey_reminder');
    expect(reminders.map((m) => m.to_address).sort()).toEqual(['d1@camp.be', 'f1@camp.be', 'f3@camp.be', 's1@camp.be', 's2@camp.be']);
    const after = await invitationsOf(env, surveyId);
    for (const m of reminders) {
      const inv = after.find((i) => i.token_hash === answerTokenHash(tokenIn(m.sealed_text)!));
      expect(inv, m.to_address).toBeDefined();
      // The earlier link no longer opens anything.
      expect(before.find((i) => i.id === inv!.id)!.token_hash).not.toBe(inv!.token_hash);
      expect(m.text_body).not.toMatch(/\/answer\//);
    }
    const femke = reminders.find((m) => m.to_address === 'f1@camp.be')!;
    expect(femke.subject).toMatch(/^Herinnering:/);
    expect(femke.sealed_text).toContain('Deze link vervangt de vorige');
    expect(reminders.find((m) => m.to_address === 'f3@camp.be')!.sealed_text).toContain('remplace le précédent');
    expect(of(after, 'F1').draft).toEqual({ q: 1 });
    expect(of(after, 'F2').reminded_at).toBeNull();
    expect(of(after, 'F2').token_hash).toBe(of(before, 'F2').token_hash);
  });
});

describe('journey survey steps and old survey links', () => {
  let env: TestEnv;
  let orgId: string;
  let hr: TestUser;
  let ids: Record<string, string>;
  let stepId: string;
  const transported: string[] = [];
  const transport: MailTransport = { name: 'test', send: async (m) => void transported.push(m.to) };
  const DAY = '2026-03-09';

  const step = (name: string) => ({
    name,
    kind: 'survey_invitation',
    recipient: 'person',
    anchor: 'start_date',
    offsetDays: 7,
    offsetUnit: 'calendar',
    surveyTemplate: 'onboarding_7',
    templates: {
      nl: { subject: 'Je eerste week', body: 'Dag {{firstName}}, hoe was je eerste week? {{surveyLink}}' },
      fr: { subject: 'Votre première semaine', body: 'Bonjour {{firstName}}, comment était votre première semaine ? {{surveyLink}}' },
      en: { subject: 'Your first week', body: 'Hi {{firstName}}, how was your first week? {{surveyLink}}' },
    },
  });

  beforeAll(async () => {
    env = await createTestEnv({ now: `${DAY}T05:00:00Z`, config: SMTP });
    orgId = (await makeOrg(env.ctx, 'journ', 'Journey Works')).id;
    hr = await makeUser(env.ctx, orgId, 'admin');
    ids = await importPeople(env.app, hr.token, [
      { number: 'J1', first: 'Jules', last: 'Janssens', email: 'jules@journ.be', language: 'nl', start: '2026-03-02' },
      { number: 'J2', first: 'Jeanne', last: 'Jacobs', email: 'jeanne@journ.be', language: 'fr', start: '2025-01-06' },
    ]);
    const api = client(env.app, hr.token);
    // Two journeys whose steps invite to the same survey: one invitation, whichever comes first.
    for (const name of ['Week one', 'Week one again']) {
      const journey = await api.post('/api/v1/journeys', { name });
      expect(journey.status, journey.text).toBe(201);
      const added = await api.post(`/api/v1/journeys/${journey.body.id}/steps`, step(`${name}: survey`));
      expect(added.status, added.text).toBe(201);
      expect(added.body.steps[0]).toMatchObject({ kind: 'survey_invitation', surveyTemplate: 'onboarding_7', surveyId: null });
      stepId ??= added.body.steps[0].id;
      expect((await api.patch(`/api/v1/journeys/${journey.body.id}`, { active: true })).status).toBe(200);
    }
    // Two sweeps and two workers at once.
    await sweep(env.ctx, orgId, DAY);
    await sweep(env.ctx, orgId, DAY);
    env.clock.set(`${DAY}T12:00:00Z`);
    await Promise.all([sendDueDeliveries(env.ctx, transport), sendDueDeliveries(env.ctx, transport)]);
  });
  afterAll(() => env.close());

  const deliveries = () =>
    env.ctx.db.query<{ id: string; status: string; to_addresses: string[] | null; body: string | null; last_error: string | null }>(
      `select id, status, to_addresses, body, last_error from deliveries where org_id = $1 and person_id = $2 order by status desc`,
      [orgId, ids.J1],
    );

  it('invites once to the ready survey of the step, through the outbox, the link hidden in the delivery', async () => {
    const [survey] = await env.ctx.db.query<{ id: string; status: string }>(
      `select id, status from surveys where org_id = $1 and template_key = 'onboarding_7'`,
      [orgId],
    );
    expect(survey.status).toBe('open');
    const invitations = await invitationsOf(env, survey.id);
    expect(invitations.map((i) => i.person_id)).toEqual([ids.J1]);
    const mails = await outbox(env, orgId, 'survey_invitation');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Je eerste week');
    expect(mails[0].sealed_text).toMatch(/^Dag Jules, hoe was je eerste week\? http:\/\/embassy\.test\/answer\//);
    expect(mails[0].sealed_text).toContain('zonder je naam');
    expect(answerTokenHash(tokenIn(mails[0].sealed_text)!)).toBe(invitations[0].token_hash);

    const [sent, cancelled, ...more] = await deliveries();
    expect(more).toEqual([]);
    expect(sent).toMatchObject({ status: 'sent', to_addresses: [], last_error: null });
    expect(invitations[0].delivery_id).toBe(sent.id);
    expect(sent.body).toContain(HIDDEN_LINK);
    expect(sent.body).not.toMatch(/\/answer\//);
    expect(cancelled).toMatchObject({ status: 'cancelled', last_error: 'Jules already has an invitation to this survey.' });
    // The step's own transport sent nothing: the outbox does.
    expect(transported).toEqual([]);
  });

  it('sends nothing more when the sweep and the workers run again', async () => {
    await sweep(env.ctx, orgId, DAY);
    await Promise.all([sendDueDeliveries(env.ctx, transport), sendDueDeliveries(env.ctx, transport)]);
    expect(await outbox(env, orgId, 'survey_invitation')).toHaveLength(1);
  });

  it('gives the ready onboarding journey surveys at 7, 30 and 90 days, and the offboarding one the exit survey', async () => {
    const api = client(env.app, hr.token);
    const onboarding = await api.get(`/api/v1/journeys/${await journeyFromTemplate(env, hr, 'onboarding', false)}`);
    const surveys = onboarding.body.steps.filter((s: { kind: string }) => s.kind === 'survey_invitation');
    expect(surveys.map((s: { offsetDays: number; surveyTemplate: string }) => [s.offsetDays, s.surveyTemplate])).toEqual([
      [7, 'onboarding_7'],
      [30, 'onboarding_30'],
      [90, 'onboarding_90'],
    ]);
    const offboarding = await api.get(`/api/v1/journeys/${await journeyFromTemplate(env, hr, 'offboarding', false)}`);
    expect(
      offboarding.body.steps
        .filter((s: { kind: string }) => s.kind === 'survey_invitation')
        .map((s: { surveyTemplate: string }) => s.surveyTemplate),
    ).toEqual(['exit']);
    // HR may name another organisation's survey nowhere.
    const other = await makeOrg(env.ctx, 'other-journ');
    const foreign = await surveyFromTemplate(env, other.id, 'pulse');
    const refused = await api.post(`/api/v1/journeys/${onboarding.body.id}/steps`, { ...step('Pulse'), surveyId: foreign.id });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('unknown-reference');
  });

  it("shows an old link's page in the person's language, without anything about them", async () => {
    const [sent] = await deliveries();
    const res = await env.app.request(`/surveys/${sent.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Deze link naar de bevraging werd vervangen');
    expect(html).toContain(`<form method="post" action="/surveys/${sent.id}?lang=nl">`);
    expect(html).not.toMatch(/Jules|Janssens|jules@/);
    const fr = await (await env.app.request(`/surveys/${sent.id}?lang=fr`)).text();
    expect(fr).toContain('Ce lien vers l’enquête a été remplacé');
    expect(res.headers.get('cache-control')).toBe('no-store');

    const unknown = await env.app.request('/surveys/0b7f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('This link is not valid.');
    // A path of the web app is not an old link.
    expect(await (await env.app.request('/surveys/new')).text()).not.toContain('Deze link naar de bevraging werd vervangen');
  });

  it('mails a fresh personal link on request, at most once per 10 minutes, and the old one stops working', async () => {
    const [sent] = await deliveries();
    const [before] = await env.ctx.db.query<Invitation>(`select * from survey_invitations where delivery_id = $1`, [sent.id]);
    env.clock.advance(60_000);
    const asked = await env.app.request(`/surveys/${sent.id}?lang=nl`, { method: 'POST' });
    expect(asked.status).toBe(200);
    const page = await asked.text();
    expect(page).toContain('nieuwe persoonlijke link onderweg');
    expect(page).not.toMatch(/Jules|jules@/);
    const mails = await outbox(env, orgId, 'survey_invitation');
    expect(mails).toHaveLength(2);
    const fresh = mails[1];
    expect(fresh.to_address).toBe('jules@journ.be');
    expect(fresh.sealed_text).toContain('Deze link vervangt de vorige');
    const [after] = await env.ctx.db.query<Invitation>(`select * from survey_invitations where id = $1`, [before.id]);
    expect(after.token_hash).toBe(answerTokenHash(tokenIn(fresh.sealed_text)!));
    expect(after.token_hash).not.toBe(before.token_hash);

    const again = await env.app.request(`/surveys/${sent.id}`, { method: 'POST' });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await outbox(env, orgId, 'survey_invitation')).toHaveLength(2);

    // Once answered, asking again sends nothing, and the page says the same as ever.
    await env.ctx.db.query(`update survey_invitations set answered_on = '2026-03-09' where id = $1`, [before.id]);
    env.clock.advance(11 * 60_000);
    const answered = await env.app.request(`/surveys/${sent.id}`, { method: 'POST' });
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain('nieuwe persoonlijke link onderweg');
    expect(await outbox(env, orgId, 'survey_invitation')).toHaveLength(2);
  });

  it('invites someone whose old link was mailed before invitations existed', async () => {
    // A delivery of the survey step to Jeanne, as mailed long ago (no invitation behind it).
    const [old] = await env.ctx.db.query<{ id: string }>(
      `insert into deliveries (org_id, person_id, step_id, occurrence, due_date, due_at, status, next_attempt_at, message_id, created_at, sent_at)
       values ($1, $2, $3, '2025-01-06', '2025-01-13', '2025-01-13T08:00:00Z', 'sent', '2025-01-13T08:00:00Z', '<old@embassy>', '2025-01-13T08:00:00Z', '2025-01-13T08:00:00Z')
       returning id`,
      [orgId, ids.J2, stepId],
    );
    const page = await (await env.app.request(`/surveys/${old.id}`)).text();
    expect(page).toContain('<html lang="fr">');
    const asked = await env.app.request(`/surveys/${old.id}`, { method: 'POST' });
    expect(asked.status).toBe(200);
    const [inv] = await env.ctx.db.query<Invitation>(`select * from survey_invitations where person_id = $1`, [ids.J2]);
    expect(inv).toMatchObject({ delivery_id: old.id, language: 'fr' });
    const mail = (await outbox(env, orgId, 'survey_invitation')).find((m) => m.to_address === 'jeanne@journ.be')!;
    expect(mail.subject).toMatch(/^Votre avis compte/);
    expect(answerTokenHash(tokenIn(mail.sealed_text)!)).toBe(inv.token_hash);
  });
});
