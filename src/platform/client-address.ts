/**
 * Who is asking, decided once per request for every route: the client's address (what rate limits
 * and the audit log key on) and whether the request arrived over HTTPS (what makes cookies Secure).
 *
 * X-Forwarded-For and X-Forwarded-Proto are only believed from proxies the operator named in
 * TRUST_PROXY; anyone can send those headers, so by default they are ignored and the address is the
 * TCP peer's. With a trusted proxy in front, the TCP peer is the proxy and every visitor would share
 * its address (and its limits) if the header were ignored.
 */
import net from 'node:net';

/** `none`: ignore forwarding headers; `hops`: that many proxies in front; `list`: these addresses. */
export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; list: net.BlockList; text: string };

/**
 * Parses TRUST_PROXY: empty or `none` (the default), a number of proxy hops (`1` for one reverse
 * proxy), or a comma-separated list of proxy addresses and CIDR ranges (`10.0.0.0/8, ::1`).
 * Throws a message naming what is wrong.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? '').trim();
  if (v === '' || v === 'none' || v === 'false' || v === '0') return { kind: 'none' };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 10) throw new Error('a number of proxy hops must be between 0 and 10');
    return { kind: 'hops', hops };
  }
  const list = new net.BlockList();
  for (const raw of v.split(',')) {
    const entry = raw.trim();
    const [addr, bits] = entry.split('/');
    const family = net.isIP(addr);
    if (!family) throw new Error(`"${entry}" is not an IP address or CIDR range (use "none", a number of hops, or addresses)`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(addr, type);
    else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (family === 6 ? 128 : 32)) throw new Error(`"${entry}" has an invalid prefix length`);
      list.addSubnet(addr, prefix, type);
    }
  }
  return { kind: 'list', list, text: v };
}

/** IPv4-mapped IPv6 (`::ffff:1.2.3.4`, what a dual-stack socket reports) as plain IPv4. */
export function normalizeAddress(addr: string): string {
  const a = addr.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1] : a;
}

function isTrusted(trust: TrustProxy, addr: string): boolean {
  if (trust.kind !== 'list') return false;
  const family = net.isIP(addr);
  return family !== 0 && trust.list.check(addr, family === 6 ? 'ipv6' : 'ipv4');
}

export interface ClientInfo {
  ip: string;
  /** The request reached the first proxy (or us) over HTTPS. */
  https: boolean;
}

/**
 * The client behind the trusted proxies. X-Forwarded-For lists addresses left to right as each
 * proxy appended its peer; we walk it from the right, past proxies we trust, and stop at the first
 * address we do not: everything further left was written by the client and proves nothing.
 */
export function clientInfo(
  trust: TrustProxy,
  peer: string | undefined,
  headers: { forwardedFor?: string; forwardedProto?: string },
  socketEncrypted = false,
): ClientInfo {
  const socketAddr = peer ? normalizeAddress(peer) : 'unknown';
  const direct = { ip: socketAddr, https: socketEncrypted };
  if (trust.kind === 'none' || (trust.kind === 'hops' && trust.hops === 0)) return direct;
  if (trust.kind === 'list' && !isTrusted(trust, socketAddr)) return direct;

  const chain = (headers.forwardedFor ?? '')
    .split(',')
    .map((s) => normalizeAddress(s))
    .filter((s) => net.isIP(s) !== 0);
  const protos = (headers.forwardedProto ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  // How many entries, counted from the right, were appended by proxies we trust.
  let trustedHops: number;
  if (trust.kind === 'hops') trustedHops = trust.hops;
  else {
    trustedHops = 1; // the socket peer is trusted: it appended the right-most entry
    for (let i = chain.length - 1; i > 0 && isTrusted(trust, chain[i]); i--) trustedHops++;
  }
  if (chain.length === 0) return direct;
  const ip = chain[Math.max(0, chain.length - trustedHops)];
  // The protocol the outermost trusted proxy saw, when the proxies say it.
  const proto = protos.length ? protos[Math.max(0, protos.length - trustedHops)] : undefined;
  return { ip, https: proto ? proto === 'https' : socketEncrypted };
}
