/**
 * Requests Embassy makes to addresses its users typed (webhook endpoints, Teams and Slack incoming
 * webhooks). Such an address must not reach inside the network Embassy runs in (server-side request
 * forgery): a URL that resolves to a loopback, private, link-local, or otherwise special address is
 * refused unless EMBASSY_ALLOW_PRIVATE_URLS=1. The check is made when the URL is saved and again at
 * every request, on the address actually connected to (a name that resolves differently the second
 * time, DNS rebinding, cannot slip through).
 */
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { Config } from '../config.ts';

export class OutboundRefused extends Error {
  constructor(
    message: string,
    readonly reason: 'scheme' | 'private-address' | 'unresolvable' | 'credentials',
  ) {
    super(message);
  }
}

const SPECIAL = new net.BlockList();
for (const [addr, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  SPECIAL.addSubnet(addr, prefix, 'ipv4');
for (const [addr, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001::', 32],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  SPECIAL.addSubnet(addr, prefix, 'ipv6');

/** The 16 bytes of an IPv6 address (net.isIP already said it is one), or null. */
function ipv6Bytes(address: string): number[] | null {
  let text = address.replace(/%.*$/, '');
  const tail: number[] = [];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    tail.push(...dotted.slice(1).map(Number));
    text = text.slice(0, dotted.index) + '0:0';
  }
  const [head, rest] = text.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').filter((g) => g !== '') : []);
  const before = groups(head);
  const after = groups(rest);
  const missing = rest === undefined ? 0 : 8 - before.length - after.length;
  const all = [...before, ...Array<string>(missing).fill('0'), ...after].map((g) => parseInt(g, 16));
  if (all.length !== 8 || all.some((g) => !(g >= 0 && g <= 0xffff))) return null;
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

const startsWith = (bytes: number[], prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * The IPv4 address an IPv6 address carries and hands on to: IPv4-mapped (::ffff:0:0/96),
 * IPv4-compatible (::/96), NAT64 (64:ff9b::/96) and 6to4 (2002::/16). Such an address is judged as
 * the IPv4 address it reaches, so `[::127.0.0.1]` or `[64:ff9b::a9fe:a9fe]` cannot slip past.
 */
function embeddedIpv4(bytes: number[]): string | null {
  const zeros10 = Array<number>(10).fill(0);
  let v4: number[] | null = null;
  if (startsWith(bytes, [...zeros10, 0xff, 0xff])) v4 = bytes.slice(12);
  else if (startsWith(bytes, [...zeros10, 0, 0])) v4 = bytes.slice(12);
  else if (startsWith(bytes, [0x00, 0x64, 0xff, 0x9b, ...zeros10.slice(0, 8)])) v4 = bytes.slice(12);
  else if (startsWith(bytes, [0x20, 0x02])) v4 = bytes.slice(2, 6);
  return v4 ? v4.join('.') : null;
}

/** Whether an IP address is loopback, private, link-local, reserved or otherwise not the public internet. */
export function isSpecialAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return true;
  if (family === 4) return SPECIAL.check(address, 'ipv4');
  const bytes = ipv6Bytes(address);
  if (!bytes) return true;
  // :: and ::1 are in the IPv4-compatible range but are IPv6's own unspecified and loopback addresses.
  if (bytes.every((b, i) => b === 0 || (i === 15 && b === 1))) return true;
  const v4 = embeddedIpv4(bytes);
  if (v4) return SPECIAL.check(v4, 'ipv4');
  // NAT64 for local use (64:ff9b:1::/48) translates into networks of the operator's choosing.
  if (startsWith(bytes, [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01])) return true;
  return SPECIAL.check(address, 'ipv6');
}

/** The URL parsed and the address to connect to; throws OutboundRefused. */
export async function resolveOutbound(
  config: Pick<Config, 'allowPrivateUrls'>,
  raw: string,
): Promise<{ url: URL; address: string; family: 4 | 6 }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefused('This is not a URL.', 'scheme');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && config.allowPrivateUrls)) {
    throw new OutboundRefused('The URL must start with https://.', 'scheme');
  }
  if (url.username || url.password) throw new OutboundRefused('The URL may not carry a user name or password.', 'credentials');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let address: string;
  let family: 4 | 6;
  if (net.isIP(host)) {
    address = host;
    family = net.isIP(host) as 4 | 6;
  } else {
    try {
      const found = await dns.lookup(host, { verbatim: true });
      address = found.address;
      family = found.family as 4 | 6;
    } catch {
      throw new OutboundRefused(`The host ${host} cannot be found.`, 'unresolvable');
    }
  }
  if (!config.allowPrivateUrls && isSpecialAddress(address)) {
    throw new OutboundRefused(`The host ${host} is a private or loopback address (${address}).`, 'private-address');
  }
  return { url, address, family };
}

/** Stops a request whatever the other side does: the deadline holds for the whole exchange. */
export class OutboundTimeout extends Error {}

interface Exchange {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string | Buffer;
  /** A fixed deadline for the whole exchange (resolving, connecting, sending, the answer), not an idle timeout. */
  timeoutMs: number;
  /** Reading stops here: `truncate` keeps the first bytes and ends; `refuse` fails the request. */
  maxBytes: number;
  overflow: 'truncate' | 'refuse';
  signal?: AbortSignal;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The deadline ended reading after the answer's head (and part of its body) had come. */
  cut: boolean;
}

/**
 * One request to a URL the outbound guard approves, connected only to the address it checked (a
 * name that resolves differently by now, DNS rebinding, cannot slip through; TLS still checks the
 * name). No redirects are followed. Node's own `timeout` only measures silence, so a receiver that
 * drips a byte a second would never time out: a timer destroys the request at the deadline
 * whatever is arriving, and the body is read only up to maxBytes.
 */
async function exchange(config: Pick<Config, 'allowPrivateUrls'>, raw: string, x: Exchange): Promise<Answer> {
  const deadline = Date.now() + x.timeoutMs;
  const late = () => new OutboundTimeout(`No complete answer within ${x.timeoutMs / 1000} s.`);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), x.timeoutMs);
  });
  expired.catch(() => {});
  let resolved: Awaited<ReturnType<typeof resolveOutbound>>;
  try {
    resolved = await Promise.race([resolveOutbound(config, raw), expired]);
  } finally {
    clearTimeout(timer);
  }
  const { url, address, family } = resolved;
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    let head: http.IncomingMessage | undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    // Whatever arrives: at the deadline the request ends. An answer whose head came in time counts.
    const stop = setTimeout(() => (head ? finish(null, true) : finish(late())), Math.max(0, deadline - Date.now()));
    const finish = (err: Error | null, cut = false) => {
      if (done) return;
      done = true;
      clearTimeout(stop);
      x.signal?.removeEventListener('abort', aborted);
      if (err || cut || !head?.complete) req.destroy();
      if (err) reject(err);
      else
        resolve({ status: head?.statusCode ?? 0, headers: head?.headers ?? {}, body: Buffer.concat(chunks).subarray(0, x.maxBytes), cut });
    };
    const req = lib.request(
      url,
      {
        method: x.method,
        headers: x.body === undefined ? x.headers : { ...x.headers, 'content-length': String(Buffer.byteLength(x.body)) },
        agent: false,
        lookup: (_host, opts, cb) => {
          if ((opts as { all?: boolean }).all)
            (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
          else cb(null, address, family);
        },
      },
      (res) => {
        head = res;
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          size += c.length;
          if (size < x.maxBytes) return;
          if (x.overflow === 'truncate') finish(null);
          else finish(new Error(`The answer is larger than ${x.maxBytes} bytes.`));
        });
        res.on('end', () => finish(null));
        res.on('error', (err) => finish(err));
      },
    );
    const aborted = () => finish(x.signal?.reason instanceof Error ? x.signal.reason : new Error('Aborted.'));
    if (x.signal?.aborted) return aborted();
    x.signal?.addEventListener('abort', aborted);
    req.on('error', (err) => finish(err));
    req.end(x.body);
  });
}

export interface OutboundResponse {
  status: number;
  /** The first 2 KB of the body, for the delivery log. */
  excerpt: string;
}

const EXCERPT_BYTES = 2048;

/**
 * POSTs `body` to `raw` (connecting only to the address resolveOutbound approved), with a fixed
 * deadline for the whole request and no redirects followed; only the first 2 KB of the answer are
 * read. Throws OutboundRefused, OutboundTimeout when no answer came by the deadline, or an Error for
 * network failures; any HTTP status is an answer (also one whose body was still arriving at the
 * deadline: the receiver did answer).
 */
export async function postOutbound(
  config: Pick<Config, 'allowPrivateUrls'>,
  raw: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs = 10_000,
): Promise<OutboundResponse> {
  const res = await exchange(config, raw, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Embassy-Webhooks/1', ...headers },
    body,
    timeoutMs,
    maxBytes: EXCERPT_BYTES,
    overflow: 'truncate',
  });
  return { status: res.status, excerpt: res.body.toString('utf8').slice(0, EXCERPT_BYTES) };
}

/** The largest answer fetchOutbound reads (discovery documents, key sets, tokens are far smaller). */
const FETCH_MAX_BYTES = 1024 * 1024;

/**
 * A fetch for libraries that take one (openid-client's customFetch): every request goes through
 * the outbound guard, connected to the address it checked, with a fixed deadline and a size limit.
 * Failures are thrown as fetch does (a TypeError whose cause says why: OutboundRefused,
 * OutboundTimeout, ...); an abort signal's reason is thrown as it is.
 */
export function outboundFetch(config: Pick<Config, 'allowPrivateUrls'>, timeoutMs = 10_000) {
  return async (
    input: string,
    init: { method?: string; headers?: Record<string, string>; body?: unknown; signal?: AbortSignal | null } = {},
  ): Promise<Response> => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'POST') throw new TypeError('fetch failed', { cause: new Error(`No ${method} requests.`) });
    let body: string | undefined;
    if (init.body instanceof URLSearchParams || typeof init.body === 'string') body = String(init.body);
    else if (init.body != null) throw new TypeError('fetch failed', { cause: new Error('Unsupported request body.') });
    let res: Answer;
    try {
      res = await exchange(config, input, {
        method,
        headers: { 'user-agent': 'Embassy/1', ...init.headers },
        body,
        timeoutMs,
        maxBytes: FETCH_MAX_BYTES,
        overflow: 'refuse',
        signal: init.signal ?? undefined,
      });
    } catch (err) {
      if (init.signal?.aborted && err === init.signal.reason) throw err;
      throw new TypeError('fetch failed', { cause: err });
    }
    if (res.cut) throw new TypeError('fetch failed', { cause: new OutboundTimeout(`No complete answer within ${timeoutMs / 1000} s.`) });
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const empty = res.status === 204 || res.status === 304;
    return new Response(empty ? null : new Uint8Array(res.body), { status: res.status, headers });
  };
}
