/**
 * The demo reads in every language of the interface: its journeys (from the ready templates) carry
 * their names in nl, fr and en, and each of the coordinators' tips, guidelines and trainings exists
 * in the three languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemo } from '../../src/demo.ts';
import { createTestEnv, testConfig, type TestEnv } from '../helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await ensureDemo({ ...env.ctx, config: testConfig({ demo: true, demoPassword: 'tram 7 naar de zee, graag' }) });
});
afterAll(() => env.close());

describe('the demo in three languages', () => {
  it('names every journey and step in Dutch, French and English', async () => {
    const rows = await env.ctx.db.query<{ what: string; name: Record<string, string> }>(
      `select 'journey' as what, name from journeys union all select 'step', name from journey_steps`,
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) expect(Object.keys(r.name).sort(), JSON.stringify(r)).toEqual(['en', 'fr', 'nl']);
    const [birthday] = await env.ctx.db.query<{ name: Record<string, string> }>(
      `select name from journey_steps where name->>'en' = 'Birthday'`,
    );
    expect(birthday.name).toEqual({ nl: 'Verjaardag', fr: 'Anniversaire', en: 'Birthday' });
  });

  it('has each tip, guideline and training in the three languages', async () => {
    const rows = await env.ctx.db.query<{ kind: string; language: string; n: number }>(
      `select kind, language, count(*)::int as n from resources group by kind, language order by kind, language`,
    );
    const kinds = [...new Set(rows.map((r) => r.kind))];
    expect(kinds.sort()).toEqual(['guideline', 'tip', 'training']);
    for (const kind of kinds) {
      const per = Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.language, r.n]));
      expect(per, kind).toEqual({ nl: per.nl, fr: per.nl, en: per.nl });
      expect(per.nl).toBeGreaterThan(0);
    }
  });
});
