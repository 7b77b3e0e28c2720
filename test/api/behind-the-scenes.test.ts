/**
 * "Behind the scenes" means first name only, for colleagues too: no last name, photo, job title,
 * department, site or region in the community, the stories, the thanks or the training completions,
 * and no way from there to the person's directory record (the program shows a stand-in id, and the
 * directory id of someone behind the scenes finds nothing in the program). Only they see themselves
 * whole; HR keeps the full record in the directory.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;
let coordinator: TestUser;
let bram: TestUser; // behind the scenes
let mia: TestUser; // Bram's manager
let dina: TestUser; // a colleague
let ana: TestUser; // an ambassador who is not behind the scenes
const ids: Record<string, string> = {};
let standIn: string;
let storyId: string;

/** What must never reach a colleague about Bram: his last name, job, department, site and directory id. */
const SECRETS = () => ['Peeters', 'Treasury analyst', 'Finance', 'Hasselt', ids.B1];

const as = (u: TestUser) => client(env.app, u.token);

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'bts', 'Acme Bank');
  admin = await makeUser(env.ctx, org.id, 'admin');
  const csv = [
    'employee_number;first_name;last_name;work_email;department;site;region;job_title;manager',
    'M1;Mia;Manager;mia@acme.be;Finance;Gent;Vlaanderen;Head of finance;',
    'B1;Bram;Peeters;bram@acme.be;Finance;Hasselt;Vlaanderen;Treasury analyst;M1',
    'D1;Dina;Lambert;dina@acme.be;HR;Namur;Wallonie;Recruiter;',
    'A1;Ana;Ferreira;ana@acme.be;IT;Brussel;Brussel;Developer;',
    'E1;Emma;Coord;emma@acme.be;HR;Gent;Vlaanderen;Employer branding;',
  ].join('\r\n');
  expect((await as(admin).post('/api/v1/people/import', csv, { 'content-type': 'text/csv' })).status).toBe(200);
  for (const n of ['M1', 'B1', 'D1', 'A1', 'E1']) ids[n] = (await as(admin).get(`/api/v1/people?q=${n}`)).body.items[0].id;
  bram = await makeUser(env.ctx, org.id, 'employee', { email: 'bram@acme.be' });
  mia = await makeUser(env.ctx, org.id, 'manager', { email: 'mia@acme.be' });
  dina = await makeUser(env.ctx, org.id, 'employee', { email: 'dina@acme.be' });
  ana = await makeUser(env.ctx, org.id, 'employee', { email: 'ana@acme.be' });
  coordinator = await makeUser(env.ctx, org.id, 'coordinator', { email: 'emma@acme.be' });

  // A photo from before he chose to stay behind the scenes.
  const profile = { scope: 'internal', intro: 'Ik werk achter de schermen.', topics: ['onboarding'] };
  expect((await as(bram).put('/api/v1/me/ambassador', profile)).status).toBe(200);
  const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#3366aa' } })
    .png()
    .toBuffer();
  const photo = await env.app.request('/api/v1/me/ambassador/photo', {
    method: 'PUT',
    body: new Uint8Array(png),
    headers: { authorization: `Bearer ${bram.token}`, 'content-type': 'image/png' },
  });
  expect(photo.status, await photo.clone().text()).toBe(200);
  expect((await as(bram).put('/api/v1/me/ambassador', { ...profile, behindTheScenes: true })).status).toBe(200);
  const story = await as(bram).post('/api/v1/me/stories', {
    title: 'Achter de schermen',
    body: 'Zo sluiten we de maand af.',
    language: 'nl',
    scope: 'internal',
  });
  expect(story.status, story.text).toBe(201);
  storyId = story.body.id;
  expect((await as(ana).put('/api/v1/me/ambassador', { scope: 'internal', topics: ['onboarding'] })).status).toBe(200);
  standIn = (await as(dina).get('/api/v1/ambassadors')).body.items.find((x: any) => x.firstName === 'Bram').personId;
});
afterAll(() => env.close());

describe('what colleagues see of someone behind the scenes', () => {
  it('the community, the story list and the story show a first name only, to colleagues, managers, coordinators and admins', async () => {
    for (const viewer of [dina, mia, coordinator, admin]) {
      const community = await as(viewer).get('/api/v1/ambassadors');
      const b = community.body.items.find((x: any) => x.firstName === 'Bram');
      expect(b).toMatchObject({
        lastName: '',
        jobTitle: null,
        department: null,
        site: null,
        region: null,
        photoUrl: null,
        intro: 'Ik werk achter de schermen.',
      });
      expect(b.personId).toBe(standIn);
      const list = await as(viewer).get('/api/v1/stories');
      const one = await as(viewer).get(`/api/v1/stories/${storyId}`);
      for (const author of [list.body.items.find((s: any) => s.id === storyId).author, one.body.author]) {
        expect(author).toEqual({ personId: standIn, firstName: 'Bram', lastName: '', jobTitle: null, photoUrl: null });
      }
      for (const text of [JSON.stringify(b), list.text, one.text])
        for (const secret of SECRETS()) expect(text, viewer.role).not.toContain(secret);
    }
    // Someone not behind the scenes is shown whole.
    const ana = (await as(dina).get('/api/v1/ambassadors')).body.items.find((x: any) => x.firstName === 'Ana');
    expect(ana).toMatchObject({ personId: ids.A1, lastName: 'Ferreira', jobTitle: 'Developer', department: 'IT' });
  });

  it('they see themselves whole', async () => {
    const me = (await as(bram).get('/api/v1/ambassadors')).body.items.find((x: any) => x.firstName === 'Bram');
    expect(me).toMatchObject({ personId: ids.B1, lastName: 'Peeters', jobTitle: 'Treasury analyst' });
    expect(me.photoUrl).toMatch(/^\/media\//);
    expect((await as(bram).get(`/api/v1/stories/${storyId}`)).body.author).toMatchObject({
      personId: ids.B1,
      lastName: 'Peeters',
      jobTitle: 'Treasury analyst',
    });
    expect((await as(bram).get(`/api/v1/stories?author=${ids.B1}`)).body.items.map((s: any) => s.id)).toEqual([storyId]);
  });

  it('searching or filtering the community for what is hidden does not find them', async () => {
    const names = async (query: string) => (await as(dina).get(`/api/v1/ambassadors?${query}`)).body.items.map((x: any) => x.firstName);
    expect(await names('q=peeters')).toEqual([]);
    expect(await names('q=bram@acme')).toEqual([]);
    expect(await names('q=bram')).toEqual(['Bram']);
    expect(await names('region=flanders')).toEqual([]);
    expect(await names('topic=onboarding')).toEqual(['Ana', 'Bram']);
  });

  it('the community search folds case and accents, takes wildcards literally, and finds them by first name only', async () => {
    const names = async (q: string) =>
      (await as(dina).get(`/api/v1/ambassadors?q=${encodeURIComponent(q)}`)).body.items.map((x: any) => x.firstName);
    expect(await names('FÉRR')).toEqual(['Ana']);
    expect(await names('  ana   ferreira ')).toEqual(['Ana']);
    expect(await names('BR')).toEqual(['Bram']);
    expect(await names('a')).toEqual(['Ana', 'Bram']);
    expect(await names('p')).toEqual([]); // Peeters, behind the scenes
    expect(await names('b_am')).toEqual([]);
    expect(await names('%')).toEqual([]);
    expect(await names(' ')).toEqual(['Ana', 'Bram']);
  });

  it('thanks and training completions show them by first name only', async () => {
    expect((await as(dina).post(`/api/v1/ambassadors/${standIn}/thanks`, { note: 'Dank je!', companyWide: true })).status).toBe(201);
    const shared = await as(dina).get('/api/v1/recognitions');
    expect(shared.body.items[0].to).toEqual({ personId: standIn, firstName: 'Bram', lastName: '' });
    for (const secret of SECRETS()) expect(shared.text).not.toContain(secret);
    // Bram reads his own thanks under his own name.
    expect((await as(bram).get('/api/v1/me/recognitions')).body.items.find((r: any) => r.kind === 'thanks').to).toMatchObject({
      personId: ids.B1,
      lastName: 'Peeters',
    });

    const training = await as(coordinator).post('/api/v1/resources', { kind: 'training', language: 'nl', title: 'Schrijven 101' });
    expect((await as(bram).put(`/api/v1/resources/${training.body.id}/done`)).status).toBe(204);
    const completion = await as(coordinator).get('/api/v1/resources/completion');
    expect(completion.body.trainings[0].completed).toEqual([expect.objectContaining({ personId: standIn, name: 'Bram' })]);
    for (const secret of SECRETS()) expect(completion.text).not.toContain(secret);
  });
});

describe('from the community to the directory', () => {
  it('the community leads colleagues to no directory record', async () => {
    for (const viewer of [dina, mia, coordinator])
      expect((await as(viewer).get(`/api/v1/people/${standIn}`)).status, viewer.role).toBe(404);
  });

  it('the directory id of someone behind the scenes finds nothing in the program, so it cannot tell who they are', async () => {
    expect((await as(dina).get(`/api/v1/stories?author=${ids.B1}`)).body.items).toEqual([]);
    expect((await as(dina).get(`/api/v1/stories?author=${standIn}`)).body.items.map((s: any) => s.id)).toEqual([storyId]);
    expect((await as(dina).post(`/api/v1/ambassadors/${ids.B1}/thanks`, { note: 'Wie ben jij?' })).status).toBe(404);
    // Someone not behind the scenes is found by their person id, as before.
    expect((await as(dina).post(`/api/v1/ambassadors/${ids.A1}/thanks`, { note: 'Dank je!' })).status).toBe(201);
  });

  it('the directory shows everyone the same card, with nothing of the program; HR keeps the full record', async () => {
    const card = (await as(dina).get(`/api/v1/people?q=B1`)).body.items[0];
    const page = await as(dina).get(`/api/v1/people/${ids.B1}`);
    expect(page.status).toBe(200);
    const { directReports, ...shown } = page.body;
    expect(directReports).toEqual([]);
    expect(shown).toEqual(card);
    expect(page.text).not.toMatch(/behind|ambassador|Achter de schermen/i);
    const hr = await as(admin).get(`/api/v1/people/${ids.B1}`);
    expect(hr.body).toMatchObject({
      firstName: 'Bram',
      lastName: 'Peeters',
      jobTitle: 'Treasury analyst',
      department: 'Finance',
      sensitive: false,
    });
  });
});
