/**
 * A small HTTP load generator: `connections` keep-alive connections (one node:http Agent), each
 * sending its next GET as soon as the previous answer is read, until `maxRequests` or `maxMs`.
 * Latency is from the request's start to the end of its body. Also the CPU time a process used
 * (from /proc/<pid>/stat), so a report can say whether the server or the generator was the limit.
 */
import fs from 'node:fs';
import http from 'node:http';
import { summarize, type Summary } from './lib.ts';

export interface LoadOptions {
  connections: number;
  maxRequests: number;
  maxMs: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  /** Answers that were not 200, and failed requests. */
  errors: number;
  firstError?: string;
  ms: number;
  rps: number;
  /** Every latency (ms), for merging rounds. */
  samples: number[];
  latency: Summary;
  bytes: number;
  /** Distinct ETags seen: how many different versions of the page were served. */
  etags: number;
  /** CPU milliseconds this process (the generator) used. */
  generatorCpuMs: number;
}

function get(
  agent: http.Agent,
  url: string,
  headers: Record<string, string> | undefined,
): Promise<{ status: number; bytes: number; etag?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, etag: res.headers.etag }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** Loads `next()`'s URLs with a fixed number of connections; `next` is called once per request. */
export async function load(next: () => string, o: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections, maxFreeSockets: o.connections });
  const samples: number[] = [];
  const etags = new Set<string>();
  let issued = 0;
  let errors = 0;
  let bytes = 0;
  let firstError: string | undefined;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const deadline = t0 + o.maxMs;
  const loop = async () => {
    while (issued < o.maxRequests && performance.now() < deadline) {
      issued++;
      const url = next();
      const s = performance.now();
      try {
        const r = await get(agent, url, o.headers);
        samples.push(performance.now() - s);
        bytes += r.bytes;
        if (r.etag) etags.add(r.etag);
        if (r.status !== 200) {
          errors++;
          firstError ??= `${r.status} from ${url}`;
        }
      } catch (err) {
        errors++;
        firstError ??= `${(err as Error).message} (${url})`;
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, loop));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  return {
    requests: samples.length,
    errors,
    firstError,
    ms,
    rps: samples.length / (ms / 1000),
    samples,
    latency: summarize(samples),
    bytes,
    etags: etags.size,
    generatorCpuMs: (cpu.user + cpu.system) / 1000,
  };
}

/** Several rounds of the same case as one: requests and time add up, latencies merge. */
export function merge(results: LoadResult[]): LoadResult {
  const samples = results.flatMap((r) => r.samples);
  const ms = results.reduce((s, r) => s + r.ms, 0);
  return {
    requests: samples.length,
    errors: results.reduce((s, r) => s + r.errors, 0),
    firstError: results.find((r) => r.firstError)?.firstError,
    ms,
    rps: samples.length / (ms / 1000),
    samples,
    latency: summarize(samples),
    bytes: results.reduce((s, r) => s + r.bytes, 0),
    etags: results.reduce((s, r) => s + r.etags, 0),
    generatorCpuMs: results.reduce((s, r) => s + r.generatorCpuMs, 0),
  };
}

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

/** CPU milliseconds (user + system) process `pid` has used so far. */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3; utime, stime are 14, 15.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
}

/** The machine's busy CPU milliseconds so far, summed over its cores (every state but idle and iowait; /proc/stat). */
export function machineBusyMs(): number {
  const [, ...f] = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is counted in user already)
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) * TICK_MS;
}
