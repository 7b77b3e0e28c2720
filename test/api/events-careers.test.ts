/**
 * Events on the careers wall: only events marked for the careers pages, without their link; only
 * external ambassadors who signed up, are confirmed and agreed to be shown. Someone who did not
 * agree, an internal or behind-the-scenes participant, and anyone waiting never appear.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambassador, orgWithAdmin, person, type Org, type Person } from '../factories.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let org: Org;
let slug: string;
let coordinator: TestUser;
const who: Record<string, Person> = {};

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z' });
  org = await orgWithAdmin(env);
  [{ slug }] = await env.ctx.db.query<{ slug: string }>('select slug from organisations where id = $1', [org.id]);
  coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  who.shown = await ambassador(env, org, { first: 'Qzshownfirst', last: 'Visible' });
  who.declined = await ambassador(env, org, { first: 'Qznotagreed', last: 'External' });
  who.internal = await ambassador(env, org, { first: 'Qzinternalone', last: 'Inside', scope: 'internal' });
  who.waiting = await ambassador(env, org, { first: 'Qzwaitingone', last: 'Later' });
  who.hidden = await person(env, org, { first: 'Qzbehindone', last: 'Scenes' });
  const bts = await client(env.app, who.hidden.user.token).put('/api/v1/me/ambassador', { scope: 'internal', behindTheScenes: true });
  expect(bts.status, bts.text).toBe(200);
});
afterAll(() => env.close());

const wall = async (lang = 'en') => {
  const res = await client(env.app).get(`/careers/${slug}?lang=${lang}`);
  expect(res.status).toBe(200);
  return res.text;
};

/** The wall's events section. */
const events = (page: string) => {
  const m = /<section aria-labelledby="ev">[\s\S]*?<\/section>/.exec(page);
  expect(m, 'the events section').not.toBeNull();
  return m![0];
};

describe('events on the careers wall', () => {
  it('shows marked events with only the external ambassadors who agreed', async () => {
    const api = client(env.app, coordinator.token);
    const base = {
      kind: 'job-fair',
      place: 'Brussels Expo',
      startsAt: '2026-12-12T10:00:00+01:00',
      endsAt: '2026-12-12T17:00:00+01:00',
      language: 'nl',
      capacity: 4,
    };
    const shownEvent = (
      await api.post('/api/v1/events', {
        ...base,
        title: { nl: 'Qzjobbeurs Brussel', en: 'Qzjobfair Brussels' },
        showOnCareers: true,
        link: 'https://meet.example/qzsecretlink',
      })
    ).body.id;
    await api.post('/api/v1/events', { ...base, title: { en: 'Qzinternalevent' } });
    const before = await wall();
    expect(before).toContain('Qzjobfair Brussels');
    expect(before).not.toContain('Qzinternalevent');
    expect(before).not.toContain('qzsecretlink');

    const sign = (p: Person, showPublicly: boolean) =>
      client(env.app, p.user.token).put(`/api/v1/events/${shownEvent}/signup`, { showPublicly });
    expect((await sign(who.shown, true)).body.status).toBe('confirmed');
    expect((await sign(who.declined, false)).body.status).toBe('confirmed');
    expect((await sign(who.internal, true)).body.status).toBe('confirmed');
    // Behind the scenes, they take part inside the company; asking to be shown changes nothing publicly.
    expect((await sign(who.hidden, true)).body.status).toBe('confirmed');
    expect((await sign(who.waiting, true)).body.status).toBe('waiting');

    for (const lang of ['en', 'nl', 'fr']) {
      const page = await wall(lang);
      // External ambassadors are on the wall anyway; in the events section only the one who agreed.
      const section = events(page);
      expect(section).toContain('Qzshownfirst');
      for (const never of ['Qznotagreed', 'Qzwaitingone']) expect(section, `${lang}: ${never}`).not.toContain(never);
      for (const never of ['Qzinternalone', 'Qzbehindone', 'qzsecretlink']) expect(page, `${lang}: ${never}`).not.toContain(never);
    }
    expect(await wall('nl')).toContain('Qzjobbeurs Brussel');

    // The one shown cancels: gone from the page (the cache is dropped); the next one waiting moves up and is shown.
    expect((await client(env.app, who.shown.user.token).delete(`/api/v1/events/${shownEvent}/signup`)).status).toBe(204);
    const after = events(await wall());
    expect(after).not.toContain('Qzshownfirst');
    expect(after).toContain('Qzwaitingone');

    // Cancelled: the event leaves the wall.
    expect((await api.post(`/api/v1/events/${shownEvent}/cancel`)).status).toBe(204);
    expect(await wall()).not.toContain('Qzjobfair Brussels');
  });

  it('takes a changed choice at once: by signing up again, or with one click on the sign-up, at any time', async () => {
    const api = client(env.app, coordinator.token);
    const created = await api.post('/api/v1/events', {
      kind: 'campus-day',
      title: { en: 'Qzcampusday Leuven' },
      place: 'Leuven',
      startsAt: '2026-12-15T10:00:00+01:00',
      endsAt: '2026-12-15T15:00:00+01:00',
      language: 'en',
      showOnCareers: true,
    });
    const id = created.body.id as string;
    const section = async () => {
      const page = await wall();
      const m = new RegExp(`Qzcampusday Leuven[\\s\\S]*?</li>`).exec(events(page));
      expect(m, 'the event on the wall').not.toBeNull();
      return m![0];
    };
    const me = client(env.app, who.declined.user.token);
    const mine = async () => (await me.get(`/api/v1/events/${id}`)).body.mySignup;

    expect((await me.put(`/api/v1/events/${id}/signup`, { showPublicly: false })).body.status).toBe('confirmed');
    expect(await section()).not.toContain('Qznotagreed');
    expect((await mine()).showPublicly).toBe(false);
    // Signing up again with the other choice keeps the place and shows them, at once (the cache is dropped).
    expect((await me.put(`/api/v1/events/${id}/signup`, { showPublicly: true })).body.status).toBe('confirmed');
    expect(await section()).toContain('Qznotagreed');
    expect((await mine()).showPublicly).toBe(true);

    // One click on the sign-up, also once the event has begun: gone from the wall at once.
    env.clock.set('2026-12-15T09:30:00Z');
    try {
      const off = await me.put(`/api/v1/events/${id}/signup/public`, { showPublicly: false });
      expect(off.status, off.text).toBe(200);
      expect(off.body.showPublicly).toBe(false);
      expect(await section()).not.toContain('Qznotagreed');
      expect((await mine()).showPublicly).toBe(false);
      expect((await me.put(`/api/v1/events/${id}/signup/public`, { showPublicly: 'yes' })).status).toBe(400);
    } finally {
      env.clock.set('2026-11-26T09:00:00Z');
    }

    // Only one's own sign-up: without one, or in another organisation, 404.
    expect((await client(env.app, who.internal.user.token).put(`/api/v1/events/${id}/signup/public`, { showPublicly: true })).status).toBe(
      404,
    );
    const other = await orgWithAdmin(env);
    const stranger = await ambassador(env, other);
    expect((await client(env.app, stranger.user.token).put(`/api/v1/events/${id}/signup/public`, { showPublicly: true })).status).toBe(404);
  });
});
