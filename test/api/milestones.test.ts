/**
 * The lifecycle feeds the community (issue 12, item 4): milestones in the feed only with the
 * person's own yes and only from then on, each once (also with two sweeps at once), gone at once on
 * "no" or on leaving (with comments and reactions), behind-the-scenes people named as the program
 * names them, nothing across organisations; and the welcome of new ambassadors, once, in their language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepAnniversaries, sweepDueAnniversaries } from '../../src/modules/community/milestones.service.ts';
import { sendWelcomes } from '../../src/modules/community/welcome.ts';
import { client, createTestEnv, type TestEnv } from '../helpers.ts';
import { orgWithAdmin, person, type Org, type Person } from '../factories.ts';
import type { PersonSpec } from '../helpers.ts';

let env: TestEnv;
let org: Org;
let other: Org;
let coordinator: Person;
let colleague: Person;

const START = '2026-11-26T09:00:00Z';
const DAY = 86400_000;

beforeAll(async () => {
  env = await createTestEnv({ now: START });
  org = await orgWithAdmin(env);
  other = await orgWithAdmin(env);
  coordinator = await person(env, org, { role: 'coordinator' });
  colleague = await join(await person(env, org), { shareMilestones: false });
});
afterAll(() => env.close());

const as = (p: Person) => client(env.app, p.user.token);

async function join(p: Person, body: { shareMilestones?: boolean; behindTheScenes?: boolean; scope?: 'internal' | 'external' } = {}) {
  const res = await as(p).put('/api/v1/me/ambassador', { scope: 'internal', ...body });
  expect(res.status, res.text).toBe(200);
  return p;
}

async function ambassador(o: Org, share: boolean, spec: Partial<PersonSpec> & { behindTheScenes?: boolean } = {}) {
  const { behindTheScenes, ...rest } = spec;
  return join(await person(env, o, rest), { shareMilestones: share, behindTheScenes });
}

interface FeedPost {
  id: string;
  kind: 'post' | 'milestone';
  milestone: { kind: string; key: string | null } | null;
  eventId: string | null;
  author: { personId: string; firstName: string; lastName: string };
}

/** The milestones of the community feed as `viewer` sees them (all pages). */
async function milestonesSeenBy(viewer: Person): Promise<FeedPost[]> {
  const out: FeedPost[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; text: string; body: { items: FeedPost[]; nextCursor: string | null } } = await as(viewer).get(
      `/api/v1/community/posts?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status, res.text).toBe(200);
    out.push(...(res.body.items as FeedPost[]).filter((p) => p.kind === 'milestone'));
    cursor = res.body.nextCursor;
  } while (cursor);
  return out;
}

const milestonesOf = async (viewer: Person, p: Person) =>
  (await milestonesSeenBy(viewer)).filter((m) => m.author.personId === p.personId).map((m) => m.milestone);

async function storyBy(p: Person, title = 'Mijn eerste maand') {
  const res = await as(p).post('/api/v1/me/stories', { title, body: 'Het was fijn.', language: 'nl', scope: 'internal' });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}

/** An event (starting in an hour) the people sign up for; returns a function recording attendance. */
async function eventWith(...people: Person[]) {
  const starts = new Date(env.clock.now().getTime() + 3600_000);
  const res = await as(coordinator).post('/api/v1/events', {
    kind: 'meetup',
    title: { nl: 'Meetup Gent' },
    place: 'Gent',
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + 3600_000).toISOString(),
    language: 'nl',
  });
  expect(res.status, res.text).toBe(201);
  const id = res.body.id as string;
  for (const p of people) expect((await as(p).put(`/api/v1/events/${id}/signup`, {})).status).toBe(200);
  return {
    id,
    attended: async (p: Person, attended = true) =>
      expect((await as(coordinator).put(`/api/v1/events/${id}/attendance`, { personId: p.personId, attended })).status).toBe(204),
  };
}

describe('consent', () => {
  it('is off unless the person says yes, and without it nothing reaches the feed', async () => {
    const quiet = await ambassador(org, false);
    expect((await as(quiet).get('/api/v1/me/ambassador')).body.shareMilestones).toBe(false);
    await storyBy(quiet);
    const ev = await eventWith(quiet);
    await ev.attended(quiet);
    expect(await milestonesOf(colleague, quiet)).toEqual([]);

    // Joined without saying: no. Saving the profile without the field keeps the answer.
    const silent = await join(await person(env, org));
    expect((await as(silent).get('/api/v1/me/ambassador')).body.shareMilestones).toBe(false);
    expect(await milestonesOf(colleague, silent)).toEqual([]);
  });

  it('with a yes: joining, the first story, the first event, each once', async () => {
    const ana = await ambassador(org, true, { first: 'Ana' });
    expect((await as(ana).get('/api/v1/me/ambassador')).body.shareMilestones).toBe(true);
    const first = await storyBy(ana);
    await storyBy(ana, 'Een tweede');
    const ev1 = await eventWith(ana);
    const ev2 = await eventWith(ana);
    await ev1.attended(ana);
    await ev1.attended(ana);
    await ev2.attended(ana);

    const seen = await milestonesSeenBy(colleague);
    const mine = seen.filter((m) => m.author.personId === ana.personId);
    expect(mine.map((m) => m.milestone).sort((a, b) => a!.kind.localeCompare(b!.kind))).toEqual([
      { kind: 'first-event', key: ev1.id },
      { kind: 'first-story', key: first },
      { kind: 'joined', key: null },
    ]);
    expect(mine.every((m) => m.author.firstName === 'Ana' && m.author.lastName !== '')).toBe(true);
    // The first event's milestone is in that event's feed too.
    expect(mine.find((m) => m.milestone!.kind === 'first-event')!.eventId).toBe(ev1.id);
    const eventFeed = await as(colleague).get(`/api/v1/community/posts?eventId=${ev1.id}`);
    expect(eventFeed.body.items.map((p: FeedPost) => p.milestone?.kind)).toContain('first-event');

    // Saving the profile (no field) keeps the yes and posts nothing again.
    await join(ana, { scope: 'internal' });
    expect(await milestonesOf(colleague, ana)).toHaveLength(3);
  });

  it('takes back a first event recorded by mistake', async () => {
    const bo = await ambassador(org, true);
    const ev = await eventWith(bo);
    await ev.attended(bo);
    expect((await milestonesOf(colleague, bo)).map((m) => m!.kind)).toContain('first-event');
    await ev.attended(bo, false);
    expect((await milestonesOf(colleague, bo)).map((m) => m!.kind)).not.toContain('first-event');
  });

  it('counts only milestones from the yes on', async () => {
    const late = await ambassador(org, false);
    await storyBy(late);
    await join(late, { shareMilestones: true });
    await storyBy(late, 'Later');
    // Neither joining nor the first story happened after the yes.
    expect(await milestonesOf(colleague, late)).toEqual([]);
  });

  it('"no" removes the milestones at once, with their comments and reactions', async () => {
    const cleo = await ambassador(org, true);
    const [joined] = await milestonesSeenBy(colleague).then((all) => all.filter((m) => m.author.personId === cleo.personId));
    expect((await as(colleague).post(`/api/v1/community/posts/${joined.id}/comments`, { body: 'Welkom Cleo!' })).status).toBe(201);
    expect((await as(colleague).put(`/api/v1/community/posts/${joined.id}/reactions`, { kind: 'celebrate', reacted: true })).status).toBe(
      200,
    );

    await join(cleo, { shareMilestones: false });
    expect(await milestonesOf(colleague, cleo)).toEqual([]);
    expect((await as(colleague).get(`/api/v1/community/posts/${joined.id}`)).status).toBe(404);
    const [left] = await env.ctx.db.query<{ comments: number; reactions: number }>(
      `select (select count(*)::int from community_comments where post_id = $1) as comments,
              (select count(*)::int from community_reactions where post_id = $1) as reactions`,
      [joined.id],
    );
    expect(left).toEqual({ comments: 0, reactions: 0 });
  });

  it('leaving removes them too, and a return asks again (never pre-ticked)', async () => {
    const dirk = await ambassador(org, true);
    expect(await milestonesOf(colleague, dirk)).toHaveLength(1);
    expect((await as(dirk).delete('/api/v1/me/ambassador')).status).toBe(204);
    expect(await env.ctx.db.query(`select 1 from community_posts where author_person_id = $1`, [dirk.personId])).toEqual([]);
    await join(dirk);
    expect((await as(dirk).get('/api/v1/me/ambassador')).body.shareMilestones).toBe(false);
    expect(await milestonesOf(colleague, dirk)).toEqual([]);
  });

  it('a milestone has no text to edit; its person may delete it', async () => {
    const eva = await ambassador(org, true);
    const [m] = (await milestonesSeenBy(eva)).filter((p) => p.author.personId === eva.personId);
    const edit = await as(eva).put(`/api/v1/community/posts/${m.id}`, { body: 'Hallo', topicId: null });
    expect(edit.status).toBe(422);
    expect(edit.body.errors[0].path).toBe('body');
    expect((await as(colleague).put(`/api/v1/community/posts/${m.id}`, { body: 'Hallo', topicId: null })).status).toBe(404);
    expect((await as(eva).delete(`/api/v1/community/posts/${m.id}`)).status).toBe(204);
    expect(await milestonesOf(colleague, eva)).toEqual([]);
  });
});

describe('behind the scenes', () => {
  it('names them by first name and stand-in id only, and posts no first event', async () => {
    const hidden = await ambassador(org, true, { first: 'Zoë', last: 'Verborgen', behindTheScenes: true });
    await storyBy(hidden);
    const ev = await eventWith(hidden);
    await ev.attended(hidden);

    const seen = (await milestonesSeenBy(colleague)).filter((m) => m.author.firstName === 'Zoë');
    expect(seen.map((m) => m.milestone!.kind).sort()).toEqual(['first-story', 'joined']);
    for (const m of seen) {
      expect(m.author.lastName).toBe('');
      expect(m.author.personId).not.toBe(hidden.personId);
    }
    expect(
      JSON.stringify(
        await as(colleague)
          .get('/api/v1/community/posts?limit=50')
          .then((r) => r.body),
      ),
    ).not.toContain('Verborgen');
    // They see themselves whole.
    expect((await milestonesOf(hidden, hidden)).length).toBe(2);
  });

  it('going behind the scenes removes a first event already posted', async () => {
    const fien = await ambassador(org, true);
    const ev = await eventWith(fien);
    await ev.attended(fien);
    expect((await milestonesOf(colleague, fien)).map((m) => m!.kind)).toContain('first-event');
    await join(fien, { behindTheScenes: true });
    const all = await env.ctx.db.query<{ milestone: string }>(`select milestone from community_posts where author_person_id = $1`, [
      fien.personId,
    ]);
    expect(all.map((r) => r.milestone)).toEqual(['joined']);
  });
});

describe('a year as ambassador', () => {
  it("is posted once, on the anniversary in the organisation's zone, also with two sweeps at once", async () => {
    // Joined 26 November 2026 at 10:00 in Brussels.
    const year = await ambassador(org, true);
    const otherOrg = await ambassador(other, true);
    const sweepAll = () => sweepDueAnniversaries(env.ctx);
    try {
      // 25 November 2027, 23:30 in Brussels: not yet.
      env.clock.set('2027-11-25T22:30:00Z');
      await sweepAll();
      expect((await milestonesOf(colleague, year)).map((m) => m!.kind)).not.toContain('ambassador-year');

      // 26 November 2027, 00:30 in Brussels (still the 25th in UTC): the anniversary.
      env.clock.set('2027-11-25T23:30:00Z');
      await Promise.all([sweepAll(), sweepAll()]);
      await sweepAll();
      await sweepAnniversaries(env.ctx, org.id, '2027-11-26');
      const years = (await milestonesOf(colleague, year)).filter((m) => m!.kind === 'ambassador-year');
      expect(years).toEqual([{ kind: 'ambassador-year', key: '1' }]);

      // Another organisation's ambassador is in its own feed only.
      const otherViewer = await ambassador(other, false);
      expect((await milestonesSeenBy(otherViewer)).every((m) => m.author.personId !== year.personId)).toBe(true);
      expect((await milestonesOf(otherViewer, otherOrg)).map((m) => m!.kind)).toContain('ambassador-year');
      expect((await milestonesSeenBy(colleague)).some((m) => m.author.personId === otherOrg.personId)).toBe(false);

      // The next day's sweep posts nothing again.
      env.clock.set('2027-11-27T06:00:00Z');
      await sweepAll();
      expect((await milestonesOf(colleague, year)).filter((m) => m!.kind === 'ambassador-year')).toHaveLength(1);
    } finally {
      env.clock.set(START);
    }
  });

  it('after a late yes, only anniversaries from then on', async () => {
    const slow = await ambassador(org, false);
    try {
      env.clock.set(new Date(new Date(START).getTime() + 400 * DAY));
      await join(slow, { shareMilestones: true });
      await sweepDueAnniversaries(env.ctx);
      expect(await milestonesOf(colleague, slow)).toEqual([]);
      env.clock.set('2028-11-26T08:00:00Z');
      await sweepDueAnniversaries(env.ctx);
      expect(await milestonesOf(colleague, slow)).toEqual([{ kind: 'ambassador-year', key: '2' }]);
    } finally {
      env.clock.set(START);
    }
  });
});

describe('tenancy', () => {
  it("another organisation's people cannot read a milestone, nor dismiss anyone's welcome", async () => {
    const gert = await ambassador(org, true);
    const [m] = (await milestonesSeenBy(colleague)).filter((p) => p.author.personId === gert.personId);
    const stranger = await ambassador(other, false);
    expect((await as(stranger).get(`/api/v1/community/posts/${m.id}`)).status).toBe(404);
    expect((await client(env.app, other.admin.token).get(`/api/v1/community/posts/${m.id}`)).status).toBe(404);
    expect((await as(stranger).put(`/api/v1/community/posts/${m.id}/reactions`, { kind: 'like', reacted: true })).status).toBe(404);
  });
});

describe('the welcome', () => {
  const welcomesTo = (p: Person) =>
    env.ctx.db.query<{ subject: string; text_body: string; language: string }>(
      `select subject, text_body, language from mail_outbox where to_address = $1 and kind = 'community-welcome'`,
      [p.email],
    );

  it('goes once per new ambassador, in their language, privately; the banner stays until closed', async () => {
    await sendWelcomes(env.ctx);
    const nieuw = await ambassador(org, false, { language: 'fr', start: '2026-10-01' });
    const oud = await ambassador(org, false, { language: 'nl', start: '2015-03-02' });
    expect((await as(nieuw).get('/api/v1/me/ambassador')).body.showWelcome).toBe(true);

    const [a, b] = await Promise.all([sendWelcomes(env.ctx), sendWelcomes(env.ctx)]);
    expect(a + b).toBe(2);
    expect(await sendWelcomes(env.ctx)).toBe(0);

    const fr = await welcomesTo(nieuw);
    expect(fr).toHaveLength(1);
    expect(fr[0].subject).toBe('Bienvenue dans la communauté des ambassadeurs');
    expect(fr[0].language).toBe('fr');
    expect(fr[0].text_body).toContain('Bienvenue chez Test Organisation');
    expect(fr[0].text_body).toContain('http://embassy.test/community/exchange');
    expect(fr[0].text_body).toContain('http://embassy.test/learning');
    const nl = await welcomesTo(oud);
    expect(nl).toHaveLength(1);
    expect(nl[0].subject).toBe('Welkom in de ambassadeurscommunity');
    expect(nl[0].text_body).not.toContain('Welkom bij Test Organisation');

    // Private: without their yes, nothing about them in the feed.
    expect(await milestonesOf(colleague, nieuw)).toEqual([]);

    expect((await as(nieuw).delete('/api/v1/me/ambassador/welcome')).status).toBe(204);
    expect((await as(nieuw).get('/api/v1/me/ambassador')).body.showWelcome).toBe(false);
    // Not an ambassador: nothing to close.
    expect((await as(await person(env, org)).delete('/api/v1/me/ambassador/welcome')).status).toBe(404);

    // Someone who stays on as an alumni ambassador is not welcomed as a newcomer.
    const alum = await person(env, org);
    await env.ctx.db.query(`insert into alumni_ambassadors (org_id, person_id, email, chosen_at) values ($1, $2, 'alum@example.org', $3)`, [
      org.id,
      alum.personId,
      env.clock.now(),
    ]);
    await join(alum);
    expect(await sendWelcomes(env.ctx)).toBe(0);
    expect(await welcomesTo(alum)).toEqual([]);

    // Leaving and coming back is not a new welcome.
    expect((await as(oud).delete('/api/v1/me/ambassador')).status).toBe(204);
    await join(oud);
    await sendWelcomes(env.ctx);
    expect(await welcomesTo(oud)).toHaveLength(1);
  });
});
