/**
 * The first start: a demo password the policy refuses stops it before anything is written, with
 * the rule by its message; a demo that fails midway leaves the database empty, and the next start
 * creates it whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../../src/db/db.ts';
import { ConfigError } from '../../src/config.ts';
import { assertDemoPassword, DEMO_ADMIN, ensureDemo } from '../../src/demo.ts';
import { startServer } from '../../src/server.ts';
import { verifyPassword } from '../../src/platform/passwords.ts';
import { createTestEnv, testConfig, type TestEnv } from '../helpers.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const counts = async () => {
  const [row] = await env.ctx.db.query<{ orgs: number; people: number; users: number; audit: number; stories: number }>(
    `select (select count(*)::int from organisations) as orgs, (select count(*)::int from people) as people,
            (select count(*)::int from users) as users, (select count(*)::int from audit_log) as audit,
            (select count(*)::int from stories) as stories`,
  );
  return row;
};

/** The database, with every statement matching `fails` refused as a broken disk would. */
function failing(db: Db, fails: RegExp): Db {
  const guard = (q: Queryable): Queryable => ({
    ...q,
    query: (sql, params) => (fails.test(sql) ? Promise.reject(new Error('injected failure')) : q.query(sql, params)),
  });
  return {
    ...guard(db),
    engine: db.engine,
    transaction: (fn) => db.transaction((tx) => fn(guard(tx))),
    listen: db.listen,
    close: db.close,
  };
}

describe('the demo password', () => {
  it.each([
    ['short-one', 'password-too-short', /at least 12 characters/],
    ['DemoAdmin2024!', 'password-contains-name', /built from your name \("Demo Admin"\)/],
    ['BankBelgium-2024!', 'password-contains-organisation', /organisation name \("Demo Bank Belgium"\)/],
    ['Password2024!', 'password-common-word', /common word/],
  ])('refuses %s by its rule (%s)', (password, rule, message) => {
    expect(() => assertDemoPassword(password)).toThrow(ConfigError);
    expect(() => assertDemoPassword(password)).toThrow(message);
    expect(() => assertDemoPassword(password)).toThrow(`rule ${rule}`);
  });

  it('takes a passphrase with "admin" in it: the admin@ address is a shared mailbox, not a name', () => {
    expect(() => assertDemoPassword('the admin takes tram 7 home')).not.toThrow();
    expect(() => assertDemoPassword(undefined)).not.toThrow();
  });

  it('stops `start` before the database is opened, and writes nothing', async () => {
    const before = await counts();
    const config = testConfig({ demo: true, demoPassword: 'DemoAdmin2024!', dataDir: '/nonexistent/embassy-never-opened', port: 0 });
    await expect(startServer(config, () => {})).rejects.toThrow(/EMBASSY_DEMO_PASSWORD: This password is built from your name/);
    expect(await counts()).toEqual(before);
    await expect(ensureDemo({ ...env.ctx, config })).rejects.toThrow(ConfigError);
    expect(await counts()).toEqual(before);
  });
});

describe('the first start', () => {
  it('leaves the database empty when the demo fails midway, and the next start creates it whole', async () => {
    const config = testConfig({ demo: true, demoPassword: 'tram 7 naar de zee, graag' });
    // The ambassadors' stories come last, after the organisation, 300 people, the admin and the journeys.
    const broken = { ...env.ctx, config, db: failing(env.ctx.db, /insert into stories/i) };
    await expect(ensureDemo(broken)).rejects.toThrow('injected failure');
    expect(await counts()).toEqual({ orgs: 0, people: 0, users: 0, audit: 0, stories: 0 });

    const created = await ensureDemo({ ...env.ctx, config });
    expect(created).toEqual({ email: DEMO_ADMIN, generatedPassword: undefined, people: 300 });
    const after = await counts();
    expect(after).toMatchObject({ orgs: 1, people: 300, users: 1 });
    expect(after.stories).toBeGreaterThan(0);
    const [admin] = await env.ctx.db.query<{ password_hash: string }>(`select password_hash from users where email = $1`, [DEMO_ADMIN]);
    expect(await verifyPassword(admin.password_hash, 'tram 7 naar de zee, graag')).toBe(true);
    const [{ n }] = await env.ctx.db.query<{ n: number }>(`select count(*)::int as n from journeys where active`);
    expect(n).toBeGreaterThan(0);

    // Started again: the demo is there, nothing is added.
    expect(await ensureDemo({ ...env.ctx, config })).toBeUndefined();
    expect(await counts()).toEqual(after);
  });
});

describe("the demo's surveys", () => {
  it('have answers given through the personal link, each without a person, and HR sees results above the minimum', async () => {
    // The demo was created by the test above (same database).
    const [s] = await env.ctx.db.query<{ surveys: number; invited: number; answered: number; responses: number }>(
      `select (select count(*)::int from surveys where status = 'open') as surveys,
              (select count(*)::int from survey_invitations) as invited,
              (select count(*)::int from survey_invitations where answered_on is not null) as answered,
              (select count(*)::int from survey_responses) as responses`,
    );
    expect(s.surveys).toBeGreaterThanOrEqual(2);
    expect(s.answered).toBeGreaterThan(100);
    expect(s.responses).toBe(s.answered);
    expect(s.invited).toBeGreaterThan(s.answered);
    const cohorts = await env.ctx.db.query<{ c: string }>(
      `select distinct r.start_cohort as c from survey_responses r join surveys v on v.id = r.survey_id where v.template_key = 'onboarding_30'`,
    );
    expect(cohorts.length).toBeGreaterThanOrEqual(3);
    const columns = await env.ctx.db.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name in ('survey_responses', 'survey_answers')`,
    );
    expect(columns.map((c) => c.column_name)).not.toContain('person_id');
  });
});
