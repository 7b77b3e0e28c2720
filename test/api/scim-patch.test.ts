/**
 * SCIM PATCH as Microsoft Entra ID and Okta send it, verbatim (their documented requests, and the
 * known quirks: capitalised op names, "False" as a string, value objects without a path, the
 * manager as a bare id), and what active:false does to the person's access and end date.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeUser, type TestEnv } from '../helpers.ts';
import { orgWithAdmin, type Org } from '../factories.ts';
import { ENTERPRISE, ERROR, PATCH_OP, entraUser, scimClient, scimToken } from '../scim-client.ts';

let env: TestEnv;
let org: Org;
let scim: ReturnType<typeof scimClient>;

beforeAll(async () => {
  env = await createTestEnv();
  org = await orgWithAdmin(env);
  scim = scimClient(env, (await scimToken(env, org.admin.token)).token);
});
afterAll(() => env.close());

let n = 0;
async function newUser(extra: Record<string, unknown> = {}) {
  const res = await scim.post('/Users', entraUser(`p${++n}`, extra));
  expect(res.status).toBe(201);
  return res.body;
}
const patch = (id: string, Operations: unknown[], headers?: Record<string, string>) =>
  scim.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations }, headers);

/** A person's account with a session and an API token, linked to the person. */
async function accountOf(personId: string, email: string) {
  const user = await makeUser(env.ctx, org.id, 'employee', { email });
  await env.ctx.db.query('update users set person_id = $2 where id = $1', [user.id, personId]);
  await env.ctx.db.query(
    `insert into sessions (token_hash, user_id, org_id, csrf_token, created_at, last_seen_at, expires_at) values ($1, $2, $3, 'c', now(), now(), now() + interval '1 day')`,
    [crypto.randomUUID(), user.id, org.id],
  );
  return user;
}
async function accessOf(userId: string) {
  const [row] = await env.ctx.db.query<{ disabled: boolean; sessions: number; tokens: number }>(
    `select u.disabled_at is not null as disabled,
            (select count(*)::int from sessions s where s.user_id = u.id) as sessions,
            (select count(*)::int from api_tokens t where t.user_id = u.id and t.revoked_at is null) as tokens
       from users u where u.id = $1`,
    [userId],
  );
  return row;
}
const endDateOf = async (id: string) => (await client(env.app, org.admin.token).get(`/api/v1/people/${id}`)).body.endDate;

describe('Microsoft Entra ID', () => {
  it('updates multi-valued and single-valued attributes (its documented request)', async () => {
    const u = await newUser();
    const res = await patch(u.id, [
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@contoso.be' },
      { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.emails).toEqual([{ value: 'updatedemail@contoso.be', type: 'work', primary: true }]);
    expect(res.body.name.familyName).toBe('updatedFamilyName');
    const single = await patch(u.id, [{ op: 'Replace', path: 'userName', value: '5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com' }]);
    expect(single.body.userName).toBe('5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com');
    const p = (await client(env.app, org.admin.token).get(`/api/v1/people/${u.id}`)).body;
    expect(p).toMatchObject({ workEmail: 'updatedemail@contoso.be', lastName: 'updatedFamilyName' });
  });

  it('adds a work email that does not exist yet through a value path', async () => {
    const u = await newUser({ emails: [] });
    expect(u.emails).toBeUndefined();
    const res = await patch(u.id, [{ op: 'Add', path: 'emails[type eq "work"].value', value: 'new.mail@contoso.be' }]);
    expect(res.body.emails).toEqual([{ value: 'new.mail@contoso.be', type: 'work', primary: true }]);
  });

  it('disables with "False" as a string, and with a value object without a path', async () => {
    const a = await newUser();
    const res = await patch(a.id, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    const b = await newUser();
    const res2 = await patch(b.id, [{ op: 'Replace', value: { active: 'False' } }]);
    expect(res2.body.active).toBe(false);
    const c = await newUser();
    const res3 = await patch(c.id, [{ op: 'Replace', path: 'active', value: false }]);
    expect(res3.body.active).toBe(false);
  });

  it('sets enterprise attributes by their URN path, the manager as a bare id, and removes the manager', async () => {
    const boss = await newUser();
    const u = await newUser();
    const res = await patch(u.id, [
      { op: 'Add', path: `${ENTERPRISE}:employeeNumber`, value: '701984' },
      { op: 'Add', path: `${ENTERPRISE}:department`, value: 'Tour Operations' },
      { op: 'Add', path: `${ENTERPRISE}:manager`, value: boss.id },
      { op: 'Add', path: 'title', value: 'Tour Lead' },
      { op: 'Add', path: 'preferredLanguage', value: 'fr-BE' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body[ENTERPRISE]).toMatchObject({ employeeNumber: '701984', department: 'Tour Operations', manager: { value: boss.id } });
    expect(res.body).toMatchObject({ title: 'Tour Lead', preferredLanguage: 'fr-BE' });
    const p = (await client(env.app, org.admin.token).get(`/api/v1/people/${u.id}`)).body;
    expect(p).toMatchObject({ employeeNumber: '701984', department: 'Tour Operations', language: 'fr' });
    const removed = await patch(u.id, [{ op: 'Remove', path: `${ENTERPRISE}:manager`, value: [{ value: boss.id }] }]);
    expect(removed.body[ENTERPRISE].manager).toBeUndefined();
  });

  it('accepts dotted and URN-qualified keys in a value object (its older, non-compliant shape)', async () => {
    const u = await newUser();
    const res = await patch(u.id, [
      {
        op: 'Replace',
        value: { 'name.givenName': 'Piet', displayName: 'Piet Peeters', [`${ENTERPRISE}:department`]: 'Legal', title: 'Counsel' },
      },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.name.givenName).toBe('Piet');
    expect(res.body.title).toBe('Counsel');
    expect(res.body[ENTERPRISE].department).toBe('Legal');
  });

  it('refuses what it cannot apply, in SCIM format naming the problem', async () => {
    const u = await newUser();
    const bad = async (ops: unknown[], scimType: string) => {
      const res = await patch(u.id, ops);
      expect(res.status).toBe(400);
      expect(res.body.schemas).toEqual([ERROR]);
      expect(res.body.scimType).toBe(scimType);
      return res;
    };
    await bad([{ op: 'Frobnicate', path: 'title', value: 'x' }], 'invalidSyntax');
    await bad([{ op: 'Replace', path: 'active', value: 'Nope' }], 'invalidValue');
    await bad([{ op: 'Replace', path: 'emails[type eq "work"', value: 'x' }], 'invalidPath');
    await bad([{ op: 'Remove' }], 'noTarget');
    await bad([{ op: 'Replace', path: 'id', value: crypto.randomUUID() }], 'mutability');
    const res = await bad([{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'no-at-sign' }], 'invalidValue');
    expect(res.body.detail).toContain('emails[type eq "work"].value');
    const missing = await scim.patch(`/Users/${u.id}`, { Operations: [{ op: 'replace', path: 'title', value: 'x' }] });
    expect(missing.body.scimType).toBe('invalidSyntax');
  });

  it('honours If-Match: a stale version answers 412 and changes nothing', async () => {
    const u = await newUser();
    const stale = await patch(u.id, [{ op: 'Replace', path: 'title', value: 'Old' }], { 'if-match': 'W/"stale"' });
    expect(stale.status).toBe(412);
    expect(stale.body.scimType).toBeUndefined();
    expect((await scim.get(`/Users/${u.id}`)).body.title).toBe('Engineer');
    const ok = await patch(u.id, [{ op: 'Replace', path: 'title', value: 'New' }], { 'if-match': u.meta.version });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe(ok.body.meta.version);
    expect(ok.body.meta.version).not.toBe(u.meta.version);
  });
});

describe('Okta', () => {
  it('deactivates with {op: "replace", value: {active: false}} and reactivates with active: true', async () => {
    const u = await newUser({ emails: [{ primary: true, value: 'okta.user@contoso.be', type: 'work' }] });
    const account = await accountOf(u.id, 'okta.user@contoso.be');
    expect(await accessOf(account.id)).toEqual({ disabled: false, sessions: 1, tokens: 1 });
    const off = await patch(u.id, [{ op: 'replace', value: { active: false } }]);
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    // Access ends at once; the end date is today (the organisation's day), so offboarding starts.
    expect(await accessOf(account.id)).toEqual({ disabled: true, sessions: 0, tokens: 0 });
    expect((await client(env.app, account.token).get('/api/v1/me')).status).toBe(401);
    expect(await endDateOf(u.id)).toBe('2026-11-26');
    const [audit] = await env.ctx.db.query<{ details: any }>(
      `select details from audit_log where org_id = $1 and target_id = $2 and action = 'scim.users.patch' order by id desc limit 1`,
      [org.id, u.id],
    );
    expect(audit.details).toMatchObject({ active: false, accessEnded: 1 });
    // History kept: the person is still in the directory.
    expect((await client(env.app, org.admin.token).get(`/api/v1/people/${u.id}`)).status).toBe(200);

    const on = await patch(u.id, [{ op: 'replace', value: { active: true } }]);
    expect(on.body.active).toBe(true);
    expect(await endDateOf(u.id)).toBeNull();
    // Accounts stay disabled until an admin enables them.
    expect((await accessOf(account.id)).disabled).toBe(true);
  });

  it('replaces the full object with PUT, as Okta updates a profile, and deactivates through it', async () => {
    const u = await newUser();
    const body = {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      id: u.id,
      userName: u.userName,
      name: { givenName: 'Another', familyName: 'User' },
      emails: [{ primary: true, value: u.userName, type: 'work' }],
      displayName: 'Another User',
      locale: 'en-US',
      groups: [],
      password: 'ignored-1!',
      active: true,
      meta: { resourceType: 'User' },
    };
    const put = await scim.put(`/Users/${u.id}`, body);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: { givenName: 'Another', familyName: 'User' }, active: true });
    expect(put.body.title).toBeUndefined();
    expect(put.body[ENTERPRISE].employeeNumber).toBe(u[ENTERPRISE].employeeNumber);
    const off = await scim.put(`/Users/${u.id}`, { ...body, active: false });
    expect(off.body.active).toBe(false);
    expect(await endDateOf(u.id)).toBe('2026-11-26');
  });
});

describe('end dates', () => {
  it('keeps an earlier end date HR set; active:true never clears an end date SCIM did not set', async () => {
    const u = await newUser();
    const csv = `employee_number;first_name;last_name;end_date\n${u[ENTERPRISE].employeeNumber};Jan;Peeters;2026-10-31\n`;
    expect((await client(env.app, org.admin.token).post('/api/v1/people/import', csv, { 'content-type': 'text/csv' })).status).toBe(200);
    expect((await scim.get(`/Users/${u.id}`)).body.active).toBe(false);
    await patch(u.id, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(await endDateOf(u.id)).toBe('2026-10-31');
    await patch(u.id, [{ op: 'Replace', path: 'active', value: 'True' }]);
    expect(await endDateOf(u.id)).toBe('2026-10-31');
  });

  it('ends the access of a person already past an end date HR set when active:false arrives', async () => {
    const u = await newUser({ emails: [{ primary: true, value: 'past.hr@contoso.be', type: 'work' }] });
    const account = await accountOf(u.id, 'past.hr@contoso.be');
    const csv = `employee_number;first_name;last_name;work_email;end_date\n${u[ENTERPRISE].employeeNumber};Jan;Peeters;past.hr@contoso.be;2026-10-31\n`;
    expect((await client(env.app, org.admin.token).post('/api/v1/people/import', csv, { 'content-type': 'text/csv' })).status).toBe(200);
    expect((await scim.get(`/Users/${u.id}`)).body.active).toBe(false);
    // A PATCH of another attribute says nothing about active: access stays as it is.
    await patch(u.id, [{ op: 'Replace', path: 'title', value: 'Gone' }]);
    expect(await accessOf(account.id)).toEqual({ disabled: false, sessions: 1, tokens: 1 });
    // active:false, although SCIM already shows the person inactive, ends access at once.
    const off = await patch(u.id, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect(await accessOf(account.id)).toEqual({ disabled: true, sessions: 0, tokens: 0 });
    expect((await client(env.app, account.token).get('/api/v1/me')).status).toBe(401);
    expect(await endDateOf(u.id)).toBe('2026-10-31');
    const [audit] = await env.ctx.db.query<{ details: any }>(
      `select details from audit_log where org_id = $1 and target_id = $2 and action = 'scim.users.patch' order by id desc limit 1`,
      [org.id, u.id],
    );
    expect(audit.details).toMatchObject({ active: false, accessEnded: 1 });
    // HR's end date survives SCIM's active:true.
    await patch(u.id, [{ op: 'Replace', value: { active: true } }]);
    expect(await endDateOf(u.id)).toBe('2026-10-31');
  });

  it('lets an end date the import states later take over from the one SCIM set', async () => {
    const u = await newUser();
    await patch(u.id, [{ op: 'Replace', path: 'active', value: 'False' }]);
    const csv = (end: string) => `employee_number;first_name;last_name;end_date\n${u[ENTERPRISE].employeeNumber};Jan;Peeters;${end}\n`;
    // HR clears the end date: the person is back, for SCIM too.
    await client(env.app, org.admin.token).post('/api/v1/people/import', csv(''), { 'content-type': 'text/csv' });
    expect((await scim.get(`/Users/${u.id}`)).body.active).toBe(true);
    // HR sets one; SCIM's active:false then active:true leaves HR's date alone.
    await client(env.app, org.admin.token).post('/api/v1/people/import', csv('2026-10-31'), { 'content-type': 'text/csv' });
    await patch(u.id, [{ op: 'Replace', path: 'active', value: 'False' }]);
    await patch(u.id, [{ op: 'Replace', path: 'active', value: 'True' }]);
    expect(await endDateOf(u.id)).toBe('2026-10-31');
  });

  it('sets a later end date to today, and a PATCH of another attribute never touches the end date', async () => {
    const u = await newUser();
    const csv = `employee_number;first_name;last_name;end_date\n${u[ENTERPRISE].employeeNumber};Jan;Peeters;2027-06-30\n`;
    await client(env.app, org.admin.token).post('/api/v1/people/import', csv, { 'content-type': 'text/csv' });
    await patch(u.id, [{ op: 'Replace', path: 'title', value: 'Still here' }]);
    expect(await endDateOf(u.id)).toBe('2027-06-30');
    await patch(u.id, [{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(await endDateOf(u.id)).toBe('2026-11-26');
  });
});
