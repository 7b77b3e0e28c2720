/**
 * Survey results by role (employee, manager with a team of 3 and of 6, coordinator, admin) for
 * every results view, tenancy, and the rule that a withheld group carries no number, in the JSON
 * and in the CSV. Responses are written with SQL (test/factories-surveys.ts), as the answer page
 * would write them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/platform/csv.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';
import { orgWithAdmin, person, type Org, type Person } from '../factories.ts';
import { answerSurvey, inviteDirect, surveyFromTemplate, type ResponseSegment, type TestSurvey } from '../factories-surveys.ts';

let env: TestEnv;
let org: Org;
let pulse: TestSurvey;
let ambassadorSurvey: TestSurvey;
let draft: TestSurvey;
let gent: string;
let liege: string;
let employee: TestUser;
let coordinator: TestUser;
let smallManager: Person;
let bigManager: Person;
let other: Org;

/** The eNPS answers by index: Finance's 6 and Sales' 8, and the manager's teams among them. */
const FINANCE_ENPS = [10, 9, 9, 7, 3, 0];
const SALES_ENPS = [10, 10, 10, 9, 8, 8, 6, 5];

const q = (s: TestSurvey, kind: string) => s.questions.find((x) => x.kind === kind)!.id;
const scales = (s: TestSurvey) => s.questions.filter((x) => x.kind === 'scale').map((x) => x.id);

const VIEWS = (id: string) => [
  `/api/v1/surveys/${id}/results`,
  `/api/v1/surveys/${id}/results?breakdown=department`,
  `/api/v1/surveys/${id}/results.csv`,
  `/api/v1/surveys/${id}/results/trend`,
  `/api/v1/surveys/${id}/results/comments`,
  `/api/v1/surveys/${id}/results/segments`,
];

/** Every numeric member anywhere under a withheld group: there must be none. */
function numbersIn(x: unknown): string[] {
  if (typeof x === 'number') return [String(x)];
  if (Array.isArray(x)) return x.flatMap(numbersIn);
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => numbersIn(v).map((n) => `${k}=${n}`));
  return [];
}

function expectWithheldBare(group: any) {
  expect(group.withheld).toBeTruthy();
  const { key: _k, dimension: _d, value: _v, label: _l, withheld: _w, ...rest } = group;
  expect(rest, 'a withheld group carries nothing but its name and reason').toEqual({});
  expect(numbersIn(group)).toEqual([]);
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z' });
  org = await orgWithAdmin(env);
  other = await orgWithAdmin(env);
  const sites = await env.ctx.db.query<{ id: string; name: string }>(
    `insert into sites (org_id, name, region) values ($1, 'Gent', 'flanders'), ($1, 'Liège', 'wallonia') returning id, name`,
    [org.id],
  );
  gent = sites.find((s) => s.name === 'Gent')!.id;
  liege = sites.find((s) => s.name === 'Liège')!.id;
  employee = await makeUser(env.ctx, org.id, 'employee');
  coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  smallManager = await person(env, org, { role: 'manager' });
  bigManager = await person(env, org, { role: 'manager' });

  pulse = await surveyFromTemplate(env, org.id, 'pulse', { minGroup: 5, minComments: 5 });
  ambassadorSurvey = await surveyFromTemplate(env, org.id, 'ambassador');
  draft = await surveyFromTemplate(env, org.id, 'pulse', { open: false });

  // Finance: 6 respondents, 5 in Gent and 1 in Liège. Sales: 8, all in Gent.
  // The small manager manages 3 in Sales; the big one 6 in Sales.
  const segs: ResponseSegment[] = [
    ...FINANCE_ENPS.map((_, i) => ({ department: 'Finance', siteId: i < 5 ? gent : liege, region: 'flanders', language: 'nl' })),
    ...SALES_ENPS.map((_, i) => ({
      department: 'Sales',
      siteId: gent,
      region: 'flanders',
      language: 'fr',
      managerPath: i < 3 ? [smallManager.personId, bigManager.personId] : i < 6 ? [bigManager.personId] : [],
    })),
  ];
  const enps = [...FINANCE_ENPS, ...SALES_ENPS];
  await answerSurvey(env, org.id, pulse.id, segs, (i) => ({
    [q(pulse, 'enps')]: enps[i],
    ...Object.fromEntries(scales(pulse).map((id) => [id, (i % 5) + 1])),
    [q(pulse, 'text')]: `=HYPERLINK("x") comment ${i}`,
  }));
  // 20 invited: 8 in Finance, 12 in Sales.
  await inviteDirect(env, org.id, pulse.id, [
    ...Array.from({ length: 8 }, () => ({ department: 'Finance', siteId: gent })),
    ...Array.from({ length: 12 }, (_, i) => ({
      department: 'Sales',
      siteId: gent,
      managerPath: i < 3 ? [smallManager.personId, bigManager.personId] : i < 6 ? [bigManager.personId] : [],
    })),
  ]);
});
afterAll(() => env.close());

describe('who sees what', () => {
  it('an employee is refused every view (403)', async () => {
    for (const url of VIEWS(pulse.id)) {
      const res = await client(env.app, employee.token).get(url);
      expect(res.status, url).toBe(403);
    }
  });

  it("another organisation's admin gets 404 for every view", async () => {
    for (const url of VIEWS(pulse.id)) {
      const res = await client(env.app, other.admin.token).get(url);
      expect(res.status, url).toBe(404);
      expect(res.text).not.toContain('Finance');
    }
  });

  it('a coordinator sees ambassador program surveys only', async () => {
    for (const url of VIEWS(pulse.id)) expect((await client(env.app, coordinator.token).get(url)).status, url).toBe(403);
    for (const url of VIEWS(ambassadorSurvey.id)) expect((await client(env.app, coordinator.token).get(url)).status, url).toBe(200);
  });

  it("a manager does not see a draft's results", async () => {
    const res = await client(env.app, smallManager.user.token).get(`/api/v1/surveys/${draft.id}/results`);
    expect(res.status).toBe(403);
  });

  it('a manager with a team of 3 sees nothing of it, in any view', async () => {
    const api = client(env.app, smallManager.user.token);
    const res = await api.get(`/api/v1/surveys/${pulse.id}/results?breakdown=department`);
    expect(res.status).toBe(200);
    expect(res.body.scope).toBe('team');
    expectWithheldBare(res.body.group);
    expect(res.body.group.withheld).toBe('anonymity');
    for (const s of res.body.heatmap.segments) expectWithheldBare(s);
    expect(res.body.notes.map((n: any) => n.code)).toContain('anonymity');

    const trend = await api.get(`/api/v1/surveys/${pulse.id}/results/trend`);
    for (const p of trend.body.points) expect(p.withheld, JSON.stringify(p)).toBeTruthy();
    expect(numbersIn(trend.body.points)).toEqual([]);

    const comments = await api.get(`/api/v1/surveys/${pulse.id}/results/comments`);
    expect(comments.body.group.withheld).toBe('anonymity');
    expect(comments.body.questions).toEqual([]);
    expect(comments.text).not.toContain('comment 1');

    const csv = await api.get(`/api/v1/surveys/${pulse.id}/results.csv?breakdown=department`);
    expect(csv.status).toBe(200);
    const rows = parseCsv(csv.text).rows.slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row[10], row.join(';')).not.toBe('');
      expect(row.slice(2, 10).join(''), row.join(';')).toBe('');
    }
  });

  it('a manager with a team of 6 sees their team only', async () => {
    const res = await client(env.app, bigManager.user.token).get(`/api/v1/surveys/${pulse.id}/results`);
    expect(res.status).toBe(200);
    expect(res.body.scope).toBe('team');
    expect(res.body.group.respondents).toBe(6);
    // Their team: Sales 0..5 -> 10, 10, 10, 9, 8, 8: 4 promoters, 2 passives.
    expect(res.body.group.enps).toEqual({ score: 67, promoters: 4, passives: 2, detractors: 0 });
    expect(res.body.group.invited).toBe(6);
    expect(res.body.group.responseRate).toBe(1);
    const api = client(env.app, bigManager.user.token);
    const trend = await api.get(`/api/v1/surveys/${pulse.id}/results/trend`);
    expect(trend.body.points.find((p: any) => p.value === '2026-Q4').respondents).toBe(6);
    // Six is below twice the comments' minimum while the survey is open.
    const comments = await api.get(`/api/v1/surveys/${pulse.id}/results/comments`);
    expect(comments.body.group.withheld).toBe('anonymity');
    const segments = await api.get(`/api/v1/surveys/${pulse.id}/results/segments`);
    expect(segments.body.dimensions.find((d: any) => d.dimension === 'department').values).toEqual([{ value: 'Sales', label: 'Sales' }]);
    const csv = parseCsv((await api.get(`/api/v1/surveys/${pulse.id}/results.csv`, { 'accept-language': 'en' })).text).rows;
    expect(csv[1][0]).toBe('Mijn team'); // the manager's directory entry is in Dutch
    expect(csv[1][7]).toBe('6');
  });

  it('an admin sees the organisation: eNPS, distributions, averages and response rate', async () => {
    const res = await client(env.app, org.admin.token).get(`/api/v1/surveys/${pulse.id}/results`);
    expect(res.status).toBe(200);
    const all = [...FINANCE_ENPS, ...SALES_ENPS];
    const promoters = all.filter((x) => x >= 9).length;
    const detractors = all.filter((x) => x <= 6).length;
    expect(res.body.scope).toBe('organisation');
    expect(res.body.group.respondents).toBe(14);
    expect(res.body.group.invited).toBe(20);
    expect(res.body.group.responseRate).toBe(0.7);
    expect(res.body.group.enps).toEqual({
      score: Math.round(((promoters - detractors) * 100) / 14),
      promoters,
      passives: 14 - promoters - detractors,
      detractors,
    });
    const enpsQ = res.body.group.questions.find((x: any) => x.id === q(pulse, 'enps'));
    expect(enpsQ.distribution).toHaveLength(11);
    expect(enpsQ.distribution.find((d: any) => d.value === '10').count).toBe(4);
    expect(enpsQ.answered).toBe(14);
    const scale = res.body.group.questions.find((x: any) => x.id === scales(pulse)[0]);
    const values = Array.from({ length: 14 }, (_, i) => (i % 5) + 1);
    expect(scale.average).toBe(Math.round((values.reduce((a, b) => a + b, 0) / 14) * 100) / 100);
    expect(scale.distribution.map((d: any) => d.value)).toEqual(['1', '2', '3', '4', '5']);
    // Text answers are no distribution: they are comments.
    expect(res.body.group.questions.some((x: any) => x.id === q(pulse, 'text'))).toBe(false);
  });
});

describe('the heatmap and filters obey the plan', () => {
  it('breaks down by department with scores and response rates per segment', async () => {
    const res = await client(env.app, org.admin.token).get(`/api/v1/surveys/${pulse.id}/results?breakdown=department`);
    const finance = res.body.heatmap.segments.find((s: any) => s.value === 'Finance');
    const sales = res.body.heatmap.segments.find((s: any) => s.value === 'Sales');
    expect(finance.respondents).toBe(6);
    expect(finance.invited).toBe(8);
    expect(finance.responseRate).toBe(0.75);
    expect(finance.scores.find((x: any) => x.questionId === q(pulse, 'enps')).enps).toBe(Math.round(((3 - 2) * 100) / 6));
    expect(sales.respondents).toBe(8);
  });

  it('"Finance" and "Finance in Gent" are never both shown: the second differs by one person', async () => {
    const res = await client(env.app, org.admin.token).get(
      `/api/v1/surveys/${pulse.id}/results?filter=department%3DFinance&breakdown=site`,
    );
    expect(res.status).toBe(200);
    expect(res.body.group.respondents).toBe(6);
    const gentCell = res.body.heatmap.segments.find((s: any) => s.value === gent);
    expect(gentCell.label).toBe('Gent');
    expectWithheldBare(gentCell);
    expect(gentCell.withheld).toBe('anonymity');
    expect(res.body.notes.find((n: any) => n.code === 'anonymity').text.nl).toMatch(/uitrekenen/);
    // Whatever the view, Finance in Gent stays hidden.
    const again = await client(env.app, org.admin.token).get(
      `/api/v1/surveys/${pulse.id}/results?filter=site%3D${gent}&breakdown=department`,
    );
    const cell = again.body.heatmap.segments.find((s: any) => s.value === 'Finance');
    expectWithheldBare(cell);

    const csv = await client(env.app, org.admin.token).get(
      `/api/v1/surveys/${pulse.id}/results.csv?filter=department%3DFinance&breakdown=site`,
      {
        'accept-language': 'en',
      },
    );
    const raw = await env.app.request(`/api/v1/surveys/${pulse.id}/results.csv`, {
      headers: { authorization: `Bearer ${org.admin.token}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.text).rows;
    expect(rows[0][0]).toBe('Group');
    const gentRows = rows.filter((r) => r[1] === 'Site: Gent');
    expect(gentRows).toHaveLength(1);
    expect(gentRows[0].slice(2, 10).join('')).toBe('');
    expect(gentRows[0][10]).toMatch(/work out the answers of fewer than 5/);
  });

  it('refuses a filter or breakdown the survey does not report', async () => {
    const api = client(env.app, org.admin.token);
    expect((await api.get(`/api/v1/surveys/${pulse.id}/results?filter=start_cohort%3D2026-Q1`)).status).toBe(400);
    expect((await api.get(`/api/v1/surveys/${pulse.id}/results?breakdown=start_cohort`)).status).toBe(400);
    expect((await api.get(`/api/v1/surveys/${pulse.id}/results?filter=nonsense`)).status).toBe(400);
  });

  it('the CSV is formula-safe and has Belgian decimals', async () => {
    const csv = await client(env.app, org.admin.token).get(`/api/v1/surveys/${pulse.id}/results.csv`, { 'accept-language': 'nl-BE' });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = parseCsv(csv.text).rows;
    expect(rows[0][0]).toBe('Groep');
    expect(rows[1][0]).toBe('Iedereen');
    expect(rows.some((r) => /^\d+,\d+$/.test(r[5]))).toBe(true);
    expect(csv.text).not.toMatch(/(^|;)=/m);
  });
});

describe('comments', () => {
  it('are withheld while the survey is open below twice the minimum, shown without times otherwise', async () => {
    const api = client(env.app, org.admin.token);
    // Open: everyone (14) >= 2 x 5; Finance (6) < 10.
    const all = await api.get(`/api/v1/surveys/${pulse.id}/results/comments`);
    expect(all.body.group.withheld).toBeUndefined();
    const texts = all.body.questions.flatMap((x: any) => x.comments);
    expect(texts).toHaveLength(14);
    expect(JSON.stringify(all.body.questions)).not.toMatch(/2026-|period|\d\d:\d\d/);
    expect(Object.keys(all.body.questions[0]).sort()).toEqual(['comments', 'id', 'text']);
    const finance = await api.get(`/api/v1/surveys/${pulse.id}/results/comments?filter=department%3DFinance`);
    expect(finance.body.group.withheld).toBe('anonymity');
    expect(finance.body.notes.map((n: any) => n.code)).toContain('comments-while-open');
    expect(finance.text).not.toContain('comment 0');
  });
});

describe('trend and segments', () => {
  it('lists the segments with site names, from the invitations', async () => {
    const res = await client(env.app, org.admin.token).get(`/api/v1/surveys/${pulse.id}/results/segments`);
    const site = res.body.dimensions.find((d: any) => d.dimension === 'site');
    expect(site.values).toEqual([{ value: gent, label: 'Gent' }]);
    expect(res.body.dimensions.map((d: any) => d.dimension)).toContain('period');
    expect(res.text).not.toContain(liege); // nobody invited in Liège: not listed
  });

  it('gives the quarter of the answers', async () => {
    const res = await client(env.app, org.admin.token).get(`/api/v1/surveys/${pulse.id}/results/trend?by=period`);
    expect(res.status).toBe(200);
    const q4 = res.body.points.find((p: any) => p.value === '2026-Q4');
    expect(q4.respondents).toBe(14);
    expect(q4.source).toBe('live');
    expect((await client(env.app, org.admin.token).get(`/api/v1/surveys/${pulse.id}/results/trend?by=start_cohort`)).status).toBe(400);
  });
});

describe('the cached plan', () => {
  it('is made again when an answer arrives or the minimum is raised', async () => {
    const api = client(env.app, org.admin.token);
    expect((await api.get(`/api/v1/surveys/${pulse.id}/results`)).body.group.respondents).toBe(14);
    await answerSurvey(env, org.id, pulse.id, [{ department: 'Sales', siteId: gent }], { [q(pulse, 'enps')]: 10 });
    expect((await api.get(`/api/v1/surveys/${pulse.id}/results`)).body.group.respondents).toBe(15);
    await env.ctx.db.query(`update surveys set min_group = 20, min_comments = 20 where id = $1`, [pulse.id]);
    const res = await api.get(`/api/v1/surveys/${pulse.id}/results`);
    expectWithheldBare(res.body.group);
  });
});
