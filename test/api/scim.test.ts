/**
 * SCIM 2.0 conformance (RFC 7643, 7644) at /scim/v2, against the real app and database: tokens,
 * discovery, create, read, list with filters and paging, replace, delete, ETags, errors in SCIM's
 * format, tenancy, and SCIM and the CSV import meeting on the same person.
 * (PATCH shapes of Entra ID and Okta: scim-patch.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv } from '../helpers.ts';
import { orgWithAdmin, person, type Org } from '../factories.ts';
import { authenticateScimToken } from '../../src/modules/scim/scim.tokens.service.ts';
import { ENTERPRISE, ERROR, entraUser, scimClient, scimToken } from '../scim-client.ts';

let env: TestEnv;
let org: Org;
let token: string;
let scim: ReturnType<typeof scimClient>;

beforeAll(async () => {
  env = await createTestEnv();
  org = await orgWithAdmin(env);
  token = (await scimToken(env, org.admin.token)).token;
  scim = scimClient(env, token);
});
afterAll(() => env.close());

const expectError = (res: { status: number; body: any; headers: Headers }, status: number, scimType?: string) => {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/scim+json');
  expect(res.body.schemas).toEqual([ERROR]);
  expect(res.body.status).toBe(String(status));
  if (scimType) expect(res.body.scimType).toBe(scimType);
  else expect(res.body.scimType).toBeUndefined();
  expect(typeof res.body.detail).toBe('string');
};

describe('SCIM tokens (/api/v1/scim/tokens)', () => {
  it('are created by an admin, shown once, listed without the secret, audited, and revoked', async () => {
    const api = client(env.app, org.admin.token);
    const created = await api.post('/api/v1/scim/tokens', { name: 'Okta' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^scim_[A-Za-z0-9_-]{40,}$/);
    expect(created.body.token.startsWith(created.body.prefix)).toBe(true);
    const list = await api.get('/api/v1/scim/tokens');
    const listed = list.body.items.find((t: any) => t.id === created.body.id);
    expect(listed).toMatchObject({ name: 'Okta', createdBy: org.admin.email, lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    const [stored] = await env.ctx.db.query<{ token_hash: string }>('select token_hash from scim_tokens where id = $1', [created.body.id]);
    expect(stored.token_hash).not.toContain(created.body.token);

    const okta = scimClient(env, created.body.token);
    expect((await okta.get('/Users')).status).toBe(200);
    expect((await api.get('/api/v1/scim/tokens')).body.items.find((t: any) => t.id === created.body.id).lastUsedAt).not.toBeNull();

    expect((await api.delete(`/api/v1/scim/tokens/${created.body.id}`)).status).toBe(204);
    expectError(await okta.get('/Users'), 401);
    const audit = await env.ctx.db.query<{ action: string }>(
      `select action from audit_log where org_id = $1 and target_id = $2 order by id`,
      [org.id, created.body.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['scim.tokens.create', 'scim.tokens.revoke']);
  });

  it('are for admins only', async () => {
    for (const role of ['coordinator', 'manager', 'employee'] as const) {
      const api = client(env.app, (await makeUser(env.ctx, org.id, role)).token);
      expect((await api.get('/api/v1/scim/tokens')).status).toBe(403);
      expect((await api.post('/api/v1/scim/tokens', { name: 'x' })).status).toBe(403);
      const [{ id }] = await env.ctx.db.query<{ id: string }>('select id from scim_tokens where org_id = $1 limit 1', [org.id]);
      expect((await api.delete(`/api/v1/scim/tokens/${id}`)).status).toBe(403);
    }
    expect((await client(env.app).get('/api/v1/scim/tokens')).status).toBe(401);
  });

  it("of another organisation answer 404 and never list, revoke or see the other's", async () => {
    const other = await orgWithAdmin(env);
    const theirs = await scimToken(env, other.admin.token);
    const api = client(env.app, org.admin.token);
    expect((await api.delete(`/api/v1/scim/tokens/${theirs.id}`)).status).toBe(404);
    expect((await api.get('/api/v1/scim/tokens')).body.items.map((t: any) => t.id)).not.toContain(theirs.id);
    expect((await scimClient(env, theirs.token).get('/Users')).status).toBe(200);
  });
});

describe('authentication', () => {
  it('refuses a request without a token, with a wrong one, or with an API token, in SCIM format', async () => {
    const none = await scimClient(env, null).get('/Users');
    expectError(none, 401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectError(await scimClient(env, 'scim_wrong').get('/Users'), 401);
    expectError(await scimClient(env, org.admin.token).get('/Users'), 401);
  });

  it('limits the requests of each token per window, then lets it go on', async () => {
    const t = await scimToken(env, org.admin.token, 'limited');
    const limit = { max: 2, windowSeconds: 60 };
    env.clock.advance(60_000 - (env.clock.now().getTime() % 60_000));
    expect(await authenticateScimToken(env.ctx, t.token, limit)).toMatchObject({ tokenId: t.id, orgId: org.id });
    expect(await authenticateScimToken(env.ctx, t.token, limit)).not.toBeNull();
    await expect(authenticateScimToken(env.ctx, t.token, limit)).rejects.toMatchObject({ status: 429, headers: { 'Retry-After': '60' } });
    env.clock.advance(60_000);
    expect(await authenticateScimToken(env.ctx, t.token, limit)).not.toBeNull();
    expect(await authenticateScimToken(env.ctx, 'scim_unknown', limit)).toBeNull();
  });

  it("never shows one organisation's users to another's token", async () => {
    const created = await scim.post('/Users', entraUser('tenant1'));
    expect(created.status).toBe(201);
    const other = await orgWithAdmin(env);
    const theirs = scimClient(env, (await scimToken(env, other.admin.token)).token);
    expectError(await theirs.get(`/Users/${created.body.id}`), 404);
    expectError(await theirs.put(`/Users/${created.body.id}`, entraUser('tenant1')), 404);
    expectError(
      await theirs.patch(`/Users/${created.body.id}`, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'active', value: false }],
      }),
      404,
    );
    expectError(await theirs.delete(`/Users/${created.body.id}`), 404);
    const list = await theirs.get(`/Users?filter=${encodeURIComponent('userName eq "usertenant1@contoso.be"')}`);
    expect(list.body.totalResults).toBe(0);
    expect((await theirs.get('/Users')).body.Resources.map((r: any) => r.id)).not.toContain(created.body.id);
    // The same employee number in the other organisation is another person there, not this one.
    const mirrored = await theirs.post('/Users', entraUser('tenant1'));
    expect(mirrored.status).toBe(201);
    expect(mirrored.body.id).not.toBe(created.body.id);
    expect((await scim.get(`/Users/${created.body.id}`)).body.active).toBe(true);
  });
});

describe('discovery', () => {
  it('describes the service provider, the schemas and the User resource type', async () => {
    const spc = await scim.get('/ServiceProviderConfig');
    expect(spc.status).toBe(200);
    expect(spc.body).toMatchObject({
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: true },
      authenticationSchemes: [{ type: 'oauthbearertoken' }],
    });
    const types = await scim.get('/ResourceTypes');
    expect(types.body.Resources[0]).toMatchObject({ id: 'User', endpoint: '/Users', schemaExtensions: [{ schema: ENTERPRISE }] });
    const schemas = await scim.get('/Schemas');
    expect(schemas.body.Resources.map((s: any) => s.id)).toEqual([
      'urn:ietf:params:scim:schemas:core:2.0:User',
      ENTERPRISE,
      'urn:ietf:params:scim:schemas:core:2.0:Group',
    ]);
    const user = await scim.get('/Schemas/urn:ietf:params:scim:schemas:core:2.0:User');
    expect(user.body.attributes.map((a: any) => a.name)).toContain('userName');
    expect(types.body.Resources.map((r: any) => r.id)).toEqual(['User', 'Group']);
  });
});

describe('groups (departments, read-only)', () => {
  it('lists each department as a group with its people, filters by displayName, and refuses writes', async () => {
    const o = await orgWithAdmin(env);
    const s = scimClient(env, (await scimToken(env, o.admin.token)).token);
    const ann = await s.post('/Users', entraUser('g1', { [ENTERPRISE]: { employeeNumber: 'G1', department: 'Finance' } }));
    const bob = await s.post('/Users', entraUser('g2', { [ENTERPRISE]: { employeeNumber: 'G2', department: 'Finance' } }));
    await s.post('/Users', entraUser('g3', { [ENTERPRISE]: { employeeNumber: 'G3', department: 'Legal' } }));
    const all = await s.get('/Groups');
    expect(all.body.totalResults).toBe(2);
    expect(all.body.Resources.map((g: any) => g.displayName)).toEqual(['Finance', 'Legal']);
    const finance = all.body.Resources[0];
    expect(finance.schemas).toEqual(['urn:ietf:params:scim:schemas:core:2.0:Group']);
    expect(finance.members.map((m: any) => m.value).sort()).toEqual([ann.body.id, bob.body.id].sort());
    const one = await s.get(`/Groups/${finance.id}`);
    expect(one.body).toMatchObject({ id: finance.id, displayName: 'Finance', meta: { resourceType: 'Group' } });
    const filtered = await s.get(`/Groups?filter=${encodeURIComponent('displayName eq "legal"')}&excludedAttributes=members`);
    expect(filtered.body.Resources).toHaveLength(1);
    expect(filtered.body.Resources[0].members).toBeUndefined();
    expectError(await s.get(`/Groups?filter=${encodeURIComponent('members.value eq "x"')}`), 400, 'invalidFilter');
    expectError(await s.post('/Groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'New' }), 501);
    expectError(
      await s.patch(`/Groups/${finance.id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [] }),
      501,
    );
    expectError(await s.get('/Groups/bm9wZQ'), 404);
    // Another organisation never sees these people in a group, even one of the same name.
    const theirs = scimClient(env, (await scimToken(env, org.admin.token)).token);
    const same = await theirs.get(`/Groups/${finance.id}`);
    expect(JSON.stringify(same.body)).not.toContain(ann.body.id);
    // Leaving the department (DELETE) leaves the group.
    await s.delete(`/Users/${ann.body.id}`);
    expect((await s.get(`/Groups/${finance.id}`)).body.members.map((m: any) => m.value)).toEqual([bob.body.id]);
  });
});

describe('create and read', () => {
  it('creates a person from an Entra user: 201, Location, ETag, every mapped attribute', async () => {
    const res = await scim.post(
      '/Users',
      entraUser('100', { addresses: [{ type: 'work', locality: 'Leuven', country: 'BE' }], preferredLanguage: 'fr-BE' }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`http://embassy.test/scim/v2/Users/${res.body.id}`);
    expect(res.headers.get('etag')).toBe(res.body.meta.version);
    expect(res.body.meta.version).toMatch(/^W\/".+"$/);
    expect(res.body).toMatchObject({
      externalId: 'ext-100',
      userName: 'user100@contoso.be',
      name: { givenName: 'Jan', familyName: 'Peeters100', formatted: 'Jan Peeters100' },
      title: 'Engineer',
      preferredLanguage: 'fr-BE',
      active: true,
      emails: [{ value: 'user100@contoso.be', type: 'work', primary: true }],
      addresses: [{ type: 'work', locality: 'Leuven' }],
      [ENTERPRISE]: { employeeNumber: 'E100', department: 'Engineering' },
      meta: { resourceType: 'User', location: res.headers.get('location') },
    });
    // The person in the directory, as the app shows them.
    const p = (await client(env.app, org.admin.token).get(`/api/v1/people/${res.body.id}`)).body;
    expect(p).toMatchObject({ employeeNumber: 'E100', firstName: 'Jan', lastName: 'Peeters100', workEmail: 'user100@contoso.be' });
    expect(p).toMatchObject({ department: 'Engineering', jobTitle: 'Engineer', language: 'fr' });
    const [site] = await env.ctx.db.query<{ name: string }>(
      'select s.name from people p join sites s on s.id = p.site_id where p.id = $1',
      [res.body.id],
    );
    expect(site.name).toBe('Leuven');

    const got = await scim.get(`/Users/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(res.body);
    expect((await scim.get(`/Users/${res.body.id}`, { 'if-none-match': res.body.meta.version })).status).toBe(304);
    const [audit] = await env.ctx.db.query<{ action: string; actor_label: string }>(
      `select action, actor_label from audit_log where org_id = $1 and target_id = $2`,
      [org.id, res.body.id],
    );
    expect(audit.action).toBe('scim.users.create');
    expect(audit.actor_label).toMatch(/^SCIM: Entra ID/);
  });

  it('uses the externalId as the employee number when there is none, and refuses a user with neither', async () => {
    const u = entraUser('101');
    delete (u as any)[ENTERPRISE];
    const res = await scim.post('/Users', u);
    expect(res.status).toBe(201);
    expect(res.body[ENTERPRISE].employeeNumber).toBe('ext-101');
    delete (u as any).externalId;
    u.userName = 'other101@contoso.be';
    const refused = await scim.post('/Users', u);
    expectError(refused, 400, 'invalidValue');
    expect(refused.body.detail).toContain('employeeNumber');
  });

  it('answers 409 uniqueness for a userName, externalId or employee number that exists, and 400 naming the attribute', async () => {
    await scim.post('/Users', entraUser('102'));
    expectError(await scim.post('/Users', entraUser('102')), 409, 'uniqueness');
    expectError(await scim.post('/Users', { ...entraUser('103'), userName: 'USER102@contoso.be' }), 409, 'uniqueness');
    expectError(await scim.post('/Users', { ...entraUser('104'), externalId: 'ext-102' }), 409, 'uniqueness');
    const sameEmail = await scim.post('/Users', { ...entraUser('105'), emails: [{ type: 'work', value: 'user102@contoso.be' }] });
    expectError(sameEmail, 409, 'uniqueness');
    const badEmail = await scim.post('/Users', { ...entraUser('106'), emails: [{ type: 'work', value: 'not-an-address' }] });
    expectError(badEmail, 400, 'invalidValue');
    expect(badEmail.body.detail).toContain('emails[type eq "work"].value');
    const badLanguage = await scim.post('/Users', { ...entraUser('107'), preferredLanguage: 'xx-XX' });
    expectError(badLanguage, 400, 'invalidValue');
    expect(badLanguage.body.detail).toContain('preferredLanguage');
    const noUserName = await scim.post('/Users', { ...entraUser('108'), userName: undefined });
    expectError(noUserName, 400, 'invalidValue');
    expect(noUserName.body.detail).toContain('userName');
    expectError(await scim.post('/Users', { ...entraUser('109'), active: 'maybe' }), 400, 'invalidValue');
    expectError(await scim.post('/Users', '{not json'), 400, 'invalidSyntax');
    expectError(await scim.get('/Users/00000000-0000-0000-0000-000000000000'), 404);
    expectError(await scim.get('/Users/not-a-uuid'), 404);
  });

  it('sets the manager from the SCIM id of another user, and refuses an unknown one', async () => {
    const boss = await scim.post('/Users', entraUser('110'));
    const res = await scim.post('/Users', entraUser('111', { [ENTERPRISE]: { employeeNumber: 'E111', manager: { value: boss.body.id } } }));
    expect(res.status).toBe(201);
    expect(res.body[ENTERPRISE].manager.value).toBe(boss.body.id);
    const p = (await client(env.app, org.admin.token).get(`/api/v1/people/${res.body.id}`)).body;
    expect(p.manager?.id ?? p.managerId).toBe(boss.body.id);
    const unknown = await scim.post(
      '/Users',
      entraUser('112', { [ENTERPRISE]: { employeeNumber: 'E112', manager: { value: '00000000-0000-0000-0000-000000000000' } } }),
    );
    expectError(unknown, 400, 'invalidValue');
    expect(unknown.body.detail).toContain('manager');
  });
});

describe('SCIM and the CSV import', () => {
  it('meet on the same person: a POST with the employee number of an imported person links and updates them', async () => {
    const imported = await person(env, org, { number: 'CSV-1', first: 'Els', last: 'Claes', email: 'els.claes@contoso.be' });
    const res = await scim.post(
      '/Users',
      entraUser('csv1', {
        userName: 'els.claes@contoso.be',
        emails: [{ type: 'work', value: 'els.claes@contoso.be', primary: true }],
        name: { givenName: 'Els', familyName: 'Claes-Peeters' },
        [ENTERPRISE]: { employeeNumber: 'CSV-1', department: 'Finance' },
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.id).toBe(imported.personId);
    const [{ n }] = await env.ctx.db.query<{ n: number }>(
      `select count(*)::int as n from people where org_id = $1 and employee_number = 'CSV-1'`,
      [org.id],
    );
    expect(n).toBe(1);
    const p = (await client(env.app, org.admin.token).get(`/api/v1/people/${imported.personId}`)).body;
    expect(p).toMatchObject({ lastName: 'Claes-Peeters', department: 'Finance' });

    // The import later changes the same person; SCIM sees it, and the SCIM identity stays.
    const csv = 'employee_number;first_name;last_name;job_title\nCSV-1;Els;Claes-Peeters;Controller\n';
    expect((await client(env.app, org.admin.token).post('/api/v1/people/import', csv, { 'content-type': 'text/csv' })).status).toBe(200);
    const again = await scim.get(`/Users/${imported.personId}`);
    expect(again.body).toMatchObject({ title: 'Controller', userName: 'els.claes@contoso.be', externalId: 'ext-csv1' });
  });

  it('are found by userName before SCIM ever wrote them (their work email), and a second link is refused', async () => {
    const imported = await person(env, org, { number: 'CSV-2', first: 'Wim', last: 'Wouters', email: 'wim@contoso.be' });
    const found = await scim.get(`/Users?filter=${encodeURIComponent('userName eq "WIM@contoso.be"')}`);
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0].id).toBe(imported.personId);
    const first = await scim.post(
      '/Users',
      entraUser('csv2', {
        userName: 'wim@contoso.be',
        emails: [{ type: 'work', value: 'wim@contoso.be' }],
        [ENTERPRISE]: { employeeNumber: 'CSV-2' },
      }),
    );
    expect(first.status).toBe(201);
    expect(first.body.id).toBe(imported.personId);
    const second = await scim.post('/Users', entraUser('csv2b', { [ENTERPRISE]: { employeeNumber: 'CSV-2' } }));
    expectError(second, 409, 'uniqueness');
  });
});

describe('list', () => {
  let ids: string[];
  let lister: ReturnType<typeof scimClient>;
  beforeAll(async () => {
    const o = await orgWithAdmin(env);
    lister = scimClient(env, (await scimToken(env, o.admin.token)).token);
    ids = [];
    for (let i = 1; i <= 7; i++) {
      env.clock.advance(1000);
      const res = await lister.post(
        '/Users',
        entraUser(`L${i}`, {
          title: i % 2 ? 'Engineer' : 'Designer',
          [ENTERPRISE]: { employeeNumber: `L${i}`, department: i <= 3 ? 'Sales' : 'IT' },
        }),
      );
      ids.push(res.body.id);
    }
  });
  const q = (filter: string, extra = '') => lister.get(`/Users?filter=${encodeURIComponent(filter)}${extra}`);
  const found = async (filter: string) => {
    const res = await q(filter);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.Resources.map((r: any) => ids.indexOf(r.id) + 1).sort();
  };

  it('pages with startIndex and count (1-based) and gives the total', async () => {
    const page = await lister.get('/Users?startIndex=3&count=2');
    expect(page.body).toMatchObject({ totalResults: 7, startIndex: 3, itemsPerPage: 2 });
    expect(page.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:ListResponse']);
    expect(page.body.Resources.map((r: any) => r.id)).toEqual(ids.slice(2, 4));
    const beyond = await lister.get('/Users?startIndex=50&count=2');
    expect(beyond.body).toMatchObject({ totalResults: 7, itemsPerPage: 0, Resources: [] });
    const countOnly = await lister.get('/Users?count=0');
    expect(countOnly.body).toMatchObject({ totalResults: 7, Resources: [] });
    expectError(await lister.get('/Users?count=many'), 400, 'invalidValue');
  });

  it('filters with eq, co, sw, ew, pr, ne, and, or, not and parentheses, and and binds tighter than or', async () => {
    expect(await found('userName eq "USERL2@CONTOSO.BE"')).toEqual([2]);
    expect(await found('externalId eq "ext-L3"')).toEqual([3]);
    expect(await found('externalId eq "EXT-L3"')).toEqual([]);
    expect(await found('userName co "l4@"')).toEqual([4]);
    expect(await found('userName sw "userL1"')).toEqual([1]);
    expect(await found('emails.value ew "l5@contoso.be"')).toEqual([5]);
    expect(await found('emails[type eq "work" and value eq "userL6@contoso.be"]')).toEqual([6]);
    expect(await found(`urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "L7"`)).toEqual([7]);
    expect(await found('title eq "Designer"')).toEqual([2, 4, 6]);
    expect(await found('title ne "Designer" and department eq "Sales"')).toEqual([1, 3]);
    // and before or: (Sales and Designer) or L7
    expect(await found('department eq "Sales" and title eq "Designer" or employeeNumber eq "L7"')).toEqual([2, 7]);
    expect(await found('department eq "Sales" and (title eq "Designer" or employeeNumber eq "L7")')).toEqual([2]);
    expect(await found('not (department eq "Sales") and title pr')).toEqual([4, 5, 6, 7]);
    expect(await found('active eq true and name.givenName eq "jan" and name.familyName sw "PeetersL1"')).toEqual([1]);
    expect(await found(`meta.created gt "2000-01-01T00:00:00Z" and id eq "${ids[0]}"`)).toEqual([1]);
  });

  it('refuses a filter it cannot read, naming the problem, with scimType invalidFilter', async () => {
    for (const bad of [
      'userName eq',
      'nickName eq "x"',
      'userName xx "a"',
      '(userName eq "a"',
      'userName eq "a" and',
      'groups[value eq "x"]',
    ]) {
      const res = await q(bad);
      expectError(res, 400, 'invalidFilter');
    }
  });

  it('returns only the asked attributes, or all but the excluded ones', async () => {
    const only = await lister.get(`/Users?attributes=userName&count=1`);
    expect(Object.keys(only.body.Resources[0]).sort()).toEqual(['id', 'schemas', 'userName']);
    const without = await lister.get(`/Users?excludedAttributes=emails,${ENTERPRISE}&count=1`);
    expect(without.body.Resources[0].emails).toBeUndefined();
    expect(without.body.Resources[0][ENTERPRISE]).toBeUndefined();
    expect(without.body.Resources[0].userName).toBeDefined();
  });

  it('answers POST /Users/.search like GET', async () => {
    const res = await lister.post('/Users/.search', {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
      filter: 'title eq "Designer"',
      count: 2,
    });
    expect(res.body).toMatchObject({ totalResults: 3, itemsPerPage: 2 });
  });
});

describe('replace, ETags and delete', () => {
  it('replaces with PUT (absent attributes cleared, the employee number kept) and refuses a stale If-Match with 412', async () => {
    const created = await scim.post('/Users', entraUser('200', { title: 'Analyst' }));
    const etag = created.body.meta.version;
    const body = { ...entraUser('200'), name: { givenName: 'Janneke', familyName: 'Peeters200' } } as any;
    delete body.title;
    delete body[ENTERPRISE];
    const put = await scim.put(`/Users/${created.body.id}`, body, { 'if-match': etag });
    expect(put.status).toBe(200);
    expect(put.body.name.givenName).toBe('Janneke');
    expect(put.body.title).toBeUndefined();
    expect(put.body[ENTERPRISE].employeeNumber).toBe('E200');
    expect(put.headers.get('etag')).not.toBe(etag);
    const stale = await scim.put(`/Users/${created.body.id}`, entraUser('200'), { 'if-match': etag });
    expectError(stale, 412);
    expect((await scim.get(`/Users/${created.body.id}`)).body.name.givenName).toBe('Janneke');
    const fresh = await scim.put(`/Users/${created.body.id}`, entraUser('200'), { 'if-match': put.headers.get('etag')! });
    expect(fresh.status).toBe(200);
  });

  it('DELETE ends the person (end date, access) and keeps their history; the user is gone from SCIM', async () => {
    const created = await scim.post('/Users', entraUser('300', { emails: [{ type: 'work', value: 'leaver300@contoso.be' }] }));
    const account = await makeUser(env.ctx, org.id, 'employee', { email: 'leaver300@contoso.be' });
    const api = client(env.app, org.admin.token);
    // linked to the person by work email, as after an import
    await env.ctx.db.query(`update users set person_id = $2 where id = $1`, [account.id, created.body.id]);
    expect((await client(env.app, account.token).get('/api/v1/me')).status).toBe(200);

    const del = await scim.delete(`/Users/${created.body.id}`);
    expect(del.status).toBe(204);
    expectError(await scim.get(`/Users/${created.body.id}`), 404);
    expectError(await scim.delete(`/Users/${created.body.id}`), 404);
    expect((await scim.get(`/Users?filter=${encodeURIComponent('userName eq "user300@contoso.be"')}`)).body.totalResults).toBe(0);
    const p = (await api.get(`/api/v1/people/${created.body.id}`)).body;
    expect(p.endDate).toBe('2026-11-26');
    expect((await client(env.app, account.token).get('/api/v1/me')).status).toBe(401);
    const [u] = await env.ctx.db.query<{ disabled_at: Date | null }>('select disabled_at from users where id = $1', [account.id]);
    expect(u.disabled_at).not.toBeNull();

    // Provisioned again (the same employee number): the same person comes back, without the end date.
    const back = await scim.post('/Users', entraUser('300', { emails: [{ type: 'work', value: 'leaver300@contoso.be' }] }));
    expect(back.status).toBe(201);
    expect(back.body.id).toBe(created.body.id);
    expect(back.body.active).toBe(true);
    expect((await api.get(`/api/v1/people/${created.body.id}`)).body.endDate).toBeNull();
  });
});

describe('events', () => {
  it('emits person.created, person.updated and person.left for a subscribed endpoint, in the write', async () => {
    const o = await orgWithAdmin(env);
    const s = scimClient(env, (await scimToken(env, o.admin.token)).token);
    await env.ctx.db.query(
      `insert into webhook_endpoints (org_id, url, secret_sealed, created_at, updated_at) values ($1, 'http://127.0.0.1:9/hook', 'x', now(), now())`,
      [o.id],
    );
    const created = await s.post('/Users', entraUser('400'));
    await s.patch(`/Users/${created.body.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'title', value: 'Lead' }],
    });
    await s.patch(`/Users/${created.body.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    const msgs = await env.ctx.db.query<{ event_type: string; payload: any }>(
      `select event_type, payload from webhook_messages where org_id = $1 order by created_at, id`,
      [o.id],
    );
    const types = msgs.map((m) => m.event_type);
    expect(types.filter((t) => t === 'person.created')).toHaveLength(1);
    expect(types.filter((t) => t === 'person.updated')).toHaveLength(2);
    expect(types.filter((t) => t === 'person.left')).toHaveLength(1);
    const made = msgs.find((m) => m.event_type === 'person.created')!.payload.data;
    expect(made).toEqual({
      id: created.body.id,
      employeeNumber: 'E400',
      firstName: 'Jan',
      lastName: 'Peeters400',
      workEmail: 'user400@contoso.be',
      department: 'Engineering',
      jobTitle: 'Engineer',
      startDate: null,
      endDate: null,
    });
    expect(msgs.find((m) => m.event_type === 'person.left')!.payload.data).toEqual({
      id: created.body.id,
      employeeNumber: 'E400',
      endDate: '2026-11-26',
    });
  });
});

describe('public pages', () => {
  // The public views compare end dates with the database's current_date, so this organisation's
  // clock stands at the real day: without the check on SCIM's mark, an end date SCIM sets to
  // "today" would keep the ambassador public until midnight.
  let pub: TestEnv;
  let slug: string;
  let orgId: string;
  let api: ReturnType<typeof scimClient>;
  beforeAll(async () => {
    pub = await createTestEnv({ now: new Date().toISOString() });
    const o = await makeOrg(pub.ctx);
    slug = o.slug;
    orgId = o.id;
    const admin = await makeUser(pub.ctx, o.id, 'admin');
    api = scimClient(pub, (await scimToken(pub, admin.token)).token);
  });
  afterAll(() => pub.close());

  /** An external ambassador provisioned by SCIM, whose intro carries `mark`. */
  async function ambassador(n: string, mark: string) {
    const user = await api.post('/Users', entraUser(n));
    expect(user.status).toBe(201);
    const account = await makeUser(pub.ctx, orgId, 'employee', { email: `user${n}@contoso.be` });
    const profile = await client(pub.app, account.token).put('/api/v1/me/ambassador', { scope: 'external', intro: `Intro ${mark}` });
    expect(profile.status).toBe(200);
    return user.body.id as string;
  }
  const visible = async (mark: string) => {
    const page = await (await pub.app.request(`/careers/${slug}?lang=nl`)).text();
    const feed = await (await pub.app.request(`/api/v1/public/orgs/${slug}/ambassadors`)).text();
    return { page: page.includes(mark), feed: feed.includes(mark) };
  };

  it('an external ambassador SCIM deactivates or deletes leaves the careers page and the JSON feed at once', async () => {
    const off = await ambassador('pub1', 'Qzscimoffmark');
    const gone = await ambassador('pub2', 'Qzscimdeletemark');
    expect(await visible('Qzscimoffmark')).toEqual({ page: true, feed: true });
    expect(await visible('Qzscimdeletemark')).toEqual({ page: true, feed: true });

    const patched = await api.patch(`/Users/${off}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(patched.status).toBe(200);
    expect(await visible('Qzscimoffmark')).toEqual({ page: false, feed: false });

    expect((await api.delete(`/Users/${gone}`)).status).toBe(204);
    expect(await visible('Qzscimdeletemark')).toEqual({ page: false, feed: false });
  });
});
