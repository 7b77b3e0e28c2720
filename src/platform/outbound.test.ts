import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isSpecialAddress, OutboundRefused, postOutbound, resolveOutbound } from './outbound.ts';

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
    ])
      expect(isSpecialAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8', '151.101.1.69']) expect(isSpecialAddress(a), a).toBe(false);
  });

  it('refuses loopback, http and credentials unless private URLs are allowed', async () => {
    const strict = { allowPrivateUrls: false };
    await expect(resolveOutbound(strict, 'https://127.0.0.1/hook')).rejects.toMatchObject({ reason: 'private-address' });
    await expect(resolveOutbound(strict, 'https://[::1]/hook')).rejects.toMatchObject({ reason: 'private-address' });
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
});
