/**
 * A webhook receiver on loopback for tests: records every request and verifies its signature with
 * the Standard Webhooks reference library (`standardwebhooks`), never with our own code. The library
 * checks the timestamp against the real time; requests are signed with the test's fake clock, so
 * verification runs with Date set to that clock (only Date is faked, for that one synchronous call).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';
import { Webhook } from 'standardwebhooks';
import type { Clock } from '../src/platform/clock.ts';

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  /** The secrets (of those the test registered for the path) whose signature the library accepted. */
  verifiedWith: string[];
}

export interface Receiver {
  base: string;
  received: Received[];
  /** The secrets to verify requests to `path` with. */
  secrets: Map<string, string[]>;
  /** The HTTP status to answer at `path` (default 200). */
  status: Map<string, number>;
  at(path: string): Received[];
  close(): Promise<void>;
}

export function verifyWith(secret: string, r: Pick<Received, 'body' | 'headers'>, now: Date): boolean {
  vi.useFakeTimers({ toFake: ['Date'], now });
  try {
    new Webhook(secret).verify(r.body, r.headers);
    return true;
  } catch {
    return false;
  } finally {
    vi.useRealTimers();
  }
}

export async function startReceiver(clock: Clock): Promise<Receiver> {
  const received: Received[] = [];
  const secrets = new Map<string, string[]>();
  const status = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      const path = req.url ?? '/';
      const r = { path, headers, body, payload: JSON.parse(body), verifiedWith: [] as string[] };
      r.verifiedWith = (secrets.get(path) ?? []).filter((s) => verifyWith(s, r, clock.now()));
      received.push(r);
      const code = status.get(path) ?? 200;
      res.writeHead(code, { 'content-type': 'text/plain' });
      res.end(code >= 200 && code < 300 ? 'thanks' : `no: ${code}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    received,
    secrets,
    status,
    at: (path) => received.filter((r) => r.path === path),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
