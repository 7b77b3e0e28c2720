/**
 * The feed's page of posts with comments and reactions (issue 12, items 1 and 7): each post carries
 * its last two visible comments (recentComments, oldest first) under the same rules as the post's own
 * comment list (deleted never; hidden only to its author and coordinators), the pins only above a
 * first page and only those of the feed asked for (all, a topic, an event), the cursor through pages
 * with pins, other organisations' posts and comments nowhere, and a fixed number of statements per
 * page whatever its size (no query per post).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, type TestEnv } from '../helpers.ts';
import { ambassador, orgWithAdmin, person, type Org, type Person } from '../factories.ts';

interface FeedComment {
  id: string;
  postId: string;
  body: string;
  mine: boolean;
  hidden: { at: string; reason: string | null } | null;
}
interface FeedPost {
  id: string;
  pinned: boolean;
  commentCount: number;
  reactions: Record<string, number>;
  myReactions: string[];
  recentComments?: FeedComment[];
}
interface Feed {
  items: FeedPost[];
  pinned: FeedPost[];
  nextCursor: string | null;
}

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

/** A fresh organisation per test: the feed is the organisation's, so tests do not see each other's posts. */
async function community() {
  const org = await orgWithAdmin(env);
  return {
    org,
    ana: await ambassador(env, org),
    bo: await ambassador(env, org, { scope: 'internal' }),
    cleo: await ambassador(env, org),
    coordinator: await person(env, org, { role: 'coordinator' }),
  };
}

const as = (p: Person) => client(env.app, p.user.token);

async function post(p: Person, body: string, extra: { topicId?: string; eventId?: string } = {}): Promise<string> {
  env.clock.advance(1000);
  const res = await as(p).post('/api/v1/community/posts', { body, ...extra });
  expect(res.status, res.text).toBe(201);
  return res.body.id;
}

async function comment(p: Person, postId: string, body: string): Promise<string> {
  env.clock.advance(1000);
  const res = await as(p).post(`/api/v1/community/posts/${postId}/comments`, { body });
  expect(res.status, res.text).toBe(201);
  return res.body.id;
}

async function feed(p: Person, query = ''): Promise<Feed> {
  const res = await as(p).get(`/api/v1/community/posts${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

const find = (f: Feed, id: string) => [...f.items, ...f.pinned].find((x) => x.id === id)!;
const bodies = (p: FeedPost) => (p.recentComments ?? []).map((c) => c.body);

async function hideComment(org: Org, id: string, reason: string) {
  await env.ctx.db.query(`update community_comments set hidden_at = now(), hidden_reason = $3 where org_id = $1 and id = $2`, [
    org.id,
    id,
    reason,
  ]);
}

async function topic(org: Org, key: string): Promise<string> {
  const [row] = await env.ctx.db.query<{ id: string }>(
    `insert into community_topics (org_id, key, name, created_at) values ($1, $2, '{"en": "Topic"}', now()) returning id`,
    [org.id, key],
  );
  return row.id;
}

async function event(coordinator: Person): Promise<string> {
  const res = await as(coordinator).post('/api/v1/events', {
    kind: 'meetup',
    title: { nl: 'Ontbijt', en: 'Breakfast' },
    description: { nl: 'Koffie en verhalen.' },
    place: 'Gent',
    startsAt: '2026-12-10T08:00:00+01:00',
    endsAt: '2026-12-10T09:00:00+01:00',
    language: 'nl',
    capacity: 10,
    roles: [],
  });
  expect(res.status, res.text).toBe(201);
  return res.body.id;
}

async function pin(coordinator: Person, postId: string) {
  env.clock.advance(1000);
  expect((await as(coordinator).put(`/api/v1/community/posts/${postId}/pin`, { pinned: true })).status).toBe(200);
}

describe('the last comments under each post', () => {
  it('shows the last two comments, oldest first, with the count of all; none under a post without comments', async () => {
    const { ana, bo, cleo } = await community();
    const quiet = await post(ana, 'Nobody answers this one');
    const busy = await post(ana, 'Who comes to the fair?');
    await comment(bo, busy, 'One');
    await comment(cleo, busy, 'Two');
    await comment(bo, busy, 'Three');
    await comment(ana, busy, 'Four');
    await as(cleo).put(`/api/v1/community/posts/${busy}/reactions`, { kind: 'celebrate', reacted: true });

    const f = await feed(bo);
    expect(f.items.map((x) => x.id)).toEqual([busy, quiet]);
    const b = find(f, busy);
    expect(bodies(b)).toEqual(['Three', 'Four']);
    expect(b.commentCount).toBe(4);
    expect(b.recentComments!.map((c) => [c.postId, c.mine])).toEqual([
      [busy, true],
      [busy, false],
    ]);
    expect(b.reactions.celebrate).toBe(1);
    expect(find(f, quiet).recentComments).toEqual([]);
    // Presented as the post's own comment list presents them.
    const own = await as(bo).get(`/api/v1/community/posts/${busy}`);
    expect(b.recentComments).toEqual(own.body.comments.slice(-2));
    // A post read on its own carries its full list instead.
    expect(own.body.post.recentComments).toBeUndefined();
  });

  it('never shows a deleted comment; a hidden one only to its author and coordinators, as the post’s own list', async () => {
    const { org, ana, bo, cleo, coordinator } = await community();
    const p = await post(ana, 'Thoughts on the campus day?');
    await comment(cleo, p, 'Early');
    await comment(cleo, p, 'Middle');
    const hidden = await comment(bo, p, 'Something confidential');
    const deleted = await comment(cleo, p, 'Oops, wrong post');
    expect((await as(cleo).delete(`/api/v1/community/comments/${deleted}`)).status).toBe(204);
    await hideComment(org, hidden, 'Client confidentiality');

    const others = find(await feed(ana), p);
    expect(bodies(others)).toEqual(['Early', 'Middle']);
    expect(others.commentCount).toBe(2);

    const author = find(await feed(bo), p);
    expect(bodies(author)).toEqual(['Middle', 'Something confidential']);
    expect(author.recentComments![1].hidden).toMatchObject({ reason: 'Client confidentiality' });

    const moderator = find(await feed(coordinator), p);
    expect(bodies(moderator)).toEqual(['Middle', 'Something confidential']);
    expect(moderator.recentComments![1].hidden).toMatchObject({ reason: 'Client confidentiality' });

    for (const who of [ana, bo, cleo, coordinator]) {
      const f = find(await feed(who), p);
      const own = await as(who).get(`/api/v1/community/posts/${p}`);
      expect(f.recentComments, 'the same rule as the post’s own list').toEqual(own.body.comments.slice(-2));
      expect(JSON.stringify(f)).not.toContain('wrong post');
    }
  });

  it('carries the last comments on pinned posts too, and on a post hidden for everyone but its author', async () => {
    const { org, ana, bo, coordinator } = await community();
    const pinned = await post(ana, 'Read this first');
    await comment(bo, pinned, 'Noted');
    await pin(coordinator, pinned);
    const mine = await post(bo, 'My post');
    await comment(ana, mine, 'Nice');
    await env.ctx.db.query(`update community_posts set hidden_at = now(), hidden_reason = 'A legal reason' where org_id = $1 and id = $2`, [
      org.id,
      mine,
    ]);

    const f = await feed(ana);
    expect(f.pinned.map((x) => x.id)).toEqual([pinned]);
    expect(bodies(f.pinned[0])).toEqual(['Noted']);
    expect(f.items.map((x) => x.id)).toEqual([pinned]);
    const author = await feed(bo);
    expect(bodies(find(author, mine))).toEqual(['Nice']);
  });
});

describe('pages and pins', () => {
  it('pages through every post exactly once by cursor, the pins only above the first page', async () => {
    const { ana, bo, coordinator } = await community();
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) ids.unshift(await post(i % 2 ? ana : bo, `Post ${i}`));
    await pin(coordinator, ids[20]);
    await pin(coordinator, ids[3]);
    await comment(ana, ids[20], 'On an old pinned post');

    const seen: string[] = [];
    const pinsPerPage: string[][] = [];
    let cursor: string | null = null;
    do {
      const f: Feed = await feed(bo, `?limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...f.items.map((x) => x.id));
      pinsPerPage.push(f.pinned.map((x) => x.id));
      for (const x of f.items) expect(x.recentComments).toBeDefined();
      cursor = f.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
    expect(pinsPerPage).toEqual([[ids[3], ids[20]], [], []]);
  });

  it('shows a topic’s pins above the topic’s feed and an event’s pins above the event’s, never another feed’s', async () => {
    const { org, ana, coordinator } = await community();
    const fairs = await topic(org, 'fairs');
    const campus = await topic(org, 'campus');
    const breakfast = await event(coordinator);
    const everyone = await post(ana, 'For everyone');
    const aboutFairs = await post(ana, 'About fairs', { topicId: fairs });
    const aboutCampus = await post(ana, 'About campus', { topicId: campus });
    const fromBreakfast = await post(ana, 'From the breakfast', { eventId: breakfast });
    for (const id of [everyone, aboutFairs, aboutCampus, fromBreakfast]) await pin(coordinator, id);

    const all = await feed(ana);
    expect(all.pinned.map((x) => x.id)).toEqual([fromBreakfast, aboutCampus, aboutFairs, everyone]);
    expect((await feed(ana, `?topicId=${fairs}`)).pinned.map((x) => x.id)).toEqual([aboutFairs]);
    expect((await feed(ana, `?topicId=${campus}`)).pinned.map((x) => x.id)).toEqual([aboutCampus]);
    const ofEvent = await feed(ana, `?eventId=${breakfast}`);
    expect(ofEvent.pinned.map((x) => x.id)).toEqual([fromBreakfast]);
    expect(ofEvent.items.map((x) => x.id)).toEqual([fromBreakfast]);
  });
});

describe('tenancy', () => {
  it('shows nothing of another organisation: not its posts, pins or comments, not through its topic, event or cursor', async () => {
    const a = await community();
    const fairs = await topic(a.org, 'fairs');
    const breakfast = await event(a.coordinator);
    await post(a.ana, 'MARKER-A older');
    const theirs = await post(a.ana, 'MARKER-A internal', { topicId: fairs, eventId: breakfast });
    await comment(a.bo, theirs, 'MARKER-A comment');
    await pin(a.coordinator, theirs);
    const aPage = await feed(a.ana, '?limit=1');
    expect(aPage.nextCursor).not.toBeNull();

    const b = await community();
    const ours = await post(b.ana, 'Of B');
    const stranger = b.bo;
    for (const q of ['', `?topicId=${fairs}`, `?eventId=${breakfast}`, `?limit=1&cursor=${aPage.nextCursor}`]) {
      const f = await feed(stranger, q);
      expect(JSON.stringify(f)).not.toContain('MARKER-A');
      expect(f.pinned).toEqual([]);
      if (q === '') expect(f.items.map((x) => x.id)).toEqual([ours]);
      else expect(f.items.map((x) => x.id)).not.toContain(theirs);
    }
  });
});

describe('the cost of a page', () => {
  it('runs the same number of statements for 5 posts as for 50 (no statement per post)', async () => {
    const { ana, bo, cleo, coordinator } = await community();
    for (let i = 0; i < 50; i++) {
      const id = await post(i % 2 ? ana : cleo, `Post ${i}`);
      if (i % 5 === 0) await comment(bo, id, `Comment ${i}`);
      if (i === 0) await pin(coordinator, id);
    }
    const db = env.ctx.db;
    const query = db.query.bind(db);
    const statements = async (q: string) => {
      let n = 0;
      (db as { query: typeof db.query }).query = (sql, params) => (n++, query(sql, params));
      try {
        const f = await feed(bo, q);
        expect(f.items.length).toBeGreaterThan(0);
      } finally {
        (db as { query: typeof db.query }).query = query;
      }
      return n;
    };
    await feed(bo, '?limit=1'); // the token's last use is recorded at most once a minute: not during the counts
    const small = await statements('?limit=5');
    expect(await statements('?limit=50')).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });
});
