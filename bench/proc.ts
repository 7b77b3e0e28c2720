/**
 * Child processes: the `embassy` command (CLI and server) and the bare node:http baseline, timed from
 * spawn to the first 200, stopped with SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { progress, sleep, waitFor200 } from './lib.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EMBASSY = path.join(ROOT, 'bin', 'embassy.js');

export const DEMO_PASSWORD = 'bench-demo-password-123';

/** Settings every `embassy` child gets; the store's DATA_DIR / DATABASE_URL come on top. */
export function embassyEnv(store: Record<string, string>, port?: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'PUBLIC_URL', 'SMTP_URL', 'EMBASSY_ROLE', 'NODE_OPTIONS']) delete env[k];
  return {
    ...env,
    EMBASSY_DEMO: '1',
    EMBASSY_DEMO_PASSWORD: DEMO_PASSWORD,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    ...(port ? { PORT: String(port) } : {}),
    ...store,
  };
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (!e.name.includes('.test.')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/ when a source is newer than the build (bin/embassy.js would otherwise rebuild inside
 * a timed start). Called before every timed spawn: other people edit src/ while benchmarks run, so a
 * failing build (a file caught mid-edit) is retried for a while before giving up.
 */
export async function ensureBuilt(force = false): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const newest = newestSource(path.join(ROOT, 'src'));
    const built = (t: string) => fs.statSync(path.join(ROOT, 'dist', `BUILT-${t}`), { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (!force && built('server') >= newest && built('web') >= newest) return;
    progress('building dist/ (node scripts/build.mjs)');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (r.status === 0) return;
    if (attempt >= BUILD_ATTEMPTS) throw new Error(`node scripts/build.mjs failed:\n${r.stderr}`);
    progress(
      `the build failed (a source caught mid-edit?); retrying in ${BUILD_RETRY_MS / 1000} s:\n${r.stderr.trim().split('\n').slice(0, 3).join('\n')}`,
    );
    await sleep(BUILD_RETRY_MS);
  }
}

const BUILD_ATTEMPTS = 8;
const BUILD_RETRY_MS = 15_000;

/** A free loopback port (there is a small window before the child takes it; fine on one machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Runs `embassy <args>` to completion; throws with its stderr when it fails. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<{ stdout: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [EMBASSY, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve({ stdout, ms: performance.now() - t0 });
      else reject(new Error(`embassy ${args.join(' ')} exited with ${code}:\n${stderr || stdout}`));
    });
    child.stdin.end(stdin ?? '');
  });
}

export interface Running {
  pid: number;
  port: number;
  baseUrl: string;
  /** Spawn to the first 200 from the probe URL. */
  readyMs: number;
  /** The last few kB the process wrote on stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

/** Spawns `argv` and waits for `probePath` on `port` to answer 200. */
export async function startAndWait(argv: string[], env: NodeJS.ProcessEnv, port: number, probePath: string): Promise<Running> {
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (c: Buffer) => (output = (output + c.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((r) => child.once('exit', () => ((exited = true), r())));
  const stop = async () => {
    if (!exited) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exit;
    clearTimeout(timer);
  };
  try {
    const readyMs = await waitFor200(`http://127.0.0.1:${port}${probePath}`, t0, { alive: () => !exited, timeoutMs: 300_000 });
    return { pid: child.pid!, port, baseUrl: `http://127.0.0.1:${port}`, readyMs, output: () => output, stop };
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- output of ${argv.join(' ')}:\n${output}`);
  }
}

/** `embassy start` on a store; the server's pid is the child's (bin/embassy.js runs it in-process). */
export async function startEmbassy(storeEnv: Record<string, string>): Promise<Running> {
  await ensureBuilt();
  const port = await freePort();
  // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile of its whole run there when it stops.
  const dir = process.env.BENCH_CPU_PROF;
  const profile = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  return startAndWait([...profile, EMBASSY, 'start'], embassyEnv(storeEnv, port), port, '/healthz');
}

/** The baseline: the smallest node:http server there is. */
export async function startBareNode(): Promise<Running> {
  const port = await freePort();
  return startAndWait(['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${port})`], embassyEnv({}, port), port, '/');
}

/**
 * The floor of a search over HTTP on PostgreSQL: a bare node:http server on `databaseUrl` that runs
 * the SQL it is given and answers the rows as JSON (bench/bare-search.mjs).
 */
export async function startBareSearch(databaseUrl: string): Promise<Running> {
  const port = await freePort();
  return startAndWait([path.join(ROOT, 'bench', 'bare-search.mjs'), databaseUrl, String(port)], embassyEnv({}, port), port, '/');
}

/**
 * The PGlite baseline: a bare node process that opens `dataDir` with PGlite (and pg_trgm), with
 * `migrate` first runs the migrations as plain SQL (bench/bare-pglite.mjs), then answers 200 and idles.
 */
export async function startBarePglite(dataDir: string, opts: { migrate?: boolean } = {}): Promise<Running> {
  const port = await freePort();
  const argv = [path.join(ROOT, 'bench', 'bare-pglite.mjs'), dataDir, String(port), ...(opts.migrate ? ['--migrate'] : [])];
  return startAndWait(argv, embassyEnv({}, port), port, '/');
}
