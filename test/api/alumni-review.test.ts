/**
 * Alumni fixes from the security review: the mailed link serves one choice and cannot undo a leave,
 * the careers pages wait for the confirmed personal address, junk links cannot lock the person out,
 * a double submit makes one invitation, an admin cannot re-open a closed alumni account, and an
 * alumni account reaches only public, own and alumni-topic images.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/policy.ts';
import { createToken } from '../../src/modules/accounts/tokens.service.ts';
import { alumniChoiceUrl } from '../../src/modules/community/alumni.link.ts';
import { alumniTopicId } from '../../src/modules/community/alumni.topic.ts';
import { chooseByLink } from '../../src/modules/community/alumni.service.ts';
import { parseTrustProxy } from '../../src/platform/client-address.ts';
import { client, createTestEnv, importPeople, lastMailTo, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let slug: string;
let admin: Awaited<ReturnType<typeof makeUser>>;
let ids: Record<string, string>;
const tokens: Record<string, string> = {};

const as = (token: string) => client(env.app, token);
const linkPath = async (personId: string) => new URL(await alumniChoiceUrl(env.ctx, orgId, personId)).pathname;
const post = (path: string, body: string, ip = '198.51.100.1') =>
  env.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body,
  });
const scope = async (personId: string) =>
  (
    await env.ctx.db.query<{ active: boolean; scope: string }>(
      `select active, scope from ambassadors where org_id = $1 and person_id = $2`,
      [orgId, personId],
    )
  )[0];
const onCareers = async (personId: string) =>
  (await env.ctx.db.query(`select 1 from public_ambassadors where org_id = $1 and person_id = $2`, [orgId, personId])).length > 0;

async function accept(personal: string): Promise<{ userId: string; token: string }> {
  const mail = await lastMailTo(env.ctx, personal);
  const invite = /invitation#token=([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
  const res = await client(env.app).post('/api/v1/auth/invitations/accept', { token: invite, password: 'a long alumni passphrase 42' });
  expect(res.status).toBe(200);
  const [user] = await env.ctx.db.query<{ id: string; email: string }>(`select id, email from users where org_id = $1 and email = $2`, [
    orgId,
    personal,
  ]);
  const { token } = await createToken(
    env.ctx,
    { ...systemActor(orgId), userId: user.id, email: user.email, role: 'alumni' },
    { name: 't' },
  );
  return { userId: user.id, token };
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z', config: { trustProxy: parseTrustProxy('1') } });
  slug = `alumni-rev-${Date.now().toString(36)}`;
  orgId = (await makeOrg(env.ctx, slug)).id;
  admin = await makeUser(env.ctx, orgId, 'admin');
  ids = await importPeople(env.app, admin.token, [
    { number: '1', first: 'Ann', last: 'Leaver', email: 'ann@acme.be', start: '2014-03-03', language: 'en' },
    { number: '2', first: 'Bart', last: 'Double', email: 'bart@acme.be', start: '2015-01-05', language: 'en' },
    { number: '3', first: 'Cleo', last: 'Images', email: 'cleo@acme.be', start: '2016-01-04', language: 'en' },
    { number: '4', first: 'Dirk', last: 'Colleague', email: 'dirk@acme.be', start: '2017-01-02', language: 'en' },
  ]);
  for (const [n, email] of [
    ['1', 'ann@acme.be'],
    ['2', 'bart@acme.be'],
    ['3', 'cleo@acme.be'],
    ['4', 'dirk@acme.be'],
  ])
    tokens[n] = (await makeUser(env.ctx, orgId, 'employee', { email })).token;
  await env.ctx.db.query(`update people set end_date = '2025-06-30' where org_id = $1 and id = any($2)`, [
    orgId,
    [ids['1'], ids['2'], ids['3']],
  ]);
});
afterAll(() => env.close());

describe('the mailed link', () => {
  it('keeps the person internal-only until the personal address is confirmed', async () => {
    const path = await linkPath(ids['1']);
    expect((await post(path, 'email=ann%40home.example&careers=yes')).status).toBe(200);
    expect(await scope(ids['1'])).toEqual({ active: true, scope: 'internal' });
    expect(await onCareers(ids['1'])).toBe(false);
    expect(await (await env.app.request(`/careers/${slug}?lang=en`)).text()).not.toContain('Ann');
    await accept('ann@home.example');
    expect(await scope(ids['1'])).toEqual({ active: true, scope: 'external' });
    expect(await onCareers(ids['1'])).toBe(true);
  });

  it('is spent by the choice: after a leave the old link neither shows nor chooses, and nothing changes', async () => {
    const old = await linkPath(ids['1']);
    env.clock.advance(1000);
    const alumni = await env.ctx.db.query<{ id: string }>(`select id from users where email = 'ann@home.example'`);
    const { token } = await createToken(
      env.ctx,
      { ...systemActor(orgId), userId: alumni[0].id, email: 'ann@home.example', role: 'alumni' },
      { name: 'leave' },
    );
    expect((await as(token).delete('/api/v1/me/alumni')).status).toBe(204);
    expect(await onCareers(ids['1'])).toBe(false);
    env.clock.advance(3600_000);
    expect((await env.app.request(old, { headers: { 'x-forwarded-for': '198.51.100.2' } })).status).toBe(410);
    const again = await post(old, 'email=someone%40else.example&careers=yes', '198.51.100.2');
    expect(again.status).toBe(410);
    const [row] = await env.ctx.db.query<{ left_at: Date | null; email: string }>(
      `select left_at, email from alumni_ambassadors where org_id = $1 and person_id = $2`,
      [orgId, ids['1']],
    );
    expect(row.left_at).not.toBeNull();
    expect(row.email).toBe('ann@home.example');
    expect(await onCareers(ids['1'])).toBe(false);
    expect(await env.ctx.db.query(`select 1 from invitations where email = 'someone@else.example'`)).toHaveLength(0);
    // A link mailed after the leave (a journey, HR) opens the choice again.
    const fresh = await linkPath(ids['1']);
    expect((await env.app.request(fresh, { headers: { 'x-forwarded-for': '198.51.100.2' } })).status).toBe(200);
  });

  it('junk links naming the person do not lock them out; GET is rate-limited per client address', async () => {
    const path = await linkPath(ids['2']);
    const junk = path.slice(0, -3) + (path.endsWith('AAA') ? 'BBB' : 'AAA');
    for (let i = 0; i < 12; i++) {
      expect((await post(junk, 'email=x%40y.example', `203.0.113.${i + 1}`)).status).toBe(404);
      expect(
        await chooseByLink(env.ctx, junk.split('/').pop()!, { email: 'x@y.example', careers: false }, `203.0.113.${i + 1}`),
      ).toBeNull();
    }
    // The genuine link still reaches the choice (here refused for the work address, not 429).
    expect((await env.app.request(path, { headers: { 'x-forwarded-for': '198.51.100.9' } })).status).toBe(200);
    expect((await post(path, 'email=bart%40acme.be', '198.51.100.9')).status).toBe(422);
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await env.app.request(junk, { headers: { 'x-forwarded-for': '192.0.2.77' } })).status;
    expect(last).toBe(429);
  });

  it('a double submit makes one invitation, one mail, one audit', async () => {
    const path = await linkPath(ids['2']);
    const [a, b] = await Promise.all([
      post(path, 'email=bart%40home.example', '198.51.100.21'),
      post(path, 'email=bart%40home.example', '198.51.100.22'),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([await a.text(), await b.text()].filter((t) => t.includes('already'))).toHaveLength(1);
    expect(await env.ctx.db.query(`select 1 from invitations where org_id = $1 and email = 'bart@home.example'`, [orgId])).toHaveLength(1);
    expect(await env.ctx.db.query(`select 1 from mail_outbox where to_address = 'bart@home.example'`)).toHaveLength(1);
    expect(
      await env.ctx.db.query(`select 1 from audit_log where org_id = $1 and action = 'alumni.chose' and target_id = $2`, [orgId, ids['2']]),
    ).toHaveLength(1);
  });
});

describe('an alumni account the person closed', () => {
  it('cannot be re-enabled by an admin', async () => {
    const [u] = await env.ctx.db.query<{ id: string }>(`select id from users where email = 'ann@home.example'`);
    const res = await as(admin.token).patch(`/api/v1/users/${u.id}`, { disabled: false });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('alumni-account-closed');
    const [after] = await env.ctx.db.query<{ disabled_at: Date | null }>(`select disabled_at from users where id = $1`, [u.id]);
    expect(after.disabled_at).not.toBeNull();
  });
});

describe('images for an alumni account', () => {
  it('only public ones, its own and those of the alumni topic', async () => {
    expect((await as(tokens['3']).post('/api/v1/me/alumni', { email: 'cleo@home.example', careers: false })).status).toBe(200);
    const { token } = await accept('cleo@home.example');
    const image = async (owner: string) =>
      (
        await env.ctx.db.query<{ id: string }>(
          `insert into media (org_id, owner_person_id, purpose, content_type, bytes, width, height)
           values ($1, $2, 'story', 'image/png', '\\x89504e47'::bytea, 1, 1) returning id`,
          [orgId, owner],
        )
      )[0].id;
    const colleagues = await image(ids['4']);
    const own = await image(ids['3']);
    const inAlumniTopic = await image(ids['4']);
    const now = env.clock.now();
    const topic = await alumniTopicId(env.ctx.db, orgId, now);
    const [p] = await env.ctx.db.query<{ id: string }>(
      `insert into community_posts (org_id, author_person_id, topic_id, body, body_html, published_at, updated_at)
       values ($1, $2, $3, 'hi', '<p>hi</p>', $4, $4) returning id`,
      [orgId, ids['4'], topic, now],
    );
    await env.ctx.db.query(`insert into community_post_media (org_id, post_id, media_id) values ($1, $2, $3)`, [
      orgId,
      p.id,
      inAlumniTopic,
    ]);
    const get = (t: string, id: string) => env.app.request(`/media/${id}`, { headers: { authorization: `Bearer ${t}` } });
    expect((await get(token, colleagues)).status).toBe(404);
    expect((await get(token, own)).status).toBe(200);
    expect((await get(token, inAlumniTopic)).status).toBe(200);
    // A colleague still sees the organisation's images.
    expect((await get(tokens['4'], colleagues)).status).toBe(200);
  });
});

describe('alumni stories on the careers pages', () => {
  it('say "former colleague (from–to)" on the story page, the wall and in the JSON, in each language', async () => {
    const [u] = await env.ctx.db.query<{ id: string }>(`select id from users where email = 'cleo@home.example'`);
    const { token } = await createToken(
      env.ctx,
      { ...systemActor(orgId), userId: u.id, email: 'cleo@home.example', role: 'alumni' },
      { name: 'story' },
    );
    await env.ctx.db.query(`update people set job_title = 'Nurse', department = 'Ward 7' where org_id = $1 and id = $2`, [orgId, ids['3']]);
    await env.ctx.db.query(`update ambassadors set scope = 'external' where org_id = $1 and person_id = $2`, [orgId, ids['3']]);
    const story = await as(token).post('/api/v1/me/stories', {
      title: 'Looking back',
      body: 'Good years',
      language: 'en',
      scope: 'external',
    });
    expect(story.status).toBe(201);
    const page = await (await env.app.request(`/careers/${slug}/stories/${story.body.id}?lang=en`)).text();
    expect(page).toContain('Former colleague (2016\u20132025)');
    expect(page).not.toContain('Ward 7');
    const nl = await (await env.app.request(`/careers/${slug}/stories/${story.body.id}?lang=nl`)).text();
    expect(nl).toContain('Oud-collega (2016\u20132025)');
    const fr = await (await env.app.request(`/careers/${slug}/stories/${story.body.id}?lang=fr`)).text();
    expect(fr).toContain('Ancien·ne collègue (2016\u20132025)');
    const wall = await (await env.app.request(`/careers/${slug}?lang=en`)).text();
    expect(wall).toMatch(/Looking back[\s\S]*Former colleague \(2016\u20132025\)/);
    const json = await client(env.app).get(`/api/v1/public/orgs/${slug}/stories`);
    expect(json.body.items.find((s: { title: string }) => s.title === 'Looking back').author).toMatchObject({
      alumni: true,
      employedFromYear: 2016,
      employedToYear: 2025,
    });
  });
});
