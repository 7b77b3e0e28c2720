/**
 * One-click unsubscribe (RFC 8058), end to end: the digest and a journey's birthday mail arrive at a
 * real SMTP server on loopback with List-Unsubscribe headers; a POST to that address without any
 * session turns off exactly that preference of that person and nothing else, once (idempotent,
 * audited once); a GET only asks (mail scanners follow links); a forged link does nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sendDigests } from '../../src/modules/moments/personal.service.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import { createTransport, sendDueMail } from '../../src/platform/mail.ts';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';
import { parseMime, type MimeMessage } from '../mime.ts';
import { startSmtpSink, type SmtpSink } from '../smtp-sink.ts';

let sink: SmtpSink;
let env: TestEnv;
let orgId: string;
let hr: TestUser;
const ids: Record<string, string> = {};
const users: Record<string, TestUser> = {};

const HEADER = 'employee_number;first_name;last_name;work_email;language;department;site;region;manager;start_date;birthday';
const ROWS = [
  'M1;Marc;Maes;marc@acme.be;fr;IT;Gent;flanders;;2015-03-02;12/06/1980',
  'P1;Pieter;Peer;pieter@acme.be;nl;IT;Gent;flanders;M1;2018-01-08;03/09/1988',
  'T1;Tine;Team;tine@acme.be;nl;IT;Gent;flanders;M1;2019-01-07;01/02/1991',
];

beforeAll(async () => {
  sink = await startSmtpSink();
  env = await createTestEnv({ now: '2026-09-01T06:00:00Z', config: { smtpUrl: sink.url } });
  orgId = (await makeOrg(env.ctx, 'acme-unsub', 'Acme')).id;
  hr = await makeUser(env.ctx, orgId, 'admin');
  const res = await client(env.app, hr.token).post('/api/v1/people/import', [HEADER, ...ROWS].join('\n'), { 'content-type': 'text/csv' });
  expect(res.status, res.text).toBe(200);
  for (const [key, email] of [
    ['marc', 'marc@acme.be'],
    ['pieter', 'pieter@acme.be'],
    ['tine', 'tine@acme.be'],
  ]) {
    users[key] = await makeUser(env.ctx, orgId, 'employee', { email });
    ids[key] = (await client(env.app, hr.token).get(`/api/v1/people?q=${email}`)).body.items[0].id;
  }
  // Pieter shares his birthday with the team; Marc has choices of his own that must survive.
  const prefs = { birthdayAudience: 'team', showBirthYear: false, anniversaryAudience: 'team', wanted: {}, note: '' };
  expect((await client(env.app, users.pieter.token).put('/api/v1/me/moments', prefs)).status).toBe(200);
  const marcs = { ...prefs, birthdayAudience: 'manager', wanted: { welcome: false }, note: 'Liever geen taart.' };
  expect((await client(env.app, users.marc.token).put('/api/v1/me/moments', marcs)).status).toBe(200);
});
afterAll(async () => {
  await env.close();
  await sink.close();
});

const arrivedAt = (to: string, subject?: RegExp): MimeMessage[] =>
  sink.received.map(parseMime).filter((m) => m.headers.to === to && (!subject || subject.test(m.headers.subject ?? '')));

const unsubscribeLink = (m: MimeMessage) => {
  const header = m.headers['list-unsubscribe'];
  expect(header).toMatch(/^<http:\/\/embassy\.test\/unsubscribe\/[^>]+>$/);
  return new URL(header.slice(1, -1)).pathname;
};

const preferences = async () =>
  env.ctx.db.query<Record<string, unknown>>(
    `select person_id, birthday_audience, show_birth_year, anniversary_audience, wanted, note, colleague_digest
       from moment_preferences where org_id = $1 order by person_id`,
    [orgId],
  );
const unsubscribes = async () =>
  env.ctx.db.query<{
    actor_label: string;
    target_type: string;
    target_id: string;
    details: Record<string, unknown>;
    actor_user_id: string | null;
  }>(
    `select actor_label, target_type, target_id, details, actor_user_id from audit_log where org_id = $1 and action = 'moments.unsubscribe' order by id`,
    [orgId],
  );
const oneClick = (path: string) =>
  env.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });

describe('the colleagues digest', () => {
  let link: string;

  it('arrives with both parts, its language and a one-click unsubscribe', async () => {
    expect(await sendDigests(env.ctx, orgId, '2026-09-03')).toBe(2); // Marc (manager) and Tine (team)
    env.clock.set('2026-09-03T06:00:00Z'); // 08:00 in Brussels, when digests go
    await sendDueMail(env.ctx, createTransport(env.ctx));
    const [toMarc] = arrivedAt('marc@acme.be');
    expect(toMarc.headers['content-language']).toBe('fr');
    expect(toMarc.headers['auto-submitted']).toBe('auto-generated');
    expect(toMarc.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(toMarc.parts.map((p) => p.type)).toEqual(['text/plain', 'text/html']);
    expect(toMarc.parts[1].body).toContain('<html lang="fr"');
    expect(toMarc.parts[0].body).toContain('Pieter Peer');
    link = unsubscribeLink(toMarc);
    // Per recipient: Tine's link is not Marc's.
    expect(unsubscribeLink(arrivedAt('tine@acme.be')[0])).not.toBe(link);
  });

  it('asks on GET, in the person’s language, and changes nothing', async () => {
    const before = await preferences();
    const res = await env.app.request(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const page = await res.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('Bonjour Marc');
    expect(page).toMatch(/<form method="post" action="\/unsubscribe\/[^"]+">/);
    expect(await preferences()).toEqual(before);
    expect(await unsubscribes()).toEqual([]);
  });

  it('turns off exactly that preference of that person on a POST without any session, audited once', async () => {
    const before = await preferences();
    const res = await oneClick(link);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('vous ne recevez plus');
    const after = await preferences();
    const marc = (rows: Record<string, unknown>[]) => rows.find((r) => r.person_id === ids.marc)!;
    // Marc's digest is off; everything else of Marc's, and everyone else's, is as it was.
    expect(marc(before).colleague_digest).toBe(true);
    expect(marc(after)).toEqual({ ...marc(before), colleague_digest: false });
    expect(after.filter((r) => r.person_id !== ids.marc)).toEqual(before.filter((r) => r.person_id !== ids.marc));
    expect(await unsubscribes()).toEqual([
      {
        actor_label: 'Marc Maes',
        actor_user_id: null,
        target_type: 'person',
        target_id: ids.marc,
        details: { kind: 'digest', via: 'one-click link' },
      },
    ]);
  });

  it('is idempotent: a second POST changes and records nothing', async () => {
    const before = await preferences();
    const res = await oneClick(link);
    expect(res.status).toBe(200);
    expect(await preferences()).toEqual(before);
    expect(await unsubscribes()).toHaveLength(1);
    // The GET now says it is already off, and offers nothing to press.
    const page = await (await env.app.request(link)).text();
    expect(page).toContain('ne recevez déjà plus');
    expect(page).not.toContain('<form');
  });

  it('keeps the digest away from Marc from then on, and still sends it to Tine', async () => {
    await env.ctx.db.query(`update moment_preferences set birthday_audience = 'team' where person_id = $1`, [ids.pieter]);
    expect(await sendDigests(env.ctx, orgId, '2027-09-03')).toBe(1);
    const [row] = await env.ctx.db.query<{ to_address: string }>(
      `select to_address from mail_outbox where kind = 'digest' and message_id like '%-2027-09-03@%'`,
    );
    expect(row.to_address).toBe('tine@acme.be');
  });

  it('shows in My moments, where the person turns it back on (and a save that leaves it out keeps it)', async () => {
    const marc = client(env.app, users.marc.token);
    const mine = await marc.get('/api/v1/me/moments');
    expect(mine.body.preferences).toMatchObject({ colleagueDigest: false, birthdayAudience: 'manager', note: 'Liever geen taart.' });
    const { colleagueDigest: _, ...withoutIt } = mine.body.preferences;
    expect((await marc.put('/api/v1/me/moments', withoutIt)).body.preferences.colleagueDigest).toBe(false);
    expect((await marc.put('/api/v1/me/moments', { ...withoutIt, colleagueDigest: true })).body.preferences.colleagueDigest).toBe(true);
    expect((await marc.put('/api/v1/me/moments', { ...withoutIt, colleagueDigest: false })).body.preferences.colleagueDigest).toBe(false);
  });

  it('does nothing for a forged or altered link', async () => {
    const before = await preferences();
    const [, , token] = link.split('/');
    const [person, , sig] = token.split('.');
    for (const bad of [
      `/unsubscribe/${person}.birthday.${sig}`, // another kind with the digest's signature
      `/unsubscribe/${ids.tine}.digest.${sig}`, // another person with Marc's signature
      `/unsubscribe/${person}.digest.${'A'.repeat(32)}`,
      '/unsubscribe/not-a-token',
    ]) {
      const res = await oneClick(bad);
      expect(res.status, bad).toBe(404);
      expect((await env.app.request(bad)).status, bad).toBe(404);
    }
    expect(await preferences()).toEqual(before);
    expect(await unsubscribes()).toHaveLength(1);
  });
});

describe("a journey's mail about a person's own birthday", () => {
  it('carries a link that turns off that person’s "birthday noticed" and nothing else', async () => {
    expect((await client(env.app, hr.token).post('/api/v1/journeys', { templateKey: 'anniversaries', active: true })).status).toBe(201);
    env.clock.set('2027-02-01T05:00:00Z');
    await sweep(env.ctx, orgId, '2027-02-01');
    env.clock.set('2027-02-01T12:00:00Z');
    await sendDueDeliveries(env.ctx, createTransport(env.ctx));
    const [toTine] = arrivedAt('tine@acme.be', /Tine/);
    expect(toTine.headers['content-language']).toBe('nl');
    expect(toTine.parts.map((p) => p.type)).toEqual(['text/plain', 'text/html']);
    const link = unsubscribeLink(toTine);
    expect(link).toContain(`/${ids.tine}.birthday.`);

    const before = await preferences();
    expect((await oneClick(link)).status).toBe(200);
    const after = await preferences();
    const tine = after.find((r) => r.person_id === ids.tine)!;
    expect(tine).toMatchObject({ wanted: { birthday: false }, colleague_digest: true, birthday_audience: 'nobody' });
    expect(after.filter((r) => r.person_id !== ids.tine)).toEqual(before.filter((r) => r.person_id !== ids.tine));
    // Tine's own page shows the choice, where she can turn it back on.
    const mine = await client(env.app, users.tine.token).get('/api/v1/me/moments');
    expect(mine.body.preferences.wanted).toEqual({ birthday: false });
  });
});
