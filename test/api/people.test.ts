import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/platform/csv.ts';
import { client, createTestEnv, makeOrg, makeUser, peopleCsv, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;
let employee: TestUser;
let otherAdmin: TestUser;

const ROWS = [
  ['E001', 'Lotte', 'Peeters', 'lotte.peeters@acme.be', 'HR', 'Gent', 'Vlaanderen', ''],
  ['E002', 'Chloé', 'Dubois', 'chloe.dubois@acme.be', 'Finance', 'Namur', 'Wallonie', 'E001'],
  ['E003', 'Yasmine', 'El Amrani', 'yasmine.elamrani@acme.be', 'IT', 'Brussel', 'Brussel', 'E001'],
];

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'acme');
  admin = await makeUser(env.ctx, org.id, 'admin');
  employee = await makeUser(env.ctx, org.id, 'employee');
  const other = await makeOrg(env.ctx, 'other');
  otherAdmin = await makeUser(env.ctx, other.id, 'admin');
});
afterAll(() => env.close());

describe('people import', () => {
  it('imports a Dutch-headed, semicolon CSV with a BOM and counts created rows', async () => {
    const res = await client(env.app, admin.token).post('/api/v1/people/import', '\uFEFF' + peopleCsv(ROWS), {
      'content-type': 'text/csv',
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ created: 3, updated: 0, unchanged: 0, total: 3, skippedBlankRows: 0, encoding: 'utf-8-bom' });
  });

  it('changes nothing when the same file is imported again', async () => {
    const res = await client(env.app, admin.token).post('/api/v1/people/import', peopleCsv(ROWS), { 'content-type': 'text/csv' });
    expect(res.body).toEqual({ created: 0, updated: 0, unchanged: 3, total: 3, skippedBlankRows: 0, encoding: 'utf-8' });
  });

  it('updates a changed person by employee number', async () => {
    const changed = ROWS.map((r) => (r[0] === 'E002' ? [...r.slice(0, 4), 'Legal', ...r.slice(5)] : r));
    const res = await client(env.app, admin.token).post('/api/v1/people/import', peopleCsv(changed), { 'content-type': 'text/csv' });
    expect(res.body).toEqual({ created: 0, updated: 1, unchanged: 2, total: 3, skippedBlankRows: 0, encoding: 'utf-8' });
  });

  it('answers 422 listing every bad row with its column, and writes nothing', async () => {
    const bad = [
      ['E010', 'Jens', 'Maes', 'not-an-email', 'IT', 'Gent', 'Vlaanderen', ''],
      ['E011', '', 'Claes', 'x@acme.be', 'IT', 'Gent', 'Vlaanderen', 'E999'],
      ['E012', 'Fien', 'Wouters', 'fien@acme.be', 'IT', 'Gent', 'Vlaanderen', ''],
    ];
    const res = await client(env.app, admin.token).post('/api/v1/people/import', peopleCsv(bad), { 'content-type': 'text/csv' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const errors = res.body.errors as { row: number; column: string; message: string }[];
    expect(errors.some((e) => e.row === 2 && e.column === 'E-mail')).toBe(true);
    expect(errors.some((e) => e.row === 3 && e.column === 'Voornaam')).toBe(true);
    const list = await client(env.app, admin.token).get('/api/v1/people?q=fien');
    expect(list.body.items).toHaveLength(0);
  });

  it('refuses an unknown manager number in a file that is otherwise fine', async () => {
    const res = await client(env.app, admin.token).post(
      '/api/v1/people/import',
      peopleCsv([['E020', 'Wout', 'Jacobs', 'wout@acme.be', 'IT', 'Gent', '', 'E999']]),
      { 'content-type': 'text/csv' },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ row: 2, column: 'Manager' });
  });

  it('reads the employment type (for journey conditions) and writes it back in the export', async () => {
    const api = client(env.app, admin.token);
    const res = await api.post('/api/v1/people/import', 'Personeelsnummer;Voornaam;Achternaam;Statuut\nE060;Ilse;Interim;interim\n', {
      'content-type': 'text/csv',
    });
    expect(res.body.created).toBe(1);
    const exported = parseCsv((await api.get('/api/v1/people/export.csv')).text).rows;
    const col = exported[0].indexOf('employment_type');
    expect(exported.find((r) => r[0] === 'E060')![col]).toBe('interim');
    await api.post('/api/v1/people/import', 'Personeelsnummer;Voornaam;Achternaam\nE060;Ilse;Interim\n', { 'content-type': 'text/csv' });
    const again = parseCsv((await api.get('/api/v1/people/export.csv')).text).rows;
    expect(again.find((r) => r[0] === 'E060')![col]).toBe('interim');
  });

  it('reports progress only to whoever started the import', async () => {
    const progressId = '7d0f2a52-3c1e-4e6b-9a51-2f4c8e9b1a00';
    const csv = 'employee_number;first_name;last_name\nE040;Progress;Probe\n';
    await client(env.app, admin.token).post(`/api/v1/people/import?progressId=${progressId}`, csv, { 'content-type': 'text/csv' });
    const mine = await client(env.app, admin.token).get(`/api/v1/people/imports/${progressId}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ phase: 'done', total: 1 });
    const otherAdmin = await makeUser(env.ctx, admin.orgId, 'admin');
    expect((await client(env.app, otherAdmin.token).get(`/api/v1/people/imports/${progressId}`)).status).toBe(404);
    expect((await client(env.app).get(`/api/v1/people/imports/${progressId}`)).status).toBe(401);
  });

  it('keeps progress apart when another organisation chooses the same progress id', async () => {
    const progressId = '0c4a7e21-5b8d-4f3a-9e6c-1d2b3a4c5e60';
    const mine = 'employee_number;first_name;last_name\nE040;Progress;Probe\n'; // unchanged: leaves the directory as it is
    const theirs = 'employee_number;first_name;last_name\nX001;Their;One\nX002;Their;Two\n';
    const tenantB = await makeUser(env.ctx, (await makeOrg(env.ctx)).id, 'admin');
    await client(env.app, admin.token).post(`/api/v1/people/import?progressId=${progressId}`, mine, { 'content-type': 'text/csv' });
    // Tenant B reuses tenant A's id, for an import of its own and then for one that fails.
    expect(
      (await client(env.app, tenantB.token).post(`/api/v1/people/import?progressId=${progressId}`, theirs, { 'content-type': 'text/csv' }))
        .status,
    ).toBe(200);
    expect((await client(env.app, tenantB.token).get(`/api/v1/people/imports/${progressId}`)).body).toEqual({
      phase: 'done',
      processed: 2,
      total: 2,
    });
    await client(env.app, tenantB.token).post(`/api/v1/people/import?progressId=${progressId}`, 'employee_number;first_name\n;\n', {
      'content-type': 'text/csv',
    });
    expect((await client(env.app, tenantB.token).get(`/api/v1/people/imports/${progressId}`)).body).toMatchObject({ phase: 'failed' });
    expect((await client(env.app, admin.token).get(`/api/v1/people/imports/${progressId}`)).body).toEqual({
      phase: 'done',
      processed: 1,
      total: 1,
    });
  });

  it('is for admins only', async () => {
    const res = await client(env.app, employee.token).post('/api/v1/people/import', peopleCsv(ROWS), { 'content-type': 'text/csv' });
    expect(res.status).toBe(403);
  });
});

describe('people search', () => {
  it('finds people regardless of case and accents, with their site and manager', async () => {
    const res = await client(env.app, employee.token).get('/api/v1/people?q=CHLOE');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      firstName: 'Chloé',
      department: 'Legal',
      site: { name: 'Namur', region: 'wallonia' },
      manager: { employeeNumber: 'E001' },
    });
    // Colleagues see the directory card, not private fields.
    expect(res.body.items[0]).not.toHaveProperty('birthday');
    expect(res.body.items[0]).not.toHaveProperty('sensitive');
  });

  it('pages with a cursor', async () => {
    const first = await client(env.app, admin.token).get('/api/v1/people?limit=2&count=true');
    expect(first.body.items).toHaveLength(2);
    expect(first.body.total).toBe(5);
    const second = await client(env.app, admin.token).get(`/api/v1/people?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.nextCursor).not.toBeNull();
  });

  it('rejects unknown query parameters clearly', async () => {
    const res = await client(env.app, admin.token).get('/api/v1/people?colour=blue');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/colour/);
  });
});

describe('people export', () => {
  it('exports CSV that imports back unchanged', async () => {
    const res = await client(env.app, admin.token).get('/api/v1/people/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const parsed = parseCsv(res.text);
    expect(parsed.rows[0][0]).toBe('employee_number');
    expect(parsed.rows.length).toBe(6);
    const again = await client(env.app, admin.token).post('/api/v1/people/import', res.text, { 'content-type': 'text/csv' });
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });
});

describe('formula injection', () => {
  it('defuses formula-looking cells in the export, and the export still imports unchanged', async () => {
    const api = client(env.app, admin.token);
    const csv =
      'employee_number;first_name;last_name;job_title\r\nE050;Eve;Hacker;"=HYPERLINK(""http://evil.example"")"\r\nE051;Sam;Minus;-Senior\r\n';
    const imported = await api.post('/api/v1/people/import', csv, { 'content-type': 'text/csv' });
    expect(imported.body.created, imported.text).toBe(2);
    const exported = await api.get('/api/v1/people/export.csv');
    const rows = parseCsv(exported.text).rows;
    const eve = rows.find((r) => r[0] === 'E050')!;
    expect(eve[10]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(rows.find((r) => r[0] === 'E051')![10]).toBe(`'-Senior`);
    const again = await api.post('/api/v1/people/import', exported.text, { 'content-type': 'text/csv' });
    expect(again.body).toMatchObject({ created: 0, updated: 0 });
    const person = await api.get('/api/v1/people?q=hacker');
    expect(person.body.items[0].jobTitle).toBe('=HYPERLINK("http://evil.example")');
  });

  it('quotes the separator of every locale and defuses formulas behind quotes; the export still imports unchanged', async () => {
    const api = client(env.app, admin.token);
    const csv = [
      'employee_number;first_name;last_name;job_title',
      'E052;Bea;"x;=HYPERLINK(""http://evil.example"")";"x,=1+1"',
      'E053;Tom;Quote;"""=1+1"',
      "E054;Lea;Apostrophe;''=2+2",
    ].join('\r\n');
    const imported = await api.post('/api/v1/people/import', csv, { 'content-type': 'text/csv' });
    expect(imported.body.created, imported.text).toBe(3);
    const exported = await api.get('/api/v1/people/export.csv?delimiter=,');
    // A comma file opened by Belgian Excel is split on ;: the cell must be quoted to stay one cell.
    expect(exported.text).toContain(',"x;=HYPERLINK(""http://evil.example"")",');
    expect(exported.text).toContain(',"x,=1+1",');
    const rows = parseCsv(exported.text).rows;
    expect(rows.find((r) => r[0] === 'E053')![10]).toBe(`'"=1+1`);
    expect(rows.find((r) => r[0] === 'E054')![10]).toBe(`''=2+2`);
    const again = await api.post('/api/v1/people/import', exported.text, { 'content-type': 'text/csv' });
    expect(again.body).toMatchObject({ created: 0, updated: 0 });
    const person = async (number: string) =>
      (await api.get(`/api/v1/people?q=${number}`)).body.items.find((p: any) => p.employeeNumber === number);
    expect(await person('E052')).toMatchObject({ lastName: 'x;=HYPERLINK("http://evil.example")', jobTitle: 'x,=1+1' });
    expect((await person('E053')).jobTitle).toBe('"=1+1');
    expect((await person('E054')).jobTitle).toBe("'=2+2");
  });
});

describe('tenancy', () => {
  it('another organisation sees none of these people and gets 404 for their ids', async () => {
    const mine = await client(env.app, admin.token).get('/api/v1/people');
    const id = mine.body.items[0].id;
    const theirs = client(env.app, otherAdmin.token);
    expect((await theirs.get(`/api/v1/people/${id}`)).status).toBe(404);
    expect((await theirs.get('/api/v1/people')).body.items).toHaveLength(0);
    expect((await theirs.get('/api/v1/people?q=peeters')).body.items).toHaveLength(0);
    const exported = parseCsv((await theirs.get('/api/v1/people/export.csv')).text);
    expect(exported.rows).toHaveLength(1);
  });
});
