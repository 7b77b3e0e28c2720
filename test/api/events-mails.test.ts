/**
 * Event mails: coordinators invite active ambassadors by topic, region or language (one mail per
 * person and event, in their language); after the event each confirmed participant who was not
 * marked absent is invited once to share the experience in the event's feed and in a story.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendEventFollowUps } from '../../src/modules/community/events.mails.ts';
import { ambassador, orgWithAdmin, person, type Org, type Person } from '../factories.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let org: Org;
let coordinator: TestUser;
let gent: Person;
let namur: Person;
let brussels: Person;
let colleague: Person;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z' });
  org = await orgWithAdmin(env);
  coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  gent = await ambassador(env, org, { site: 'Gent', region: 'flanders', language: 'nl', topics: ['engineering'] });
  namur = await ambassador(env, org, { site: 'Namur', region: 'wallonia', language: 'fr', topics: ['engineering'] });
  brussels = await ambassador(env, org, { site: 'Brussel', region: 'brussels', language: 'en', topics: ['sales'] });
  colleague = await person(env, org, { site: 'Gent', region: 'flanders' });
});
afterAll(() => env.close());

const mailsOf = (kind: string, to: string) =>
  env.ctx.db.query<{ subject: string; text_body: string; language: string }>(
    `select subject, text_body, language from mail_outbox where kind = $1 and to_address = $2 order by created_at`,
    [kind, to],
  );

async function newEvent(startsAt = '2026-12-10T10:00:00+01:00', endsAt = '2026-12-10T12:00:00+01:00') {
  const res = await client(env.app, coordinator.token).post('/api/v1/events', {
    kind: 'meetup',
    title: { nl: 'Ontbijt met studenten', fr: 'Petit-déjeuner avec des étudiants', en: 'Breakfast with students' },
    place: 'Gent',
    startsAt,
    endsAt,
    language: 'nl',
  });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}

describe('inviting to an event', () => {
  it('by topic and region: a mail to each match, in their language, once per person and event (audited)', async () => {
    const id = await newEvent();
    const api = client(env.app, coordinator.token);
    const first = await api.post(`/api/v1/events/${id}/invitations`, { topics: ['engineering'], regions: ['wallonia'] });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toEqual({ invited: 1 });
    const [fr] = await mailsOf('community-event-invitation', namur.email);
    expect(fr).toMatchObject({ subject: 'Vous êtes invité·e : Petit-déjeuner avec des étudiants', language: 'fr' });
    expect(fr.text_body).toContain(`/community/events/${id}`);
    // All engineers now: only Gent is new; Namur is not invited twice.
    expect((await api.post(`/api/v1/events/${id}/invitations`, { topics: ['engineering'] })).body).toEqual({ invited: 1 });
    expect(await mailsOf('community-event-invitation', namur.email)).toHaveLength(1);
    expect((await mailsOf('community-event-invitation', gent.email))[0].subject).toBe('Je bent uitgenodigd: Ontbijt met studenten');
    // Everyone: Brussels only (the colleague is no ambassador).
    expect((await api.post(`/api/v1/events/${id}/invitations`, {})).body).toEqual({ invited: 1 });
    expect(await mailsOf('community-event-invitation', colleague.email)).toEqual([]);
    const audit = await env.ctx.db.query(`select 1 from audit_log where action = 'events.invite' and target_id = $1`, [id]);
    expect(audit).toHaveLength(3);
  });

  it('only coordinators invite; another organisation gets 404', async () => {
    const id = await newEvent();
    expect((await client(env.app, gent.user.token).post(`/api/v1/events/${id}/invitations`, {})).status).toBe(403);
    const other = await orgWithAdmin(env);
    expect((await client(env.app, other.admin.token).post(`/api/v1/events/${id}/invitations`, {})).status).toBe(404);
  });
});

describe('moving up from the waiting list', () => {
  it('tells the one who moved up, in their language, once', async () => {
    const res = await client(env.app, coordinator.token).post('/api/v1/events', {
      kind: 'meetup',
      title: { nl: 'Koffie met kandidaten', fr: 'Café avec des candidats' },
      place: 'Namur',
      startsAt: '2026-12-20T10:00:00+01:00',
      endsAt: '2026-12-20T11:00:00+01:00',
      language: 'fr',
      capacity: 1,
    });
    const id = res.body.id;
    expect((await client(env.app, gent.user.token).put(`/api/v1/events/${id}/signup`, {})).body.status).toBe('confirmed');
    expect((await client(env.app, namur.user.token).put(`/api/v1/events/${id}/signup`, {})).body.status).toBe('waiting');
    expect(await mailsOf('community-event-promoted', namur.email)).toEqual([]);
    expect((await client(env.app, gent.user.token).delete(`/api/v1/events/${id}/signup`)).status).toBe(204);
    const mails = await mailsOf('community-event-promoted', namur.email);
    expect(mails.map((m) => m.subject)).toEqual(['Une place pour vous : Café avec des candidats']);
    expect(mails[0].text_body).toContain(`/community/events/${id}`);
    expect(await mailsOf('community-event-promoted', gent.email)).toEqual([]);
  });
});

describe('after the event', () => {
  it('each confirmed participant not marked absent is invited once to share the experience', async () => {
    const id = await newEvent('2026-11-27T10:00:00+01:00', '2026-11-27T12:00:00+01:00');
    for (const p of [gent, namur, brussels])
      expect((await client(env.app, p.user.token).put(`/api/v1/events/${id}/signup`, {})).status).toBe(200);
    const api = client(env.app, coordinator.token);
    expect((await api.put(`/api/v1/events/${id}/attendance`, { personId: gent.personId, attended: true })).status).toBe(204);
    expect((await api.put(`/api/v1/events/${id}/attendance`, { personId: brussels.personId, attended: false })).status).toBe(204);

    expect(await sendEventFollowUps(env.ctx)).toBe(0);
    env.clock.set('2026-11-27T12:00:00Z');
    const [a, b] = await Promise.all([sendEventFollowUps(env.ctx), sendEventFollowUps(env.ctx)]);
    expect(a + b).toBe(2);
    expect(await sendEventFollowUps(env.ctx)).toBe(0);
    const [nl] = await mailsOf('community-event-follow-up', gent.email);
    expect(nl.subject).toBe('Hoe was Ontbijt met studenten?');
    expect(nl.text_body).toContain(`/community/exchange?event=${id}`);
    expect(nl.text_body).toContain('/stories/new');
    expect(await mailsOf('community-event-follow-up', namur.email)).toHaveLength(1);
    expect(await mailsOf('community-event-follow-up', brussels.email)).toEqual([]);
    env.clock.set('2026-11-26T09:00:00Z');
  });
});
