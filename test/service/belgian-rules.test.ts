/**
 * The Belgian rules as the daily sweep applies them to people imported by HR: each person's working
 * days skip the day of the community competent where they work (their site's region, and in
 * Wallonia and Brussels their language), and retirement moments follow the legal pension age of
 * their birth cohort. Expected days come from the pure rules with the person's rule set spelled out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueFrom, retirementDate } from '../../src/modules/moments/schedule.ts';
import { dueBetween } from '../../src/modules/moments/sweep.ts';
import { addDays } from '../../src/platform/calendar.ts';
import type { HolidayRules } from '../../src/platform/holidays.ts';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
type Step = { id: string; anchor: string; offset_days: number; offset_unit: 'calendar' | 'working' };
let steps: Step[];

const HEADER = 'employee_number;first_name;last_name;work_email;personal_email;language;site;region;start_date;birthday';
// [number, language, site, region, start date, birthday]
const PEOPLE: [string, string, string, string, string, string][] = [
  // Start Monday 18 November 2024: 15 November (a Friday) is the German-speaking Community's day.
  ['G1', 'de', 'Eupen', 'wallonia', '2024-11-18', '01/01/1990'],
  ['W1', 'fr', 'Namur', 'wallonia', '2024-11-18', '01/01/1990'],
  ['V1', 'nl', 'Gent', 'flanders', '2024-11-18', '01/01/1990'],
  ['D1', 'de', 'Brussel', 'brussels', '2024-11-18', '01/01/1990'],
  // Start Monday 30 September 2024: 27 September (a Friday) is the French Community's day.
  ['W2', 'fr', 'Namur', 'wallonia', '2024-09-30', '01/01/1990'],
  ['B2', 'fr', 'Brussel', 'brussels', '2024-09-30', '01/01/1990'],
  ['B3', 'nl', 'Brussel', 'brussels', '2024-09-30', '01/01/1990'],
  ['G2', 'de', 'Eupen', 'wallonia', '2024-09-30', '01/01/1990'],
  // Start Monday 14 July 2025: 11 July (a Friday) is the Flemish Community's day.
  ['V3', 'nl', 'Gent', 'flanders', '2025-07-14', '01/01/1990'],
  ['V4', 'fr', 'Gent', 'flanders', '2025-07-14', '01/01/1990'],
  ['B4', 'nl', 'Brussel', 'brussels', '2025-07-14', '01/01/1990'],
  ['B5', 'fr', 'Brussel', 'brussels', '2025-07-14', '01/01/1990'],
];
// Retirement by birth cohort (no start date, so no preboarding): [number, birthday].
const RETIRING: [string, string][] = [
  ['R59', '20/12/1959'],
  ['R60', '05/01/1960'],
  ['R63', '31/12/1963'],
  ['R64', '01/01/1964'],
  ['R64b', '15/06/1964'],
  ['R65', '10/03/1965'],
];

const rulesOf = (language: string, region: string): HolidayRules => ({
  country: 'BE',
  region: region as HolidayRules['region'],
  language: language as HolidayRules['language'],
});

beforeAll(async () => {
  env = await createTestEnv({ now: '2024-09-01T06:00:00Z' });
  orgId = (await makeOrg(env.ctx)).id;
  const hr = await makeUser(env.ctx, orgId, 'admin');
  const rows = [
    ...PEOPLE.map(
      ([n, lang, site, region, start, birthday]) =>
        `${n};P${n};Q${n};${n}@rules.be;${n}@home.be;${lang};${site};${region};${start};${birthday}`,
    ),
    ...RETIRING.map(([n, birthday]) => `${n};P${n};Q${n};${n}@rules.be;;nl;Gent;flanders;;${birthday}`),
  ];
  const res = await client(env.app, hr.token).post('/api/v1/people/import', [HEADER, ...rows].join('\n'), { 'content-type': 'text/csv' });
  expect(res.status, res.text).toBe(200);
  for (const templateKey of ['preboarding', 'retirement']) {
    expect((await client(env.app, hr.token).post('/api/v1/journeys', { templateKey, active: true })).status).toBe(201);
  }
  steps = await env.ctx.db.query<Step>('select id, anchor, offset_days, offset_unit from journey_steps where org_id = $1', [orgId]);
});
afterAll(() => env.close());

/** What the sweep would write between from and to, as "number step due" lines. */
async function due(from: string, to: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const m of await dueBetween(env.ctx, orgId, from, to, null)) out.set(`${m.last_name.slice(1)} ${m.step_id}`, m.due);
  return out;
}

describe('working days per community', () => {
  it("skips the day of the person's community only, as the sweep computes it", async () => {
    const step = steps.find((s) => s.anchor === 'start_date' && s.offset_unit === 'working' && s.offset_days < 0);
    expect(step, 'a working-day step before the start').toBeDefined();
    const found = await due('2024-09-01', '2025-07-14');
    const expected = new Map<string, string>();
    for (const [n, lang, , region, start] of PEOPLE) {
      const day = dueFrom(start, { offsetDays: step!.offset_days, offsetUnit: 'working' }, rulesOf(lang, region));
      expected.set(n, day);
      expect(`${n} ${found.get(`${n} ${step!.id}`)}`).toBe(`${n} ${day}`);
    }
    // The community day moved these people's step a day earlier than their colleagues': the test sees the rule.
    expect(expected.get('G1')).toBe(addDays(expected.get('W1')!, -1));
    expect(expected.get('V1')).toBe(expected.get('W1'));
    expect(expected.get('D1')).toBe(expected.get('W1'));
    expect(expected.get('W2')).toBe(addDays(expected.get('G2')!, -1));
    expect(expected.get('B2')).toBe(expected.get('W2'));
    expect(expected.get('B3')).toBe(expected.get('G2'));
    expect(expected.get('V3')).toBe(addDays(expected.get('B5')!, -1));
    expect(expected.get('V4')).toBe(expected.get('V3'));
    expect(expected.get('B4')).toBe(expected.get('V3'));
  });
});

describe('retirement by birth cohort', () => {
  it('comes at 65 before 1960, 66 for 1960 to 1963, 67 from 1964, on the first of the next month', async () => {
    const retirementSteps = steps.filter((s) => s.anchor === 'retirement');
    expect(retirementSteps.length).toBeGreaterThan(0);
    const legal: Record<string, string> = {
      R59: '2025-01-01',
      R60: '2026-02-01',
      R63: '2030-01-01',
      R64: '2031-02-01',
      R64b: '2031-07-01',
      R65: '2032-04-01',
    };
    for (const [n, birthday] of RETIRING) {
      const [, m, y] = birthday.split('/').map(Number);
      expect(retirementDate(y, m)).toBe(legal[n]);
      for (const step of retirementSteps) {
        const day = dueFrom(legal[n], { offsetDays: step.offset_days, offsetUnit: step.offset_unit }, rulesOf('nl', 'flanders'));
        const found = await due(day, day);
        expect(`${n} ${found.get(`${n} ${step.id}`)}`).toBe(`${n} ${day}`);
        // A year early (the 1964 cohort at 66) nothing is due for them.
        const yearBefore = `${Number(legal[n].slice(0, 4)) - 1}${legal[n].slice(4)}`;
        const yearEarly = dueFrom(yearBefore, { offsetDays: step.offset_days, offsetUnit: step.offset_unit }, rulesOf('nl', 'flanders'));
        expect((await due(yearEarly, yearEarly)).has(`${n} ${step.id}`)).toBe(false);
      }
    }
  });
});
