/**
 * memory: RSS of the `embassy start` process (from /proc/<pid>/status) on the store with the big
 * organisation: idle after start, after a search load over HTTP, and after streaming the whole
 * export; with the largest RSS seen during each stage (sampled every 50 ms). Baseline: the RSS of a
 * bare node:http server.
 */
import { httpGetter } from './env.ts';
import { fmt, httpRequest, progress, ratio, readRss, sleep, withRssSampling, type BenchResult } from './lib.ts';
import { startBareNode, startEmbassy } from './proc.ts';
import type { Workspace } from './workspace.ts';
import { buildQueryMix, QUERY_KINDS } from './workload.ts';

export const headers = ['engine', 'stage', 'RSS MB', 'max RSS MB in stage', 'vs node:http', 'detail'];

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

    const stages = [
      { stage: 'bare node:http (baseline)', rssKb: baseline, maxKb: baseline, detail: '' },
      { stage: 'idle after start', rssKb: idle, maxKb: idle, detail: '' },
      { stage: 'after search load', rssKb: afterSearch, maxKb: search.maxRssKb, detail: `${search.value} requests` },
      {
        stage: 'after export.csv',
        rssKb: afterExport.rssKb,
        maxKb: exp.maxRssKb,
        detail: `${(exp.value.bytes / 1e6).toFixed(1)} MB in ${fmt.s(exp.value.ms)} s`,
      },
    ];
    return {
      benchmark: 'memory',
      engine: ws.engine,
      rows: stages.map((s) => [ws.engine, s.stage, fmt.mb(s.rssKb), fmt.mb(s.maxKb), fmt.x(ratio(s.rssKb, baseline)), s.detail]),
      data: {
        people: ws.opts.people,
        stages: stages.map((s) => ({ ...s, ratio: ratio(s.rssKb, baseline) })),
        peakRssKb: afterExport.hwmKb,
        searchRequests: search.value,
        export: { bytes: exp.value.bytes, lines, ms: Math.round(exp.value.ms) },
      },
    };
  } finally {
    await server.stop();
  }
}
