/**
 * Buddy suggestions through the API: only for newcomers, with what helps choose on each card, in
 * the stated tie order; a buddy is chosen only for a newcomer, and can always be ended.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let hr: TestUser;
const id: Record<string, string> = {};

const HEADER = 'employee_number;first_name;last_name;work_email;language;department;job_title;site;region;manager;start_date';
const ROWS = [
  'B1;Bea;Boss;bea@acme.be;nl;Board;CEO;Gent;flanders;;2005-01-03',
  'M1;Marc;Maes;marc@acme.be;nl;Sales;Sales manager;Gent;flanders;B1;2012-03-01',
  'N1;Nina;Nieuw;nina@acme.be;nl;Sales;Account manager;Gent;flanders;M1;2026-12-01',
  'R1;Rik;Recent;rik@acme.be;nl;Sales;Account manager;Gent;flanders;M1;2026-07-01',
  'O1;Olga;Oud;olga@acme.be;nl;Sales;Account manager;Gent;flanders;M1;2016-09-05',
  // Same score for Olga, Tom and Ann (site, department, language): Olga is there longest; Ann and Tom
  // started the same day, and Ann looks after a newcomer already, so Tom comes first.
  'T1;Tom;Tack;tom@acme.be;nl;Sales;Key account;Gent;flanders;M1;2019-02-04',
  'A1;Ann;Aerts;ann@acme.be;nl;Sales;Inside sales;Gent;flanders;M1;2019-02-04',
  'F1;Fleur;Francq;fleur@acme.be;fr;Support;Agent;Namur;wallonia;B1;2018-05-07',
  'H1;Hugo;Hidden;hugo@acme.be;fr;Support;Agent;Namur;wallonia;B1;2018-05-07',
];

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z' });
  const org = await makeOrg(env.ctx, 'acme-buddies', 'Acme');
  hr = await makeUser(env.ctx, org.id, 'admin');
  const api = client(env.app, hr.token);
  expect((await api.post('/api/v1/people/import', [HEADER, ...ROWS].join('\n'), { 'content-type': 'text/csv' })).status).toBe(200);
  for (const p of (await api.get('/api/v1/people?limit=100')).body.items) id[p.employeeNumber] = p.id;
  // Fleur speaks Dutch too (her ambassador profile says so); Hugo as well, but behind the scenes.
  const fleur = await makeUser(env.ctx, org.id, 'employee', { email: 'fleur@acme.be' });
  expect((await client(env.app, fleur.token).put('/api/v1/me/ambassador', { scope: 'internal', languages: ['fr', 'nl'] })).status).toBe(
    200,
  );
  const hugo = await makeUser(env.ctx, org.id, 'employee', { email: 'hugo@acme.be' });
  expect(
    (await client(env.app, hugo.token).put('/api/v1/me/ambassador', { scope: 'internal', behindTheScenes: true, languages: ['fr', 'nl'] }))
      .status,
  ).toBe(200);
  // Ann is the buddy of Rik already.
  expect((await api.put(`/api/v1/people/${id.R1}/buddy`, { buddyPersonId: id.A1 })).status).toBe(200);
});
afterAll(() => env.close());

describe('buddy suggestions', () => {
  it('for a newcomer: each card has job, department, site, languages, seniority and load, in the stated tie order', async () => {
    const res = await client(env.app, hr.token).get(`/api/v1/people/${id.N1}/buddy`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ newcomer: true, newcomerUntil: '2027-05-31', current: null });
    const s = res.body.suggestions;
    expect(s.slice(0, 3).map((x: { name: string }) => x.name)).toEqual(['Olga Oud', 'Tom Tack', 'Ann Aerts']);
    expect(new Set(s.slice(0, 3).map((x: { score: number }) => x.score)).size).toBe(1);
    expect(s[0]).toMatchObject({
      jobTitle: 'Account manager',
      department: 'Sales',
      site: 'Gent',
      languages: ['nl'],
      startDate: '2016-09-05',
      yearsOfService: 10,
      currentBuddies: 0,
    });
    expect(s[2]).toMatchObject({ currentBuddies: 1, yearsOfService: 7 });
    // Never the manager, nor anyone above; not Rik, who has been here less than a year.
    const ids = s.map((x: { personId: string }) => x.personId);
    for (const not of [id.M1, id.B1, id.R1, id.N1]) expect(ids).not.toContain(not);
  });

  it("counts the languages on an ambassador's profile, but not those of someone behind the scenes", async () => {
    const s = (await client(env.app, hr.token).get(`/api/v1/people/${id.N1}/buddy`)).body.suggestions;
    const fleur = s.find((x: { personId: string }) => x.personId === id.F1);
    expect(fleur).toMatchObject({ languages: ['fr', 'nl'], reasons: [{ reason: 'language', points: 15 }] });
    const hugo = s.find((x: { personId: string }) => x.personId === id.H1);
    expect(hugo).toBeUndefined();
  });

  it('not for someone who started years ago: no suggestions, and no buddy can be chosen', async () => {
    const api = client(env.app, hr.token);
    const res = await api.get(`/api/v1/people/${id.O1}/buddy`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ newcomer: false, newcomerUntil: '2017-03-04', current: null, suggestions: [] });
    const chosen = await api.put(`/api/v1/people/${id.O1}/buddy`, { buddyPersonId: id.T1 });
    expect(chosen.status).toBe(422);
    expect(chosen.body.code).toBe('not-a-newcomer');
    expect(chosen.body.params).toEqual({ months: 6 });
    expect(chosen.body.errors).toEqual([{ path: 'id', code: 'not-a-newcomer', message: expect.stringContaining('2016-09-05') }]);
    const [{ n }] = await env.ctx.db.query<{ n: number }>(
      'select count(*)::int as n from buddy_assignments where newcomer_person_id = $1',
      [id.O1],
    );
    expect(n).toBe(0);
  });

  it('a buddy on record ends also after the first six months', async () => {
    const api = client(env.app, hr.token);
    env.clock.set('2027-01-15T09:00:00Z'); // Rik started on 1 July 2026
    const res = await api.get(`/api/v1/people/${id.R1}/buddy`);
    expect(res.body).toMatchObject({ newcomer: false, current: { personId: id.A1 }, suggestions: [] });
    const ended = await api.put(`/api/v1/people/${id.R1}/buddy`, { buddyPersonId: null });
    expect(ended.status).toBe(200);
    expect(ended.body.current).toBeNull();
  });
});
