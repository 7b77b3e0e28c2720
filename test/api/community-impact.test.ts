/**
 * The community's impact on the impact dashboard (GET /insights/community): a small community built
 * through the API on a fake clock over four weeks, and every number checked exactly. Milestones,
 * deleted posts and what was said under them, cancelled sign-ups and recorded absences do not
 * count; weeks are the organisation's (a post at 00:30 in Brussels on a Monday is in that week);
 * another organisation's community is never counted; only coordinators and admins see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambassador, orgWithAdmin, person, story, type Org, type Person } from '../factories.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let org: Org;
let coordinator: TestUser;
let a: Person[];
let colleague: Person;
let other: Org;
let otherCoordinator: TestUser;
let e1: string;
let e2: string;

const as = (u: { token: string }, headers: Record<string, string> = {}) => client(env.app, u.token, headers);
const RANGE = '?from=2026-11-02&to=2026-11-29';

async function post(p: Person, body: Record<string, unknown> = {}) {
  const res = await as(p.user).post('/api/v1/community/posts', { body: 'Een mooie dag aan de stand.', ...body });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}
async function comment(p: Person, postId: string) {
  const res = await as(p.user).post(`/api/v1/community/posts/${postId}/comments`, { body: 'Mooi!' });
  expect(res.status, res.text).toBe(201);
}
async function react(p: Person, postId: string, kind = 'like') {
  const res = await as(p.user).put(`/api/v1/community/posts/${postId}/reactions`, { kind, reacted: true });
  expect(res.status, res.text).toBe(200);
}
async function signUp(p: Person, eventId: string, body: Record<string, unknown> = {}) {
  const res = await as(p.user).put(`/api/v1/events/${eventId}/signup`, body);
  expect(res.status, res.text).toBe(200);
  return res.body.status as string;
}
async function attended(eventId: string, p: Person, yes: boolean) {
  const res = await as(coordinator).put(`/api/v1/events/${eventId}/attendance`, { personId: p.personId, attended: yes });
  expect(res.status, res.text).toBe(204);
}
async function alumnus(o: Org, p: Person, chosenAt: string, leftAt: string | null = null) {
  await env.ctx.db.query(`insert into alumni_ambassadors (org_id, person_id, email, chosen_at, left_at) values ($1, $2, $3, $4, $5)`, [
    o.id,
    p.personId,
    `alumnus-${p.personId}@private.example`,
    chosenAt,
    leftAt,
  ]);
}

beforeAll(async () => {
  // Monday 2 November 2026, 10:00 in Brussels: the first week of the range.
  env = await createTestEnv({ now: '2026-11-02T09:00:00Z' });
  org = await orgWithAdmin(env);
  coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  a = [];
  for (let i = 0; i < 5; i++) a.push(await ambassador(env, org));
  colleague = await person(env, org);

  // Alumni: one who chose in the range and wrote a story (as an ambassador, before leaving the
  // program), one who chose before the range and did nothing, one who left the alumni program.
  const [al1, al2, al3] = [await ambassador(env, org), await person(env, org), await person(env, org)];
  await story(env, al1);
  expect((await as(al1.user).delete('/api/v1/me/ambassador')).status).toBe(204);
  await alumnus(org, al1, '2026-11-02T09:00:00Z');
  await alumnus(org, al2, '2026-10-01T09:00:00Z');
  await alumnus(org, al3, '2026-10-01T09:00:00Z', '2026-11-18T09:00:00Z');

  const events = as(coordinator);
  const r1 = await events.post('/api/v1/events', {
    kind: 'job-fair',
    title: { nl: 'Jobbeurs Gent', en: 'Job fair Ghent' },
    place: 'ICC Gent',
    startsAt: '2026-11-12T10:00:00+01:00',
    endsAt: '2026-11-12T16:00:00+01:00',
    language: 'nl',
    capacity: 2,
  });
  expect(r1.status, r1.text).toBe(201);
  e1 = r1.body.id;
  const r2 = await events.post('/api/v1/events', {
    kind: 'meetup',
    title: { nl: 'Ontmoeting' },
    place: 'Brussel',
    startsAt: '2026-11-20T18:00:00+01:00',
    endsAt: '2026-11-20T20:00:00+01:00',
    language: 'nl',
    capacity: 1,
    roles: [{ key: 'stand', name: { nl: 'Aan de stand' }, capacity: 1 }],
  });
  expect(r2.status, r2.text).toBe(201);
  e2 = r2.body.id;

  // Week 1 (2-8 November): two posts, a comment, two reactions, three sign-ups (one waiting).
  const p1 = await post(a[0]);
  const p2 = await post(a[1]);
  await comment(a[1], p1);
  await react(a[2], p1, 'like');
  await react(a[2], p1, 'celebrate');
  expect(await signUp(a[0], e1)).toBe('confirmed');
  expect(await signUp(a[1], e1)).toBe('confirmed');
  env.clock.advance(1000);
  expect(await signUp(a[2], e1)).toBe('waiting');
  void p2;

  // Sunday 8 November 23:30 UTC is Monday 9 November 00:30 in Brussels: week 2.
  env.clock.set('2026-11-08T23:30:00Z');
  const p3 = await post(a[3]);

  // Week 2: a post deleted by its author (and the reaction under it) and a milestone do not count;
  // nor does a sign-up cancelled.
  env.clock.set('2026-11-10T09:00:00Z');
  const p5 = await post(a[3]);
  await react(a[1], p5);
  expect((await as(a[3].user).delete(`/api/v1/community/posts/${p5}`)).status).toBe(204);
  await env.ctx.db.query(
    `insert into community_posts (org_id, author_person_id, body, body_html, kind, milestone, published_at, updated_at)
     values ($1, $2, '', '', 'milestone', 'joined', $3, $3)`,
    [org.id, a[4].personId, '2026-11-10T09:00:00Z'],
  );
  expect(await signUp(a[3], e2, { role: 'stand' })).toBe('confirmed');
  expect(await signUp(a[2], e2)).toBe('confirmed');
  env.clock.advance(1000);
  expect(await signUp(a[0], e2)).toBe('waiting');
  expect((await as(a[0].user).delete(`/api/v1/events/${e2}/signup`)).status).toBe(204);

  // After the job fair: who came, and a post in its feed with a reaction.
  env.clock.set('2026-11-13T09:00:00Z');
  await attended(e1, a[0], true);
  await attended(e1, a[1], false);
  const p4 = await post(a[0], { eventId: e1, body: 'Wat een drukte op de jobbeurs!' });
  await react(a[2], p4);

  // Week 3: after the meetup; a comment.
  env.clock.set('2026-11-21T09:00:00Z');
  await attended(e2, a[3], true);
  await attended(e2, a[2], false);
  await comment(a[0], p3);

  // Another organisation's community, in the same weeks, which must never be counted here.
  env.clock.set('2026-11-03T09:00:00Z');
  other = await orgWithAdmin(env);
  otherCoordinator = await makeUser(env.ctx, other.id, 'coordinator');
  const b = [await ambassador(env, other), await ambassador(env, other)];
  const q = await post(b[0]);
  await react(b[1], q);
  await comment(b[1], q);
  const otherEvent = await client(env.app, otherCoordinator.token).post('/api/v1/events', {
    kind: 'online',
    title: { nl: 'Webinar' },
    link: 'https://meet.example/x',
    startsAt: '2026-11-16T10:00:00+01:00',
    endsAt: '2026-11-16T11:00:00+01:00',
    language: 'nl',
  });
  expect(otherEvent.status, otherEvent.text).toBe(201);
  expect((await client(env.app, b[1].user.token).put(`/api/v1/events/${otherEvent.body.id}/signup`, {})).status).toBe(200);
  await alumnus(other, await person(env, other), '2026-11-04T09:00:00Z');

  env.clock.set('2026-11-30T09:00:00Z');
});
afterAll(() => env.close());

describe('the community on the impact dashboard', () => {
  it('counts posts, comments, reactions and participants per week of the organisation', async () => {
    const res = await as(coordinator).get(`/api/v1/insights/community${RANGE}`);
    expect(res.status, res.text).toBe(200);
    const d = res.body;
    expect(d.range).toEqual({ from: '2026-11-02', to: '2026-11-29' });
    expect(d.activeWindowDays).toBe(90);
    expect(d.totals).toEqual({ posts: 4, comments: 2, reactions: 3, participants: 4, events: 2, signups: 5, attended: 2 });
    const pick = (w: Record<string, unknown>) => [w.week, w.asOf, w.posts, w.comments, w.reactions, w.participants];
    expect(d.weekly.map(pick)).toEqual([
      ['2026-11-02', '2026-11-08', 2, 1, 2, 3],
      ['2026-11-09', '2026-11-15', 2, 0, 1, 3],
      ['2026-11-16', '2026-11-22', 0, 1, 0, 2],
      ['2026-11-23', '2026-11-29', 0, 0, 0, 0],
    ]);
  });

  it('gives the share of ambassadors active in the community in the last 90 days, per week and at the end', async () => {
    const d = (await as(coordinator).get(`/api/v1/insights/community${RANGE}`)).body;
    // Five ambassadors (the alumnus left the program, the colleague never joined); a[4] only has a milestone.
    expect(d.active).toEqual({ ambassadors: 5, active: 4, share: 0.8 });
    expect(d.weekly.map((w: Record<string, number>) => [w.ambassadors, w.activeAmbassadors, w.activePercent])).toEqual([
      [5, 3, 60],
      [5, 4, 80],
      [5, 4, 80],
      [5, 4, 80],
    ]);
    void colleague;
  });

  it("the 90 days end on the last day of the range, in the organisation's days", async () => {
    // a[1] was active only on 2 November; on 30 January that is the 90th day back, on 31 January it is not.
    const on30 = (await as(coordinator).get('/api/v1/insights/community?from=2027-01-18&to=2027-01-30')).body;
    expect(on30.active).toEqual({ ambassadors: 5, active: 4, share: 0.8 });
    expect(on30.alumni.active).toBe(1);
    const on31 = (await as(coordinator).get('/api/v1/insights/community?from=2027-01-18&to=2027-01-31')).body;
    expect(on31.active).toEqual({ ambassadors: 5, active: 3, share: 0.6 });
    expect(on31.alumni.active).toBe(0);
    expect(on31.totals).toMatchObject({ posts: 0, comments: 0, reactions: 0, participants: 0, events: 0 });
  });

  it('counts alumni who stay on, who left, and who are active', async () => {
    const d = (await as(coordinator).get(`/api/v1/insights/community${RANGE}`)).body;
    expect(d.alumni).toEqual({ current: 2, left: 1, chosenInRange: 1, leftInRange: 1, active: 1, share: 0.5 });
    expect(d.weekly.map((w: Record<string, number>) => [w.alumni, w.activeAlumni, w.newAlumni, w.alumniLeft])).toEqual([
      [3, 1, 1, 0],
      [3, 1, 0, 0],
      [2, 1, 0, 1],
      [2, 1, 0, 0],
    ]);
  });

  it("lists participation per event, titled in the reader's language", async () => {
    const d = (await as(coordinator).get(`/api/v1/insights/community${RANGE}`)).body;
    const common = { status: 'scheduled', capacity: 2 };
    expect(d.events).toEqual([
      {
        ...common,
        id: e1,
        title: 'Jobbeurs Gent',
        kind: 'job-fair',
        date: '2026-11-12',
        startsAt: '2026-11-12T09:00:00.000Z',
        confirmed: 2,
        waiting: 1,
        cancelled: 0,
        attended: 1,
        absent: 1,
        posts: 1,
      },
      {
        ...common,
        id: e2,
        title: 'Ontmoeting',
        kind: 'meetup',
        date: '2026-11-20',
        startsAt: '2026-11-20T17:00:00.000Z',
        confirmed: 2,
        waiting: 0,
        cancelled: 1,
        attended: 1,
        absent: 1,
        posts: 0,
      },
    ]);
    const english = (await as(coordinator, { 'accept-language': 'en-GB,en;q=0.9' }).get(`/api/v1/insights/community${RANGE}`)).body;
    // In English where there is English; else the organisation's language.
    expect(english.events.map((e: { title: string }) => e.title)).toEqual(['Job fair Ghent', 'Ontmoeting']);
  });

  it("never counts another organisation's community, and names nobody", async () => {
    const mine = await as(coordinator).get(`/api/v1/insights/community${RANGE}`);
    for (const p of [...a, colleague]) expect(mine.text).not.toContain(p.personId);
    const theirs = (await as(otherCoordinator).get(`/api/v1/insights/community${RANGE}`)).body;
    expect(theirs.totals).toEqual({ posts: 1, comments: 1, reactions: 1, participants: 2, events: 1, signups: 1, attended: 0 });
    expect(theirs.active).toEqual({ ambassadors: 2, active: 2, share: 1 });
    expect(theirs.alumni).toEqual({ current: 1, left: 0, chosenInRange: 1, leftInRange: 0, active: 0, share: 0 });
    expect(theirs.events.map((e: { title: string }) => e.title)).toEqual(['Webinar']);
  });

  it('is for coordinators and admins only', async () => {
    expect((await as(org.admin).get(`/api/v1/insights/community${RANGE}`)).status).toBe(200);
    const ambassadorAnswer = await as(a[0].user).get(`/api/v1/insights/community${RANGE}`);
    expect(ambassadorAnswer.status).toBe(403);
    expect(ambassadorAnswer.text).not.toContain('Jobbeurs');
    expect((await as(colleague.user).get(`/api/v1/insights/community${RANGE}`)).status).toBe(403);
    const manager = await makeUser(env.ctx, org.id, 'manager');
    expect((await as(manager).get(`/api/v1/insights/community${RANGE}`)).status).toBe(403);
    expect((await client(env.app).get(`/api/v1/insights/community${RANGE}`)).status).toBe(401);
  });

  it('refuses a reversed or too long range, naming the field', async () => {
    const reversed = await as(coordinator).get('/api/v1/insights/community?from=2026-11-29&to=2026-11-02');
    expect(reversed.status).toBe(400);
    expect(reversed.body).toMatchObject({ code: 'range-too-long', errors: [{ path: 'to' }] });
    const long = await as(coordinator).get('/api/v1/insights/community?from=2020-01-01&to=2026-11-02');
    expect(long.status).toBe(400);
    expect(long.body.params).toEqual({ maxDays: 1096 });
    expect((await as(coordinator).get('/api/v1/insights/community?from=2026-13-01')).status).toBe(400);
  });

  it('puts activity in the week of the organisation, also across the change to winter time', async () => {
    const dst = await orgWithAdmin(env);
    const hr = await makeUser(env.ctx, dst.id, 'coordinator');
    const ana = await ambassador(env, dst);
    // Sunday 25 October 2026 (the clocks went back that night): 23:30 in Brussels is 22:30 UTC;
    // 00:30 on Monday 26 October is 23:30 UTC.
    for (const at of ['2026-10-25T22:30:00Z', '2026-10-25T23:30:00Z', '2026-11-01T22:59:00Z']) {
      env.clock.set(at);
      await post(ana);
    }
    env.clock.set('2026-11-30T09:00:00Z');
    const d = (await as(hr).get('/api/v1/insights/community?from=2026-10-19&to=2026-11-01')).body;
    expect(d.weekly.map((w: Record<string, unknown>) => [w.week, w.posts])).toEqual([
      ['2026-10-19', 1],
      ['2026-10-26', 2],
    ]);
  });

  it('defaults to the twelve weeks up to today where the organisation is', async () => {
    const d = (await as(coordinator).get('/api/v1/insights/community')).body;
    expect(d.range).toEqual({ from: '2026-09-07', to: '2026-11-30' });
    expect(d.weekly).toHaveLength(13);
    expect(d.totals.posts).toBe(4);
  });
});
