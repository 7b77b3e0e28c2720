/**
 * The wall bench's helpers: the static-page baseline, and the churn that opts an ambassador out and
 * back in while the wall is under load, recording which version of the wall was served a little
 * after each change (so a stale page is caught).
 */
import { httpRequest, sleep } from './lib.ts';
import { embassyEnv, freePort, startAndWait, type Running } from './proc.ts';

export const TOGGLE_EVERY_MS = 500;

/** The static-page baseline: the same bytes, from the smallest node:http server there is. */
export async function startStatic(file: string): Promise<Running> {
  const port = await freePort();
  const script = `const b=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/html; charset=utf-8','content-length':b.length});s.end(b)}).listen(${port},'127.0.0.1')`;
  return startAndWait(['-e', script], embassyEnv({}, port), port, '/');
}

export interface Toggles {
  changes: number;
  ms: number[];
  seen: { state: 'out' | 'in'; etag: string }[];
}

/**
 * Every TOGGLE_EVERY_MS the ambassador opts out (DELETE /me/ambassador on `baseUrl`) and, half a
 * period later, back in (PUT). Just before each next change, when nothing else has changed for a
 * while, the wall at `wallUrl` (which may be another process's) is fetched and its ETag recorded
 * with the state it must show, so a stale page (say, an ambassador still shown after opting out)
 * is caught.
 */
export function toggler(baseUrl: string, wallUrl: string, token: string) {
  let running = true;
  const t: Toggles = { changes: 0, ms: [], seen: [] };
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const change = async (state: 'out' | 'in') => {
    const t0 = performance.now();
    const r = await httpRequest(
      `${baseUrl}/api/v1/me/ambassador`,
      // A connection of its own each time: a kept-alive one the server closed while idle would fail.
      state === 'out'
        ? { method: 'DELETE', headers: auth, keepAlive: false }
        : { method: 'PUT', headers: auth, body: JSON.stringify({ scope: 'external' }), keepAlive: false },
    );
    if (r.status !== (state === 'out' ? 204 : 200))
      throw new Error(`opting ${state} answered ${r.status}: ${r.body.toString().slice(0, 300)}`);
    t.changes++;
    t.ms.push(performance.now() - t0);
    await sleep(Math.max(0, TOGGLE_EVERY_MS / 2 - (performance.now() - t0)));
    const wall = await httpRequest(wallUrl, { keepAlive: false });
    t.seen.push({ state, etag: String(wall.headers.etag) });
  };
  const done = (async () => {
    while (running) {
      await change('out');
      await change('in');
    }
  })();
  // Failures are reported by stop(), not as an unhandled rejection in the middle of a case.
  done.catch(() => {});
  return {
    async stop(): Promise<Toggles> {
      running = false;
      await done;
      return t;
    },
  };
}

/** Adds one run's toggles to the total. */
export function addToggles(total: Toggles, t: Toggles | undefined) {
  if (!t) return;
  total.changes += t.changes;
  total.ms.push(...t.ms);
  total.seen.push(...t.seen);
}
