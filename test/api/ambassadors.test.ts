import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ambassador, orgWithAdmin, person, story } from '../factories.ts';
import { client, createTestEnv, importPeople, lastMailTo, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;
let coordinator: TestUser;
let ana: TestUser; // will be external
let bram: TestUser; // internal
let customs: TestUser; // sensitive function
let colleague: TestUser;
let ids: Record<string, string>;

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'acme', 'Acme Bank');
  admin = await makeUser(env.ctx, org.id, 'admin');
  ids = await importPeople(env.app, admin.token, [
    { number: 'A1', first: 'Ana', last: 'Ferreira', email: 'ana@acme.be', department: 'IT', region: 'brussels', site: 'Brussel' },
    { number: 'B1', first: 'Bram', last: 'Peeters', email: 'bram@acme.be', department: 'Finance' },
    { number: 'C1', first: 'Cas', last: 'Douane', email: 'cas@acme.be', department: 'Customs', sensitive: true },
    {
      number: 'D1',
      first: 'Dina',
      last: 'Lambert',
      email: 'dina@acme.be',
      department: 'HR',
      region: 'wallonia',
      site: 'Namur',
      language: 'fr',
    },
    { number: 'E1', first: 'Emma', last: 'Coord', email: 'emma@acme.be', department: 'HR' },
  ]);
  ana = await makeUser(env.ctx, org.id, 'employee', { email: 'ana@acme.be' });
  bram = await makeUser(env.ctx, org.id, 'employee', { email: 'bram@acme.be' });
  customs = await makeUser(env.ctx, org.id, 'employee', { email: 'cas@acme.be' });
  colleague = await makeUser(env.ctx, org.id, 'employee', { email: 'dina@acme.be' });
  coordinator = await makeUser(env.ctx, org.id, 'coordinator', { email: 'emma@acme.be' });
});
afterAll(() => env.close());

const as = (u: TestUser) => client(env.app, u.token);

describe('permissions', () => {
  it("tells a coordinator's client it runs the program, and an employee's that it does not", async () => {
    expect((await as(coordinator).get('/api/v1/me')).body.permissions).toContain('program.manage');
    expect((await as(bram).get('/api/v1/me')).body.permissions).not.toContain('program.manage');
    expect((await as(admin).get('/api/v1/me')).body.permissions).toEqual(
      expect.arrayContaining(['program.manage', 'moments.manage', 'users.manage']),
    );
  });
});

describe('joining and leaving', () => {
  it('an employee opts in as external ambassador with a profile in their own words', async () => {
    const res = await as(ana).put('/api/v1/me/ambassador', {
      scope: 'external',
      intro: 'Ik bouw apps voor onze klanten.',
      topics: ['career-path', 'onboarding'],
      languages: ['nl', 'en'],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ active: true, scope: 'external', effectiveScope: 'external', firstName: 'Ana' });
  });

  it('refuses external scope to someone in a sensitive function, with a clear error', async () => {
    const res = await as(customs).put('/api/v1/me/ambassador', { scope: 'external' });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ path: 'scope' });
    expect(res.body.errors[0].message).toMatch(/sensitive/);
    expect((await as(customs).put('/api/v1/me/ambassador', { scope: 'internal' })).status).toBe(200);
  });

  it('behind the scenes is internal only, and colleagues see a first name and no photo', async () => {
    expect((await as(bram).put('/api/v1/me/ambassador', { scope: 'external', behindTheScenes: true })).status).toBe(422);
    expect((await as(bram).put('/api/v1/me/ambassador', { scope: 'internal', behindTheScenes: true })).status).toBe(200);
    const community = await as(colleague).get('/api/v1/ambassadors');
    // Not even their person id: see behind-the-scenes.test.ts.
    const b = community.body.items.find((x: any) => x.firstName === 'Bram');
    expect(b.firstName).toBe('Bram');
    expect(b.lastName).toBe('');
    expect(b.photoUrl).toBeNull();
    // They themselves still see their whole profile.
    expect((await as(bram).get('/api/v1/me/ambassador')).body.ambassador.lastName).toBe('Peeters');
  });

  it('the community directory filters by topic, region and language', async () => {
    const org = await orgWithAdmin(env);
    await ambassador(env, org, { first: 'Ana', region: 'brussels', site: 'Brussel', topics: ['onboarding'] });
    await ambassador(env, org, { first: 'Wout', region: 'wallonia', site: 'Namur', language: 'fr', topics: ['career-path'] });
    const colleague = (await person(env, org)).user;
    const names = async (query: string) =>
      (await as(colleague).get(`/api/v1/ambassadors?${query}`)).body.items.map((x: any) => x.firstName).sort();
    expect(await names('topic=onboarding')).toEqual(['Ana']);
    expect(await names('region=brussels')).toEqual(['Ana']);
    expect(await names('region=wallonia')).toEqual(['Wout']);
    expect(await names('')).toEqual(['Ana', 'Wout']);
  });

  it('nobody is enrolled by someone else: a coordinator can only invite, the person answers', async () => {
    const inv = await as(coordinator).post('/api/v1/ambassadors/invitations', {
      personId: ids.D1,
      message: 'Jouw verhaal over Namen zou mooi zijn!',
    });
    expect(inv.status).toBe(201);
    const mail = await lastMailTo(env.ctx, 'dina@acme.be');
    expect(mail.kind).toBe('ambassador-invitation');
    expect(mail.subject).toMatch(/ambassadeur/);
    expect((await as(colleague).get('/api/v1/me/ambassador')).body).toMatchObject({ ambassador: null, invitation: { answer: 'pending' } });
    expect((await as(colleague).post('/api/v1/me/ambassador/invitation', { answer: 'maybe_later' })).status).toBe(204);
    expect((await as(colleague).get('/api/v1/me/ambassador')).body.invitation.answer).toBe('maybe_later');
    // Employees cannot invite.
    expect((await as(bram).post('/api/v1/ambassadors/invitations', { personId: ids.D1 })).status).toBe(403);
  });
});

describe('stories', () => {
  it('an external ambassador publishes at once, with Markdown rendered safely', async () => {
    const ana = (await ambassador(env, await orgWithAdmin(env))).user;
    const res = await as(ana).post('/api/v1/me/stories', {
      title: 'Mijn eerste maand',
      body: 'Het was **fijn**. <script>alert(1)</script>',
      language: 'nl',
      scope: 'external',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.bodyHtml).toContain('<strong>fijn</strong>');
    expect(res.body.bodyHtml).not.toContain('<script>');
    // The first story is noticed.
    const rec = await as(ana).get('/api/v1/me/recognitions');
    expect(rec.body.items.map((r: any) => r.milestone)).toContain('first-story');
  });

  it('an internal ambassador cannot publish an external story', async () => {
    const customs = (await ambassador(env, await orgWithAdmin(env), { scope: 'internal' })).user;
    const res = await as(customs).post('/api/v1/me/stories', {
      title: 'Douane',
      body: 'Intern verhaal',
      language: 'nl',
      scope: 'external',
    });
    expect(res.status).toBe(422);
    expect(
      (await as(customs).post('/api/v1/me/stories', { title: 'Douane', body: 'Intern verhaal', language: 'nl', scope: 'internal' })).status,
    ).toBe(201);
  });

  it('nobody else edits or deletes a story, not even a coordinator', async () => {
    const org = await orgWithAdmin(env);
    const storyId = await story(env, await ambassador(env, org));
    const coordinator = (await person(env, org, { role: 'coordinator' })).user;
    const colleague = (await person(env, org)).user;
    const body = { title: 'Changed', body: 'Changed', language: 'nl', scope: 'external' };
    expect((await as(coordinator).put(`/api/v1/stories/${storyId}`, body)).status).toBe(404);
    expect((await as(colleague).delete(`/api/v1/stories/${storyId}`)).status).toBe(404);
    expect((await as(org.admin).put(`/api/v1/stories/${storyId}`, body)).status).toBe(404);
    expect((await as(colleague).get(`/api/v1/stories/${storyId}`)).body.title).toBe('Mijn eerste maand');
  });

  it('a coordinator hides a story only with a legal reason, which the author reads', async () => {
    const org = await orgWithAdmin(env);
    const author = await ambassador(env, org);
    const storyId = await story(env, author);
    const coordinator = (await person(env, org, { role: 'coordinator' })).user;
    const colleague = (await person(env, org)).user;
    const admin = org.admin;
    const ana = author.user;
    expect((await as(colleague).post(`/api/v1/stories/${storyId}/hide`, { reason: 'Vertrouwelijke klantgegevens' })).status).toBe(403);
    expect((await as(coordinator).post(`/api/v1/stories/${storyId}/hide`, { reason: 'kort' })).status).toBe(400);
    const hidden = await as(coordinator).post(`/api/v1/stories/${storyId}/hide`, { reason: 'Bevat vertrouwelijke klantgegevens (GDPR).' });
    expect(hidden.status).toBe(200);
    const seenByAuthor = await as(ana).get(`/api/v1/stories/${storyId}`);
    expect(seenByAuthor.body.hidden.reason).toBe('Bevat vertrouwelijke klantgegevens (GDPR).');
    expect((await as(colleague).get(`/api/v1/stories/${storyId}`)).status).toBe(404);
    expect((await lastMailTo(env.ctx, author.email)).kind).toBe('story-hidden');
    const log = await as(admin).get('/api/v1/audit-log?action=stories.hide');
    expect(log.body.items[0].details.reason).toMatch(/GDPR/);
    expect((await as(coordinator).delete(`/api/v1/stories/${storyId}/hide`)).status).toBe(200);
    expect((await as(colleague).get(`/api/v1/stories/${storyId}`)).status).toBe(200);
  });
});

describe('guidelines, training and thanks', () => {
  it('coordinators publish trainings; ambassadors mark them done; coordinators see completion', async () => {
    const org = await orgWithAdmin(env);
    const ana = (await ambassador(env, org, { first: 'Ana', last: 'Ferreira' })).user;
    await ambassador(env, org, { first: 'Bram', last: 'Peeters' });
    const coordinator = (await person(env, org, { role: 'coordinator' })).user;
    expect((await as(ana).post('/api/v1/resources', { kind: 'training', language: 'nl', title: 'LinkedIn 101' })).status).toBe(403);
    const created = await as(coordinator).post('/api/v1/resources', {
      kind: 'training',
      language: 'nl',
      title: 'LinkedIn 101',
      body: 'Tips om te posten',
    });
    expect(created.status).toBe(201);
    expect((await as(ana).put(`/api/v1/resources/${created.body.id}/done`)).status).toBe(204);
    const mine = await as(ana).get('/api/v1/resources?kind=training');
    expect(mine.body.items[0].completedAt).not.toBeNull();
    const completion = await as(coordinator).get('/api/v1/resources/completion');
    expect(completion.body.trainings[0].completed.map((x: any) => x.name)).toEqual(['Ana Ferreira']);
  });

  it('colleagues thank an ambassador, optionally company-wide; nobody thanks themselves', async () => {
    const org = await orgWithAdmin(env);
    const thanked = await ambassador(env, org);
    const ana = thanked.user;
    const colleague = (await person(env, org, { first: 'Dina', last: 'Lambert' })).user;
    const bram = (await person(env, org)).user;
    const ids = { A1: thanked.personId };
    expect(
      (await as(colleague).post(`/api/v1/ambassadors/${ids.A1}/thanks`, { note: 'Dank je voor de rondleiding!', companyWide: true }))
        .status,
    ).toBe(201);
    const self = await as(ana).post(`/api/v1/ambassadors/${ids.A1}/thanks`, { note: 'Goed gedaan ik' });
    expect(self.status).toBe(422);
    expect(self.body.code).toBe('cannot-thank-yourself');
    const mine = await as(ana).get('/api/v1/me/recognitions');
    expect(mine.body.items.some((r: any) => r.note === 'Dank je voor de rondleiding!' && r.from === 'Dina Lambert')).toBe(true);
    expect((await as(bram).get('/api/v1/recognitions')).body.items).toHaveLength(1);
  });

  it('notices a year as ambassador once', async () => {
    const ana = (await ambassador(env, await orgWithAdmin(env))).user;
    env.clock.advance(366 * 86400_000);
    await as(ana).get('/api/v1/me/recognitions');
    const again = await as(ana).get('/api/v1/me/recognitions');
    expect(again.body.items.filter((r: any) => r.milestone === 'year-1')).toHaveLength(1);
    env.clock.advance(-366 * 86400_000);
  });
});

describe('insights', () => {
  it('impact and diversity are for coordinators', async () => {
    const org = await orgWithAdmin(env);
    const ana = (await ambassador(env, org, { department: 'IT' })).user;
    await ambassador(env, org, { department: 'Finance', scope: 'internal' });
    await ambassador(env, org, { department: 'Customs', sensitive: true, scope: 'internal' });
    await person(env, org, { department: 'HR' });
    const coordinator = (await person(env, org, { role: 'coordinator', department: 'HR' })).user;
    expect((await as(ana).get('/api/v1/insights/impact')).status).toBe(403);
    const impact = await as(coordinator).get('/api/v1/insights/impact');
    expect(impact.status, impact.text).toBe(200);
    expect(impact.body.totals.activeAmbassadors).toBe(3);
    const div = await as(coordinator).get('/api/v1/insights/diversity');
    expect(div.status).toBe(200);
    expect(div.body.ambassadors).toBe(3);
    expect(div.body.segments.department.length).toBeGreaterThan(0);
  });

  it('reported posts count in the impact', async () => {
    const org = await orgWithAdmin(env);
    const ana = (await ambassador(env, org)).user;
    const coordinator = (await person(env, org, { role: 'coordinator' })).user;
    expect((await as(coordinator).get('/api/v1/insights/impact')).body.totals.posts).toBe(0);
    const post = await as(ana).post('/api/v1/me/posts', {
      url: 'https://www.linkedin.com/posts/ana-1',
      network: 'LinkedIn',
      postedOn: '2026-11-20',
      tone: 'positive',
      topic: 'job',
    });
    expect(post.status).toBe(201);
    expect(
      (
        await as(ana).post('/api/v1/me/posts', {
          url: 'https://x.be',
          network: 'X',
          postedOn: '2027-01-01',
          tone: 'positive',
          topic: 'job',
        })
      ).status,
    ).toBe(422);
    const impact = await as(coordinator).get('/api/v1/insights/impact');
    expect(impact.body.totals.posts).toBe(1);
  });
});

describe('opting out', () => {
  it('takes effect at once, with one call', async () => {
    const org = await orgWithAdmin(env);
    const leaving = await ambassador(env, org);
    await story(env, leaving);
    const ana = leaving.user;
    const colleague = (await person(env, org)).user;
    const ids = { A1: leaving.personId };
    expect((await as(colleague).get('/api/v1/ambassadors')).body.items.some((x: any) => x.personId === ids.A1)).toBe(true);
    expect((await as(ana).delete('/api/v1/me/ambassador')).status).toBe(204);
    expect((await as(ana).delete('/api/v1/me/ambassador')).status).toBe(404);
    expect((await as(colleague).get('/api/v1/ambassadors')).body.items.some((x: any) => x.personId === ids.A1)).toBe(false);
    // Their stories leave the colleagues' feed too, but remain theirs.
    expect((await as(colleague).get('/api/v1/stories')).body.items.some((s: any) => s.author.personId === ids.A1)).toBe(false);
    expect((await as(ana).get('/api/v1/stories?author=' + ids.A1)).body.items.length).toBeGreaterThan(0);
  });
});

describe('another organisation', () => {
  it("gets 404 for this organisation's stories and ambassadors", async () => {
    const org = await orgWithAdmin(env);
    const author = await ambassador(env, org, { scope: 'internal' });
    const storyId = await story(env, author, { scope: 'internal' });
    const invitee = await person(env, org);
    const other = await makeUser(env.ctx, (await makeOrg(env.ctx)).id, 'coordinator');
    // The control: this organisation's own coordinator sees them.
    const own = (await person(env, org, { role: 'coordinator' })).user;
    expect((await as(own).get(`/api/v1/stories/${storyId}`)).status).toBe(200);
    expect((await as(other).get(`/api/v1/stories/${storyId}`)).status).toBe(404);
    expect((await as(other).post(`/api/v1/stories/${storyId}/hide`, { reason: 'Some legal reason here' })).status).toBe(404);
    expect((await as(other).post('/api/v1/ambassadors/invitations', { personId: invitee.personId })).status).toBe(404);
    expect((await as(other).get('/api/v1/ambassadors')).body.items).toHaveLength(0);
    expect((await as(other).get('/api/v1/stories')).body.items).toHaveLength(0);
    expect((await as(other).get('/api/v1/insights/diversity')).body.ambassadors).toBe(0);
  });
});
