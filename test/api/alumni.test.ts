/**
 * Alumni ambassadors (issue 12, item 3): the choice is the person's own (in the app or by their
 * signed link, never by an admin), keeps the ambassadorship past the end date with an alumni account
 * at a personal address, survives SCIM's end of the work accounts, shows "former colleague" on the
 * careers pages only when chosen, ends with one click, and follows export and erasure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/policy.ts';
import { createToken } from '../../src/modules/accounts/tokens.service.ts';
import { endAccess } from '../../src/modules/scim/scim.repo.ts';
import { alumniChoiceUrl } from '../../src/modules/community/alumni.link.ts';
import { client, createTestEnv, importPeople, lastMailTo, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let slug: string;
let admin: Awaited<ReturnType<typeof makeUser>>;
let ids: Record<string, string>;
const tokens: Record<string, string> = {};

const as = (token: string) => client(env.app, token);
const setEnd = (personId: string, date: string | null) =>
  env.ctx.db.query(`update people set end_date = $3 where org_id = $1 and id = $2`, [orgId, personId, date]);

/** Signs the alumni account in through its invitation mail, and gives the test an API token for it. */
async function acceptAlumniInvitation(personal: string): Promise<{ userId: string; token: string }> {
  const mail = await lastMailTo(env.ctx, personal);
  const invite = /invitation#token=([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
  const res = await client(env.app).post('/api/v1/auth/invitations/accept', { token: invite, password: 'a long alumni passphrase 42' });
  expect(res.status).toBe(200);
  const [user] = await env.ctx.db.query<{ id: string; role: string; person_id: string; email: string }>(
    `select id, role, person_id, email from users where org_id = $1 and email = $2`,
    [orgId, personal],
  );
  expect(user.role).toBe('alumni');
  const { token } = await createToken(
    env.ctx,
    { ...systemActor(orgId), userId: user.id, email: user.email, role: 'alumni' },
    { name: 'test' },
  );
  return { userId: user.id, token };
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z' });
  slug = `alumni-${Date.now().toString(36)}`;
  orgId = (await makeOrg(env.ctx, slug)).id;
  admin = await makeUser(env.ctx, orgId, 'admin');
  ids = await importPeople(env.app, admin.token, [
    { number: '1', first: 'Lotte', last: 'Peeters', email: 'lotte@acme.be', start: '2014-03-03', language: 'nl' },
    { number: '2', first: 'Sam', last: 'Janssens', email: 'sam@acme.be', start: '2018-09-01', language: 'en' },
    { number: '3', first: 'Chloé', last: 'Dubois', email: 'chloe@acme.be', start: '2016-01-04', language: 'fr', sensitive: true },
    { number: '4', first: 'Nina', last: 'Staying', email: 'nina@acme.be' },
  ]);
  for (const [n, email] of [
    ['1', 'lotte@acme.be'],
    ['2', 'sam@acme.be'],
    ['3', 'chloe@acme.be'],
    ['4', 'nina@acme.be'],
  ])
    tokens[n] = (await makeUser(env.ctx, orgId, 'employee', { email })).token;
});
afterAll(() => env.close());

describe('choosing to stay on', () => {
  it('is not open without an end date or the retirement journey, and nothing is written', async () => {
    const res = await as(tokens['4']).post('/api/v1/me/alumni', { email: 'nina@home.example', careers: false });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('alumni-not-eligible');
    expect((await as(tokens['4']).get('/api/v1/me/alumni')).body).toMatchObject({ eligible: false, alumni: false });
    expect(await env.ctx.db.query(`select 1 from alumni_ambassadors where org_id = $1`, [orgId])).toHaveLength(0);
  });

  it('refuses the work address and a sensitive person on the careers pages, naming the field', async () => {
    await setEnd(ids['1'], '2025-06-30');
    await setEnd(ids['3'], '2025-06-30');
    const work = await as(tokens['1']).post('/api/v1/me/alumni', { email: 'LOTTE@acme.be', careers: true });
    expect(work.status).toBe(422);
    expect(work.body.errors[0].path).toBe('email');
    const sensitive = await as(tokens['3']).post('/api/v1/me/alumni', { email: 'chloe@home.example', careers: true });
    expect(sensitive.status).toBe(422);
    expect(sensitive.body.code).toBe('sensitive-person-internal-only');
    expect(sensitive.body.errors[0].path).toBe('careers');
    const taken = await as(tokens['1']).post('/api/v1/me/alumni', { email: admin.email, careers: false });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('already-has-account');
    expect(await env.ctx.db.query(`select 1 from alumni_ambassadors where org_id = $1`, [orgId])).toHaveLength(0);
  });

  it('in the app: the row, an active ambassadorship, the invitation to the personal address in their language, audited', async () => {
    const res = await as(tokens['1']).post('/api/v1/me/alumni', { email: 'Lotte@Home.example', careers: true });
    expect(res.status).toBe(200);
    // Careers chosen, but internal-only until the personal address is confirmed (the invitation accepted, below).
    expect(res.body).toMatchObject({ alumni: true, email: 'lotte@home.example', careers: false });
    const [amb] = await env.ctx.db.query<{ active: boolean; scope: string }>(
      `select active, scope from ambassadors where org_id = $1 and person_id = $2`,
      [orgId, ids['1']],
    );
    expect(amb).toEqual({ active: true, scope: 'internal' });
    const mail = await lastMailTo(env.ctx, 'lotte@home.example');
    expect(mail.kind).toBe('alumni-account');
    expect(mail.subject).toContain('alumni-account');
    const [visible] = await env.ctx.db.query<{ text_body: string }>(`select text_body from mail_outbox where to_address = $1`, [
      'lotte@home.example',
    ]);
    expect(visible.text_body).not.toMatch(/invitation#token=/);
    const audit = await env.ctx.db.query<{ details: Record<string, unknown> }>(
      `select details from audit_log where org_id = $1 and action = 'alumni.chose'`,
      [orgId],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0].details)).not.toContain('lotte@home.example');
    const again = await as(tokens['1']).post('/api/v1/me/alumni', { email: 'lotte2@home.example', careers: false });
    expect(again.status).toBe(409);
  });

  it('an admin can never give or take the alumni role', async () => {
    const invite = await as(admin.token).post('/api/v1/invitations', { email: 'x@home.example', role: 'alumni' });
    expect(invite.status).toBe(400);
    const { userId } = await acceptAlumniInvitation('lotte@home.example');
    // The address confirmed: now the careers choice takes effect.
    const [amb] = await env.ctx.db.query<{ scope: string }>(`select scope from ambassadors where org_id = $1 and person_id = $2`, [
      orgId,
      ids['1'],
    ]);
    expect(amb.scope).toBe('external');
    const change = await as(admin.token).patch(`/api/v1/users/${userId}`, { role: 'admin' });
    expect(change.status).toBe(422);
    expect(change.body.code).toBe('role-not-assignable');
  });
});

describe('the alumni account', () => {
  let alumni: { userId: string; token: string };
  beforeAll(async () => {
    const [u] = await env.ctx.db.query<{ id: string; email: string }>(`select id, email from users where email = 'lotte@home.example'`);
    const { token } = await createToken(env.ctx, { ...systemActor(orgId), userId: u.id, email: u.email, role: 'alumni' }, { name: 'walk' });
    alumni = { userId: u.id, token };
  });

  it('is linked to the person: their profile, not the directory', async () => {
    expect((await as(alumni.token).get('/api/v1/me/ambassador')).status).toBe(200);
    expect((await as(alumni.token).get('/api/v1/me/alumni')).body).toMatchObject({ alumni: true });
    expect((await as(alumni.token).get('/api/v1/people')).status).toBe(403);
    expect((await as(alumni.token).get('/api/v1/ambassadors')).status).toBe(403);
  });

  it('survives SCIM ending the work accounts', async () => {
    await endAccess(env.ctx.db, orgId, ids['1'], env.clock.now());
    expect((await as(tokens['1']).get('/api/v1/me')).status).toBe(401);
    expect((await as(alumni.token).get('/api/v1/me')).status).toBe(200);
  });

  it('shows on the careers pages as a former colleague with the years, in each language', async () => {
    const en = await env.app.request(`/careers/${slug}?lang=en`);
    expect(await en.text()).toContain('Former colleague (2014\u20132025)');
    const nl = await env.app.request(`/careers/${slug}?lang=nl`);
    expect(await nl.text()).toContain('Oud-collega (2014\u20132025)');
    const json = await env.app.request(`/api/v1/public/orgs/${slug}/ambassadors`);
    const items = ((await json.json()) as { items: { firstName: string; alumni: boolean; employedToYear: number }[] }).items;
    expect(items.find((a) => a.firstName === 'Lotte')).toMatchObject({ alumni: true, employedFromYear: 2014, employedToYear: 2025 });
  });

  it('sees only its own stories and only the alumni topic of the community', async () => {
    // A colleague's internal story and a post outside the alumni topic.
    await as(tokens['2']).put('/api/v1/me/ambassador', { scope: 'internal' });
    const story = await as(tokens['2']).post('/api/v1/me/stories', {
      title: 'Mine',
      body: 'A colleague story',
      language: 'en',
      scope: 'internal',
    });
    expect(story.status).toBe(201);
    expect((await as(alumni.token).get(`/api/v1/stories/${story.body.id}`)).status).toBe(404);
    expect((await as(alumni.token).get('/api/v1/stories')).body.items).toHaveLength(0);
    const own = await as(alumni.token).post('/api/v1/me/stories', {
      title: 'Still here',
      body: 'Alumni story',
      language: 'nl',
      scope: 'internal',
    });
    expect(own.status).toBe(201);
    expect((await as(alumni.token).get('/api/v1/stories')).body.items).toHaveLength(1);

    const topics = (await as(alumni.token).get('/api/v1/community/topics')).body.items as { id: string; key: string }[];
    expect(topics.map((t) => t.key)).toEqual(['alumni']);
    const outside = await as(tokens['2']).post('/api/v1/community/posts', { body: 'Only for colleagues', topicId: null });
    expect(outside.status).toBe(201);
    expect((await as(alumni.token).get(`/api/v1/community/posts/${outside.body.id}`)).status).toBe(404);
    const wrongPlace = await as(alumni.token).post('/api/v1/community/posts', { body: 'Hello', topicId: null });
    expect(wrongPlace.status).toBe(422);
    const post = await as(alumni.token).post('/api/v1/community/posts', { body: 'Hello from the alumni', topicId: topics[0].id });
    expect(post.status).toBe(201);
    const feed = (await as(alumni.token).get('/api/v1/community/posts')).body.items as { id: string }[];
    expect(feed.map((p) => p.id)).toEqual([post.body.id]);
    // Ambassadors see the alumni topic with the rest.
    const theirs = (await as(tokens['2']).get('/api/v1/community/posts')).body.items as { id: string }[];
    expect(theirs.map((p) => p.id)).toContain(post.body.id);
  });

  it('exports the alumni row with the rest of their data', async () => {
    const res = await as(alumni.token).get('/api/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.body.alumni).toMatchObject({ email: 'lotte@home.example', leftAt: null, careers: true });
  });

  it('leaves with one click: off the careers pages, the ambassadorship ended, the account disabled at once', async () => {
    const res = await as(alumni.token).delete('/api/v1/me/alumni');
    expect(res.status).toBe(204);
    expect((await as(alumni.token).get('/api/v1/me')).status).toBe(401);
    expect(await (await env.app.request(`/careers/${slug}?lang=en`)).text()).not.toContain('Lotte');
    const [row] = await env.ctx.db.query<{ left_at: Date | null }>(`select left_at from alumni_ambassadors where person_id = $1`, [
      ids['1'],
    ]);
    expect(row.left_at).not.toBeNull();
    const [amb] = await env.ctx.db.query<{ active: boolean }>(`select active from ambassadors where person_id = $1`, [ids['1']]);
    expect(amb.active).toBe(false);
    expect(
      await env.ctx.db.query(`select 1 from audit_log where org_id = $1 and action = 'alumni.left' and target_id = $2`, [orgId, ids['1']]),
    ).toHaveLength(1);
  });
});

describe('the mailed link', () => {
  it('opens the choice in the person’s language without an account, never pre-ticked; a forged link is refused', async () => {
    await setEnd(ids['2'], '2025-12-31');
    const url = await alumniChoiceUrl(env.ctx, orgId, ids['2']);
    const path = new URL(url).pathname;
    const page = await env.app.request(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Stay on as an alumni ambassador');
    expect(html).toMatch(/type="checkbox" name="careers" value="yes">/);
    expect(html).not.toContain('checked');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const forged = path.slice(0, -3) + (path.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await env.app.request(forged)).status).toBe(404);
    const other = path.replace(ids['2'], ids['4']);
    expect((await env.app.request(other)).status).toBe(404);
  });

  it('chooses for exactly that person on POST, and stops working after its days', async () => {
    const path = new URL(await alumniChoiceUrl(env.ctx, orgId, ids['2'])).pathname;
    const form = (body: string) =>
      env.app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const bad = await form('email=sam%40acme.be');
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('not your work address');
    const ok = await form('email=sam%40home.example');
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('sam@home.example');
    const [row] = await env.ctx.db.query<{ source: string; email: string }>(
      `select source, email from alumni_ambassadors where org_id = $1 and person_id = $2`,
      [orgId, ids['2']],
    );
    expect(row).toEqual({ source: 'link', email: 'sam@home.example' });
    // Internal only: not on the careers pages.
    expect(await (await env.app.request(`/careers/${slug}?lang=en`)).text()).not.toContain('Sam');
    env.clock.advance(61 * 86_400_000);
    expect((await env.app.request(path)).status).toBe(404);
    env.clock.advance(-61 * 86_400_000);
  });

  it('is what the offboarding journey’s alumni step carries (a placeholder filled per person)', async () => {
    const { values } = await import('../../src/modules/moments/render.ts');
    const v = values(
      {
        person: { first_name: 'A', last_name: 'B', job_title: null, department: null, site_name: null, start_date: null, end_date: null },
        managerName: null,
        buddyName: null,
        orgName: 'Acme',
        occurrence: '2026-01-01',
        anchor: 'end_date',
        surveyLink: '',
        alumniLink: 'https://x/alumni/t',
      },
      'en',
    );
    expect(v.alumniLink).toBe('https://x/alumni/t');
    const { JOURNEY_TEMPLATES } = await import('../../src/modules/moments/templates.ts');
    const offboarding = JOURNEY_TEMPLATES.find((j: { key: string }) => j.key === 'offboarding')!;
    const step = offboarding.steps.find((s: { name: { en?: string } }) => s.name.en === 'Alumni invitation')!;
    for (const l of ['nl', 'fr', 'en'] as const) expect(step.templates[l]!.body).toContain('{{alumniLink}}');
  });
});

describe('erasure', () => {
  it('removes the alumni row and disables the alumni account', async () => {
    const [u] = await env.ctx.db.query<{ id: string }>(`select id from users where email = 'sam@acme.be'`);
    const res = await as(tokens['2']).delete('/api/v1/me/optional-data');
    expect(res.status).toBe(200);
    expect(res.body.removed.alumni).toBe(1);
    expect(await env.ctx.db.query(`select 1 from alumni_ambassadors where person_id = $1`, [ids['2']])).toHaveLength(0);
    expect(u).toBeDefined();
    const open = await env.ctx.db.query(
      `select 1 from invitations where person_id = $1 and role = 'alumni' and accepted_at is null and revoked_at is null`,
      [ids['2']],
    );
    expect(open).toHaveLength(0);
  });
});
