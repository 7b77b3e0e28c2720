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
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  SPECIAL.addSubnet(addr, prefix, 'ipv6');

/** Whether an IP address is loopback, private, link-local, reserved or otherwise not the public internet. */
export function isSpecialAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    // An IPv4-mapped address is judged as the IPv4 address it carries.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return SPECIAL.check(mapped[1], 'ipv4');
  }
  return SPECIAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
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

export interface OutboundResponse {
  status: number;
  /** The first 2 KB of the body, for the delivery log. */
  excerpt: string;
}

/**
 * POSTs `body` to `raw` (connecting only to the address resolveOutbound approved), with a time
 * limit and no redirects followed. Throws OutboundRefused, or an Error for network failures and
 * timeouts; any HTTP status is an answer.
 */
export async function postOutbound(
  config: Pick<Config, 'allowPrivateUrls'>,
  raw: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs = 10_000,
): Promise<OutboundResponse> {
  const { url, address, family } = await resolveOutbound(config, raw);
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise<OutboundResponse>((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Embassy-Webhooks/1',
          ...headers,
          'content-length': Buffer.byteLength(body),
        },
        // Connect to the approved address, whatever the name resolves to now; TLS still checks the name.
        lookup: (_host, opts, cb) => {
          if ((opts as { all?: boolean }).all)
            (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
          else cb(null, address, family);
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < 2048) chunks.push(c);
          size += c.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, excerpt: Buffer.concat(chunks).toString('utf8').slice(0, 2048) }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No answer within ${timeoutMs / 1000} s.`)));
    req.on('error', reject);
    req.end(body);
  });
}
