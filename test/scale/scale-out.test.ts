/**
 * Scale-out on PostgreSQL: two web processes (EMBASSY_ROLE=web) and two workers (EMBASSY_ROLE=worker)
 * on one database, as README "Running several processes" describes. Shows that
 * - the public pages' caches stay coherent across processes: a change made through one web process
 *   is on the other's careers wall within 250 ms (NOTIFY, src/platform/changes.ts);
 * - the daily sweep and its deliveries are never doubled: both workers sweep the same day at once,
 *   and each delivery reaches the SMTP sink exactly once, under its own Message-ID.
 * Needs PostgreSQL (several processes share the database): skipped without DATABASE_URL. Real
 * processes run on the real clock, so this test waits on real time (bounded, polled).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { FakeClock, localDate } from '../../src/platform/clock.ts';
import { silentLogger } from '../../src/platform/log.ts';
import { client, makeOrg, makeUser, openTestDb, testConfig, type TestEnv, type TestUser } from '../helpers.ts';
import { startMessageIdSink, type MessageIdSink } from '../smtp-sink.ts';

const onPostgres = !!process.env.DATABASE_URL;
const here = path.dirname(fileURLToPath(import.meta.url));
const PEOPLE = 200;
const STALE_BOUND_MS = 250;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const until = async (what: string, check: () => Promise<boolean>, timeoutMs: number, everyMs = 100) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};

describe.skipIf(!onPostgres)(
  'two web processes and two workers on one PostgreSQL database (skipped without DATABASE_URL: PGlite belongs to one process)',
  () => {
    let env: TestEnv;
    let drop: () => Promise<void>;
    let sink: MessageIdSink | undefined;
    const procs: ChildProcess[] = [];
    const webs: string[] = [];
    const dataDirs: string[] = [];
    let ana: TestUser;
    let orgId: string;

    beforeAll(async () => {
      const t = await openTestDb();
      drop = t.drop;
      const clock = new FakeClock(new Date());
      const ctx = { db: t.db, clock, config: testConfig(), log: silentLogger };
      env = { ctx, app: createApp(ctx), clock, close: async () => {} };

      sink = await startMessageIdSink();
      const smtpPort = sink.port;

      // Shared by every process: the database, the mail server and the key for stored secrets.
      const shared = {
        DATABASE_URL: t.url!,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
        EMBASSY_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
        EMBASSY_DEMO: '0',
        LOG_LEVEL: 'error',
        HOST: '127.0.0.1',
      };
      const start = (role: 'web' | 'worker', port: number) =>
        new Promise<ChildProcess>((resolve, reject) => {
          const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `embassy-scale-${role}-`));
          dataDirs.push(dataDir);
          const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'role-process.ts')], {
            env: { ...process.env, ...shared, EMBASSY_ROLE: role, PORT: String(port), DATA_DIR: dataDir },
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          procs.push(child);
          child.once('exit', (code) => reject(new Error(`${role} process exited with ${code}`)));
          child.stdout!.on('data', (c: Buffer) => {
            if (c.toString().includes('ready')) resolve(child);
          });
        });
      // The web processes start while the data is made; the workers after it, as their first pass
      // sweeps the day.
      const ports = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
      const websReady = Promise.all([start('web', ports[0]), start('web', ports[1])]);
      websReady.catch(() => {});

      // An organisation whose PEOPLE people start today (its day), a journey welcoming them that day,
      // and one external ambassador on the careers wall.
      const org = await makeOrg(ctx, 'scale');
      orgId = org.id;
      const admin = await makeUser(ctx, orgId, 'admin');
      const [{ time_zone }] = await ctx.db.query<{ time_zone: string }>(`select time_zone from organisations where id = $1`, [orgId]);
      const today = localDate(new Date(), time_zone);
      const rows = ['employee_number;first_name;last_name;work_email;start_date', `A0;Ana;Ferreira;ana@scale.test;2020-01-01`];
      for (let i = 1; i <= PEOPLE; i++) rows.push(`S${i};Person;Number${i};p${i}@scale.test;${today}`);
      const imported = await client(env.app, admin.token).post('/api/v1/people/import', rows.join('\n'), { 'content-type': 'text/csv' });
      expect(imported.body.created).toBe(PEOPLE + 1);
      const journey = await client(env.app, admin.token).post('/api/v1/journeys', { name: 'Welcome', active: true });
      await client(env.app, admin.token).post(`/api/v1/journeys/${journey.body.id}/steps`, {
        name: 'Welcome',
        kind: 'message',
        recipient: 'person',
        anchor: 'start_date',
        offsetDays: 0,
        offsetUnit: 'calendar',
        templates: { en: { subject: 'Welcome {{firstName}}', body: 'Hello {{fullName}}' } },
      });
      ana = await makeUser(ctx, orgId, 'employee', { email: 'ana@scale.test' });
      const optIn = await client(env.app, ana.token).put('/api/v1/me/ambassador', { scope: 'external', intro: 'Hello from Ana' });
      expect(optIn.status).toBe(200);

      await Promise.all([websReady, start('worker', ports[2]), start('worker', ports[3])]);
      webs.push(`http://127.0.0.1:${ports[0]}`, `http://127.0.0.1:${ports[1]}`);
    }, 120_000);

    afterAll(async () => {
      await Promise.all(
        procs.map(
          (p) =>
            new Promise<void>((r) => {
              if (p.exitCode !== null) return r();
              const kill = setTimeout(() => p.kill('SIGKILL'), 10_000);
              p.once('exit', () => (clearTimeout(kill), r()));
              p.kill('SIGTERM');
            }),
        ),
      );
      await sink?.close();
      for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
      await drop?.();
    });

    const wall = async (base: string) => {
      const res = await fetch(`${base}/careers/scale`);
      expect(res.status).toBe(200);
      return (await res.text()).includes('Ferreira');
    };
    const change = async (base: string, state: 'out' | 'in') => {
      const res = await fetch(`${base}/api/v1/me/ambassador`, {
        method: state === 'out' ? 'DELETE' : 'PUT',
        headers: { authorization: `Bearer ${ana.token}`, 'content-type': 'application/json' },
        body: state === 'in' ? JSON.stringify({ scope: 'external' }) : undefined,
      });
      expect(res.status).toBe(state === 'out' ? 204 : 200);
    };

    it('shows a change made through one web process on the other within 250 ms', async () => {
      const lags: number[] = [];
      for (let i = 0; i < 6; i++) {
        const [through, other] = i % 2 ? [webs[1], webs[0]] : [webs[0], webs[1]];
        const state = i % 2 ? 'in' : 'out';
        // Both walls cached with the current state.
        for (const w of webs) expect(await wall(w)).toBe(state === 'out');
        await change(through, state);
        const t0 = Date.now();
        // When the first request that got the new page was sent: from then on the old one is gone
        // (on a busy machine its answer may take a while longer to render and arrive).
        let sentAt = 0;
        await until(
          'the other web process to show the change',
          async () => {
            sentAt = Date.now();
            return (await wall(other)) === (state === 'in');
          },
          2000,
          5,
        );
        lags.push(sentAt - t0);
        // The process that made the change serves the new page at once.
        expect(await wall(through)).toBe(state === 'in');
      }
      expect(Math.max(...lags), `lags: ${lags.join(', ')} ms`).toBeLessThanOrEqual(STALE_BOUND_MS);
    }, 30_000);

    it('sweeps the day once and sends each delivery exactly once across both workers', async () => {
      // Both workers sweep at their start; each (person, step) has one delivery whatever they did.
      await until(
        "today's sweep",
        async () => (await env.ctx.db.query(`select 1 from deliveries where org_id = $1 limit 1`, [orgId])).length > 0,
        20_000,
      );
      const [{ n, distinct }] = await env.ctx.db.query<{ n: number; distinct: number }>(
        `select count(*)::int as n, count(distinct person_id)::int as distinct from deliveries where org_id = $1`,
        [orgId],
      );
      expect(n).toBe(PEOPLE);
      expect(distinct).toBe(PEOPLE);
      // Due now by the real clock the workers use: both drain at once. Only the rows not yet due, in
      // id order: the workers may already be sending the others (the test's clock is the real one,
      // and some steps are due at once), and one statement locking those too, in the table's order,
      // could deadlock with a worker's outcome write over the same rows.
      await env.ctx.db.query(
        `update deliveries set next_attempt_at = now() - interval '1 second'
          where id in (select id from deliveries where org_id = $1 and status = 'pending' and next_attempt_at > now() order by id for update)`,
        [orgId],
      );
      const sent = async () =>
        (
          await env.ctx.db.query<{ n: number }>(`select count(*)::int as n from deliveries where org_id = $1 and status = 'sent'`, [orgId])
        )[0].n;
      await until('every delivery sent', async () => (await sent()) === PEOPLE, 30_000);
      const ids = await env.ctx.db.query<{ message_id: string }>(`select message_id from deliveries where org_id = $1`, [orgId]);
      const received = sink?.received ?? new Map<string, number>();
      for (const d of ids) expect(received.get(d.message_id), d.message_id).toBe(1);
      // Nothing else was sent twice either (digests, welcomes).
      expect([...received.values()].filter((c) => c > 1)).toEqual([]);
    }, 60_000);
  },
);
