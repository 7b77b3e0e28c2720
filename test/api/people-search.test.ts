/**
 * The directory search answers exactly what its one rule says, however the SQL finds it: a person
 * matches q when their folded search text (first name, last name, employee number, work email;
 * lower case, accents taken off) contains the folded q; pages come in name order, the cursor
 * continuing where the page stopped. Each answer here is checked against an oracle written
 * differently (strpos, no index, no walk), with enough people that both parts of the search run
 * (the walk in name order and the collection of rare matches), one- and two-letter fragments,
 * accents, combined filters and cursors; a faster query that changes an answer fails here.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toCsv } from '../../src/platform/csv.ts';
import { systemActor } from '../../src/platform/policy.ts';
import { importPeople } from '../../src/modules/people/people.import.ts';
import * as repo from '../../src/modules/people/people.repo.ts';
import { analyzeAfterBulkWrite, ANALYZE_AFTER_ROWS, escapeLike, foldSearch } from '../../src/modules/people/people.search.ts';
import { generateOrganisation, peopleToCsvRows } from '../../src/modules/people/people.seed.ts';
import type { PersonRecord } from '../../src/modules/people/people.types.ts';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let admin: TestUser;
let employee: TestUser;
let otherAdmin: TestUser;
let orgId: string;
let departments: string[];
let siteIds: string[];

// More people than the search walks in name order (repo.SEARCH_WALK), so rare fragments are collected.
const PEOPLE = repo.SEARCH_WALK * 2 + 400;

const extra = (n: number, first: string, last: string, more: Partial<PersonRecord> = {}): PersonRecord => ({
  employeeNumber: `X${String(n).padStart(4, '0')}`,
  firstName: first,
  lastName: last,
  workEmail: `${foldSearch(first)}.${foldSearch(last).replace(/\W/g, '')}@acme.be`,
  ...more,
});

/** Every letter search_text folds (people.search.ts). */
const FOLDED = 'àáâãäåāăąçćčďđèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşșťţțùúûüūůűųýÿžźżæœßğıģķļņςάέήίόύώϊϋ';

const csv = (people: PersonRecord[]) => new TextEncoder().encode(toCsv(peopleToCsvRows(people)));

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'search');
  orgId = org.id;
  admin = await makeUser(env.ctx, org.id, 'admin');
  employee = await makeUser(env.ctx, org.id, 'employee');
  const people = generateOrganisation({ employees: PEOPLE, seed: 'people-search-test', today: '2026-11-26' });
  people.push(
    extra(1, 'Émile', 'Zwart', { sensitive: true, personalEmail: 'emile@home.be' }),
    extra(2, 'Zoë', 'Quist'),
    extra(3, 'Ånke', 'Østergård'),
    extra(4, 'Percy', '50% Korting_Test'),
    extra(5, 'Tuğba', 'Doğan', { workEmail: 'x5@acme.be' }),
    extra(6, 'İrem', 'Yılmaz', { workEmail: 'x6@acme.be' }),
    extra(7, FOLDED, FOLDED.toUpperCase(), { workEmail: 'x7@acme.be' }),
  );
  await importPeople(env.ctx, systemActor(org.id), csv(people));
  const other = await makeOrg(env.ctx, 'search-other');
  otherAdmin = await makeUser(env.ctx, other.id, 'admin');
  await importPeople(env.ctx, systemActor(other.id), csv([extra(1, 'Émile', 'Zwart'), extra(9, 'Other', 'Qqqq')]));
  const facets = (await client(env.app, admin.token).get('/api/v1/people/facets')).body;
  departments = facets.departments;
  siteIds = facets.sites.map((s: { id: string }) => s.id);
}, 120_000);
afterAll(() => env.close());

interface Filters {
  q?: string;
  department?: string;
  site?: string;
  language?: string;
}

/** Every matching id in name order, by other means than the product's query. */
async function oracle(f: Filters): Promise<string[]> {
  const params: unknown[] = [orgId];
  const where = ['org_id = $1'];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace('?', `$${params.length}`));
  };
  const folded = f.q ? foldSearch(f.q) : '';
  if (folded) add('strpos(search_text, ?) > 0', folded);
  if (f.department) add('department = ?', f.department);
  if (f.site) add('site_id = ?', f.site);
  if (f.language) add('language = ?', f.language);
  const rows = await env.ctx.db.query<{ id: string }>(
    `select id from people where ${where.join(' and ')} order by last_name, first_name, id`,
    params,
  );
  return rows.map((r) => r.id);
}

/** The ids the API lists, page after page through nextCursor (at most `pages` pages). */
async function listed(f: Filters, limit = 50, pages = 4): Promise<{ ids: string[]; more: boolean }> {
  const api = client(env.app, admin.token);
  const query = new URLSearchParams({ ...(f as Record<string, string>), limit: String(limit) });
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    const res: { status: number; text: string; body: any } = await api.get(
      `/api/v1/people?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status, res.text).toBe(200);
    ids.push(...res.body.items.map((p: { id: string }) => p.id));
    cursor = res.body.nextCursor;
    if (!cursor) return { ids, more: false };
  }
  return { ids, more: true };
}

async function expectSameAsOracle(f: Filters, limit = 50, pages = 4) {
  const want = await oracle(f);
  const got = await listed(f, limit, pages);
  expect(got.ids, JSON.stringify(f)).toEqual(want.slice(0, got.ids.length));
  expect(got.more, JSON.stringify(f)).toBe(want.length > got.ids.length);
  if (!got.more) expect(got.ids.length).toBe(want.length);
}

describe('people search: the same answer as the rule, on every path', () => {
  it('one letter, each of the alphabet and some digits and signs', async () => {
    for (const q of [...'abcdefghijklmnopqrstuvwxyz', '0', '7', '@', '.', 'é', 'Ø']) await expectSameAsOracle({ q }, 50, 2);
  }, 120_000);

  it('two letters: common, rare and absent', async () => {
    for (const q of ['an', 'ee', 'qu', 'zw', 'xy', 'jy', 'zz', 'Zo', 'e0', '@a', ' z']) await expectSameAsOracle({ q }, 50, 3);
  }, 120_000);

  it('three letters and more, across name, number and e-mail', async () => {
    for (const q of ['ann', 'van', 'din', 'emb', 'acme.be', 'x000', 'wart', 'quist', 'nobody-has-this']) await expectSameAsOracle({ q });
  }, 120_000);

  it('finds Émile by "emile", "ÉMILE" and "Émile", and by parts of Østergård', async () => {
    for (const q of ['emile', 'ÉMILE', 'Émile', 'émile zw']) {
      const res = await client(env.app, admin.token).get(`/api/v1/people?q=${encodeURIComponent(q)}`);
      expect(res.body.items.map((p: { lastName: string }) => p.lastName)).toContain('Zwart');
      await expectSameAsOracle({ q });
    }
    const res = await client(env.app, admin.token).get(`/api/v1/people?q=${encodeURIComponent('ostergard')}`);
    expect(res.body.items.map((p: { firstName: string }) => p.firstName)).toEqual(['Ånke']);
  });

  it('folds every letter as the search_text column does: "dogan" and "yilmaz" find Doğan and Yılmaz', async () => {
    for (const [q, first] of [
      ['tugba dogan', 'Tuğba'],
      ['TUĞBA DOĞAN', 'Tuğba'],
      ['irem yilmaz', 'İrem'],
      ['İrem yıl', 'İrem'],
    ]) {
      const res = await client(env.app, admin.token).get(`/api/v1/people?q=${encodeURIComponent(q)}`);
      expect(
        res.body.items.map((p: { firstName: string }) => p.firstName),
        q,
      ).toEqual([first]);
    }
    const rows = await env.ctx.db.query<{ search_text: string; first_name: string; last_name: string; work_email: string }>(
      `select search_text, first_name, last_name, work_email from people where org_id = $1 and employee_number = 'X0007'`,
      [orgId],
    );
    const [p] = rows;
    expect(p.search_text).toBe(foldSearch(`${p.first_name} ${p.last_name} X0007 ${p.work_email}`));
    expect(p.search_text).toMatch(/^[a-zα-ω]+ [a-zα-ω]+ x0007 x7@acme\.be$/);
  });

  it('takes % and _ as the characters they are', async () => {
    const res = await client(env.app, admin.token).get(`/api/v1/people?q=${encodeURIComponent('50%')}`);
    expect(res.body.items.map((p: { firstName: string }) => p.firstName)).toEqual(['Percy']);
    for (const q of ['%', '_', 'g_t', '50%']) await expectSameAsOracle({ q });
  });

  it('combines q with department, site and language, over several pages', async () => {
    const combos: Filters[] = [];
    for (const [i, q] of ['a', 'e', 'an', 'ma', 'q', 'zw', 'ann', 'van', 'de'].entries()) {
      const department = departments[i % departments.length];
      const site = siteIds[(i * 3) % siteIds.length];
      combos.push(
        { q, department },
        { q, site },
        { q, language: 'fr' },
        { q, department, site, language: 'nl' },
        { q, site, language: 'de' },
      );
    }
    for (const f of combos) await expectSameAsOracle(f, 20, 3);
  }, 180_000);

  it('pages of every size meet without a gap or a repeat', async () => {
    for (const limit of [1, 7, 50, 200]) await expectSameAsOracle({ q: 'ar' }, limit, limit === 1 ? 5 : 3);
    await expectSameAsOracle({ q: 'q' }, 13, 30);
  }, 120_000);

  it('answers alike whatever the walk in name order and the most it sorts, in the repository itself', async () => {
    const cases: { f: repo.PeopleFilter; oracle: Filters }[] = [];
    for (const q of ['a', 'q', 'zw', 'ann', 'emb', 'wart', 'none-such']) {
      cases.push({ f: { q: escapeLike(foldSearch(q)) }, oracle: { q } });
      cases.push({ f: { q: escapeLike(foldSearch(q)), department: departments[1] }, oracle: { q, department: departments[1] } });
    }
    for (const c of cases) {
      const want = (await oracle(c.oracle)).slice(0, 31);
      for (const [walk, most] of [1, 2, 30, 31, 32, 500, PEOPLE * 2].flatMap((w) => [1, 3, 40, 2000].map((m) => [w, m]))) {
        const rows = await repo.searchPeople(env.ctx.db, orgId, c.f, { limit: 30, walk, most });
        expect(
          rows.map((r) => r.id),
          `${JSON.stringify(c.f)} walk ${walk} most ${most}`,
        ).toEqual(want);
        // Page 2 from the 30th row.
        if (rows.length === 31) {
          const last = rows[29];
          const after = { lastName: last.last_name, firstName: last.first_name, id: last.id };
          const next = await repo.searchPeople(env.ctx.db, orgId, c.f, { limit: 30, walk, most, after });
          expect(next.map((r) => r.id)).toEqual((await oracle(c.oracle)).slice(30, 61));
        }
      }
    }
  }, 180_000);

  it('counts what it lists', async () => {
    for (const q of ['q', 'zw', 'ann']) {
      const res = await client(env.app, admin.token).get(`/api/v1/people?q=${q}&count=true`);
      expect(res.body.total).toBe((await oracle({ q })).length);
    }
  });
});

describe('people search: what each reader sees', () => {
  it('shows colleagues their card only, never the private part of a sensitive person', async () => {
    const res = await client(env.app, employee.token).get('/api/v1/people?q=zwart');
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).not.toHaveProperty('personalEmail');
    expect(res.body.items[0]).not.toHaveProperty('sensitive');
    const hr = await client(env.app, admin.token).get('/api/v1/people?q=zwart');
    expect(hr.body.items[0]).toMatchObject({ personalEmail: 'emile@home.be', sensitive: true });
  });

  it('never lists another organisation’s people, however short or rare the fragment', async () => {
    const mine = await client(env.app, otherAdmin.token).get('/api/v1/people?q=zwart');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0].employeeNumber).toBe('X0001');
    expect((await client(env.app, admin.token).get('/api/v1/people?q=qqqq')).body.items).toHaveLength(0);
    const few = await client(env.app, otherAdmin.token).get('/api/v1/people?q=q');
    expect(few.body.items.map((p: { lastName: string }) => p.lastName)).toEqual(['Qqqq']);
  });
});

describe('people search: statistics after a bulk write', () => {
  it('analyzes the directory after a big import, not after a few rows', async () => {
    const exec = vi.spyOn(env.ctx.db, 'exec');
    try {
      expect(await analyzeAfterBulkWrite(env.ctx.db, ANALYZE_AFTER_ROWS - 1)).toBe(false);
      expect(exec).not.toHaveBeenCalled();
      expect(await analyzeAfterBulkWrite(env.ctx.db, PEOPLE)).toBe(true);
      expect(exec).toHaveBeenCalledWith('analyze people');
    } finally {
      exec.mockRestore();
    }
    // The planner knows how many people there are (both organisations).
    const [stats] = await env.ctx.db.query<{ n: number }>(`select reltuples::int as n from pg_class where relname = 'people'`);
    expect(stats.n).toBe(PEOPLE + 7 + 2);
  });
});
