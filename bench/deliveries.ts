/**
 * deliveries: 10,000 due deliveries sent by ONE worker (sendDueDeliveries in a loop, in this process,
 * with the product's SMTP transport from SMTP_URL: a pool of 5 connections) into a local SMTP sink
 * running in its own process. The deliveries come from the product's sweep: a journey with one
 * message step (the "Day-one welcome" texts) anchored on a custom date that 10,000 employed people
 * have today. Baseline: nodemailer alone, same pool settings, sending the same 10,000 rendered mails
 * (8 in flight, as the worker's concurrency) to the same sink, no database. Rounds alternate;
 * between worker runs the deliveries are set back to pending.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { createTransport, type MailTransport } from '../src/platform/mail.ts';
import { systemActor } from '../src/platform/policy.ts';
import { CONTEXT_SQL, sendDueDeliveries, type DeliveryContext } from '../src/modules/moments/deliveries.ts';
import { addStep, createJourney } from '../src/modules/moments/journeys.service.ts';
import { chooseLanguage, render } from '../src/modules/moments/render.ts';
import { sweep } from '../src/modules/moments/sweep.ts';
import { JOURNEY_TEMPLATES } from '../src/modules/moments/templates.ts';
import { fmt, median, onCleanup, progress, ratio, timed, type BenchResult } from './lib.ts';
import { cpuMs } from './loadgen.ts';
import { ROOT } from './proc.ts';
import { analyze, count, openBenchCtx, orgWithPeople, recording, rotations, today, type BenchCtx } from './setup.ts';
import type { Workspace } from './workspace.ts';

export const headers = ['engine', 'case', 'mails', 'runs s', 'median mails/s', 'ms per mail', 'vs nodemailer', 'detail'];

const DELIVERIES = 10_000;
const PEOPLE = 10_400;
const IN_FLIGHT = 8;
const GOAL = 500;

/** The worker's statements, by what they do. */
function statementKind(sql: string): string {
  if (/set status = 'sending'/.test(sql)) return 'claim';
  if (/join journey_steps st/.test(sql)) return 'context';
  if (/set locked_until = \$3 where id = \$1 and claim_token/.test(sql)) return 're-check claim';
  if (/update deliveries set status = \$2/.test(sql)) return 'outcome update';
  if (/insert into delivery_attempts/.test(sql)) return 'attempt insert';
  return 'other statements';
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

/** 10,000 pending deliveries, due now, from the product's sweep. */
async function makeDeliveries(b: BenchCtx, ws: Workspace): Promise<string> {
  const { ctx } = b;
  const { orgId } = await orgWithPeople(b, ws.opts, 'bench-deliveries', PEOPLE);
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
      where org_id = $1 and start_date <= $2 and (end_date is null or end_date >= $2) order by employee_number limit ${DELIVERIES}`,
    [orgId, day],
  );
  const s = await sweep(ctx, orgId, day);
  if (s.created !== DELIVERIES) throw new Error(`the sweep created ${s.created} deliveries, expected ${DELIVERIES}`);
  await ctx.db.query(`update deliveries set next_attempt_at = now() - interval '1 second' where org_id = $1`, [orgId]);
  await analyze(b, ws.opts, ['deliveries', 'person_dates']);
  return orgId;
}

export async function runDeliveries(ws: Workspace): Promise<BenchResult> {
  const { engine, opts } = ws;
  const sink = await startSink();
  const smtpUrl = `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`;
  const b = await openBenchCtx(engine, opts, 'deliveries', { SMTP_URL: smtpUrl });
  try {
    const { ctx } = b;
    const orgId = await makeDeliveries(b, ws);

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
      return { to: (d.work_email ?? d.personal_email)!, subject: msg.subject, text: msg.body, n: i };
    });
    const url = new URL(smtpUrl);
    url.searchParams.set('pool', 'true');
    url.searchParams.set('maxConnections', '5');

    const runs = { baseline: [] as number[], worker: [] as number[] };
    const cpu = { worker: [] as number[], baseline: [] as number[], sink: [] as number[] };
    let workerRuns = 0;
    const breakdown: Map<string, number>[] = [];
    for (const [r, order] of rotations(['baseline', 'worker'] as const, opts.rounds).entries()) {
      for (const c of order) {
        progress(`${engine}: round ${r + 1}/${opts.rounds}: ${c}`);
        if (c === 'worker' && workerRuns++ > 0) {
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
        const cpu0 = process.cpuUsage();
        const sink0 = cpuMs(sink.pid);
        if (c === 'baseline') {
          const transporter = nodemailer.createTransport(url.toString());
          let next = 0;
          const { ms } = await timed(async () => {
            const one = async () => {
              while (next < mails.length) {
                const m = mails[next++];
                await transporter.sendMail({
                  from: ctx.config.mailFrom,
                  to: m.to,
                  subject: m.subject,
                  text: m.text,
                  messageId: `<bench-${r}-${m.n}@baseline.embassy>`,
                });
              }
            };
            await Promise.all(Array.from({ length: IN_FLIGHT }, one));
          });
          transporter.close();
          runs.baseline.push(ms);
          const u = process.cpuUsage(cpu0);
          cpu.baseline.push((u.user + u.system) / 1000 / ms);
        } else {
          // Where a mail's time goes: each statement kind and the SMTP send, summed (8 overlap at a time).
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
          const worker = { ...ctx, db: recording(ctx.db, rec, statementKind) };
          const { ms } = await timed(async () => {
            while ((await sendDueDeliveries(worker, transport)) > 0) {
              /* next batch */
            }
          });
          breakdown.push(rec);
          runs.worker.push(ms);
          const sent = await count(ctx.db, `select count(*)::int as n from deliveries where org_id = $1 and status = 'sent'`, [orgId]);
          if (sent !== DELIVERIES) throw new Error(`the worker sent ${sent} of ${DELIVERIES} deliveries`);
          const u = process.cpuUsage(cpu0);
          cpu.worker.push((u.user + u.system) / 1000 / ms);
          cpu.sink.push((cpuMs(sink.pid) - sink0) / ms);
        }
        const got = await sink.counts();
        if (got.received !== DELIVERIES || got.distinct !== DELIVERIES)
          throw new Error(`${c}: the sink got ${got.received} mails, ${got.distinct} distinct Message-IDs; expected ${DELIVERIES}`);
      }
    }
    const m = { baseline: median(runs.baseline), worker: median(runs.worker) };
    const rate = (ms: number) => DELIVERIES / (ms / 1000);
    const met = rate(m.worker) >= GOAL;
    const secs = (xs: number[]) => xs.map((x) => fmt.s(x)).join(' / ');
    const kinds = [...new Set(breakdown.flatMap((x) => [...x.keys()]))];
    const perMail = Object.fromEntries(
      kinds.map((k) => [k, Math.round((median(breakdown.map((x) => x.get(k) ?? 0)) / DELIVERIES) * 1000) / 1000]),
    );
    const split = Object.entries(perMail)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ');
    return {
      benchmark: 'deliveries',
      engine,
      rows: [
        [
          engine,
          `nodemailer alone, pool of 5, ${IN_FLIGHT} in flight (baseline)`,
          fmt.int(DELIVERIES),
          secs(runs.baseline),
          fmt.int(rate(m.baseline)),
          (m.baseline / DELIVERIES).toFixed(3),
          fmt.x(1),
          `sending process CPU ${Math.round(median(cpu.baseline) * 100)}%`,
        ],
        [
          engine,
          'one worker: sendDueDeliveries loop, SMTP_URL transport',
          fmt.int(DELIVERIES),
          secs(runs.worker),
          fmt.int(rate(m.worker)),
          (m.worker / DELIVERIES).toFixed(3),
          fmt.x(ratio(rate(m.worker), rate(m.baseline))),
          `goal ≥ ${GOAL}/s: ${met ? 'met' : 'MISSED'}; worker process CPU ${Math.round(median(cpu.worker) * 100)}%, sink ${Math.round(median(cpu.sink) * 100)}%`,
        ],
        [engine, `  ms per mail by part (${IN_FLIGHT} in flight overlap): ${split}`, '-', '-', '-', '-', '-', '-'],
      ],
      data: {
        deliveries: DELIVERIES,
        runsMs: { baseline: runs.baseline.map(Math.round), worker: runs.worker.map(Math.round) },
        mailsPerSecond: { baseline: Math.round(rate(m.baseline)), worker: Math.round(rate(m.worker)) },
        msPerMail: { baseline: m.baseline / DELIVERIES, worker: m.worker / DELIVERIES },
        throughputVsBaseline: ratio(rate(m.worker), rate(m.baseline)),
        cpuShare: cpu,
        workerMsPerMailByPart: perMail,
        goal: { mailsPerSecondAtLeast: GOAL, met },
      },
    };
  } finally {
    await b.drop();
    await sink.stop();
  }
}
