/**
 * The community exchange: who takes part (active ambassadors; every employee only when the
 * organisation opens it), authors alone edit and delete, coordinators pin and hide for a legal
 * reason (audited, mailed to the author), reactions, comments, cursor paging, and other
 * organisations' posts answering 404 like missing ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, lastMailTo, type TestEnv } from '../helpers.ts';
import { ambassador, orgWithAdmin, person, type Org, type Person } from '../factories.ts';

let env: TestEnv;
let org: Org;
let ana: Person;
let bo: Person;
let coordinator: Person;
let outsider: Person;

beforeAll(async () => {
  env = await createTestEnv();
  org = await orgWithAdmin(env);
  ana = await ambassador(env, org);
  bo = await ambassador(env, org, { scope: 'internal' });
  coordinator = await person(env, org, { role: 'coordinator' });
  outsider = await person(env, org);
});
afterAll(() => env.close());

const as = (p: Person) => client(env.app, p.user.token);
const post = async (p: Person, body: string) => {
  const res = await as(p).post('/api/v1/community/posts', { body });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string };
};

describe('who takes part', () => {
  it('lets active ambassadors and coordinators in, and other employees only once the organisation opens the community', async () => {
    const p = await post(ana, 'Hello **everyone**');
    expect((await as(bo).get(`/api/v1/community/posts/${p.id}`)).status).toBe(200);
    expect((await as(coordinator).get('/api/v1/community/posts')).status).toBe(200);

    expect((await as(outsider).get('/api/v1/community/posts')).status).toBe(403);
    expect((await as(outsider).get(`/api/v1/community/posts/${p.id}`)).status).toBe(403);
    expect((await as(outsider).post('/api/v1/community/posts', { body: 'Me too' })).status).toBe(403);
    expect((await client(env.app).get('/api/v1/community/posts')).status).toBe(401);

    await env.ctx.db.query('update organisations set community_open_to_all = true where id = $1', [org.id]);
    try {
      expect((await as(outsider).get(`/api/v1/community/posts/${p.id}`)).status).toBe(200);
      expect((await as(outsider).post('/api/v1/community/posts', { body: 'Me too' })).status).toBe(201);
    } finally {
      await env.ctx.db.query('update organisations set community_open_to_all = false where id = $1', [org.id]);
    }
  });

  it('shuts out an ambassador who left the program', async () => {
    const leaver = await ambassador(env, org);
    expect((await as(leaver).get('/api/v1/community/posts')).status).toBe(200);
    expect((await as(leaver).delete('/api/v1/me/ambassador')).status).toBe(204);
    expect((await as(leaver).get('/api/v1/community/posts')).status).toBe(403);
  });
});

describe('posts in one’s own words', () => {
  it('renders Markdown without raw HTML, and lets only the author edit or delete', async () => {
    const p = await post(ana, 'A *good* day <script>alert(1)</script>');
    const read = await as(bo).get(`/api/v1/community/posts/${p.id}`);
    expect(read.body.post.bodyHtml).toContain('<em>good</em>');
    expect(read.body.post.bodyHtml).not.toContain('<script>');
    expect(read.body.post.mine).toBe(false);

    for (const who of [bo, coordinator]) {
      expect((await as(who).put(`/api/v1/community/posts/${p.id}`, { body: 'Changed by someone else' })).status).toBe(404);
      expect((await as(who).delete(`/api/v1/community/posts/${p.id}`)).status).toBe(404);
    }
    expect((await client(env.app, org.admin.token).put(`/api/v1/community/posts/${p.id}`, { body: 'By the admin' })).status).toBe(422);

    env.clock.advance(60_000);
    const edited = await as(ana).put(`/api/v1/community/posts/${p.id}`, { body: 'A great day' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'A great day', mine: true });
    expect(edited.body.editedAt).not.toBeNull();

    expect((await as(ana).delete(`/api/v1/community/posts/${p.id}`)).status).toBe(204);
    expect((await as(bo).get(`/api/v1/community/posts/${p.id}`)).status).toBe(404);
    expect((await as(ana).get(`/api/v1/community/posts/${p.id}`)).status).toBe(404);
  });

  it('refuses a topic that does not exist', async () => {
    const res = await as(ana).post('/api/v1/community/posts', { body: 'x', topicId: '00000000-0000-4000-8000-000000000000' });
    expect(res.status).toBe(422);
  });
});

describe('comments and reactions', () => {
  it('counts reactions once per person and kind, and keeps comments to their authors', async () => {
    const p = await post(ana, 'React to me');
    expect((await as(bo).put(`/api/v1/community/posts/${p.id}/reactions`, { kind: 'celebrate', reacted: true })).status).toBe(200);
    const twice = await as(bo).put(`/api/v1/community/posts/${p.id}/reactions`, { kind: 'celebrate', reacted: true });
    expect(twice.body.reactions.celebrate).toBe(1);
    expect(twice.body.myReactions).toEqual(['celebrate']);
    const byAna = await as(ana).put(`/api/v1/community/posts/${p.id}/reactions`, { kind: 'celebrate', reacted: true });
    expect(byAna.body.reactions).toMatchObject({ celebrate: 2, like: 0 });
    const back = await as(bo).put(`/api/v1/community/posts/${p.id}/reactions`, { kind: 'celebrate', reacted: false });
    expect(back.body).toMatchObject({ reactions: { celebrate: 1 }, myReactions: [] });
    expect((await as(bo).put(`/api/v1/community/posts/${p.id}/reactions`, { kind: 'angry', reacted: true })).status).toBe(400);

    const c = await as(bo).post(`/api/v1/community/posts/${p.id}/comments`, { body: 'Nice one' });
    expect(c.status).toBe(201);
    expect((await as(ana).put(`/api/v1/community/comments/${c.body.id}`, { body: 'Edited by Ana' })).status).toBe(404);
    expect((await as(coordinator).delete(`/api/v1/community/comments/${c.body.id}`)).status).toBe(404);
    expect((await as(bo).put(`/api/v1/community/comments/${c.body.id}`, { body: 'Very nice' })).body.body).toBe('Very nice');
    const read = await as(ana).get(`/api/v1/community/posts/${p.id}`);
    expect(read.body.post.commentCount).toBe(1);
    expect(read.body.comments.map((x: { body: string }) => x.body)).toEqual(['Very nice']);
    expect((await as(bo).delete(`/api/v1/community/comments/${c.body.id}`)).status).toBe(204);
    expect((await as(ana).get(`/api/v1/community/posts/${p.id}`)).body.comments).toEqual([]);
  });
});

describe('moderation', () => {
  it('lets only coordinators pin, and shows pinned posts above the first page', async () => {
    const p = await post(ana, 'Pin me');
    expect((await as(ana).put(`/api/v1/community/posts/${p.id}/pin`, { pinned: true })).status).toBe(403);
    expect((await as(coordinator).put(`/api/v1/community/posts/${p.id}/pin`, { pinned: true })).body.pinned).toBe(true);
    const feed = await as(bo).get('/api/v1/community/posts?limit=1');
    expect(feed.body.pinned.map((x: { id: string }) => x.id)).toContain(p.id);
    const [audit] = await env.ctx.db.query<{ action: string }>(`select action from audit_log where target_id = $1`, [p.id]);
    expect(audit.action).toBe('community.post.pin');
    await as(coordinator).put(`/api/v1/community/posts/${p.id}/pin`, { pinned: false });
  });

  it('hides for a legal reason only by a coordinator: recorded, audited, the author told by mail in their language', async () => {
    const p = await post(ana, 'Something about a client');
    expect((await as(bo).put(`/api/v1/community/posts/${p.id}/hidden`, { reason: 'Client confidentiality' })).status).toBe(403);
    const hid = await as(coordinator).put(`/api/v1/community/posts/${p.id}/hidden`, { reason: 'Client confidentiality' });
    expect(hid.status).toBe(200);
    expect(hid.body.hidden.reason).toBe('Client confidentiality');

    const mail = await lastMailTo(env.ctx, ana.email);
    expect(mail.kind).toBe('community-hidden');
    expect(mail.text_body).toContain('Client confidentiality');
    const [audit] = await env.ctx.db.query<{ action: string; details: { reason: string } }>(
      `select action, details from audit_log where target_id = $1 and action = 'community.post.hide'`,
      [p.id],
    );
    expect(audit.details.reason).toBe('Client confidentiality');

    // Colleagues no longer see it; the author does, with the reason.
    expect((await as(bo).get(`/api/v1/community/posts/${p.id}`)).status).toBe(404);
    const feed = await as(bo).get('/api/v1/community/posts?limit=50');
    expect(feed.body.items.map((x: { id: string }) => x.id)).not.toContain(p.id);
    const own = await as(ana).get(`/api/v1/community/posts/${p.id}`);
    expect(own.body.post.hidden.reason).toBe('Client confidentiality');
    expect((await as(ana).post(`/api/v1/community/posts/${p.id}/comments`, { body: 'But…' })).body.code).toBe('post-hidden');

    expect((await as(coordinator).put(`/api/v1/community/posts/${p.id}/hidden`, { reason: null })).body.hidden).toBeNull();
    expect((await as(bo).get(`/api/v1/community/posts/${p.id}`)).status).toBe(200);
  });
});

describe('the feed', () => {
  it('pages by cursor, newest first, without gaps or repeats, and per topic', async () => {
    const other = await orgWithAdmin(env);
    const fresh = await ambassador(env, other);
    const [{ id: topic }] = await env.ctx.db.query<{ id: string }>(
      `insert into community_topics (org_id, key, name, created_at) values ($1, 'fairs', '{"en": "Fairs", "nl": "Beurzen"}', now()) returning id`,
      [other.id],
    );
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      env.clock.advance(1000);
      const res = await as(fresh).post('/api/v1/community/posts', { body: `Post ${i}`, topicId: i % 2 ? topic : null });
      ids.unshift(res.body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await as(fresh).get(
        `/api/v1/community/posts?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((x) => x.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
    const byTopic = await as(fresh).get(`/api/v1/community/posts?topicId=${topic}`);
    expect(byTopic.body.items.map((x: { id: string }) => x.id)).toEqual([ids[1], ids[3]]);
    expect((await as(fresh).get('/api/v1/community/posts?cursor=bogus')).status).toBe(422);
  });

  it("answers another organisation's post exactly like a missing one", async () => {
    const p = await post(ana, 'Ours only');
    const other = await orgWithAdmin(env);
    const stranger = await ambassador(env, other);
    const missing = await as(stranger).get('/api/v1/community/posts/00000000-0000-4000-8000-000000000000');
    const foreign = await as(stranger).get(`/api/v1/community/posts/${p.id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    expect((await as(stranger).put(`/api/v1/community/posts/${p.id}/reactions`, { kind: 'like', reacted: true })).status).toBe(404);
    expect((await as(stranger).post(`/api/v1/community/posts/${p.id}/comments`, { body: 'Hi' })).status).toBe(404);
    const feed = await as(stranger).get('/api/v1/community/posts?limit=50');
    expect(JSON.stringify(feed.body)).not.toContain(p.id);
  });
});

describe('topics and the organisation’s setting', () => {
  it('lists the ambassador topics, lets only coordinators add their own, and files posts under them', async () => {
    const list = await as(ana).get('/api/v1/community/topics');
    expect(list.status).toBe(200);
    expect(list.body.items.filter((x: { builtin: boolean }) => x.builtin).map((x: { key: string }) => x.key)).toContain('career-path');
    const name = { nl: 'Jobbeurzen', fr: "Salons de l'emploi", en: 'Job fairs' };
    expect((await as(ana).post('/api/v1/community/topics', { key: 'job-fairs', name })).status).toBe(403);
    const made = await as(coordinator).post('/api/v1/community/topics', { key: 'job-fairs', name });
    expect(made.status).toBe(201);
    expect((await as(coordinator).post('/api/v1/community/topics', { key: 'job-fairs', name })).status).toBe(409);
    const [audit] = await env.ctx.db.query<{ action: string }>(`select action from audit_log where target_id = $1`, [made.body.id]);
    expect(audit.action).toBe('community.topic.create');
    const again = await as(bo).get('/api/v1/community/topics');
    expect(again.body.items.find((x: { key: string }) => x.key === 'job-fairs')).toMatchObject({ id: made.body.id, name, builtin: false });
    const p = await as(bo).post('/api/v1/community/posts', { body: 'Who is at the fair?', topicId: made.body.id });
    expect(p.body.topicId).toBe(made.body.id);
  });

  it('lets only admins open the community to every employee, audited', async () => {
    expect((await as(coordinator).put('/api/v1/community/settings', { openToAll: true })).status).toBe(403);
    const admin = client(env.app, org.admin.token);
    expect((await admin.get('/api/v1/community/settings')).body).toEqual({ openToAll: false });
    expect((await admin.put('/api/v1/community/settings', { openToAll: true })).body).toEqual({ openToAll: true });
    expect((await as(outsider).get('/api/v1/community/posts')).status).toBe(200);
    expect((await admin.put('/api/v1/community/settings', { openToAll: false })).status).toBe(200);
    expect((await as(outsider).get('/api/v1/community/posts')).status).toBe(403);
    const audits = await env.ctx.db.query<{ action: string }>(
      `select action from audit_log where target_id = $1 and action = 'community.settings'`,
      [org.id],
    );
    expect(audits).toHaveLength(2);
  });
});

describe('mentions', () => {
  it('mails a mentioned colleague once, in their language, including someone behind the scenes by the id the community shows', async () => {
    const fr = await ambassador(env, org, { language: 'fr' });
    const shy = await ambassador(env, org, { scope: 'internal' });
    const bts = await as(shy).put('/api/v1/me/ambassador', {
      scope: 'internal',
      behindTheScenes: true,
      intro: 'Liever achter de schermen.',
    });
    expect(bts.status).toBe(200);
    const listed = await as(ana).get('/api/v1/ambassadors?limit=200');
    const shown = listed.body.items.find(
      (x: { firstName: string; lastName: string; personId: string }) =>
        x.personId !== shy.personId && x.personId.length === 36 && x.firstName === 'Frida' && x.lastName === '',
    );
    expect(shown).toBeDefined();

    const p = await as(ana).post('/api/v1/community/posts', {
      body: 'Merci @Frida!',
      mentions: [fr.personId, shown.personId, ana.personId],
    });
    expect(p.status, p.text).toBe(201);
    const mentionsTo = (who: Person) =>
      env.ctx.db.query<{ subject: string }>(`select subject from mail_outbox where to_address = $1 and kind = 'community-mention'`, [
        who.email,
      ]);
    expect((await mentionsTo(fr)).map((m) => m.subject)).toEqual(['Frida vous a mentionné·e dans la communauté']);
    expect(await mentionsTo(shy)).toHaveLength(1);
    expect(await mentionsTo(ana)).toHaveLength(0);

    // Editing the post with the same mentions does not mail again.
    expect((await as(ana).put(`/api/v1/community/posts/${p.body.id}`, { body: 'Merci @Frida !', mentions: [fr.personId] })).status).toBe(
      200,
    );
    expect(await mentionsTo(fr)).toHaveLength(1);

    // Someone who does not take part cannot be mentioned.
    const refused = await as(ana).post('/api/v1/community/posts', { body: 'Hey', mentions: [outsider.personId] });
    expect(refused.status).toBe(422);
  });
});

describe('an event’s feed', () => {
  it('files a post under an event of the organisation and lists the event’s posts alone', async () => {
    const event = await as(coordinator).post('/api/v1/events', {
      kind: 'meetup',
      title: { nl: 'Ambassadeursontbijt', en: 'Ambassador breakfast' },
      description: { nl: 'Koffie en verhalen.' },
      place: 'Gent',
      startsAt: '2026-12-10T08:00:00+01:00',
      endsAt: '2026-12-10T09:00:00+01:00',
      language: 'nl',
      capacity: 10,
      roles: [],
    });
    expect(event.status, event.text).toBe(201);
    const shared = await as(bo).post('/api/v1/community/posts', { body: 'Fijn ontbijt!', eventId: event.body.id });
    expect(shared.status).toBe(201);
    expect(shared.body.eventId).toBe(event.body.id);
    await post(ana, 'Not about the breakfast');
    const feed = await as(ana).get(`/api/v1/community/posts?eventId=${event.body.id}`);
    expect(feed.body.items.map((x: { id: string }) => x.id)).toEqual([shared.body.id]);
    const unknown = await as(bo).post('/api/v1/community/posts', { body: 'x', eventId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(422);
  });
});
