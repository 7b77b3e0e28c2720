/**
 * wall: the careers pages under load. `embassy start` runs in its own process on a store with 1,000
 * external ambassadors and 5,000 stories (wall-data.ts); this process is the load generator
 * (loadgen.ts: a fixed number of keep-alive connections). Cases: the wall, a filtered wall, story
 * pages, the JSON stories feed, and the wall while an ambassador opts out and back in through the API
 * every 500 ms (each a public change that empties the organisation's page cache), checking that the
 * wall served a little later shows the ambassador's current choice. Baseline: a bare
 * node:http process serving the wall's bytes as a static page, loaded the same way. Cases are
 * interleaved in rounds, their order rotating, so noise on this shared machine hits them alike.
 * On PostgreSQL also the cluster: a second web process (EMBASSY_ROLE=web) on the same database, the
 * load alternating between the two, the ambassador changing through the first and the wall checked
 * on the second (caches coherent across processes through NOTIFY). Its baseline is the same shape:
 * two bare node:http processes serving the static page, the load alternating between them.
 * Goal (issue 13): under churn, at least 70% of the baseline's requests/s and a p99 within 2x the
 * baseline's, on both engines, with no stale page. --quick: a smaller organisation, only the
 * baseline, the wall and the churn cases, shorter measuring.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fmt, httpRequest, median, progress, readRss, sleep, type BenchResult, type Goal } from './lib.ts';
import { cpuMs, load, merge, type LoadResult } from './loadgen.ts';
import { startEmbassy, type Running } from './proc.ts';
import { openBenchCtx, rotations } from './setup.ts';
import { addToggles, startStatic, toggler, TOGGLE_EVERY_MS, type Toggles } from './wall-churn.ts';
import { makeWallData, QUICK_WALL_SIZE, WALL_SIZE } from './wall-data.ts';
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
  'p99 vs baseline',
  'goal',
];

const WARMUP = 1000;
/** Public changes after which the wall's first (rendered) and second (cached) answer are timed, unloaded. */
const MISSES = 10;
/** Under churn (the cases below): this share of the baseline's requests/s, and a p99 within this many times its p99. */
export const GOAL = { ofBaseline: 0.7, p99VsBaseline: 2 } as const;
const CHURN: readonly CaseName[] = ['invalidation', 'cluster'];

type CaseName = 'baseline' | 'baseline2' | 'wall' | 'filtered' | 'story' | 'feed' | 'invalidation' | 'cluster';

export async function runWall(ws: Workspace): Promise<BenchResult> {
  const { engine, opts } = ws;
  const b = await openBenchCtx(engine, opts, 'wall');
  let server: Running | undefined;
  let second: Running | undefined;
  let bare: Running | undefined;
  let bare2: Running | undefined;
  const size = opts.quick ? QUICK_WALL_SIZE : WALL_SIZE;
  const misses = opts.quick ? 4 : MISSES;
  const warmup = opts.quick ? WARMUP / 4 : WARMUP;
  try {
    const data = await makeWallData(b, opts, 'bench-wall', size);
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
    // PostgreSQL only: PGlite's database belongs to one process.
    if (engine === 'postgres') {
      progress(`${engine}: starting a second, web-only embassy on the same database`);
      second = await startEmbassy({ ...b.store.env, EMBASSY_ROLE: 'web' });
      bare2 = await startStatic(pageFile);
    }
    const secondWallUrl = second ? `${second.baseUrl}/careers/${data.slug}` : wallUrl;
    let turn = 0;
    let bareTurn = 0;

    let story = 0;
    const urls: Record<CaseName, () => string> = {
      baseline: () => `${bare!.baseUrl}/`,
      baseline2: () => `${(bareTurn++ % 2 ? bare2! : bare!).baseUrl}/`,
      wall: () => wallUrl,
      filtered: () => `${wallUrl}?lang=fr&department=${encodeURIComponent(data.department)}`,
      story: () => `${wallUrl}/stories/${data.storyIds[story++ % data.storyIds.length]}`,
      feed: () => `${s}/api/v1/public/orgs/${data.slug}/stories`,
      invalidation: () => wallUrl,
      cluster: () => (turn++ % 2 ? secondWallUrl : wallUrl),
    };
    const labels: Record<CaseName, string> = {
      baseline: `bare node:http, static ${(page.bytes / 1024).toFixed(1)} kB page (baseline)`,
      baseline2: `2 bare node:http processes round-robin, the same page (the cluster's baseline)`,
      wall: `GET /careers/${data.slug}`,
      filtered: `GET /careers/${data.slug}?lang=fr&department=${data.department}`,
      story: `GET /careers/${data.slug}/stories/<id> (${data.storyIds.length} stories in turn)`,
      feed: `GET /api/v1/public/orgs/${data.slug}/stories`,
      invalidation: `wall, ambassador opts out + in every ${TOGGLE_EVERY_MS} ms`,
      cluster: `2 web processes round-robin, opts out + in every ${TOGGLE_EVERY_MS} ms via one, checked on the other`,
    };
    const names = (Object.keys(urls) as CaseName[]).filter(
      (c) =>
        ((c !== 'cluster' && c !== 'baseline2') || second) &&
        (!opts.quick || ['baseline', 'baseline2', 'wall', 'invalidation', 'cluster'].includes(c)),
    );
    const pidsOf = (c: CaseName) =>
      c === 'baseline'
        ? [bare!.pid]
        : c === 'baseline2'
          ? [bare!.pid, bare2!.pid]
          : c === 'cluster'
            ? [server!.pid, second!.pid]
            : [server!.pid];
    const cpuOf = (c: CaseName) => pidsOf(c).reduce((sum, pid) => sum + cpuMs(pid), 0);
    const rounds = opts.quick ? Math.min(opts.rounds, 2) : opts.rounds;
    const seconds = opts.quick ? Math.min(opts.seconds, 8) : opts.seconds;
    const per = {
      connections: opts.connections,
      maxMs: (seconds * 1000) / rounds,
      maxRequests: Math.ceil(opts.loadRequests / rounds),
    };
    const churnOf = (c: CaseName) =>
      c === 'invalidation'
        ? toggler(s, wallUrl, data.ambassadorToken)
        : c === 'cluster'
          ? toggler(s, secondWallUrl, data.ambassadorToken)
          : undefined;

    await sleep(1000);
    const idleKb = readRss(server.pid).rssKb;
    const rssAfter: Partial<Record<CaseName, number[]>> = {};
    progress(`${engine}: warming up (${warmup} requests per case)`);
    // A churn case warms up under its churn: the opt-out route and the render after each change run
    // too, not only the cached wall. Without it the first measured round paid their first runs (in a
    // churn-only run on PostgreSQL: 147 µs of server CPU a request and 5,530 req/s, against 61-63 µs and 11,500-12,000
    // in the rounds after it, and 58-61 µs for the wall without churn).
    for (const c of names) {
      const t = churnOf(c);
      // Under churn, for 4 periods (8 changes), however many requests that takes.
      await load(urls[c], t ? { ...per, maxMs: 4 * TOGGLE_EVERY_MS, maxRequests: Infinity } : { ...per, maxRequests: warmup });
      await t?.stop();
    }

    const results = Object.fromEntries(names.map((c) => [c, [] as LoadResult[]])) as Record<CaseName, LoadResult[]>;
    const cpu = Object.fromEntries(names.map((c) => [c, 0])) as Record<CaseName, number>;
    const toggles: Record<'invalidation' | 'cluster', Toggles> = {
      invalidation: { changes: 0, ms: [], seen: [] },
      cluster: { changes: 0, ms: [], seen: [] },
    };
    for (const [r, order] of rotations(names, rounds).entries()) {
      progress(`${engine}: round ${r + 1}/${rounds}: ${order.join(', ')}`);
      for (const c of order) {
        // Each case starts warm: the previous one may have been a churn case.
        await load(urls[c], { ...per, maxRequests: warmup / 4 });
        const c0 = cpuOf(c);
        const t = churnOf(c);
        const res = await load(urls[c], per);
        cpu[c] += cpuOf(c) - c0;
        if (c === 'invalidation' || c === 'cluster') addToggles(toggles[c], await t?.stop());
        if (res.errors) throw new Error(`${labels[c]}: ${res.errors} errors, first: ${res.firstError}`);
        results[c].push(res);
        (rssAfter[c] ??= []).push(readRss(pidsOf(c)[0]).rssKb);
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
    for (let i = 0; i < misses; i++) {
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
    const staleOf = (t: Toggles) => ({
      stillShownAfterOptOut: t.seen.filter((x) => x.state === 'out' && x.etag === etagIn).length,
      missingAfterOptIn: t.seen.filter((x) => x.state === 'in' && x.etag === etagOut).length,
      checks: t.seen.length,
    });
    const churn = Object.fromEntries(
      (['invalidation', 'cluster'] as const)
        .filter((c) => names.includes(c))
        .map((c) => [c, { publicChanges: toggles[c].changes, medianChangeMs: median(toggles[c].ms), stale: staleOf(toggles[c]) }]),
    ) as Partial<Record<'invalidation' | 'cluster', { publicChanges: number; medianChangeMs: number; stale: ReturnType<typeof staleOf> }>>;
    const staleCount = (c: 'invalidation' | 'cluster') =>
      churn[c] ? churn[c].stale.stillShownAfterOptOut + churn[c].stale.missingAfterOptIn : 0;
    const all = Object.fromEntries(names.map((c) => [c, merge(results[c])])) as Record<CaseName, LoadResult>;
    // The cluster is measured against two bare processes under the same round-robin; the rest against one.
    const baseOf = (c: CaseName) => (c === 'cluster' || c === 'baseline2' ? all.baseline2 : all.baseline);
    const cases = names.map((c) => {
      const m = all[c];
      const base = baseOf(c);
      const ofBaseline = m.rps / base.rps;
      const p99VsBaseline = m.latency.p99 / base.latency.p99;
      const met = CHURN.includes(c)
        ? ofBaseline >= GOAL.ofBaseline && p99VsBaseline <= GOAL.p99VsBaseline && staleCount(c as 'invalidation' | 'cluster') === 0
        : undefined;
      return {
        case: c,
        name: labels[c],
        requests: m.requests,
        ms: Math.round(m.ms),
        rps: Math.round(m.rps),
        ofBaseline: Math.round(ofBaseline * 1000) / 1000,
        p99VsBaseline: Math.round(p99VsBaseline * 100) / 100,
        latencyMs: m.latency,
        bytesPerAnswer: Math.round(m.bytes / m.requests),
        serverCpuShare: Math.round((cpu[c] / m.ms) * 100) / 100,
        // Independent of the load generator's own limit: the server's CPU time per answer.
        serverCpuUsPerRequest: Math.round((cpu[c] / m.requests) * 1000),
        generatorCpuShare: Math.round((m.generatorCpuMs / m.ms) * 100) / 100,
        rpsPerRound: results[c].map((x) => Math.round(x.rps)),
        p99PerRound: results[c].map((x) => Math.round(x.latency.p99 * 100) / 100),
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
      x.case === 'baseline' || x.case === 'baseline2' ? '-' : `${x.p99VsBaseline.toFixed(2)}x`,
      x.goalMet === undefined ? '-' : x.goalMet ? 'met' : 'MISSED',
    ]);
    const note = (text: string) => rows.push([engine, text, ...Array.from({ length: headers.length - 2 }, () => '-')]);
    for (const [c, x] of Object.entries(churn))
      note(
        `  (${c} under load: ${x.publicChanges} opt-outs/ins, median ${fmt.ms(x.medianChangeMs)} ms each; stale wall ${TOGGLE_EVERY_MS / 2} ms after a change: ${x.stale.stillShownAfterOptOut + x.stale.missingAfterOptIn} of ${x.stale.checks} checks)`,
      );
    const single50 = { miss: median(single.miss), hit: median(single.hit) };
    note(
      `  unloaded: the wall after a public change ${fmt.ms(single50.miss)} ms (rendered), then ${fmt.ms(single50.hit)} ms (cached); medians of ${misses}`,
    );
    note(
      `  RSS: embassy ${fmt.mb(rss.embassyIdleKb)} MB idle before, ${fmt.mb(rss.embassyKb)} MB after the load (peak ${fmt.mb(rss.embassyPeakKb)}); node:http ${fmt.mb(rss.bareKb)} MB`,
    );
    note(
      `  goal (churn cases): ≥ ${GOAL.ofBaseline * 100}% of the baseline's req/s, p99 ≤ ${GOAL.p99VsBaseline}x the baseline's (the cluster's: 2 bare processes), no stale page${opts.quick ? ' (--quick: smaller organisation, shorter measuring)' : ''}`,
    );
    const churnCases = cases.filter((x) => x.goalMet !== undefined);
    const against = (c: string) => (c === 'cluster' ? 'the static page on 2 processes' : 'the static page');
    const goals: Goal[] = churnCases.flatMap((x) => [
      {
        what: `${x.case}: req/s vs ${against(x.case)}`,
        target: `>= ${GOAL.ofBaseline.toFixed(2)}x`,
        measured: `${x.ofBaseline.toFixed(2)}x`,
        met: x.ofBaseline >= GOAL.ofBaseline,
      },
      {
        what: `${x.case}: p99 vs ${against(x.case)}'s`,
        target: `<= ${GOAL.p99VsBaseline}x`,
        measured: `${x.p99VsBaseline.toFixed(2)}x`,
        met: x.p99VsBaseline <= GOAL.p99VsBaseline,
      },
      {
        what: `${x.case}: stale walls ${TOGGLE_EVERY_MS / 2} ms after a change`,
        target: '0',
        measured: String(staleCount(x.case as 'invalidation' | 'cluster')),
        met: staleCount(x.case as 'invalidation' | 'cluster') === 0,
      },
    ]);
    return {
      benchmark: 'wall',
      engine,
      rows,
      goals,
      data: {
        ...size,
        quick: opts.quick,
        loadMs: Math.round(data.loadMs),
        analyzed: data.analyzed,
        pageBytes: page.bytes,
        connections: opts.connections,
        rounds,
        perRound: per,
        cases,
        invalidation: churn.invalidation,
        cluster: churn.cluster,
        unloadedWallMs: { afterPublicChange: single50.miss, cached: single50.hit, runs: single },
        rssKb: rss,
        goal: { ...GOAL, met: cases.every((x) => x.goalMet !== false) },
        neverStale: staleCount('invalidation') + staleCount('cluster') === 0,
      },
    };
  } finally {
    await bare?.stop();
    await bare2?.stop();
    await second?.stop();
    await server?.stop();
    await b.drop();
  }
}
