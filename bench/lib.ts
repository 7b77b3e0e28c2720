/**
 * Shared by every benchmark: timing, statistics, tables, progress on stderr, the JSON results file,
 * loopback HTTP calls and clean-up that runs even when a benchmark fails.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const started = performance.now();

/** Progress goes to stderr, so stdout holds only the tables. */
export function progress(message: string): void {
  const s = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${s}s] ${message}\n`);
}

/** Milliseconds `fn` took, and its value. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/**
 * `fn`, with a V8 CPU profile of its run written to $BENCH_CPU_PROF/<label>-<pid>-<time>.cpuprofile when
 * that variable names a folder (open it in Chrome's DevTools or speedscope); plain `fn` otherwise.
 */
export async function profiled<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return fn();
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${label}-${process.pid}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/* ---- statistics ---- */

/** Nearest-rank percentile of ascending `sorted` (p in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface Summary {
  n: number;
  mean: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: s.length,
    mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
    min: round(s[0]),
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    p99: round(percentile(s, 99)),
    max: round(s[s.length - 1]),
  };
}

/** "1.83×": how many times the baseline a measurement took. */
export function ratio(value: number, baseline: number): number {
  return Math.round((value / baseline) * 100) / 100;
}

/* ---- output ---- */

export const fmt = {
  ms: (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)),
  s: (ms: number) => (ms / 1000).toFixed(2),
  x: (r: number) => `${r.toFixed(2)}×`,
  mb: (kb: number) => (kb / 1024).toFixed(1),
  int: (n: number) => Math.round(n).toLocaleString('en-US'),
};

/** A plain-text table with right-aligned numbers. */
export function table(title: string, headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[-\d.,×%]+$|^[-–]$/.test(String(r[i] ?? '-'))));
  const line = (r: string[]) =>
    '| ' + r.map((c, i) => (numeric[i] ? (c ?? '').padStart(widths[i]) : (c ?? '').padEnd(widths[i]))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (numeric[i] ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|';
  return [`\n### ${title}\n`, line(headers), rule, ...cells.slice(1).map(line), ''].join('\n');
}

export interface BenchResult {
  benchmark: string;
  engine: Engine | 'none';
  /** Numbers for the JSON file; the benchmark chooses their shape. */
  data: Record<string, unknown>;
  /** Rows for the printed table, in the benchmark's own column order. */
  rows: (string | number)[][];
  /** Text printed below the table (search: the query plans of the kinds that missed their goal). */
  notes?: string;
  /** The goals this run measured, for the summary printed at the end. */
  goals?: Goal[];
}

/** One goal line: a ratio against a baseline measured in the same run, never an absolute time. */
export interface Goal {
  /** What is compared, e.g. "one worker vs bare nodemailer". */
  what: string;
  /** The target, e.g. ">= 0.70x". */
  target: string;
  /** The measured value, e.g. "0.82x". */
  measured: string;
  /** Whether the target was reached; null where it is shown for reference only (another engine's goal). */
  met: boolean | null;
}

/** The goal column's text. */
export function verdict(met: boolean | null): string {
  return met === null ? '(ref.)' : met ? 'met' : 'MISSED';
}

/** Writes .bench-results/<timestamp>.json (rewritten after each benchmark, so a crash keeps what ran). */
export function resultsWriter(root: string, meta: Record<string, unknown>) {
  const dir = path.join(root, '.bench-results');
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  return {
    file,
    write(results: BenchResult[], extra: Record<string, unknown> = {}) {
      fs.mkdirSync(dir, { recursive: true });
      const body = {
        ...meta,
        ...extra,
        results: results.map(({ benchmark, engine, data, goals }) => ({ benchmark, engine, ...data, ...(goals ? { goals } : {}) })),
      };
      fs.writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
    },
  };
}

/* ---- engines and clean-up ---- */

export type Engine = 'pglite' | 'postgres';
export const ENGINES: readonly Engine[] = ['pglite', 'postgres'];

const cleanups: { label: string; fn: () => Promise<void> | void }[] = [];

/** Registers clean-up to run at the end (last registered runs first); returns a function that runs it now. */
export function onCleanup(label: string, fn: () => Promise<void> | void): () => Promise<void> {
  const entry = { label, fn };
  cleanups.push(entry);
  return async () => {
    const i = cleanups.indexOf(entry);
    if (i < 0) return;
    cleanups.splice(i, 1);
    await fn();
  };
}

export async function cleanupAll(): Promise<void> {
  while (cleanups.length) {
    const { label, fn } = cleanups.pop()!;
    try {
      await fn();
    } catch (err) {
      progress(`clean-up "${label}" failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/* ---- loopback HTTP ---- */

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 4 });

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Bytes received; with `onData` the body goes there chunk by chunk instead (large downloads). */
  bytes: number;
}

export function httpRequest(
  url: string,
  opts: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    onData?: (chunk: Buffer) => void;
    keepAlive?: boolean;
    timeoutMs?: number;
  } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: opts.method ?? 'GET', headers: opts.headers, agent: opts.keepAlive === false ? false : keepAlive, timeout: opts.timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        res.on('data', (c: Buffer) => {
          bytes += c.length;
          if (opts.onData) opts.onData(c);
          else chunks.push(c);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), bytes }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Polls `url` until it answers 200; resolves with the time it took (ms since `since`). */
export async function waitFor200(
  url: string,
  since: number,
  opts: { timeoutMs?: number; everyMs?: number; alive?: () => boolean } = {},
): Promise<number> {
  const deadline = since + (opts.timeoutMs ?? 120_000);
  for (;;) {
    const ok = await httpRequest(url, { keepAlive: false, timeoutMs: 2000 }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return performance.now() - since;
    if (opts.alive && !opts.alive()) throw new Error(`the process behind ${url} exited before answering`);
    if (performance.now() > deadline) throw new Error(`${url} did not answer 200 in time`);
    await sleep(opts.everyMs ?? 5);
  }
}

/** RSS and peak RSS (kB) of a process on this machine, from /proc/<pid>/status. */
export function readRss(pid: number): { rssKb: number; hwmKb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/** Samples the RSS of `pid` every `everyMs` while `fn` runs; returns fn's value and the largest RSS seen. */
export async function withRssSampling<T>(pid: number, fn: () => Promise<T>, everyMs = 50): Promise<{ value: T; maxRssKb: number }> {
  let maxRssKb = readRss(pid).rssKb;
  const timer = setInterval(() => {
    try {
      maxRssKb = Math.max(maxRssKb, readRss(pid).rssKb);
    } catch {}
  }, everyMs);
  try {
    const value = await fn();
    maxRssKb = Math.max(maxRssKb, readRss(pid).rssKb);
    return { value, maxRssKb };
  } finally {
    clearInterval(timer);
  }
}
