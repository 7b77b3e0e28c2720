/**
 * A large import loads new people with COPY (PGlite's /dev/blob, PostgreSQL's FROM STDIN), a small
 * one with INSERT: both must store exactly the same values, awkward ones included (quotes, commas,
 * semicolons, line breaks, backslashes, empty cells, dates, day-and-month birthdays, yes/no, managers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let bulk: TestUser;
let single: TestUser;

const HEADER = 'Employee number;First name;Last name;Work email;Department;Job title;Language;Manager;Start date;Birthday;Sensitive';

function row(i: number): string {
  const dept = ['"Sales, ""Key"" accounts"', '"R&D; lab\nGent"', 'back\\slash', '', 'Ops'][i % 5];
  const birthday = i % 3 === 0 ? '' : i % 3 === 1 ? '29/02' : '12/03/1980';
  return [
    `B${i}`,
    i % 7 === 0 ? 'Zoë' : 'Jan',
    `Peeters-${i}`,
    i % 4 === 0 ? '' : `p${i}@acme.be`,
    dept,
    i % 6 === 0 ? '' : 'Analyst',
    ['nl', 'fr', '', 'en'][i % 4],
    i === 0 ? '' : `B${Math.floor(i / 10)}`,
    i % 5 === 0 ? '' : '01/09/2015',
    birthday,
    i % 2 ? 'ja' : '',
  ].join(';');
}

const stored = (orgId: string) =>
  env.ctx.db.query<Record<string, unknown>>(
    `select p.employee_number, p.first_name, p.last_name, p.work_email, p.department, p.job_title, p.language,
            m.employee_number as manager, p.start_date, p.birth_day, p.birth_month, p.birth_year, p.sensitive
       from people p left join people m on m.id = p.manager_id
      where p.org_id = $1 order by p.employee_number`,
    [orgId],
  );

beforeAll(async () => {
  env = await createTestEnv();
  bulk = await makeUser(env.ctx, (await makeOrg(env.ctx, 'bulk')).id, 'admin');
  single = await makeUser(env.ctx, (await makeOrg(env.ctx, 'single')).id, 'admin');
});
afterAll(() => env.close());

describe('a large import', () => {
  it('stores what a small import stores, row for row', async () => {
    const rows = Array.from({ length: 700 }, (_, i) => row(i));
    const res = await client(env.app, bulk.token).post('/api/v1/people/import', [HEADER, ...rows].join('\r\n'), {
      'content-type': 'text/csv',
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ created: 700, updated: 0, unchanged: 0 });

    // The same people a few at a time (below the COPY threshold), managers first.
    for (let i = 0; i < rows.length; i += 100) {
      const part = await client(env.app, single.token).post('/api/v1/people/import', [HEADER, ...rows.slice(i, i + 100)].join('\r\n'), {
        'content-type': 'text/csv',
      });
      expect(part.status, part.text).toBe(200);
    }
    const a = await stored(bulk.orgId);
    const b = await stored(single.orgId);
    expect(a).toHaveLength(700);
    expect(a).toEqual(b);
    expect(a.find((p) => p.employee_number === 'B1')).toMatchObject({
      department: 'R&D; lab Gent',
      language: 'fr',
      manager: 'B0',
      birth_day: 29,
      birth_month: 2,
      birth_year: null,
      sensitive: true,
    });
    expect(a.find((p) => p.employee_number === 'B0')).toMatchObject({
      department: 'Sales, "Key" accounts',
      work_email: null,
      start_date: null,
    });
    expect(a.find((p) => p.employee_number === 'B2')).toMatchObject({
      department: 'back\\slash',
      language: null,
      start_date: '2015-09-01',
    });
    expect(a.find((p) => p.employee_number === 'B3')).toMatchObject({ department: null, job_title: 'Analyst' });

    // Importing the same file again changes nothing.
    const again = await client(env.app, bulk.token).post('/api/v1/people/import', [HEADER, ...rows].join('\r\n'), {
      'content-type': 'text/csv',
    });
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 700 });
  });
});
