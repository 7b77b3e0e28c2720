/**
 * deliveries: 10,000 due deliveries (2,000 with --quick) sent by the product's worker
 * (sendDueDeliveries in a loop, with the product's SMTP transport from SMTP_URL: a pool of 5
 * connections, 8 mails in flight) into a local SMTP sink running in its own process. The deliveries
 * come from the product's sweep: a journey with one message step (the "Day-one welcome" texts)
 * anchored on a custom date that every employed person has today.
 *
 * Baseline: nodemailer alone, same pool settings, sending the same MIME messages (the rendered text,
 * the HTML part and the headers composeMail makes, as the product's transport does; 8 in flight, as
 * the worker's concurrency) to the same sink, no database. On PGlite the worker runs in this process
 * (PGlite is one process's database); on PostgreSQL each worker is a process of its own, as in a
 * deployment, and two workers share the deliveries. Rounds alternate; between worker runs the
 * deliveries are set back to pending.
 *
 * Goal (issue 13): one worker at least 0.7× bare nodemailer's mails per second, on both engines;
 * on PostgreSQL, two workers at least 1.6× one.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nodemailer from 'nodemailer';
import { loadConfig } from '../src/config.ts';
import { openDb } from '../src/db/open.ts';
import { systemClock } from '../src/platform/clock.ts';
import type { AppContext } from '../src/platform/context.ts';
import { silentLogger } from '../src/platform/log.ts';
import { createTransport, type MailTransport } from '../src/platform/mail.ts';
import { composeMail } from '../src/platform/mail-html.ts';
import { systemActor } from '../src/platform/policy.ts';
import { CONTEXT_SQL, DRAIN_BATCHES, sendDueDeliveries, type DeliveryContext } from '../src/modules/moments/deliveries.ts';
import { addStep, createJourney } from '../src/modules/moments/journeys.service.ts';
import { chooseLanguage, render } from '../src/modules/moments/render.ts';
import { sweep } from '../src/modules/moments/sweep.ts';
import { JOURNEY_TEMPLATES } from '../src/modules/moments/templates.ts';
import { fmt, median, onCleanup, profiled, progress, ratio, timed, type BenchResult } from './lib.ts';
import os from 'node:os';
import { cpuMs, machineBusyMs } from './loadgen.ts';
import { ROOT } from './proc.ts';
import { analyze, count, openBenchCtx, orgWithPeople, recording, rotations, today, type BenchCtx } from './setup.ts';
import type { Workspace } from './workspace.ts';

export const headers = ['engine', 'case', 'mails', 'runs s', 'median mails/s', 'ms per mail', 'vs nodemailer', 'goal', 'detail'];

const SIZE = { full: { deliveries: 10_000, people: 10_400 }, quick: { deliveries: 2_000, people: 2_100 } };
const IN_FLIGHT = 8;
/** Issue 13: one worker ≥ 0.7× bare nodemailer (both engines); two workers ≥ 1.6× one (PostgreSQL). */
export const GOAL = { oneVsNodemailer: 0.7, twoVsOne: 1.6 } as const;

type Case = 'baseline' | 'one' | 'two';

/** The worker's statements, by what they do. */
function statementKind(sql: string): string {
  if (/set status = 'sending'/.test(sql)) return 'claim';
  if (/join journey_steps st/.test(sql)) return 'context';
  if (/set locked_until = \$3 where id = any/.test(sql)) return 'lease extension';
  if (/insert into delivery_attempts/.test(sql)) return 'outcome writes';
  return 'other statements';
}

/** One worker until nothing is due: sendDueDeliveries in a loop (as the worker's drain calls it), its statements and SMTP sends timed by kind (ms, summed). */
async function work(ctx: AppContext): Promise<Record<string, number>> {
  const rec = new Map<string, number>();
  const smtp = createTransport(ctx);
  const transport: MailTransport = {
    name: smtp.name,
    async send(mail) {
      const t0 = performance.now();
      await smtp.send(mail);
      rec.set('SMTP send', (rec.get('SMTP send') ?? 0) + performance.now() - t0);
    },
  };
  const timedDb = recording(ctx.db, rec, statementKind);
  // How many statements of each kind: under '# kind'.
  const db = {
    ...timedDb,
    query<T>(sql: string, params?: readonly unknown[]) {
      const key = `# ${statementKind(sql)}`;
      rec.set(key, (rec.get(key) ?? 0) + 1);
      return timedDb.query<T>(sql, params);
    },
  };
  // As the worker's drain does (src/worker.ts): several claims in a row, the next taken before the last rows go out.
  while ((await sendDueDeliveries({ ...ctx, db }, transport, { batches: DRAIN_BATCHES })) > 0) {
    /* next batch */
  }
  return Object.fromEntries(rec);
}

interface Sink {
  port: number;
  pid: number;
  /** Counts since the last reset; `reset` zeroes them first. */
  counts(reset?: boolean): Promise<{ received: number; distinct: number }>;
  stop(): Promise<void>;
}

async function startSink(): Promise<Sink> {
  const child: ChildProcess = fork(path.join(ROOT, 'bench', 'smtp-sink.ts'), [], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited with ${code}`)));
  });
  const stop = onCleanup('SMTP sink', async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  });
  return {
    port,
    pid: child.pid!,
    counts: (reset = false) =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as { received: number; distinct: number }));
        child.send(reset ? 'reset' : 'count');
      }),
    stop,
  };
}

/** Worker processes (PostgreSQL): started and connected first, then told to go together; their wall time and CPU. */
async function workerProcesses(
  n: number,
  env: { databaseUrl: string; dataDir: string; smtpUrl: string },
): Promise<{ ms: number; cpuMs: number; machineBusyMs: number; parts: Record<string, number>[] }> {
  const children = Array.from({ length: n }, () =>
    fork(fileURLToPath(import.meta.url), ['deliveries-worker', env.databaseUrl, env.dataDir, env.smtpUrl], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const stop = onCleanup('delivery worker processes', () => {
    for (const c of children) if (c.exitCode === null) c.kill();
  });
  try {
    const next = (c: ChildProcess) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        c.once('message', (m) => resolve(m as Record<string, unknown>));
        c.once('exit', (code) => reject(new Error(`a delivery worker process exited with ${code}`)));
      });
    await Promise.all(children.map(next));
    const cpu0 = children.map((c) => cpuMs(c.pid!));
    const done = children.map(next);
    const busy0 = machineBusyMs();
    const t0 = performance.now();
    for (const c of children) c.send('go');
    const answers = await Promise.all(done);
    const ms = performance.now() - t0;
    const busy = machineBusyMs() - busy0;
    const cpu = children.reduce((s, c, i) => s + cpuMs(c.pid!) - cpu0[i], 0);
    return { ms, cpuMs: cpu, machineBusyMs: busy, parts: answers.map((a) => a.parts as Record<string, number>) };
  } finally {
    await stop();
  }
}

/** A delivery worker process: connects, says so, works on 'go' until nothing is due, reports its parts and waits to be stopped. */
async function workerProcess([databaseUrl, dataDir, smtpUrl]: string[]): Promise<void> {
  const config = loadConfig({ EMBASSY_DEMO: '0', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, SMTP_URL: smtpUrl });
  const db = await openDb({ databaseUrl, dataDir });
  const go = new Promise((r) => process.once('message', r));
  process.send!({ ready: true });
  await go;
  const parts = await profiled('delivery-worker', () => work({ db, clock: systemClock, config, log: silentLogger }));
  process.send!({ parts });
  // Stopped by the benchmark (its SMTP pool and database connections would keep it alive).
}

if (process.argv[2] === 'deliveries-worker' && import.meta.url === pathToFileURL(process.argv[1]).href) {
  workerProcess(process.argv.slice(3)).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

/** The due deliveries, from the product's sweep. */
async function makeDeliveries(b: BenchCtx, ws: Workspace, size: { deliveries: number; people: number }): Promise<string> {
  const { ctx } = b;
  const { orgId } = await orgWithPeople(b, ws.opts, 'bench-deliveries', size.people);
  const actor = systemActor(orgId);
  const day = today();
  const welcome = JOURNEY_TEMPLATES.flatMap((t) => t.steps).find((s) => s.name.en === 'Day-one welcome')!;
  const journey = await createJourney(ctx, actor, { name: 'Bench', active: true });
  await addStep(ctx, actor, journey.id, {
    name: 'Bench welcome',
    kind: 'message',
    recipient: 'person',
    anchor: 'custom',
    customKey: 'bench_day',
    offsetDays: 0,
    offsetUnit: 'calendar',
    templates: welcome.templates,
  });
  await ctx.db.query(
    `insert into person_dates (org_id, person_id, key, date)
     select $1, id, 'bench_day', $2 from people
      where org_id = $1 and start_date <= $2 and (end_date is null or end_date >= $2) order by employee_number limit ${size.deliveries}`,
    [orgId, day],
  );
  const s = await sweep(ctx, orgId, day);
  if (s.created !== size.deliveries) throw new Error(`the sweep created ${s.created} deliveries, expected ${size.deliveries}`);
  await ctx.db.query(`update deliveries set next_attempt_at = now() - interval '1 second' where org_id = $1`, [orgId]);
  await analyze(b, ws.opts, ['deliveries', 'person_dates']);
  return orgId;
}

export async function runDeliveries(ws: Workspace): Promise<BenchResult> {
  const { engine, opts } = ws;
  const size = opts.quick ? SIZE.quick : SIZE.full;
  const N = size.deliveries;
  const sink = await startSink();
  const smtpUrl = `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`;
  const b = await openBenchCtx(engine, opts, 'deliveries', { SMTP_URL: smtpUrl });
  try {
    const { ctx } = b;
    const orgId = await makeDeliveries(b, ws, size);

    // The baseline's mails: exactly what the worker renders, rendered here before the clock starts.
    const rows = await ctx.db.query<DeliveryContext>(`${CONTEXT_SQL} where d.org_id = $1 order by d.id`, [orgId]);
    const mails = rows.map((d, i) => {
      const lang = chooseLanguage({ language: d.language, region: d.region }, d.default_language, d.templates);
      const msg = render(d.templates, lang, {
        person: d,
        managerName: d.m_name,
        buddyName: d.b_name,
        orgName: d.org_name,
        occurrence: d.occurrence,
        anchor: d.anchor,
        surveyLink: '',
      });
      // The same MIME message the product's transport builds: text, HTML and headers (composeMail).
      const composed = composeMail({
        subject: msg.subject,
        text: msg.body,
        html: null,
        lang,
        brandColour: d.brand_colour,
        orgName: d.org_name,
        unsubscribeUrl: null,
      });
      return { to: (d.work_email ?? d.personal_email)!, subject: msg.subject, ...composed, n: i };
    });
    const url = new URL(smtpUrl);
    url.searchParams.set('pool', 'true');
    url.searchParams.set('maxConnections', '5');

    // PGlite is one process's database: its worker runs here. PostgreSQL's run as processes.
    const inProcess = engine === 'pglite';
    const cases: Case[] = inProcess ? ['baseline', 'one'] : ['baseline', 'one', 'two'];
    const runs: Record<Case, number[]> = { baseline: [], one: [], two: [] };
    const cpu: Record<Case | 'sink', number[]> = { baseline: [], one: [], two: [], sink: [] };
    /** Cores busy on the whole machine (every process: senders, sink, database) during each run. */
    const machine: Record<Case, number[]> = { baseline: [], one: [], two: [] };
    const breakdown: Record<string, number>[] = [];
    let workerRuns = 0;
    for (const [r, order] of rotations(cases, opts.rounds).entries()) {
      for (const c of order) {
        progress(
          `${engine}: round ${r + 1}/${opts.rounds}: ${c === 'baseline' ? 'nodemailer alone' : c === 'one' ? 'one worker' : 'two workers'}`,
        );
        if (c !== 'baseline' && workerRuns++ > 0) {
          await ctx.db.query(`delete from delivery_attempts where delivery_id in (select id from deliveries where org_id = $1)`, [orgId]);
          await ctx.db.query(
            `update deliveries set status = 'pending', attempts = 0, sent_at = null, locked_until = null, claim_token = null, to_addresses = null,
                    language = null, subject = null, body = null, last_error = null, next_attempt_at = now() - interval '1 second' where org_id = $1`,
            [orgId],
          );
          await ctx.db.exec('vacuum deliveries');
          await ctx.db.exec('vacuum delivery_attempts');
        }
        await sink.counts(true);
        const sink0 = cpuMs(sink.pid);
        /** The machine's busy CPU during the timed part alone (the worker processes' start is not in it). */
        let busyMs: number;
        if (c === 'baseline') {
          const cpu0 = process.cpuUsage();
          const transporter = nodemailer.createTransport(url.toString());
          let next = 0;
          const busy0 = machineBusyMs();
          const { ms } = await timed(() =>
            profiled('nodemailer-baseline', async () => {
              const one = async () => {
                while (next < mails.length) {
                  const m = mails[next++];
                  await transporter.sendMail({
                    from: ctx.config.mailFrom,
                    to: m.to,
                    subject: m.subject,
                    text: m.text,
                    html: m.html,
                    headers: m.headers,
                    messageId: `<bench-${r}-${m.n}@baseline.embassy>`,
                  });
                }
              };
              await Promise.all(Array.from({ length: IN_FLIGHT }, one));
            }),
          );
          busyMs = machineBusyMs() - busy0;
          transporter.close();
          runs.baseline.push(ms);
          const u = process.cpuUsage(cpu0);
          cpu.baseline.push((u.user + u.system) / 1000 / ms);
        } else {
          let ms: number;
          if (inProcess) {
            const cpu0 = process.cpuUsage();
            const busy0 = machineBusyMs();
            const t = await timed(() => profiled('delivery-worker', () => work(ctx)));
            busyMs = machineBusyMs() - busy0;
            ms = t.ms;
            breakdown.push(t.value);
            const u = process.cpuUsage(cpu0);
            cpu[c].push((u.user + u.system) / 1000 / ms);
          } else {
            const p = await workerProcesses(c === 'one' ? 1 : 2, { databaseUrl: b.store.databaseUrl!, dataDir: b.store.dataDir, smtpUrl });
            ms = p.ms;
            busyMs = p.machineBusyMs;
            if (c === 'one') breakdown.push(p.parts[0]);
            cpu[c].push(p.cpuMs / ms);
          }
          runs[c].push(ms);
          const sent = await count(ctx.db, `select count(*)::int as n from deliveries where org_id = $1 and status = 'sent'`, [orgId]);
          if (sent !== N) throw new Error(`${c}: the workers sent ${sent} of ${N} deliveries`);
        }
        cpu.sink.push((cpuMs(sink.pid) - sink0) / runs[c][runs[c].length - 1]);
        machine[c].push(busyMs / runs[c][runs[c].length - 1]);
        const got = await sink.counts();
        if (got.received !== N || got.distinct !== N)
          throw new Error(`${c}: the sink got ${got.received} mails, ${got.distinct} distinct Message-IDs; expected ${N}`);
      }
    }
    const m = Object.fromEntries(cases.map((c) => [c, median(runs[c])])) as Record<Case, number>;
    const rate = (ms: number) => N / (ms / 1000);
    const oneVsBare = ratio(rate(m.one), rate(m.baseline));
    const twoVsOne = inProcess ? null : ratio(rate(m.two), rate(m.one));
    const metOne = oneVsBare >= GOAL.oneVsNodemailer;
    const metTwo = twoVsOne === null ? null : twoVsOne >= GOAL.twoVsOne;
    const secs = (xs: number[]) => xs.map((x) => fmt.s(x)).join(' / ');
    const pct = (xs: number[]) => `${Math.round(median(xs) * 100)}%`;
    const cores = os.availableParallelism();
    const busy = (c: Case) => `; machine ${median(machine[c]).toFixed(2)} of ${cores} cores busy`;
    const kinds = [...new Set(breakdown.flatMap((x) => Object.keys(x)))];
    const perMail = Object.fromEntries(
      kinds.filter((k) => !k.startsWith('#')).map((k) => [k, Math.round((median(breakdown.map((x) => x[k] ?? 0)) / N) * 1000) / 1000]),
    );
    const statements = Object.fromEntries(
      kinds.filter((k) => k.startsWith('#')).map((k) => [k.slice(2), Math.round(median(breakdown.map((x) => x[k] ?? 0)))]),
    );
    const split = Object.entries(perMail)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ');
    const counts = Object.entries(statements)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${fmt.int(v)}`)
      .join(', ');
    const row = (c: Case, label: string, goal: string, detail: string) => [
      engine,
      label,
      fmt.int(N),
      secs(runs[c]),
      fmt.int(rate(m[c])),
      (m[c] / N).toFixed(3),
      fmt.x(ratio(rate(m[c]), rate(m.baseline))),
      goal,
      detail,
    ];
    const where = inProcess ? 'in this process' : 'one process';
    const tableRows = [
      row(
        'baseline',
        `nodemailer alone, pool of 5, ${IN_FLIGHT} in flight (baseline)`,
        '',
        `sending process CPU ${pct(cpu.baseline)}${busy('baseline')}`,
      ),
      row(
        'one',
        `one worker (${where}): sendDueDeliveries loop, SMTP_URL transport`,
        `≥ ${GOAL.oneVsNodemailer}× nodemailer: ${metOne ? 'met' : 'missed'}`,
        `worker CPU ${pct(cpu.one)}, sink ${pct(cpu.sink)}${busy('one')}`,
      ),
    ];
    if (!inProcess)
      tableRows.push(
        row(
          'two',
          'two workers (two processes), same deliveries',
          `${fmt.x(twoVsOne!)} one worker, ≥ ${GOAL.twoVsOne}×: ${metTwo ? 'met' : 'missed'}`,
          `workers' CPU ${pct(cpu.two)} together${busy('two')}`,
        ),
      );
    const note = (text: string) => [engine, text, '-', '-', '-', '-', '-', '', '-'];
    tableRows.push(note(`  one worker's ms per mail by part (${IN_FLIGHT} in flight overlap): ${split}`));
    tableRows.push(note(`  one worker's statements for ${fmt.int(N)} mails: ${counts}`));
    return {
      benchmark: 'deliveries',
      engine,
      rows: tableRows,
      data: {
        deliveries: N,
        quick: opts.quick,
        workersInProcess: inProcess,
        runsMs: Object.fromEntries(cases.map((c) => [c, runs[c].map(Math.round)])),
        mailsPerSecond: Object.fromEntries(cases.map((c) => [c, Math.round(rate(m[c]))])),
        msPerMail: Object.fromEntries(cases.map((c) => [c, m[c] / N])),
        throughputVsBaseline: oneVsBare,
        twoWorkersVsOne: twoVsOne,
        cpuShare: cpu,
        machineCoresBusy: machine,
        cores,
        workerMsPerMailByPart: perMail,
        workerStatements: statements,
        goal: {
          text: `one worker ≥ ${GOAL.oneVsNodemailer}× bare nodemailer (both engines); two workers ≥ ${GOAL.twoVsOne}× one (PostgreSQL)`,
          oneVsNodemailer: { atLeast: GOAL.oneVsNodemailer, ratio: oneVsBare, met: metOne },
          twoVsOne: twoVsOne === null ? null : { atLeast: GOAL.twoVsOne, ratio: twoVsOne, met: metTwo },
          met: metOne && metTwo !== false,
        },
      },
      goals: [
        {
          what: 'one worker vs bare nodemailer, mails/s',
          target: `>= ${GOAL.oneVsNodemailer}x`,
          measured: `${oneVsBare.toFixed(2)}x`,
          met: metOne,
        },
        ...(twoVsOne === null
          ? []
          : [
              {
                what: `two worker processes vs one, mails/s (machine: ${median(machine.two).toFixed(2)} of ${cores} cores busy)`,
                target: `>= ${GOAL.twoVsOne}x`,
                measured: `${twoVsOne.toFixed(2)}x`,
                met: metTwo,
              },
            ]),
      ],
    };
  } finally {
    await b.drop();
    await sink.stop();
  }
}
