/**
 * cold start: `node bin/embassy.js start` from spawn to the first 200 from GET /healthz, on (a) an
 * empty store (migrations and the 300-person demo), (b) the same store again, (c) the store seeded
 * with the big organisation; against the baseline of a bare node:http server. Runs are interleaved
 * (baseline, a, b, c, then again) and the median is reported.
 */
import { freshStore } from './env.ts';
import { fmt, median, progress, ratio, type BenchResult } from './lib.ts';
import { ensureBuilt, startBareNode, startEmbassy, type Running } from './proc.ts';
import type { Workspace } from './workspace.ts';

export const headers = ['engine', 'case', 'runs ms', 'median ms', 'vs node:http'];

const CASES = {
  baseline: 'bare node:http (baseline)',
  empty: '(a) empty store: migrate + demo',
  again: '(b) same store again',
  big: '(c) store with the big organisation',
} as const;
type Case = keyof typeof CASES;

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
  const times: Record<Case, number[]> = { baseline: [], empty: [], again: [], big: [] };
  const demoCreated = (o: string) =>
    o.includes('Created the demo organisation') ? undefined : 'the demo was not created on the empty store';
  const noDemo = (o: string) => (o.includes('Created the demo organisation') ? 'the demo was created again' : undefined);

  for (let run = 1; run <= ws.opts.runs; run++) {
    progress(`${ws.engine}: cold start run ${run}/${ws.opts.runs}`);
    times.baseline.push(await once(startBareNode));
    const store = await freshStore(ws.engine, ws.opts, `cold${run}`);
    times.empty.push(await once(() => startEmbassy(store.env), demoCreated));
    times.again.push(await once(() => startEmbassy(store.env), noDemo));
    await store.drop();
    times.big.push(await once(() => startEmbassy(seeded.store.env), noDemo));
  }

  const base = median(times.baseline);
  const cases = (Object.keys(CASES) as Case[]).map((c) => ({
    case: c,
    name: CASES[c],
    runsMs: times[c].map(Math.round),
    medianMs: Math.round(median(times[c])),
    ratio: ratio(median(times[c]), base),
  }));
  return {
    benchmark: 'coldstart',
    engine: ws.engine,
    rows: cases.map((c) => [ws.engine, c.name, c.runsMs.join(' / '), fmt.int(c.medianMs), fmt.x(c.ratio)]),
    data: { people: ws.opts.people, seedCliMs: Math.round(seeded.seedMs), cases },
  };
}
