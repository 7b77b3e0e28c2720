import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isSpecialAddress, outboundFetch, OutboundRefused, OutboundTimeout, postOutbound, resolveOutbound } from './outbound.ts';

/** A loopback server for one test; closed (with its open connections) afterwards. */
async function loopback<T>(server: http.Server | net.Server, run: (port: number) => Promise<T>): Promise<T> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => sockets.add(s).size);
  try {
    return await run((server.address() as AddressInfo).port);
  } finally {
    for (const s of sockets) s.destroy();
    server.close();
  }
}

const allowed = { allowPrivateUrls: true };

describe('outbound URLs', () => {
  it('knows private, loopback and special addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '100.64.0.1',
      // IPv4-compatible, NAT64 and 6to4 addresses carrying a special IPv4 address; Teredo; local-use NAT64.
      '::127.0.0.1',
      '::7f00:1',
      '64:ff9b::a9fe:a9fe',
      '64:ff9b::169.254.169.254',
      '64:ff9b::10.0.0.1',
      '2002:7f00:1::1',
      '2001:0:4136:e378:8000:63bf:3fff:fdd2',
      '64:ff9b:1::808:808',
      '::',
    ])
      expect(isSpecialAddress(a), a).toBe(true);
    for (const a of [
      '8.8.8.8',
      '2a00:1450:4001:80b::200e',
      '::ffff:8.8.8.8',
      '151.101.1.69',
      '64:ff9b::808:808',
      '1.1.1.1',
      '2606:4700::1111',
    ])
      expect(isSpecialAddress(a), a).toBe(false);
  });

  it('refuses loopback, http and credentials unless private URLs are allowed', async () => {
    const strict = { allowPrivateUrls: false };
    await expect(resolveOutbound(strict, 'https://127.0.0.1/hook')).rejects.toMatchObject({ reason: 'private-address' });
    await expect(resolveOutbound(strict, 'https://[::1]/hook')).rejects.toMatchObject({ reason: 'private-address' });
    await expect(resolveOutbound(strict, 'https://[64:ff9b::a9fe:a9fe]/')).rejects.toMatchObject({ reason: 'private-address' });
    await expect(resolveOutbound(strict, 'https://[::127.0.0.1]/')).rejects.toMatchObject({ reason: 'private-address' });
    await expect(resolveOutbound(strict, 'https://localhost/hook')).rejects.toBeInstanceOf(OutboundRefused);
    await expect(resolveOutbound(strict, 'http://8.8.8.8/hook')).rejects.toMatchObject({ reason: 'scheme' });
    await expect(resolveOutbound(strict, 'https://u:p@8.8.8.8/hook')).rejects.toMatchObject({ reason: 'credentials' });
    await expect(resolveOutbound(strict, 'https://8.8.8.8/hook')).resolves.toMatchObject({ address: '8.8.8.8' });
    await expect(resolveOutbound({ allowPrivateUrls: true }, 'http://127.0.0.1:9/hook')).resolves.toMatchObject({ address: '127.0.0.1' });
  });

  it('posts to an allowed receiver and reports its status', async () => {
    const got: string[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        got.push(`${req.headers['x-test']}:${body}`);
        res.writeHead(202).end('accepted');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      const out = await postOutbound({ allowPrivateUrls: true }, `http://localhost:${port}/in`, '{"a":1}', { 'x-test': 'yes' });
      expect(out).toEqual({ status: 202, excerpt: 'accepted' });
      expect(got).toEqual(['yes:{"a":1}']);
    } finally {
      server.close();
    }
  });

  it('holds its deadline against a receiver that drips its answer a byte at a time', async () => {
    // Real short timers: this is about a socket's deadline. One byte every 50 ms keeps an idle
    // timeout from ever firing; the deadline (300 ms) ends the request anyway.
    const dripping = net.createServer((socket) => {
      socket.once('data', () => {
        const line = Buffer.from('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\n' + 'x'.repeat(1000));
        let i = 0;
        const tick = setInterval(
          () => (i < line.length && !socket.destroyed ? socket.write(line.subarray(i, ++i)) : clearInterval(tick)),
          50,
        );
        socket.on('close', () => clearInterval(tick));
      });
    });
    await loopback(dripping, async (port) => {
      const started = performance.now();
      const err = await postOutbound(allowed, `http://127.0.0.1:${port}/in`, '{}', {}, 300).catch((e: unknown) => e);
      const took = performance.now() - started;
      expect(err).toBeInstanceOf(OutboundTimeout);
      expect(took).toBeGreaterThanOrEqual(290);
      expect(took).toBeLessThan(800);
    });
  });

  it('counts an answer whose head came in time, keeping what of its body came by the deadline', async () => {
    const slowBody = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('ok');
      const tick = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(tick));
    });
    await loopback(slowBody, async (port) => {
      const started = performance.now();
      const out = await postOutbound(allowed, `http://127.0.0.1:${port}/in`, '{}', {}, 300);
      expect(performance.now() - started).toBeLessThan(800);
      expect(out.status).toBe(200);
      expect(out.excerpt).toMatch(/^ok\.+$/);
      expect(out.excerpt.length).toBeLessThan(20);
    });
  });

  it('stops reading after 2 KB', async () => {
    let closed = false;
    const endless = http.createServer((_req, res) => {
      res.writeHead(500);
      res.write('e'.repeat(5000));
      res.on('close', () => (closed = true));
      // Never ends: without the 2 KB limit the request would wait for its deadline.
    });
    await loopback(endless, async (port) => {
      const started = performance.now();
      const out = await postOutbound(allowed, `http://127.0.0.1:${port}/in`, '{}', {}, 5000);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(out).toEqual({ status: 500, excerpt: 'e'.repeat(2048) });
      await expect.poll(() => closed).toBe(true);
    });
  });

  it('fetches through the guard for libraries: refused addresses, answers as Responses, the same deadline', async () => {
    const strictFetch = outboundFetch({ allowPrivateUrls: false });
    const refused = await strictFetch('http://127.0.0.1:9/').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as TypeError).cause).toBeInstanceOf(OutboundRefused);
    const metadata = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (req.url === '/slow') return void res.writeHead(200).write('{');
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ method: req.method, body, auth: req.headers.authorization }));
      });
    });
    await loopback(metadata, async (port) => {
      const fetch = outboundFetch(allowed, 300);
      const res = await fetch(`http://127.0.0.1:${port}/token`, {
        method: 'POST',
        headers: { authorization: 'Basic eA==' },
        body: new URLSearchParams({ grant_type: 'authorization_code' }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await res.json()).toEqual({ method: 'POST', body: 'grant_type=authorization_code', auth: 'Basic eA==' });
      const slow = await fetch(`http://127.0.0.1:${port}/slow`).catch((e: unknown) => e);
      expect((slow as TypeError).cause).toBeInstanceOf(OutboundTimeout);
    });
  });
});
