/**
 * wall: the careers pages under load. `embassy start` runs in its own process on a store with 1,000
 * external ambassadors and 5,000 stories (wall-data.ts); this process is the load generator
 * (loadgen.ts: a fixed number of keep-alive connections). Cases: the wall, a filtered wall, story
 * pages, the JSON stories feed, and the wall while an ambassador opts out and back in through the API
 * every 500 ms (each a public change that empties the organisation's page cache), checking that the
 * wall served a little later shows the ambassador's current choice. Baseline: a bare
 * node:http process serving the wall's bytes as a static page, loaded the same way. Cases are
 * interleaved in rounds, their order rotating, so noise on this shared machine hits them alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fmt, httpRequest, median, progress, readRss, sleep, type BenchResult } from './lib.ts';
import { cpuMs, load, merge, type LoadResult } from './loadgen.ts';
import { embassyEnv, freePort, startAndWait, startEmbassy, type Running } from './proc.ts';
import { openBenchCtx, rotations } from './setup.ts';
import { makeWallData, AMBASSADORS, STORIES, WALL_PEOPLE } from './wall-data.ts';
import type { Workspace } from './workspace.ts';

export const headers = [
  'engine',
  'case',
  'requests',
  'req/s',
  'of baseline',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'kB/answer',
  'server CPU',
  'CPU µs/req',
  'goal',
];

const WARMUP = 1000;
/** Public changes after which the wall's first (rendered) and second (cached) answer are timed, unloaded. */
const MISSES = 10;
const TOGGLE_EVERY_MS = 500;
const GOAL = { ofBaseline: 0.5, p99Ms: 10 };

type CaseName = 'baseline' | 'wall' | 'filtered' | 'story' | 'feed' | 'invalidation';

/** The static-page baseline: the same bytes, from the smallest node:http server there is. */
async function startStatic(file: string): Promise<Running> {
  const port = await freePort();
  const script = `const b=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/html; charset=utf-8','content-length':b.length});s.end(b)}).listen(${port},'127.0.0.1')`;
  return startAndWait(['-e', script], embassyEnv({}, port), port, '/');
}

/**
 * Every TOGGLE_EVERY_MS the ambassador opts out (DELETE /me/ambassador) and, half a period later,
 * back in (PUT). Just before each next change, when nothing else has changed for a while, the wall
 * is fetched and its ETag recorded with the state it must show, so a stale page (say, an ambassador
 * still shown after opting out) is caught.
 */
function toggler(baseUrl: string, wallUrl: string, token: string) {
  let running = true;
  let changes = 0;
  const ms: number[] = [];
  const seen: { state: 'out' | 'in'; etag: string }[] = [];
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const change = async (state: 'out' | 'in') => {
    const t0 = performance.now();
    const r = await httpRequest(
      `${baseUrl}/api/v1/me/ambassador`,
      state === 'out' ? { method: 'DELETE', headers: auth } : { method: 'PUT', headers: auth, body: JSON.stringify({ scope: 'external' }) },
    );
    if (r.status !== (state === 'out' ? 204 : 200))
      throw new Error(`opting ${state} answered ${r.status}: ${r.body.toString().slice(0, 300)}`);
    changes++;
    ms.push(performance.now() - t0);
    await sleep(Math.max(0, TOGGLE_EVERY_MS / 2 - (performance.now() - t0)));
    const wall = await httpRequest(wallUrl);
    seen.push({ state, etag: String(wall.headers.etag) });
  };
  const done = (async () => {
    while (running) {
      await change('out');
      await change('in');
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return { changes, ms, seen };
    },
  };
}

export async function runWall(ws: Workspace): Promise<BenchResult> {
  const { engine, opts } = ws;
  const b = await openBenchCtx(engine, opts, 'wall');
  let server: Running | undefined;
  let bare: Running | undefined;
  try {
    const data = await makeWallData(b, opts, 'bench-wall');
    await b.close();
    progress(`${engine}: starting embassy on the wall's store`);
    server = await startEmbassy(b.store.env);
    const s = server.baseUrl;
    const wallUrl = `${s}/careers/${data.slug}`;
    const page = await httpRequest(wallUrl);
    if (page.status !== 200) throw new Error(`the wall answered ${page.status}`);
    const pageFile = path.join(b.store.dataDir, 'wall.html');
    fs.writeFileSync(pageFile, page.body);
    bare = await startStatic(pageFile);

    let story = 0;
    const urls: Record<CaseName, () => string> = {
      baseline: () => `${bare!.baseUrl}/`,
      wall: () => wallUrl,
      filtered: () => `${wallUrl}?lang=fr&department=${encodeURIComponent(data.department)}`,
      story: () => `${wallUrl}/stories/${data.storyIds[story++ % data.storyIds.length]}`,
      feed: () => `${s}/api/v1/public/orgs/${data.slug}/stories`,
      invalidation: () => wallUrl,
    };
    const labels: Record<CaseName, string> = {
      baseline: `bare node:http, static ${(page.bytes / 1024).toFixed(1)} kB page (baseline)`,
      wall: `GET /careers/${data.slug}`,
      filtered: `GET /careers/${data.slug}?lang=fr&department=${data.department}`,
      story: `GET /careers/${data.slug}/stories/<id> (${data.storyIds.length} stories in turn)`,
      feed: `GET /api/v1/public/orgs/${data.slug}/stories`,
      invalidation: `wall, ambassador opts out + in every ${TOGGLE_EVERY_MS} ms`,
    };
    const names = Object.keys(urls) as CaseName[];
    const pidOf = (c: CaseName) => (c === 'baseline' ? bare!.pid : server!.pid);
    const per = {
      connections: opts.connections,
      maxMs: (opts.seconds * 1000) / opts.rounds,
      maxRequests: Math.ceil(opts.loadRequests / opts.rounds),
    };

    await sleep(1000);
    const idleKb = readRss(server.pid).rssKb;
    const rssAfter: Partial<Record<CaseName, number[]>> = {};
    progress(`${engine}: warming up (${WARMUP} requests per case)`);
    for (const c of names) if (c !== 'invalidation') await load(urls[c], { ...per, maxRequests: WARMUP });

    const rounds: Record<CaseName, LoadResult[]> = { baseline: [], wall: [], filtered: [], story: [], feed: [], invalidation: [] };
    const cpu: Record<CaseName, number> = { baseline: 0, wall: 0, filtered: 0, story: 0, feed: 0, invalidation: 0 };
    const toggles = { changes: 0, ms: [] as number[], seen: [] as { state: 'out' | 'in'; etag: string }[] };
    for (const [r, order] of rotations(names, opts.rounds).entries()) {
      progress(`${engine}: round ${r + 1}/${opts.rounds}: ${order.join(', ')}`);
      for (const c of order) {
        // Each case starts warm: the previous one may have been the invalidation case.
        if (c !== 'invalidation') await load(urls[c], { ...per, maxRequests: WARMUP / 4 });
        const c0 = cpuMs(pidOf(c));
        const t = c === 'invalidation' ? toggler(s, wallUrl, data.ambassadorToken) : undefined;
        const res = await load(urls[c], per);
        cpu[c] += cpuMs(pidOf(c)) - c0;
        const tog = await t?.stop();
        if (tog) {
          toggles.changes += tog.changes;
          toggles.ms.push(...tog.ms);
          toggles.seen.push(...tog.seen);
        }
        if (res.errors) throw new Error(`${labels[c]}: ${res.errors} errors, first: ${res.firstError}`);
        rounds[c].push(res);
        (rssAfter[c] ??= []).push(readRss(pidOf(c)).rssKb);
      }
    }
    await sleep(1000);
    const rss = {
      embassyIdleKb: idleKb,
      embassyKb: readRss(server.pid).rssKb,
      embassyPeakKb: readRss(server.pid).hwmKb,
      bareKb: readRss(bare.pid).rssKb,
      afterEachCaseKb: rssAfter,
    };

    // On an idle server: the wall right after a public change (rendered) and again (from the cache).
    const single = { miss: [] as number[], hit: [] as number[] };
    const etagOf: Record<'out' | 'in', Set<string>> = { out: new Set(), in: new Set() };
    for (let i = 0; i < MISSES; i++) {
      const auth = { authorization: `Bearer ${data.ambassadorToken}`, 'content-type': 'application/json' };
      const change = await httpRequest(`${s}/api/v1/me/ambassador`, {
        method: i % 2 ? 'PUT' : 'DELETE',
        headers: auth,
        body: i % 2 ? JSON.stringify({ scope: 'external' }) : undefined,
      });
      if (change.status !== (i % 2 ? 200 : 204)) throw new Error(`opting ${i % 2 ? 'in' : 'out'} answered ${change.status}`);
      for (const k of ['miss', 'hit'] as const) {
        const t0 = performance.now();
        const r = await httpRequest(wallUrl);
        if (r.status !== 200) throw new Error(`the wall answered ${r.status}`);
        single[k].push(performance.now() - t0);
        etagOf[i % 2 ? 'in' : 'out'].add(String(r.headers.etag));
      }
    }
    if (etagOf.in.size !== 1 || etagOf.out.size !== 1)
      throw new Error(
        `the wall is not the same page each time: ${etagOf.in.size} versions with the ambassador, ${etagOf.out.size} without`,
      );
    const [etagIn] = etagOf.in;
    const [etagOut] = etagOf.out;
    if (etagIn === etagOut) throw new Error('the wall looks the same with and without the ambassador who opts out');
    // Under load, half a period after each change: which page was served?
    const stale = {
      stillShownAfterOptOut: toggles.seen.filter((x) => x.state === 'out' && x.etag === etagIn).length,
      missingAfterOptIn: toggles.seen.filter((x) => x.state === 'in' && x.etag === etagOut).length,
      checks: toggles.seen.length,
    };
    const all = Object.fromEntries(names.map((c) => [c, merge(rounds[c])])) as Record<CaseName, LoadResult>;
    const base = all.baseline;
    const cases = names.map((c) => {
      const m = all[c];
      const ofBaseline = m.rps / base.rps;
      const met = c === 'baseline' ? undefined : ofBaseline >= GOAL.ofBaseline && m.latency.p99 < GOAL.p99Ms;
      return {
        case: c,
        name: labels[c],
        requests: m.requests,
        ms: Math.round(m.ms),
        rps: Math.round(m.rps),
        ofBaseline: Math.round(ofBaseline * 1000) / 1000,
        latencyMs: m.latency,
        bytesPerAnswer: Math.round(m.bytes / m.requests),
        serverCpuShare: Math.round((cpu[c] / m.ms) * 100) / 100,
        // Independent of the load generator's own limit: the server's CPU time per answer.
        serverCpuUsPerRequest: Math.round((cpu[c] / m.requests) * 1000),
        generatorCpuShare: Math.round((m.generatorCpuMs / m.ms) * 100) / 100,
        rpsPerRound: rounds[c].map((x) => Math.round(x.rps)),
        p99PerRound: rounds[c].map((x) => Math.round(x.latency.p99 * 100) / 100),
        versionsSeen: m.etags,
        goalMet: met,
      };
    });
    const rows: (string | number)[][] = cases.map((x) => [
      engine,
      x.name,
      fmt.int(x.requests),
      fmt.int(x.rps),
      `${Math.round(x.ofBaseline * 100)}%`,
      fmt.ms(x.latencyMs.p50),
      fmt.ms(x.latencyMs.p95),
      fmt.ms(x.latencyMs.p99),
      (x.bytesPerAnswer / 1024).toFixed(1),
      `${Math.round(x.serverCpuShare * 100)}%`,
      fmt.int(x.serverCpuUsPerRequest),
      x.goalMet === undefined ? '-' : x.goalMet ? 'met' : 'MISSED',
    ]);
    const toggleMs = median(toggles.ms);
    rows.push([
      engine,
      `  (under load: ${toggles.changes} opt-outs/ins, median ${fmt.ms(toggleMs)} ms each; stale wall ${TOGGLE_EVERY_MS / 2} ms after a change: ${stale.stillShownAfterOptOut + stale.missingAfterOptIn} of ${stale.checks} checks)`,
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
    const single50 = { miss: median(single.miss), hit: median(single.hit) };
    rows.push([
      engine,
      `  unloaded: the wall after a public change ${fmt.ms(single50.miss)} ms (rendered), then ${fmt.ms(single50.hit)} ms (cached); medians of ${MISSES}`,
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
    rows.push([
      engine,
      `  RSS: embassy ${fmt.mb(rss.embassyIdleKb)} MB idle before, ${fmt.mb(rss.embassyKb)} MB after the load (peak ${fmt.mb(rss.embassyPeakKb)}); node:http ${fmt.mb(rss.bareKb)} MB`,
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
    return {
      benchmark: 'wall',
      engine,
      rows,
      data: {
        people: WALL_PEOPLE,
        ambassadors: AMBASSADORS,
        stories: STORIES,
        loadMs: Math.round(data.loadMs),
        analyzed: data.analyzed,
        pageBytes: page.bytes,
        connections: opts.connections,
        rounds: opts.rounds,
        perRound: per,
        cases,
        invalidation: { publicChanges: toggles.changes, medianChangeMs: toggleMs, stale },
        unloadedWallMs: { afterPublicChange: single50.miss, cached: single50.hit, runs: single },
        rssKb: rss,
        goal: { ...GOAL, met: cases.every((x) => x.goalMet !== false) },
        neverStale: stale.stillShownAfterOptOut + stale.missingAfterOptIn === 0,
      },
    };
  } finally {
    await bare?.stop();
    await server?.stop();
    await b.drop();
  }
}
