/**
 * cold start: `node bin/embassy.js start` from spawn to the first 200 from GET /healthz, on (a) an
 * empty store (migrations, or the build's migrated PGlite template, and the 300-person demo), (b) the
 * same store again, (c) the store seeded with the big organisation; against the baselines of a bare
 * node:http server and, on PGlite, a bare node process that initialises PGlite in an empty folder and
 * runs the migrations (bench/bare-pglite.mjs --migrate). Runs are interleaved (baselines, a, b, c,
 * then again) and the median is reported.
 *
 * Goal (PGlite): (a) at most 1.5× the bare PGlite initialisation plus migrations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findTemplate } from '../src/db/pglite-template.ts';
import { freshStore } from './env.ts';
import { fmt, median, progress, ratio, type BenchResult } from './lib.ts';
import { ensureBuilt, startBareNode, startBarePglite, startEmbassy, type Running } from './proc.ts';
import type { Workspace } from './workspace.ts';

export const headers = ['engine', 'case', 'runs ms', 'median ms', 'vs node:http', 'vs bare PGlite init', 'goal'];

const GOAL = 1.5;

const CASES = {
  baseline: 'bare node:http (baseline)',
  barePglite: 'bare PGlite init + migrations (baseline)',
  empty: '(a) empty store: migrate + demo',
  again: '(b) same store again',
  big: '(c) store with the big organisation',
} as const;
type Case = keyof typeof CASES;

/** A bare PGlite initialising a fresh, empty folder and running the migrations. */
async function barePgliteInit(run: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `embassy-bench-bare-pglite-${run}-`));
  try {
    return await once(() => startBarePglite(path.join(dir, 'data'), { migrate: true }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let built = false;

async function once(start: () => Promise<Running>, check?: (output: string) => string | undefined): Promise<number> {
  const r = await start();
  await r.stop();
  const problem = check?.(r.output());
  if (problem) throw new Error(`${problem}\n--- output:\n${r.output()}`);
  return r.readyMs;
}

export async function runColdStart(ws: Workspace): Promise<BenchResult> {
  if (!built) await ensureBuilt(true); // the build must not count in the first timed start
  built = true;
  const seeded = await ws.seeded();
  const pglite = ws.engine === 'pglite';
  const times: Record<Case, number[]> = { baseline: [], barePglite: [], empty: [], again: [], big: [] };
  const demoCreated = (o: string) =>
    o.includes('Created the demo organisation') ? undefined : 'the demo was not created on the empty store';
  const noDemo = (o: string) => (o.includes('Created the demo organisation') ? 'the demo was created again' : undefined);

  for (let run = 1; run <= ws.opts.runs; run++) {
    progress(`${ws.engine}: cold start run ${run}/${ws.opts.runs}`);
    times.baseline.push(await once(startBareNode));
    if (pglite) times.barePglite.push(await barePgliteInit(run));
    const store = await freshStore(ws.engine, ws.opts, `cold${run}`);
    times.empty.push(await once(() => startEmbassy(store.env), demoCreated));
    times.again.push(await once(() => startEmbassy(store.env), noDemo));
    await store.drop();
    times.big.push(await once(() => startEmbassy(seeded.store.env), noDemo));
  }

  const base = median(times.baseline);
  const bareInit = pglite ? median(times.barePglite) : undefined;
  const cases = (Object.keys(CASES) as Case[])
    .filter((c) => times[c].length > 0)
    .map((c) => ({
      case: c,
      name: CASES[c],
      runsMs: times[c].map(Math.round),
      medianMs: Math.round(median(times[c])),
      ratio: ratio(median(times[c]), base),
      vsBarePglite: bareInit ? ratio(median(times[c]), bareInit) : null,
    }));
  const firstStart = bareInit ? ratio(median(times.empty), bareInit) : undefined;
  const met = firstStart !== undefined && firstStart <= GOAL;
  const template = pglite ? findTemplate() !== undefined : undefined;
  const result = {
    benchmark: 'coldstart',
    engine: ws.engine,
    rows: cases.map((c) => [
      ws.engine,
      c.name + (c.case === 'empty' && pglite ? (template ? ' (from the template)' : ' (no template: initdb)') : ''),
      c.runsMs.join(' / '),
      fmt.int(c.medianMs),
      fmt.x(c.ratio),
      c.vsBarePglite === null ? '–' : fmt.x(c.vsBarePglite),
      c.case === 'empty' && firstStart !== undefined ? `<= ${GOAL}x: ${met ? 'met' : 'MISSED'}` : '–',
    ]),
    data: {
      people: ws.opts.people,
      seedCliMs: Math.round(seeded.seedMs),
      cases,
      template,
      goal: firstStart === undefined ? null : { firstStartVsBarePgliteInitAtMost: GOAL, ratio: firstStart, met },
    },
    goals:
      firstStart === undefined
        ? []
        : [
            {
              what: 'first start (migrate + demo) vs bare PGlite init + migrations',
              target: `<= ${GOAL}x`,
              measured: `${firstStart.toFixed(2)}x`,
              met,
            },
          ],
  };
  return result;
}
