/**
 * Community events through the API: coordinators create, edit and cancel; ambassadors sign up
 * themselves; a full event or role puts them on a waiting list that moves up first come, first
 * served; only those who take part see events; another organisation's event is not found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambassador, orgWithAdmin, person, type Org, type Person } from '../factories.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let org: Org;
let coordinator: TestUser;
let amb: Person[];
let colleague: Person;
let other: Org;
let otherAmb: Person;

const EVENT = {
  kind: 'job-fair',
  title: { nl: 'Jobbeurs Gent', en: 'Job fair Ghent' },
  description: { nl: 'Kom naar onze stand.' },
  place: 'ICC Gent',
  startsAt: '2026-12-10T10:00:00+01:00',
  endsAt: '2026-12-10T16:00:00+01:00',
  language: 'nl',
  capacity: 2,
  roles: [{ key: 'stand', name: { nl: 'Aan de stand', en: 'At the stand' }, capacity: 1 }],
};

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z' });
  org = await orgWithAdmin(env);
  coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  amb = [];
  for (let i = 0; i < 5; i++) amb.push(await ambassador(env, org, { scope: i % 2 ? 'internal' : 'external' }));
  colleague = await person(env, org);
  other = await orgWithAdmin(env);
  otherAmb = await ambassador(env, other);
});
afterAll(() => env.close());

const as = (u: { token: string }) => client(env.app, u.token);
async function newEvent(body: Record<string, unknown> = {}) {
  const res = await as(coordinator).post('/api/v1/events', { ...EVENT, ...body });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}
const signUp = (p: Person, id: string, body: Record<string, unknown> = {}) => as(p.user).put(`/api/v1/events/${id}/signup`, body);
const mine = async (p: Person, id: string) => (await as(p.user).get(`/api/v1/events/${id}`)).body.mySignup;

describe('creating events', () => {
  it('coordinators create (audited); ambassadors and employees may not', async () => {
    const id = await newEvent();
    const [entry] = await env.ctx.db.query<{ action: string }>(`select action from audit_log where target_id = $1`, [id]);
    expect(entry.action).toBe('events.create');
    expect((await as(amb[0].user).post('/api/v1/events', EVENT)).status).toBe(403);
    expect((await as(colleague.user).post('/api/v1/events', EVENT)).status).toBe(403);
    const res = await as(amb[0].user).get(`/api/v1/events/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: EVENT.title, place: 'ICC Gent', startsAt: '2026-12-10T09:00:00.000Z', signups: null });
    expect(res.body.counts).toEqual([
      { role: '', capacity: 2, confirmed: 0, waiting: 0 },
      { role: 'stand', capacity: 1, confirmed: 0, waiting: 0 },
    ]);
  });

  it('checks the times, the place and the link', async () => {
    const api = as(coordinator);
    expect((await api.post('/api/v1/events', { ...EVENT, endsAt: EVENT.startsAt })).status).toBe(422);
    expect((await api.post('/api/v1/events', { ...EVENT, kind: 'online', place: '' })).status).toBe(422);
    expect((await api.post('/api/v1/events', { ...EVENT, kind: 'online', place: '', link: 'https://meet.example/x' })).status).toBe(201);
    expect((await api.post('/api/v1/events', { ...EVENT, title: {} })).status).toBe(400);
  });

  it('only those who take part see the events: an employee who is not an ambassador does not', async () => {
    await newEvent();
    expect((await as(colleague.user).get('/api/v1/events')).status).toBe(403);
    const list = await as(amb[1].user).get('/api/v1/events');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
  });
});

describe('signing up', () => {
  it('confirms while there are places, then waits; a cancellation moves the first one waiting up', async () => {
    const id = await newEvent();
    expect((await signUp(amb[0], id)).body).toEqual({ status: 'confirmed' });
    expect((await signUp(amb[1], id)).body).toEqual({ status: 'confirmed' });
    env.clock.advance(1000);
    expect((await signUp(amb[2], id)).body).toEqual({ status: 'waiting' });
    env.clock.advance(1000);
    expect((await signUp(amb[3], id)).body).toEqual({ status: 'waiting' });
    expect(await mine(amb[2], id)).toEqual({ role: '', status: 'waiting', showPublicly: false, position: 1 });
    expect(await mine(amb[3], id)).toEqual({ role: '', status: 'waiting', showPublicly: false, position: 2 });
    // Signing up twice changes nothing.
    expect((await signUp(amb[2], id)).body).toEqual({ status: 'waiting' });
    expect(await mine(amb[2], id)).toEqual({ role: '', status: 'waiting', showPublicly: false, position: 1 });

    env.clock.advance(1000);
    expect((await as(amb[0].user).delete(`/api/v1/events/${id}/signup`)).status).toBe(204);
    expect(await mine(amb[0], id)).toBeNull();
    expect(await mine(amb[2], id)).toEqual({ role: '', status: 'confirmed', showPublicly: false, position: null });
    expect(await mine(amb[3], id)).toEqual({ role: '', status: 'waiting', showPublicly: false, position: 1 });
    // Back after cancelling: at the end of the queue.
    expect((await signUp(amb[0], id)).body).toEqual({ status: 'waiting' });
    expect(await mine(amb[0], id)).toEqual({ role: '', status: 'waiting', showPublicly: false, position: 2 });
    // Someone waiting who cancels frees no place.
    expect((await as(amb[3].user).delete(`/api/v1/events/${id}/signup`)).status).toBe(204);
    expect(await mine(amb[0], id)).toEqual({ role: '', status: 'waiting', showPublicly: false, position: 1 });

    const detail = (await as(coordinator).get(`/api/v1/events/${id}`)).body;
    expect(detail.counts[0]).toEqual({ role: '', capacity: 2, confirmed: 2, waiting: 1 });
    expect(detail.signups.map((s: { personId: string; status: string }) => [s.personId, s.status])).toEqual([
      [amb[1].personId, 'confirmed'],
      [amb[2].personId, 'confirmed'],
      [amb[0].personId, 'waiting'],
    ]);
  });

  it('each role has its own capacity and its own queue; an unknown role is refused', async () => {
    const id = await newEvent({ capacity: 1 });
    expect((await signUp(amb[0], id, { role: 'stand' })).body).toEqual({ status: 'confirmed' });
    env.clock.advance(1000);
    expect((await signUp(amb[1], id, { role: 'stand' })).body).toEqual({ status: 'waiting' });
    expect((await signUp(amb[2], id)).body).toEqual({ status: 'confirmed' });
    env.clock.advance(1000);
    expect((await signUp(amb[3], id)).body).toEqual({ status: 'waiting' });
    const unknown = await signUp(amb[4], id, { role: 'speaker' });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'event-role-unknown', params: { role: 'speaker' } });
    // The one at the stand cancels: the one waiting for the stand moves up, not the one waiting without a role.
    expect((await as(amb[0].user).delete(`/api/v1/events/${id}/signup`)).status).toBe(204);
    expect(await mine(amb[1], id)).toEqual({ role: 'stand', status: 'confirmed', showPublicly: false, position: null });
    expect(await mine(amb[3], id)).toEqual({ role: '', status: 'waiting', showPublicly: false, position: 1 });
  });

  it('more places move people up from the waiting list; a role in use cannot be removed', async () => {
    const id = await newEvent({ capacity: 1 });
    await signUp(amb[0], id);
    env.clock.advance(1000);
    await signUp(amb[1], id);
    env.clock.advance(1000);
    await signUp(amb[2], id);
    expect((await as(coordinator).put(`/api/v1/events/${id}`, { ...EVENT, capacity: 2 })).status).toBe(204);
    expect(await mine(amb[1], id)).toMatchObject({ status: 'confirmed' });
    expect(await mine(amb[2], id)).toMatchObject({ status: 'waiting', position: 1 });
    await signUp(amb[3], id, { role: 'stand' });
    const removed = await as(coordinator).put(`/api/v1/events/${id}`, { ...EVENT, roles: [] });
    expect(removed.status).toBe(422);
    expect(removed.body.code).toBe('event-role-in-use');
    expect((await as(amb[0].user).put(`/api/v1/events/${id}`, EVENT)).status).toBe(403);
  });

  it('closes when the event is cancelled or has started', async () => {
    const cancelled = await newEvent();
    expect((await as(amb[0].user).post(`/api/v1/events/${cancelled}/cancel`)).status).toBe(403);
    expect((await as(coordinator).post(`/api/v1/events/${cancelled}/cancel`)).status).toBe(204);
    const res = await signUp(amb[0], cancelled);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('event-closed');
    expect((await as(amb[0].user).get(`/api/v1/events/${cancelled}`)).status).toBe(404);
    expect((await as(coordinator).get(`/api/v1/events/${cancelled}`)).body.status).toBe('cancelled');

    const started = await newEvent({ startsAt: '2026-11-26T11:00:00+01:00', endsAt: '2026-11-26T18:00:00+01:00' });
    expect((await signUp(amb[0], started)).status).toBe(200);
    env.clock.set('2026-11-26T10:30:00Z');
    expect((await signUp(amb[1], started)).body.code).toBe('event-closed');
    env.clock.set('2026-11-26T09:00:00Z');
  });

  it('employees who are not ambassadors cannot sign up', async () => {
    const id = await newEvent();
    expect((await signUp(colleague, id)).status).toBe(403);
  });
});

describe('attendance', () => {
  it('coordinators record who came, among those confirmed (audited)', async () => {
    const id = await newEvent({ capacity: 1 });
    await signUp(amb[0], id);
    await signUp(amb[1], id);
    const api = as(coordinator);
    expect((await api.put(`/api/v1/events/${id}/attendance`, { personId: amb[0].personId, attended: true })).status).toBe(204);
    expect((await api.put(`/api/v1/events/${id}/attendance`, { personId: amb[1].personId, attended: true })).status).toBe(404);
    expect((await as(amb[0].user).put(`/api/v1/events/${id}/attendance`, { personId: amb[0].personId, attended: true })).status).toBe(403);
    const detail = (await api.get(`/api/v1/events/${id}`)).body;
    expect(detail.signups.find((s: { personId: string }) => s.personId === amb[0].personId).attended).toBe(true);
    const rows = await env.ctx.db.query(`select 1 from audit_log where target_id = $1 and action = 'events.attendance'`, [id]);
    expect(rows).toHaveLength(1);
  });
});

describe('another organisation', () => {
  it('sees nothing of an event: every operation answers 404, and its lists do not show it', async () => {
    const id = await newEvent();
    await signUp(amb[0], id);
    for (const u of [other.admin, otherAmb.user]) {
      const api = as(u);
      expect((await api.get(`/api/v1/events/${id}`)).status).toBe(404);
      expect((await api.put(`/api/v1/events/${id}/signup`, {})).status).toBe(404);
      expect((await api.delete(`/api/v1/events/${id}/signup`)).status).toBe(404);
    }
    const api = as(other.admin);
    expect((await api.put(`/api/v1/events/${id}`, EVENT)).status).toBe(404);
    expect((await api.post(`/api/v1/events/${id}/cancel`)).status).toBe(404);
    expect((await api.put(`/api/v1/events/${id}/attendance`, { personId: amb[0].personId, attended: true })).status).toBe(404);
    expect((await as(otherAmb.user).get('/api/v1/events')).body.items).toEqual([]);
    expect((await as(coordinator).get(`/api/v1/events/${id}`)).body.status).toBe('scheduled');
  });
});
