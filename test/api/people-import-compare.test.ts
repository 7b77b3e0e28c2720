/**
 * An import tells new, changed and unchanged people apart by a digest of the compared fields, made
 * once in SQL over the stored row and once from the record: the two must agree on every value the
 * directory holds (accents, characters outside the BMP, separators inside a value, dates, birthdays,
 * yes/no, a site written in other capitals, a manager), and differ when any one field changes. The
 * checks against the stored directory run on the file's second reading, in file order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;
let orgId: string;

const HEADER = [
  'Employee number',
  'First name',
  'Last name',
  'Work email',
  'Personal email',
  'Language',
  'Department',
  'Site',
  'Region',
  'Job title',
  'Manager',
  'Start date',
  'End date',
  'Birthday',
  'Sensitive',
  'Employment type',
];

/** The base rows: every compared field filled somewhere, awkward values included. */
const BASE: string[][] = [
  [
    'C1',
    'Zoë',
    'Çelik',
    'zoe@acme.be',
    'zoe@home.be',
    'nl',
    'R&D',
    'Écaussinnes',
    'Wallonie',
    'Chef',
    '',
    '01/09/2015',
    '',
    '12/03/1980',
    'ja',
    'bediende',
  ],
  [
    'C2',
    'Ana 🌍',
    'Ng',
    'ana@acme.be',
    '',
    'fr',
    '"Sales; ""Key"""',
    'Gent',
    'Vlaanderen',
    '',
    'C1',
    '15/01/2020',
    '31/12/2030',
    '29/02',
    '',
    'arbeider',
  ],
  ['C3', 'Jan', 'Peeters', '', '', '', '', '', '', 'Analyst', 'C2', '', '', '', 'nee', ''],
];

const csv = (rows: string[][], header = HEADER) => [header, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n';
const post = (body: string) => client(env.app, admin.token).post('/api/v1/people/import', body, { 'content-type': 'text/csv' });
const counts = (res: { body: Record<string, unknown> }) => ({
  created: res.body.created,
  updated: res.body.updated,
  unchanged: res.body.unchanged,
});
const stored = async () =>
  env.ctx.db.query<Record<string, unknown>>(
    `select p.employee_number, p.first_name, p.work_email, p.department, p.start_date, p.end_date, m.employee_number as manager
       from people p left join people m on m.id = p.manager_id where p.org_id = $1 order by p.employee_number`,
    [orgId],
  );

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'compare');
  orgId = org.id;
  admin = await makeUser(env.ctx, org.id, 'admin');
  const res = await post(csv(BASE));
  expect(res.status, res.text).toBe(200);
  expect(counts(res)).toEqual({ created: 3, updated: 0, unchanged: 0 });
});
afterAll(() => env.close());

describe('telling changed from unchanged', () => {
  it('finds every row unchanged when the same file comes again, a site in other capitals included', async () => {
    expect(counts(await post(csv(BASE)))).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const shouted = BASE.map((r) => r.map((v, i) => (HEADER[i] === 'Site' ? v.toUpperCase() : v)));
    expect(counts(await post(csv(shouted)))).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  /** One change to one cell of C2 (column by header), with the value a re-import must then find stored. */
  const CHANGES: [string, string][] = [
    ['First name', 'Ana 🌏'],
    ['Last name', 'Ng-Li'],
    ['Work email', 'ana.ng@acme.be'],
    ['Personal email', 'ana@home.be'],
    ['Language', 'en'],
    ['Department', '"Sales; ""Key"", B2B"'],
    ['Site', 'Écaussinnes'],
    ['Job title', 'Chef'],
    ['Manager', 'C3'],
    ['Start date', '16/01/2020'],
    ['End date', ''],
    ['Birthday', '29/02/1996'],
    ['Sensitive', 'ja'],
    ['Employment type', 'interim'],
  ];
  it.each(CHANGES)('sees a change to %s alone, and nothing the next time', async (column, value) => {
    const at = HEADER.indexOf(column);
    const rows = BASE.map((r) => (r[0] === 'C2' ? r.map((v, i) => (i === at ? value : v)) : r));
    // C3 reports to C2, so making C3 C2's manager would be a loop: C3 reports to C1 in that case.
    if (column === 'Manager') rows[2] = rows[2].map((v, i) => (i === at ? 'C1' : v));
    const res = await post(csv(rows));
    expect(res.status, res.text).toBe(200);
    expect(counts(res)).toEqual({ created: 0, updated: column === 'Manager' ? 2 : 1, unchanged: column === 'Manager' ? 1 : 2 });
    expect(counts(await post(csv(rows)))).toEqual({ created: 0, updated: 0, unchanged: 3 });
    // Back as it was, for the next case.
    expect(counts(await post(csv(BASE)))).toMatchObject({ created: 0, unchanged: 3 - (column === 'Manager' ? 2 : 1) });
  });

  it('sees a value that moved to the next column (the digest marks where each value ends)', async () => {
    const header = ['Employee number', 'First name', 'Last name', 'Department', 'Job title'];
    const rows = [['C3', 'Jan', 'Peeters', 'ab', 'c']];
    expect(counts(await post(csv(rows, header)))).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const swapped = [['C3', 'Jan', 'Peeters', 'a', 'bc']];
    expect(counts(await post(csv(swapped, header)))).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(counts(await post(csv(swapped, header)))).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it("applies a site's new region when every person is unchanged", async () => {
    const region = async () =>
      (await env.ctx.db.query<{ region: string }>(`select region from sites where org_id = $1 and name = 'Gent'`, [orgId]))[0].region;
    await post(csv(BASE)); // as the file says, after the cases above
    const before = await region();
    const moved = BASE.map((r) => (r[0] === 'C2' ? r.map((v, i) => (HEADER[i] === 'Region' ? 'Brussel' : v)) : r));
    expect(counts(await post(csv(moved)))).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await region()).not.toBe(before);
    expect(counts(await post(csv(BASE)))).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await region()).toBe(before);
  });

  it('compares only the columns the file has', async () => {
    const res = await post(csv([['C1', 'Zoë', 'Çelik']], ['Employee number', 'First name', 'Last name']));
    expect(counts(res)).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });
});

describe('checks against the stored directory', () => {
  const header = ['Employee number', 'First name', 'Last name', 'Work email', 'Manager', 'End date'];

  it('refuses a work email another stored person holds, an unknown manager and an end before the stored start, writing nothing', async () => {
    const before = await stored();
    const res = await post(
      csv(
        [
          ['N1', 'New', 'One', 'ana@acme.be', '', ''],
          ['N2', 'New', 'Two', 'n2@acme.be', 'X9', ''],
          ['C1', 'Zoë', 'Çelik', 'zoe@acme.be', '', '01/01/2010'],
        ],
        header,
      ),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((d: { row: number; column: string; code: string }) => [d.row, d.column, d.code])).toEqual([
      [2, 'Work email', 'csv-email-taken'],
      [3, 'Manager', 'csv-unknown-manager'],
      [4, 'End date', 'csv-end-before-start'],
    ]);
    expect(await stored()).toEqual(before);
  });

  it('lets two people swap work emails in one file, and takes a manager who comes later in the file', async () => {
    const res = await post(
      csv(
        [
          ['C1', 'Zoë', 'Çelik', 'ana@acme.be', 'N3', ''],
          ['C2', 'Ana 🌍', 'Ng', 'zoe@acme.be', 'C1', '31/12/2030'],
          ['N3', 'New', 'Three', '', '', ''],
        ],
        header,
      ),
    );
    expect(res.status, res.text).toBe(200);
    expect(counts(res)).toEqual({ created: 1, updated: 2, unchanged: 0 });
    const rows = await stored();
    expect(rows.find((r) => r.employee_number === 'C1')).toMatchObject({ work_email: 'ana@acme.be', manager: 'N3' });
    expect(rows.find((r) => r.employee_number === 'C2')).toMatchObject({ work_email: 'zoe@acme.be', manager: 'C1' });
  });

  it("gives a new hire a leaver's work email in the same file", async () => {
    const res = await post(
      csv(
        [
          ['C2', 'Ana 🌍', 'Ng', 'ana.left@acme.be', 'C1', '31/12/2030'],
          ['N4', 'New', 'Four', 'zoe@acme.be', 'C1', ''],
        ],
        header,
      ),
    );
    expect(res.status, res.text).toBe(200);
    expect(counts(res)).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect((await stored()).find((r) => r.employee_number === 'N4')).toMatchObject({ work_email: 'zoe@acme.be', manager: 'C1' });
  });
});
