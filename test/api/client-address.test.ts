/**
 * The client's address and protocol are decided once for every route (platform/client-address.ts):
 * limits key on the visitor, not on a shared "unknown" bucket or on a header anyone can send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../../src/platform/client-address.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

let proxied: TestEnv;
let direct: TestEnv;
let ambassadorId: string;
const PASSWORD = 'een lange zin als wachtwoord';

beforeAll(async () => {
  proxied = await createTestEnv({ config: { trustProxy: parseTrustProxy('1') } });
  direct = await createTestEnv();
  const org = await makeOrg(proxied.ctx, 'proxied', 'Proxied NV');
  const admin = await makeUser(proxied.ctx, org.id, 'admin', { email: 'hr@proxied.be', password: PASSWORD });
  await importPeople(proxied.app, admin.token, [{ number: 'A1', first: 'Ann', last: 'Open', email: 'ann@proxied.be' }]);
  const ann = await makeUser(proxied.ctx, org.id, 'employee', { email: 'ann@proxied.be' });
  expect((await client(proxied.app, ann.token).put('/api/v1/me/ambassador', { scope: 'external' })).status).toBe(200);
  ambassadorId = (await client(proxied.app).get('/api/v1/public/orgs/proxied/ambassadors')).body.items[0].id;
  const dorg = await makeOrg(direct.ctx, 'direct', 'Direct NV');
  await makeUser(direct.ctx, dorg.id, 'admin', { email: 'hr@direct.be', password: PASSWORD });
});
afterAll(async () => {
  await proxied.close();
  await direct.close();
});

function askForm(ip: string, n: number) {
  const body = new URLSearchParams({
    ambassador: ambassadorId,
    name: 'Visitor',
    email: `v${n}@mail.example`,
    question: 'What is a day like?',
    t: 'x',
    website: '',
  });
  return proxied.app.request('/careers/proxied/ask', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
  });
}

describe('the client address behind a trusted proxy', () => {
  it('limits the HTML ask form per visitor: one visitor cannot switch it off for others', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await askForm('198.51.100.1', i)).status);
    expect(statuses.at(-1)).toBe(429);
    // Another visitor, behind the same proxy, still gets through.
    expect((await askForm('198.51.100.2', 100)).status).toBe(303);
  });

  it('makes the session cookie Secure when the request came over HTTPS', async () => {
    const res = await client(proxied.app, undefined, { 'x-forwarded-for': '198.51.100.3', 'x-forwarded-proto': 'https' }).post(
      '/api/v1/auth/sign-in',
      { email: 'hr@proxied.be', password: PASSWORD },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/embassy_session=[^,]*Secure/i);
    const plain = await client(proxied.app, undefined, { 'x-forwarded-for': '198.51.100.3', 'x-forwarded-proto': 'http' }).post(
      '/api/v1/auth/sign-in',
      { email: 'hr@proxied.be', password: PASSWORD },
    );
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/i);
  });
});

describe('without TRUST_PROXY', () => {
  it('ignores forwarding headers anyone can send', async () => {
    const res = await client(direct.app, undefined, { 'x-forwarded-for': '203.0.113.5', 'x-forwarded-proto': 'https' }).post(
      '/api/v1/auth/sign-in',
      { email: 'hr@direct.be', password: PASSWORD },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).not.toMatch(/Secure/i);
    const log = await direct.ctx.db.query<{ ip: string | null }>(
      `select ip from audit_log where action = 'auth.sign_in' order by id desc limit 1`,
    );
    expect(log[0].ip).not.toBe('203.0.113.5');
  });
});
