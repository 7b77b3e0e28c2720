/**
 * sweep: the daily sweep (src/modules/moments/sweep.ts) of an organisation of 100,000 people (unless
 * --people) with every template journey active, for one day a week ahead (a Monday, so working-day
 * offsets and upcoming starters both count). Some people have custom dates (training, internal move)
 * and some opted out of birthday messages. Baseline: sweep-sql.ts, one hand-written INSERT ... SELECT
 * per step with the candidates precomputed, on the same data. Rounds alternate sweep and baseline,
 * deleting the deliveries between runs, and check that both wrote exactly the same rows. Then a
 * second sweep of the same day (nothing new) is timed.
 */
import { addDays, weekday } from '../src/platform/calendar.ts';
import { systemActor } from '../src/platform/policy.ts';
import { installTemplates } from '../src/modules/moments/journeys.service.ts';
import { sweep } from '../src/modules/moments/sweep.ts';
import { fmt, median, progress, ratio, timed, type BenchResult } from './lib.ts';
import { analyze, count, openBenchCtx, orgWithPeople, recording, rotations, today } from './setup.ts';
import { prepareBaseline, runBaseline } from './sweep-sql.ts';
import type { Workspace } from './workspace.ts';

export const headers = ['engine', 'case', 'due', 'created', 'runs ms', 'median ms', 'vs baseline', 'detail'];

const GOAL = 2;

/** The Monday at least a week from today. */
export function sweepDay(): string {
  let d = addDays(today(), 7);
  while (weekday(d) !== 1) d = addDays(d, 1);
  return d;
}

/** Statements of the sweep by the step they write for ($2), the rest together. */
const byStep = (sql: string, params?: readonly unknown[]) =>
  /insert into deliveries/.test(sql) ? String(params?.[1]) : 'other statements';

export async function runSweep(ws: Workspace): Promise<BenchResult> {
  const { engine, opts } = ws;
  const b = await openBenchCtx(engine, opts, 'sweep');
  try {
    const { ctx } = b;
    const { orgId, loadMs } = await orgWithPeople(b, opts, 'bench-sweep', opts.people);
    await installTemplates(ctx, systemActor(orgId), true);
    await ctx.db.query(`update organisations set hr_email = 'hr@bench-sweep.test' where id = $1`, [orgId]);
    // Custom dates the training and mobility journeys use, and a few who want no birthday message.
    for (const [key, share] of [
      ['training_date', '0d'],
      ['move_date', '03'],
    ]) {
      await ctx.db.query(
        `insert into person_dates (org_id, person_id, key, date)
         select $1, id, $2, current_date + (abs(hashtext(employee_number || $2)) % 121 - 60) from people where org_id = $1 and md5(employee_number || $2) < $3`,
        [orgId, key, share],
      );
    }
    await ctx.db.query(
      `insert into moment_preferences (org_id, person_id, wanted, updated_at)
       select $1, id, '{"birthday": false}', now() from people where org_id = $1 and md5(employee_number || 'prefs') < '03'`,
      [orgId],
    );
    const analyzed = await analyze(b, opts, ['person_dates', 'moment_preferences', 'journey_steps', 'journeys']);
    const day = sweepDay();
    const steps = await count(
      ctx.db,
      `select count(*)::int as n from journey_steps s join journeys j on j.id = s.journey_id where s.org_id = $1 and j.active`,
      [orgId],
    );
    progress(`${engine}: sweeping ${day} with ${steps} active steps`);

    const checksum = async () =>
      (
        await ctx.db.query<{ n: number; h: string }>(
          `select count(*)::int as n, coalesce(md5(string_agg(person_id::text || step_id::text || occurrence || due_date::text || due_at::text || status || message_id, ',' order by person_id, step_id, occurrence)), '') as h
           from deliveries where org_id = $1`,
          [orgId],
        )
      )[0];
    const clear = async () => {
      await ctx.db.query(`delete from deliveries where org_id = $1`, [orgId]);
      await ctx.db.query(`delete from sweep_runs where org_id = $1`, [orgId]);
      await ctx.db.exec('vacuum deliveries');
    };

    const prepared = await prepareBaseline(ctx.db, orgId, day, new Date());
    const times = { sweep: [] as number[], baseline: [] as number[], again: [] as number[] };
    const perStep = { sweep: [] as Map<string, number>[], baseline: [] as Map<string, number>[] };
    let summary = { due: 0, created: 0 };
    let baselineCreated = 0;
    let sums: { sweep?: string; baseline?: string } = {};
    // One more round than asked: the first warms up (JIT, caches) and is not counted.
    const order = rotations(['sweep', 'baseline'] as const, opts.rounds + 1);
    if (order[order.length - 1][1] !== 'sweep') order.push(['baseline', 'sweep']);
    for (const [r, pair] of order.entries()) {
      progress(`${engine}: round ${r + 1}/${order.length}: ${pair.join(', ')}`);
      for (const c of pair) {
        await clear();
        const rec = new Map<string, number>();
        if (c === 'sweep') {
          const { ms, value } = await timed(() => sweep({ ...ctx, db: recording(ctx.db, rec, byStep) }, orgId, day));
          if (r > 0) times.sweep.push(ms);
          summary = value;
        } else {
          const { ms, value } = await timed(() => runBaseline(recording(ctx.db, rec, byStep), prepared));
          if (r > 0) times.baseline.push(ms);
          baselineCreated = value;
        }
        if (r > 0) perStep[c].push(rec);
        const sum = await checksum();
        sums = { ...sums, [c]: `${sum.n}:${sum.h}` };
      }
      if (sums.sweep !== sums.baseline)
        throw new Error(`the sweep and the baseline wrote different rows (${sums.sweep} vs ${sums.baseline})`);
    }
    // The last run was the sweep: its deliveries are in place. Again, for the same day: nothing new.
    let again = { due: 0, created: 0 };
    for (let i = 0; i < Math.max(opts.rounds, 3); i++) {
      const { ms, value } = await timed(() => sweep(ctx, orgId, day));
      times.again.push(ms);
      again = value;
    }
    if (again.created !== 0) throw new Error(`the second sweep created ${again.created} deliveries`);

    const m = { sweep: median(times.sweep), baseline: median(times.baseline), again: median(times.again) };
    // Where the time goes: the steps whose statement takes longest against the baseline's (medians).
    const stepNames = new Map(
      (
        await ctx.db.query<{ id: string; name: string; anchor: string; offset_unit: string }>(
          `select id, name->>'en' as name, anchor, offset_unit from journey_steps where org_id = $1`,
          [orgId],
        )
      ).map((s) => [s.id, `${s.name} (${s.anchor}, ${s.offset_unit})`]),
    );
    const med = (runs: Map<string, number>[], k: string) => median(runs.map((x) => x.get(k) ?? 0));
    const steps2 = [...new Set(perStep.sweep.flatMap((x) => [...x.keys()]))].map((k) => ({
      step: stepNames.get(k) ?? k,
      sweepMs: Math.round(med(perStep.sweep, k) * 10) / 10,
      baselineMs: Math.round(med(perStep.baseline, k) * 10) / 10,
    }));
    steps2.sort((a, b) => b.sweepMs - b.baselineMs - (a.sweepMs - a.baselineMs));
    const worst = steps2
      .slice(0, 3)
      .map((s) => `${s.step}: ${fmt.ms(s.sweepMs)} vs ${fmt.ms(s.baselineMs)} ms`)
      .join('; ');
    const runs = (xs: number[]) => xs.map((x) => fmt.int(x)).join(' / ');
    const met = ratio(m.sweep, m.baseline) <= GOAL;
    return {
      benchmark: 'sweep',
      engine,
      rows: [
        [
          engine,
          `hand-written INSERT ... SELECT per step, candidates precomputed (baseline)`,
          fmt.int(summary.due),
          fmt.int(baselineCreated),
          runs(times.baseline),
          fmt.int(m.baseline),
          fmt.x(1),
          `${prepared.length} statements`,
        ],
        [
          engine,
          `sweep(${day}), ${steps} steps, ${fmt.int(opts.people)} people`,
          fmt.int(summary.due),
          fmt.int(summary.created),
          runs(times.sweep),
          fmt.int(m.sweep),
          fmt.x(ratio(m.sweep, m.baseline)),
          `goal ≤ ${GOAL}×: ${met ? 'met' : 'MISSED'}; slowest vs baseline: ${worst}`,
        ],
        [
          engine,
          'second sweep of the same day',
          fmt.int(again.due),
          fmt.int(again.created),
          runs(times.again),
          fmt.int(m.again),
          fmt.x(ratio(m.again, m.baseline)),
          '-',
        ],
      ],
      data: {
        people: opts.people,
        loadMs: Math.round(loadMs),
        analyzed,
        day,
        steps,
        due: summary.due,
        created: summary.created,
        runsMs: times,
        medianMs: m,
        ratio: ratio(m.sweep, m.baseline),
        perStepMedianMs: steps2,
        goal: { sweepVsBaselineAtMost: GOAL, met },
      },
    };
  } finally {
    await b.drop();
  }
}
