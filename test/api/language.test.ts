/**
 * Everyone in their own language: the interface language (GET /me) follows the person's choice,
 * their directory entry, their browser and the organisation, in that order; journeys, steps and
 * tasks read in that language in every list; mail goes out in the recipient's language by the
 * same rule (without a browser).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import type { MailTransport } from '../../src/platform/mail.ts';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let admin: TestUser;
const PASSWORD = 'a tram to the sea, please';
const sent: { to: string; subject: string }[] = [];
const transport: MailTransport = { name: 'test', send: async (m) => void sent.push({ to: m.to, subject: m.subject }) };

const HEADER =
  'employee_number;first_name;last_name;work_email;personal_email;language;department;site;region;manager;start_date;end_date;birthday';
const ROWS = [
  'C1;Chloé;Dubois;chloe@lang.be;;fr;HR;Namur;wallonia;;2015-03-02;;21/04/1985',
  'L1;Lotte;Peeters;lotte@lang.be;;nl;HR;Gent;flanders;;2012-01-09;;22/04/1986',
  // Nina starts on Monday 27 April: the welcome day invitation is due five working days before.
  'N1;Nina;Nieuw;nina@lang.be;nina.private@gmail.com;fr;IT;Namur;wallonia;C1;2026-04-27;;29/02/1996',
  'A1;Amélie;Martin;amelie@lang.be;;fr;Sales;Namur;wallonia;;2019-09-02;;',
];

/** Signs in with the password, as the web app does; the answer is GET /me's, and later calls carry the session. */
async function signIn(email: string, headers: Record<string, string> = {}) {
  const res = await client(env.app, undefined, headers).post('/api/v1/auth/sign-in', { email, password: PASSWORD });
  expect(res.status, res.text).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  return { me: res.body, api: client(env.app, undefined, { cookie, 'x-csrf-token': res.body.csrfToken, ...headers }) };
}
type Api = Awaited<ReturnType<typeof signIn>>['api'];

let chloe: Awaited<ReturnType<typeof signIn>>;
let lotte: Awaited<ReturnType<typeof signIn>>;
let nina: string;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-20T06:00:00Z' });
  orgId = (await makeOrg(env.ctx, 'taalbank', 'Taalbank')).id;
  admin = await makeUser(env.ctx, orgId, 'admin');
  const imported = await client(env.app, admin.token).post('/api/v1/people/import', [HEADER, ...ROWS].join('\n'), {
    'content-type': 'text/csv',
  });
  expect(imported.status, imported.text).toBe(200);
  // Two HR admins linked to their directory entries: Chloé's is French, Lotte's Dutch (the organisation's).
  await makeUser(env.ctx, orgId, 'admin', { email: 'chloe@lang.be', password: PASSWORD });
  await makeUser(env.ctx, orgId, 'admin', { email: 'lotte@lang.be', password: PASSWORD });
  for (const key of ['onboarding', 'anniversaries'])
    expect((await client(env.app, admin.token).post('/api/v1/journeys', { templateKey: key, active: true })).status).toBe(201);
  chloe = await signIn('chloe@lang.be');
  lotte = await signIn('lotte@lang.be');
  nina = (await client(env.app, admin.token).get('/api/v1/people?q=Nina')).body.items[0].id;
  await sweep(env.ctx, orgId, '2026-04-20');
  await sweep(env.ctx, orgId, '2026-04-21');
});
afterAll(() => env.close());

describe('the interface language', () => {
  it("is the directory entry's language for someone who chose none, whatever the browser says", async () => {
    expect(chloe.me).toMatchObject({ language: 'fr', languageSource: 'person', user: { language: null } });
    expect(lotte.me).toMatchObject({ language: 'nl', languageSource: 'person' });
    expect((await chloe.api.get('/api/v1/me', { 'accept-language': 'en-GB,en;q=0.9' })).body.language).toBe('fr');
  });

  it("is the browser's for someone without a directory entry (q-values; nl-BE is nl; German skipped), else the organisation's", async () => {
    const me = (lang?: string) => client(env.app, admin.token, lang ? { 'accept-language': lang } : {}).get('/api/v1/me');
    expect((await me('de-DE,de;q=0.9,fr-BE;q=0.8,en;q=0.5')).body).toMatchObject({ language: 'fr', languageSource: 'browser' });
    expect((await me('nl-BE')).body).toMatchObject({ language: 'nl', languageSource: 'browser' });
    expect((await me('en;q=0.4, fr;q=0.6')).body.language).toBe('fr');
    expect((await me('de, es')).body).toMatchObject({ language: 'nl', languageSource: 'organisation' });
    expect((await me()).body).toMatchObject({ language: 'nl', languageSource: 'organisation' });
  });

  it('is the choice once made (PATCH /me answers as GET /me), and automatic again after choosing null', async () => {
    await makeUser(env.ctx, orgId, 'employee', { email: 'amelie@lang.be', password: PASSWORD });
    const amelie = await signIn('amelie@lang.be');
    const chosen = await amelie.api.patch('/api/v1/me', { language: 'en' });
    expect(chosen.status, chosen.text).toBe(200);
    expect(chosen.body).toMatchObject({ language: 'en', languageSource: 'choice', user: { language: 'en' } });
    expect((await amelie.api.get('/api/v1/me', { 'accept-language': 'fr' })).body.language).toBe('en');
    const automatic = await amelie.api.patch('/api/v1/me', { language: null });
    expect(automatic.body).toMatchObject({ language: 'fr', languageSource: 'person', user: { language: null } });
    // German is not an interface language: refused by name, nothing saved.
    const german = await amelie.api.patch('/api/v1/me', { language: 'de' });
    expect(german.status).toBe(400);
    expect(german.body.errors[0]).toMatchObject({ path: 'body.language', code: 'invalid-enum' });
    expect((await amelie.api.get('/api/v1/me')).body.user.language).toBeNull();
  });

  it('lands a coordinator invited in French in French: the mail, the invitation page and the first answer after accepting', async () => {
    await client(env.app, admin.token).post(
      '/api/v1/people/import',
      [HEADER, 'K1;Karim;Lambert;karim@lang.be;;fr;Comms;Namur;wallonia;;2021-02-01;;'].join('\n'),
      {
        'content-type': 'text/csv',
      },
    );
    expect((await client(env.app, admin.token).post('/api/v1/invitations', { email: 'karim@lang.be', role: 'coordinator' })).status).toBe(
      201,
    );
    const [mail] = await env.ctx.db.query<{ subject: string; text: string }>(
      `select subject, coalesce(sealed_text, text_body) as text from mail_outbox where to_address = 'karim@lang.be' order by created_at desc limit 1`,
    );
    expect(mail.subject).toBe('Invitation à Embassy chez Taalbank');
    const token = /#token=([\w-]+)/.exec(mail.text)![1];
    const info = await client(env.app, undefined, { 'accept-language': 'nl-BE' }).get(`/api/v1/auth/invitations/${token}`);
    expect(info.body.language).toBe('fr');
    const accepted = await client(env.app, undefined, { 'accept-language': 'en-GB' }).post('/api/v1/auth/invitations/accept', {
      token,
      password: PASSWORD,
    });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body).toMatchObject({ language: 'fr', languageSource: 'person', user: { role: 'coordinator', language: null } });
  });
});

/** The lists of moments as `api` reads them. */
async function lists(api: Api) {
  const journeys = (await api.get('/api/v1/journeys')).body.items as { name: string; description: string; steps: { name: string }[] }[];
  const templates = (await api.get('/api/v1/journey-templates')).body.items as { key: string; name: string }[];
  const deliveries = (await api.get('/api/v1/deliveries')).body.items as { stepName: string; journeyName: string; name: string }[];
  const calendar = (await api.get('/api/v1/moments/calendar?from=2026-04-20&to=2026-05-20')).body.items as {
    stepName: string;
    journeyName: string;
    name: string;
  }[];
  const timeline = (await api.get(`/api/v1/people/${nina}/timeline`)).body as {
    past: { stepName: string; journeyName: string }[];
    upcoming: { stepName: string; journeyName: string }[];
  };
  return { journeys, templates, deliveries, calendar, timeline };
}

describe('journeys, deliveries, the calendar and timelines in the reader’s language', () => {
  it('reads them in French for a French reader', async () => {
    const l = await lists(chloe.api);
    expect(l.journeys.map((j) => j.name)).toEqual(['Accueil et intégration', 'Anniversaires et ancienneté']);
    expect(l.journeys[1].steps.map((s) => s.name)).toEqual(['Anniversaire', 'Premier anniversaire de service']);
    expect(l.journeys[0].description).toMatch(/^La journée d'accueil/);
    expect(l.templates.find((t) => t.key === 'retirement')?.name).toBe('Pension');
    expect(l.deliveries).toContainEqual(
      expect.objectContaining({ name: 'Nina Nieuw', stepName: "Invitation à la journée d'accueil", journeyName: 'Accueil et intégration' }),
    );
    expect(l.deliveries).toContainEqual(
      expect.objectContaining({ name: 'Chloé Dubois', stepName: 'Anniversaire', journeyName: 'Anniversaires et ancienneté' }),
    );
    expect(l.calendar).toContainEqual(expect.objectContaining({ name: 'Nina Nieuw', stepName: 'Bienvenue le premier jour' }));
    expect(l.timeline.past.map((p) => p.stepName)).toContain("Invitation à la journée d'accueil");
    expect(l.timeline.upcoming.map((p) => p.stepName)).toContain('Feedback à 30 jours');
  });

  it('reads the same lists in Dutch for a Dutch reader, and in English for a browser asking English', async () => {
    const l = await lists(lotte.api);
    expect(l.journeys.map((j) => j.name)).toEqual(['Onboarding', 'Verjaardagen en jubilea']);
    expect(l.deliveries).toContainEqual(expect.objectContaining({ stepName: 'Uitnodiging voor de onthaaldag', journeyName: 'Onboarding' }));
    expect(l.deliveries).toContainEqual(expect.objectContaining({ name: 'Chloé Dubois', stepName: 'Verjaardag' }));
    expect(l.calendar).toContainEqual(expect.objectContaining({ name: 'Nina Nieuw', stepName: 'Welkom op de eerste dag' }));
    expect(l.timeline.upcoming.map((p) => p.stepName)).toContain('Feedbackgesprek na 30 dagen');

    const english = await lists(client(env.app, admin.token, { 'accept-language': 'en-GB,en;q=0.9' }));
    expect(english.journeys.map((j) => j.name)).toEqual(['Birthdays and anniversaries', 'Onboarding']);
    expect(english.deliveries).toContainEqual(expect.objectContaining({ stepName: 'Welcome day invitation' }));
  });

  it("gives HR's tasks, title and checklist, in each reader's language", async () => {
    await sweep(env.ctx, orgId, '2026-04-27');
    env.clock.set('2026-04-27T08:00:00Z');
    await sendDueDeliveries(env.ctx, transport);
    // A week on, the sessions of the 20th have been idle too long: sign in again.
    chloe = await signIn('chloe@lang.be');
    lotte = await signIn('lotte@lang.be');
    const task = async (api: Api) =>
      ((await api.get('/api/v1/me/tasks')).body.items as { title: string; checklist: { label: string }[] }[]).find((t) =>
        t.title.includes('Nina Nieuw'),
      )!;
    const fr = await task(chloe.api);
    expect(fr.title).toBe("Dossier d'accueil de Nina Nieuw");
    expect(fr.checklist[2].label).toBe('Informations sur la sécurité et le bien-être données');
    const nl = await task(lotte.api);
    expect(nl.title).toBe('Onthaaldossier van Nina Nieuw');
    expect(nl.checklist[2].label).toBe('Informatie over veiligheid en welzijn gegeven');
  });
});

describe('editing a journey in every language', () => {
  let journeyId: string;

  it('keeps what HR writes per language, and needs the organisation language', async () => {
    const created = await lotte.api.post('/api/v1/journeys', { name: { nl: 'Badges', fr: 'Badges', en: 'Badges' } });
    expect(created.status, created.text).toBe(201);
    journeyId = created.body.id;
    const step = {
      name: { nl: 'Badge klaarzetten', fr: 'Préparer le badge', en: 'Prepare the badge' },
      kind: 'task',
      recipient: 'hr',
      anchor: 'start_date',
      offsetDays: -2,
      offsetUnit: 'calendar',
      task: {
        title: { nl: 'Badge voor {{personName}}', fr: 'Badge pour {{personName}}' },
        owner: 'hr',
        dueDays: 2,
        checklist: [{ nl: 'Foto gekregen', fr: 'Photo reçue', en: 'Photo received' }, { nl: 'Badge gedrukt' }],
      },
    };
    const added = await lotte.api.post(`/api/v1/journeys/${journeyId}/steps`, step);
    expect(added.status, added.text).toBe(201);
    expect(added.body.steps[0]).toMatchObject({ name: 'Badge klaarzetten', names: step.name, task: step.task });
    expect((await chloe.api.get(`/api/v1/journeys/${journeyId}`)).body.steps[0].name).toBe('Préparer le badge');

    const incomplete = await lotte.api.post(`/api/v1/journeys/${journeyId}/steps`, {
      ...step,
      name: { fr: 'Seulement en français' },
      task: { ...step.task, checklist: [{ fr: 'Photo reçue' }] },
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.code).toBe('step-incomplete');
    expect(incomplete.body.errors).toEqual([
      expect.objectContaining({ path: 'name.nl', code: 'missing-language', params: { language: 'nl' } }),
      expect.objectContaining({ path: 'task.checklist.0.nl', code: 'missing-language', params: { language: 'nl' } }),
    ]);
    expect((await lotte.api.get(`/api/v1/journeys/${journeyId}`)).body.steps).toHaveLength(1);
  });

  it("takes a plain text as the organisation language's, which every reader falls back to", async () => {
    const renamed = await lotte.api.patch(`/api/v1/journeys/${journeyId}`, { name: 'Toegangsbadges', description: '' });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toMatchObject({ names: { nl: 'Toegangsbadges' }, descriptions: {} });
    expect((await chloe.api.get(`/api/v1/journeys/${journeyId}`)).body.name).toBe('Toegangsbadges');
    const withoutDutch = await lotte.api.patch(`/api/v1/journeys/${journeyId}`, { name: { en: 'Badges' } });
    expect(withoutDutch.status).toBe(422);
    expect(withoutDutch.body).toMatchObject({ code: 'journey-incomplete', errors: [{ path: 'name.nl', code: 'missing-language' }] });
    expect((await lotte.api.get(`/api/v1/journeys/${journeyId}`)).body.name).toBe('Toegangsbadges');
  });
});

describe('mail in the recipient’s language', () => {
  it("goes out in the person's chosen language, else their directory entry's", async () => {
    // Chloé's birthday (21 April): her directory entry is French. (Sent on the 27th: the worker catches up.)
    await sendDueDeliveries(env.ctx, transport);
    expect(sent.find((m) => m.to === 'chloe@lang.be')?.subject).toBe('Joyeux anniversaire, Chloé !');
    // Lotte's entry is Dutch, but she chose French for herself: her birthday mail (22 April) is French.
    expect((await lotte.api.patch('/api/v1/me', { language: 'fr' })).body.language).toBe('fr');
    await sweep(env.ctx, orgId, '2026-04-22');
    await sendDueDeliveries(env.ctx, transport);
    expect(sent.find((m) => m.to === 'lotte@lang.be')?.subject).toBe('Joyeux anniversaire, Lotte !');
  });

  it("writes a coordinator's invitation in the chosen language, else the entry's, else the organisation's (not English)", async () => {
    await client(env.app, admin.token).post(
      '/api/v1/people/import',
      [HEADER, 'B1;Bram;Claes;bram@lang.be;;;Sales;Gent;flanders;;2019-01-07;;'].join('\n'),
      {
        'content-type': 'text/csv',
      },
    );
    const id = async (q: string) => (await client(env.app, admin.token).get(`/api/v1/people?q=${q}`)).body.items[0].id as string;
    const subject = async (to: string) =>
      (
        await env.ctx.db.query<{ subject: string }>(
          `select subject from mail_outbox where to_address = $1 order by created_at desc limit 1`,
          [to],
        )
      )[0]?.subject;
    for (const person of ['Bram', 'Lotte', 'Nina'])
      expect((await client(env.app, admin.token).post('/api/v1/ambassadors/invitations', { personId: await id(person) })).status).toBe(201);
    expect(await subject('bram@lang.be')).toBe('Zin om ambassadeur te worden?'); // no language of his own: the organisation's
    expect(await subject('lotte@lang.be')).toBe('Envie de devenir ambassadeur·rice ?'); // Dutch entry, French chosen
    expect(await subject('nina@lang.be')).toBe('Envie de devenir ambassadeur·rice ?'); // French entry, no account
  });
});
