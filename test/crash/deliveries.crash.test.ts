/**
 * The crash test: 10,000 due deliveries, three worker processes, a local SMTP sink, and workers
 * killed with SIGKILL again and again until every delivery is sent. Every delivery must arrive,
 * each under its own stable Message-ID; a second copy can only come from a kill in the instant
 * between the sink's acceptance and the worker's write, and then carries the same Message-ID, so
 * a mailbox files it once. Needs PostgreSQL (several processes share the database): it runs in
 * the PostgreSQL pass of the suite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweep } from '../../src/modules/moments/sweep.ts';
import { createApp } from '../../src/app.ts';
import { FakeClock } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/log.ts';
import { client, makeOrg, makeUser, openTestDb, testConfig, type TestEnv } from '../helpers.ts';
import { startMessageIdSink, type MessageIdSink } from '../smtp-sink.ts';

const DELIVERIES = 10_000;
const WORKERS = 3;
const onPostgres = !!process.env.DATABASE_URL;
const here = path.dirname(fileURLToPath(import.meta.url));

describe.skipIf(!onPostgres)('deliveries survive SIGKILL (PostgreSQL)', () => {
  let env: TestEnv;
  let url: string;
  let drop: () => Promise<void>;
  let sink: MessageIdSink | undefined;
  let port: number;

  beforeAll(async () => {
    const t = await openTestDb();
    url = t.url!;
    drop = t.drop;
    const ctx = { db: t.db, clock: new FakeClock('2026-01-05T08:00:00Z'), config: testConfig(), log: silentLogger };
    env = { ctx, app: createApp(ctx), clock: ctx.clock, close: async () => {} };

    const orgId = (await makeOrg(env.ctx, 'crash')).id;
    const admin = await makeUser(env.ctx, orgId, 'admin');
    const rows = ['employee_number;first_name;last_name;work_email;start_date'];
    for (let i = 0; i < DELIVERIES; i++) rows.push(`C${i};Person;Number${i};p${i}@crash.test;2026-01-05`);
    const imported = await client(env.app, admin.token).post('/api/v1/people/import', rows.join('\n'), { 'content-type': 'text/csv' });
    expect(imported.body.created).toBe(DELIVERIES);
    const journey = await client(env.app, admin.token).post('/api/v1/journeys', { name: 'Crash', active: true });
    await client(env.app, admin.token).post(`/api/v1/journeys/${journey.body.id}/steps`, {
      name: 'Welcome',
      kind: 'message',
      recipient: 'person',
      anchor: 'start_date',
      offsetDays: 0,
      offsetUnit: 'calendar',
      templates: { en: { subject: 'Welcome {{firstName}}', body: 'Hello {{fullName}}' } },
    });
    expect((await sweep(env.ctx, orgId, '2026-01-05')).created).toBe(DELIVERIES);
    // Due now by the real clock the worker processes use.
    await t.db.query(`update deliveries set next_attempt_at = now() - interval '1 second'`);

    sink = await startMessageIdSink();
    port = sink.port;
  }, 180_000);

  afterAll(async () => {
    await sink?.close();
    await drop?.();
  });

  it('sends every delivery, under its own Message-ID, while workers are killed again and again', async () => {
    const start = () =>
      spawn(process.execPath, ['--import', 'tsx', path.join(here, 'worker-process.ts')], {
        env: {
          ...process.env,
          DATABASE_URL: url,
          SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
          CLAIM_SECONDS: '2',
          LOG_LEVEL: 'silent',
          EMBASSY_DEMO: '0',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    const workers: ChildProcess[] = Array.from({ length: WORKERS }, start);
    let kills = 0;
    const deadline = Date.now() + 150_000;
    const sentCount = async () =>
      (await env.ctx.db.query<{ n: number }>(`select count(*)::int as n from deliveries where status = 'sent'`))[0].n;
    try {
      while ((await sentCount()) < DELIVERIES && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 400 + Math.random() * 600));
        if (kills < 25) {
          const i = Math.floor(Math.random() * workers.length);
          workers[i].kill('SIGKILL');
          kills++;
          workers[i] = start();
        }
      }
    } finally {
      for (const w of workers) w.kill('SIGKILL');
    }
    expect(await sentCount()).toBe(DELIVERIES);
    const ids = await env.ctx.db.query<{ message_id: string }>(`select message_id from deliveries`);
    const received = sink?.received ?? new Map<string, number>();
    const missing = ids.filter((d) => !received.has(d.message_id));
    expect(missing).toEqual([]);
    expect(received.has('missing')).toBe(false);
    expect(received.size).toBe(DELIVERIES);
    const duplicates = [...received.values()].reduce((s, n) => s + n - 1, 0);
    // A copy needs a kill between the sink's 250 and the worker's write: at most one mail in
    // flight per connection per kill (4 at a time per worker).
    expect(duplicates).toBeLessThanOrEqual(kills * 4);
    console.log(`crash test: ${DELIVERIES} deliveries, ${kills} kills, ${received.size} distinct Message-IDs, ${duplicates} second copies`);
  }, 200_000);
});
