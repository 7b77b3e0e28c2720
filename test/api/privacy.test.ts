import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let ana: TestUser;

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'priv');
  const admin = await makeUser(env.ctx, org.id, 'admin');
  await importPeople(env.app, admin.token, [{ number: 'A1', first: 'Ana', last: 'Privé', email: 'ana@priv.be' }]);
  ana = await makeUser(env.ctx, org.id, 'employee', { email: 'ana@priv.be' });
  const api = client(env.app, ana.token);
  await api.put('/api/v1/me/ambassador', { scope: 'external', intro: 'Hallo' });
  await api.post('/api/v1/me/stories', { title: 'Mijn verhaal', body: 'Tekst', language: 'nl', scope: 'external' });
  await api.post('/api/v1/me/moments/personal', {
    kind: 'child_birthday',
    firstName: 'Lena',
    day: 3,
    month: 9,
    audience: 'manager',
    consent: true,
    consentText: 'I agree to keep this date.',
  });
});
afterAll(() => env.close());

describe('my data', () => {
  it('exports everything about me as JSON', async () => {
    const res = await client(env.app, ana.token).get('/api/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.body.person.first_name).toBe('Ana');
    expect(res.body.stories[0].title).toBe('Mijn verhaal');
    expect(res.body.personalMoments[0].first_name).toBe('Lena');
    expect(res.body.account.email).toBe('ana@priv.be');
  });

  it('erases what I chose to give, and I am gone from the careers wall at once', async () => {
    expect((await client(env.app).get('/careers/priv')).text).toContain('Mijn verhaal');
    const res = await client(env.app, ana.token).delete('/api/v1/me/optional-data');
    expect(res.body.removed).toMatchObject({ stories: 1, ambassador: 1, personalMoments: 1 });
    expect((await client(env.app).get('/careers/priv')).text).not.toContain('Mijn verhaal');
    const after = await client(env.app, ana.token).get('/api/v1/me/export');
    expect(after.body.stories).toEqual([]);
    expect(after.body.person.first_name).toBe('Ana');
  });
});
