/**
 * GET /community/people, the @ picker: the people the caller can mention, as the mention API takes
 * them. Ambassadors and coordinators; every employee in the directory once the organisation opens the
 * community to all; someone behind the scenes by first name and stand-in id only (and not found by
 * their last name); alumni ambassadors for the alumni topic only; one organisation; no emails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/platform/policy.ts';
import { MENTION_WALK_MOST_LETTERS, mentionablePeople } from '../../src/modules/community/exchange.people.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type PersonSpec, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let admin: TestUser;
let chloe: TestUser; // external ambassador
let bram: TestUser; // internal ambassador, behind the scenes
let dina: TestUser; // an employee, not an ambassador
let emma: TestUser; // coordinator with a directory entry
let other: TestUser; // an ambassador of another organisation
let ids: Record<string, string>;
let standIn: string;
let alumniTopic: string;

const as = (u: TestUser) => client(env.app, u.token);
const people = async (u: TestUser, query = '') => {
  const res = await as(u).get(`/api/v1/community/people${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body.items as { personId: string; firstName: string; lastName: string; alumni: boolean }[];
};
const names = (items: { firstName: string }[]) => items.map((x) => x.firstName).sort();

beforeAll(async () => {
  env = await createTestEnv();
  orgId = (await makeOrg(env.ctx, 'people-pick', 'Acme')).id;
  admin = await makeUser(env.ctx, orgId, 'admin');
  ids = await importPeople(env.app, admin.token, [
    { number: 'C1', first: 'Chloé', last: 'Dubois', email: 'chloe@acme.be' },
    { number: 'B1', first: 'Bram', last: 'Peeters', email: 'bram@acme.be' },
    { number: 'D1', first: 'Dina', last: 'Lambert', email: 'dina@acme.be' },
    { number: 'E1', first: 'Emma', last: 'Coord', email: 'emma@acme.be' },
    { number: 'L1', first: 'Lotte', last: 'Janssens', email: 'lotte@acme.be' },
  ]);
  chloe = await makeUser(env.ctx, orgId, 'employee', { email: 'chloe@acme.be' });
  bram = await makeUser(env.ctx, orgId, 'employee', { email: 'bram@acme.be' });
  dina = await makeUser(env.ctx, orgId, 'employee', { email: 'dina@acme.be' });
  emma = await makeUser(env.ctx, orgId, 'coordinator', { email: 'emma@acme.be' });
  const lotte = await makeUser(env.ctx, orgId, 'employee', { email: 'lotte@acme.be' });
  const optIn = { intro: 'Ik vertel graag.', topics: ['career-path'], languages: ['nl'] };
  expect((await as(chloe).put('/api/v1/me/ambassador', { ...optIn, scope: 'external' })).status).toBe(200);
  expect((await as(bram).put('/api/v1/me/ambassador', { ...optIn, scope: 'internal', behindTheScenes: true })).status).toBe(200);
  expect((await as(lotte).put('/api/v1/me/ambassador', { ...optIn, scope: 'internal' })).status).toBe(200);
  // Lotte left and stays on as an alumni ambassador with her own account.
  await env.ctx.db.query(`update people set end_date = '2026-10-31' where org_id = $1 and id = $2`, [orgId, ids.L1]);
  await env.ctx.db.query(`update users set disabled_at = now() where org_id = $1 and email = 'lotte@acme.be'`, [orgId]);
  await env.ctx.db.query(`insert into users (org_id, email, role, person_id) values ($1, 'lotte@home.example', 'alumni', $2)`, [
    orgId,
    ids.L1,
  ]);
  await env.ctx.db.query(
    `insert into alumni_ambassadors (org_id, person_id, email, chosen_at) values ($1, $2, 'lotte@home.example', now())`,
    [orgId, ids.L1],
  );
  standIn = (await as(dina).get('/api/v1/ambassadors')).body.items.find((x: any) => x.firstName === 'Bram').personId;
  alumniTopic = (await as(chloe).get('/api/v1/community/topics')).body.items.find((t: any) => t.key === 'alumni').id;

  const otherOrg = await makeOrg(env.ctx, 'people-pick-other', 'Other');
  const otherAdmin = await makeUser(env.ctx, otherOrg.id, 'admin');
  await importPeople(env.app, otherAdmin.token, [{ number: 'X1', first: 'Chloé', last: 'Elders', email: 'chloe@other.be' }]);
  other = await makeUser(env.ctx, otherOrg.id, 'employee', { email: 'chloe@other.be' });
  expect((await as(other).put('/api/v1/me/ambassador', { ...optIn, scope: 'external' })).status).toBe(200);
});
afterAll(() => env.close());

describe('the community kept for ambassadors', () => {
  it('lists the ambassadors and coordinators, not other employees, not the caller, not the alumni', async () => {
    const items = await people(chloe);
    expect(names(items)).toEqual(['Bram', 'Emma']);
    expect(items.find((x) => x.firstName === 'Emma')).toEqual({ personId: ids.E1, firstName: 'Emma', lastName: 'Coord', alumni: false });
    expect(names(await people(admin))).toEqual(['Bram', 'Chloé', 'Emma']);
    expect(names(await people(emma))).toEqual(['Bram', 'Chloé']);
  });

  it('takes a mention of everyone it lists, a coordinator who is no ambassador included', async () => {
    const listed = (await people(chloe)).map((x) => x.personId);
    const post = await as(chloe).post('/api/v1/community/posts', { body: 'Merci @Bram @Emma', mentions: listed });
    expect(post.status, post.text).toBe(201);
  });

  it('shows someone behind the scenes by first name and the stand-in id the mention API takes', async () => {
    const items = await people(chloe, '?q=bram');
    expect(items).toEqual([{ personId: standIn, firstName: 'Bram', lastName: '', alumni: false }]);
    expect(standIn).not.toBe(ids.B1);
    expect(await people(chloe, '?q=peeters')).toEqual([]);
    const post = await as(chloe).post('/api/v1/community/posts', { body: 'Dank je @Bram', mentions: [standIn] });
    expect(post.status, post.text).toBe(201);
  });

  it('folds accents and case, and never shows an email', async () => {
    expect(names(await people(bram, '?q=CHLOE'))).toEqual(['Chloé']);
    expect(names(await people(bram, '?q=dubo'))).toEqual(['Chloé']);
    expect(names(await people(bram, '?q=chloé dubois'))).toEqual(['Chloé']);
    expect(await people(bram, '?q=chloe%40acme')).toEqual([]);
    expect(await people(bram, '?q=%25')).toEqual([]);
    expect(await people(bram, '?q=_')).toEqual([]);
    const res = await as(bram).get('/api/v1/community/people');
    expect(res.text).not.toContain('@');
    expect(res.text).not.toContain('Peeters');
  });

  it('refuses someone who does not take part, and a limit above 20', async () => {
    const res = await as(dina).get('/api/v1/community/people');
    expect(res.status).toBe(403);
    const big = await as(chloe).get('/api/v1/community/people?limit=21');
    expect(big.status).toBe(400);
    expect(JSON.stringify(big.body)).toContain('limit');
    expect(await people(chloe, '?limit=1')).toHaveLength(1);
  });

  it('lists an alumni ambassador only for the alumni topic', async () => {
    expect(await people(chloe, '?q=lotte')).toEqual([]);
    expect(await people(chloe, `?q=lotte&topicId=${alumniTopic}`)).toEqual([
      { personId: ids.L1, firstName: 'Lotte', lastName: 'Janssens', alumni: true },
    ]);
    const post = await as(chloe).post('/api/v1/community/posts', { body: 'Hoi @Lotte', topicId: alumniTopic, mentions: [ids.L1] });
    expect(post.status, post.text).toBe(201);
  });

  it('keeps to the organisation', async () => {
    expect(await people(chloe, '?q=elders')).toEqual([]);
    expect(names(await people(other))).toEqual([]);
  });
});

describe('the community open to all', () => {
  beforeAll(async () => {
    expect((await as(admin).put('/api/v1/community/settings', { openToAll: true })).status).toBe(200);
  });
  afterAll(async () => {
    expect((await as(admin).put('/api/v1/community/settings', { openToAll: false })).status).toBe(200);
  });

  it('lists every employee in the directory, and an employee may ask', async () => {
    expect(names(await people(chloe))).toEqual(['Bram', 'Dina', 'Emma']);
    expect(names(await people(dina))).toEqual(['Bram', 'Chloé', 'Emma']);
  });

  it('every id it lists is one the mention API accepts', async () => {
    const items = await people(dina, `?topicId=${alumniTopic}`);
    expect(names(items)).toEqual(['Bram', 'Chloé', 'Emma', 'Lotte']);
    const post = await as(dina).post('/api/v1/community/posts', {
      body: 'Iedereen welkom',
      topicId: alumniTopic,
      mentions: items.map((x) => x.personId),
    });
    expect(post.status, post.text).toBe(201);
  });

  it('still leaves out someone who left without staying on', async () => {
    await env.ctx.db.query(`update people set end_date = '2026-11-01' where org_id = $1 and id = $2`, [orgId, ids.D1]);
    try {
      expect(names(await people(chloe))).toEqual(['Bram', 'Emma']);
    } finally {
      await env.ctx.db.query(`update people set end_date = null where org_id = $1 and id = $2`, [orgId, ids.D1]);
    }
  });
});

/** An organisation of its own whose people all opted in as (internal) ambassadors: their accounts, by first name. */
async function ambassadorsOnly(slug: string, people: PersonSpec[], coordinators: string[] = []) {
  const org = await makeOrg(env.ctx, slug, slug);
  const hr = await makeUser(env.ctx, org.id, 'admin');
  await importPeople(env.app, hr.token, people);
  const users: Record<string, TestUser> = {};
  for (const p of people) {
    const u = await makeUser(env.ctx, org.id, coordinators.includes(p.first) ? 'coordinator' : 'employee', { email: p.email });
    expect((await as(u).put('/api/v1/me/ambassador', { scope: 'internal', topics: ['career-path'] })).status).toBe(200);
    users[p.first] = u;
  }
  return users;
}

describe('names in other alphabets', () => {
  it('finds them as the database folds them, typed in capitals or not, in the @ picker and the directory', async () => {
    const { Veerle: veerle } = await ambassadorsOnly('people-pick-scripts', [
      { number: 'I1', first: 'İrem', last: 'Yılmaz', email: 'irem@scripts.be' },
      { number: 'O1', first: 'ΟΔΥΣΣΕΥΣ', last: 'Nikolaou', email: 'odysseas@scripts.be' },
      { number: 'E1', first: 'Ελένη', last: 'Παππάς', email: 'eleni@scripts.be' },
      { number: 'V1', first: 'Veerle', last: 'Smet', email: 'veerle@scripts.be' },
    ]);
    const directory = async (q: string) =>
      ((await as(veerle).get(`/api/v1/people?q=${encodeURIComponent(q)}`)).body.items as { firstName: string }[]).map((x) => x.firstName);
    for (const [typed, found] of [
      ['İrem', 'İrem'],
      ['İREM', 'İrem'],
      ['irem y', 'İrem'],
      ['yılmaz', 'İrem'],
      ['ΟΔΥΣΣΕΥΣ', 'ΟΔΥΣΣΕΥΣ'],
      ['οδυσσευσ', 'ΟΔΥΣΣΕΥΣ'],
      ['οδυσσευς', 'ΟΔΥΣΣΕΥΣ'],
      ['ΠΑΠΠΑΣ', 'Ελένη'],
      ['ελενη παππας', 'Ελένη'],
    ]) {
      expect(names(await people(veerle, `?q=${encodeURIComponent(typed)}`)), typed).toEqual([found]);
      expect(await directory(typed), typed).toEqual([found]);
    }
  });
});

describe('a coordinator who is an ambassador too', () => {
  it('is listed once', async () => {
    const { Veerle: veerle } = await ambassadorsOnly(
      'people-pick-twice',
      [
        { number: 'C1', first: 'Cora', last: 'Maes', email: 'cora@twice.be' },
        { number: 'V1', first: 'Veerle', last: 'Smet', email: 'veerle@twice.be' },
      ],
      ['Cora'],
    );
    expect(names(await people(veerle))).toEqual(['Cora']);
    expect(names(await people(veerle, '?q=maes'))).toEqual(['Cora']);
  });
});

describe('the open community: a typed name first looked for among the first people in first-name order', () => {
  it('gives the answer of the search indexes, whatever the walk and the limit, walking on to them when it has too few', async () => {
    const org = await makeOrg(env.ctx, 'people-pick-walk', 'Walk');
    const hr = await makeUser(env.ctx, org.id, 'admin');
    expect((await as(hr).put('/api/v1/community/settings', { openToAll: true })).status).toBe(200);
    // First names that tie (the walk's edge falls among them), two of them behind the scenes (listed
    // with no last name, so before their namesakes), people who left, a rare letter (x).
    const firsts = ['Anna', 'Bert', 'Anna', 'Chris', 'Marie', 'Anna', 'Rob', 'Marie', 'Yara', 'Bert', 'Xavier', 'Zoë'];
    const lasts = ['Peeters', 'Maes', 'Janssens', 'Martens', 'Wouters', 'Claes', 'Goossens', 'Aerts', 'Smet', 'Jacobs'];
    const specs: PersonSpec[] = Array.from({ length: 36 }, (_, i) => ({
      number: `W${i}`,
      first: firsts[i % firsts.length],
      last: lasts[(i * 7) % lasts.length],
      email: `w${i}@walk.be`,
    }));
    const ids = await importPeople(env.app, hr.token, specs);
    const caller = await makeUser(env.ctx, org.id, 'employee', { email: 'w0@walk.be' });
    for (const n of [2, 5]) {
      const u = await makeUser(env.ctx, org.id, 'employee', { email: `w${n}@walk.be` });
      expect((await as(u).put('/api/v1/me/ambassador', { scope: 'internal', topics: ['career-path'], behindTheScenes: true })).status).toBe(
        200,
      );
    }
    await env.ctx.db.query(`update people set end_date = '2026-01-31' where org_id = $1 and id = any($2)`, [org.id, [ids.W3, ids.W13]]);
    const actor: Actor = {
      userId: caller.id,
      orgId: org.id,
      role: 'employee',
      email: caller.email,
      personId: ids.W0,
      via: 'token',
      label: caller.email,
    };
    const statements: string[] = [];
    const ctx = {
      ...env.ctx,
      db: Object.assign(Object.create(env.ctx.db), {
        query: (sql: string, params?: unknown[]) => (statements.push(sql), env.ctx.db.query(sql, params)),
      }),
    };
    const pick = (q: string, limit: number, walk: number) => mentionablePeople(ctx, actor, { q, limit, walk });
    let walkAnswered = 0;
    for (const q of ['a', 'an', 'ANNA', 'e', 'r', 'ma', 'anna m', 'x', 'zoe', 'peeters', 'q'])
      for (const limit of [1, 3, 7, 20]) {
        const indexes = await pick(q, limit, 0);
        for (const walk of [1, 4, 6, 11, 20, 1000]) {
          statements.length = 0;
          expect(await pick(q, limit, walk), `${q}, limit ${limit}, walk ${walk}`).toEqual(indexes);
          const walked = statements.findIndex((sql) => sql.includes('walked'));
          if ([...q].length > MENTION_WALK_MOST_LETTERS) {
            expect(walked, 'three letters or more: the indexes at once').toBe(-1);
            continue;
          }
          expect(walked, 'the walk comes first').toBeGreaterThan(0);
          if (walked === statements.length - 1) walkAnswered++;
          else expect(indexes.length < limit || walk < 36, 'only a walk that found too few goes on').toBe(true);
        }
      }
    expect(walkAnswered).toBeGreaterThan(30);
    // Those behind the scenes are listed by first name, before their namesakes, and not found by their last name.
    const annas = await pick('anna', 20, 1000);
    expect(annas.slice(0, 2).map((x) => x.lastName)).toEqual(['', '']);
    expect(annas.map((x) => x.firstName)).toEqual(Array(annas.length).fill('Anna'));
    expect((await pick(specs[2].last, 20, 1000)).filter((x) => x.lastName === '')).toEqual([]);
  });
});
