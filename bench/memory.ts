/**
 * memory: RSS of the `embassy start` process (from /proc/<pid>/status) on the store with the big
 * organisation: idle after start, after a search load over HTTP, and after streaming the whole
 * export; with the largest RSS seen during each stage (sampled every 50 ms). Baselines: a bare
 * node:http server and, on PGlite, a bare node process that opened the same data folder with PGlite
 * and idles (bench/bare-pglite.mjs), measured in the same run.
 *
 * Goals (PGlite; PostgreSQL's figures are shown for reference): idle RSS at most 1.5× the bare PGlite
 * process; the export of the whole directory adds less than 100 MB (RSS after the export minus RSS
 * before it).
 */
import { httpGetter } from './env.ts';
import { fmt, httpRequest, progress, ratio, readRss, sleep, withRssSampling, type BenchResult } from './lib.ts';
import { startBareNode, startBarePglite, startEmbassy } from './proc.ts';
import type { Workspace } from './workspace.ts';
import { buildQueryMix, QUERY_KINDS } from './workload.ts';

export const headers = ['engine', 'stage', 'RSS MB', 'max RSS MB in stage', 'vs node:http', 'vs bare PGlite', 'goal', 'detail'];

const GOAL = { idleVsBarePglite: 1.5, exportGrowthMb: 100 };

/** Settling time before reading an "idle" RSS. */
const SETTLE_MS = 2000;
/** Search load: this many requests per query kind (fewer if a kind is slow). */
const LOAD_PER_KIND = 100;
const LOAD_BUDGET_MS = 10_000;

export async function runMemory(ws: Workspace): Promise<BenchResult> {
  const seeded = await ws.seeded();

  const bare = await startBareNode();
  await sleep(SETTLE_MS);
  const baseline = readRss(bare.pid).rssKb;
  await bare.stop();

  // The same data folder opened by PGlite alone (the server is not running: one process at a time).
  let barePglite: number | undefined;
  if (ws.engine === 'pglite') {
    progress(`pglite: bare PGlite on the same data folder`);
    const p = await startBarePglite(seeded.store.dataDir);
    await sleep(SETTLE_MS);
    barePglite = readRss(p.pid).rssKb;
    await p.stop();
  }

  progress(`${ws.engine}: starting embassy on the store with ${ws.opts.people} people`);
  const server = await startEmbassy(seeded.store.env);
  try {
    await sleep(SETTLE_MS);
    const idle = readRss(server.pid).rssKb;
    const get = httpGetter(server.baseUrl, seeded.token);

    progress(`${ws.engine}: search load`);
    const search = await withRssSampling(server.pid, async () => {
      const mix = await buildQueryMix(get);
      let requests = 0;
      for (const kind of QUERY_KINDS) {
        const t0 = performance.now();
        for (let i = 0; i < LOAD_PER_KIND && performance.now() - t0 < LOAD_BUDGET_MS; i++, requests++) {
          const r = await get(mix[kind][i % mix[kind].length]);
          if (r.status !== 200) throw new Error(`search answered ${r.status}`);
        }
      }
      return requests;
    });
    const afterSearch = readRss(server.pid).rssKb;

    progress(`${ws.engine}: export`);
    let lines = 0;
    const exp = await withRssSampling(server.pid, async () => {
      const t0 = performance.now();
      const r = await httpRequest(`${server.baseUrl}/api/v1/people/export.csv`, {
        headers: { authorization: `Bearer ${seeded.token}` },
        onData: (c) => {
          for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) lines++;
        },
      });
      if (r.status !== 200) throw new Error(`export answered ${r.status}`);
      return { bytes: r.bytes, ms: performance.now() - t0 };
    });
    if (lines !== ws.opts.people + 1) throw new Error(`the export has ${lines} lines, expected ${ws.opts.people + 1}`);
    const afterExport = readRss(server.pid);

    // PGlite's goals; on PostgreSQL the same figures are shown for reference, with no verdict.
    const judged = ws.engine === 'pglite';
    const idleRatio = barePglite ? ratio(idle, barePglite) : undefined;
    const growthMb = (afterExport.rssKb - afterSearch) / 1024;
    const peakGrowthMb = (exp.maxRssKb - afterSearch) / 1024;
    const verdict = (met: boolean) => (judged ? (met ? 'met' : 'MISSED') : '(ref.)');
    const goals = [
      ...(idleRatio === undefined
        ? []
        : [
            {
              what: 'idle RSS vs bare PGlite on the same data folder',
              target: `<= ${GOAL.idleVsBarePglite}x`,
              measured: `${idleRatio.toFixed(2)}x`,
              met: idleRatio <= GOAL.idleVsBarePglite,
            },
          ]),
      {
        what: `RSS growth after export.csv of ${ws.opts.people} people`,
        target: `< ${GOAL.exportGrowthMb} MB`,
        measured: `${growthMb.toFixed(1)} MB`,
        met: judged ? growthMb < GOAL.exportGrowthMb : null,
      },
    ];

    const stages = [
      { stage: 'bare node:http (baseline)', rssKb: baseline, maxKb: baseline, goal: '', detail: '' },
      ...(barePglite
        ? [{ stage: 'bare PGlite, same data folder (baseline)', rssKb: barePglite, maxKb: barePglite, goal: '', detail: '' }]
        : []),
      {
        stage: 'idle after start',
        rssKb: idle,
        maxKb: idle,
        goal: idleRatio === undefined ? '' : `<= ${GOAL.idleVsBarePglite}x bare PGlite: ${verdict(idleRatio <= GOAL.idleVsBarePglite)}`,
        detail: '',
      },
      { stage: 'after search load', rssKb: afterSearch, maxKb: search.maxRssKb, goal: '', detail: `${search.value} requests` },
      {
        stage: 'after export.csv',
        rssKb: afterExport.rssKb,
        maxKb: exp.maxRssKb,
        goal: `+${growthMb.toFixed(1)} MB < ${GOAL.exportGrowthMb} MB: ${verdict(growthMb < GOAL.exportGrowthMb)}`,
        detail: `${(exp.value.bytes / 1e6).toFixed(1)} MB in ${fmt.s(exp.value.ms)} s; peak +${peakGrowthMb.toFixed(1)} MB`,
      },
    ];
    const result = {
      benchmark: 'memory',
      engine: ws.engine,
      rows: stages.map((s) => [
        ws.engine,
        s.stage,
        fmt.mb(s.rssKb),
        fmt.mb(s.maxKb),
        fmt.x(ratio(s.rssKb, baseline)),
        barePglite ? fmt.x(ratio(s.rssKb, barePglite)) : '–',
        s.goal || '–',
        s.detail,
      ]),
      data: {
        people: ws.opts.people,
        stages: stages.map((s) => ({
          ...s,
          ratio: ratio(s.rssKb, baseline),
          vsBarePglite: barePglite ? ratio(s.rssKb, barePglite) : null,
        })),
        peakRssKb: afterExport.hwmKb,
        searchRequests: search.value,
        export: { bytes: exp.value.bytes, lines, ms: Math.round(exp.value.ms), growthMb, peakGrowthMb },
        goal: {
          appliesToEngine: judged,
          idleVsBarePglite:
            idleRatio === undefined ? null : { atMost: GOAL.idleVsBarePglite, ratio: idleRatio, met: idleRatio <= GOAL.idleVsBarePglite },
          exportGrowth: { underMb: GOAL.exportGrowthMb, mb: Math.round(growthMb * 10) / 10, met: growthMb < GOAL.exportGrowthMb },
        },
      },
      goals,
    };
    return result;
  } finally {
    await server.stop();
  }
}
