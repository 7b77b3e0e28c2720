import { describe, expect, it } from 'vitest';
import { isLocalUrl } from './local-url.ts';

describe('isLocalUrl', () => {
  it('knows the addresses of this machine', () => {
    for (const url of [
      'http://localhost:3000',
      'http://LOCALHOST.',
      'http://embassy.localhost',
      'http://embassy.test',
      'https://demo.embassy.test/path',
      'http://127.0.0.1:3000',
      'http://127.8.9.10',
      'http://0x7f.1',
      'http://[::1]:3000',
      'http://[::ffff:127.0.0.1]',
    ]) {
      expect(isLocalUrl(url), url).toBe(true);
    }
  });

  it('treats every other address as reachable by others', () => {
    for (const url of [
      'https://embassy.acme.be',
      'http://10.0.0.5:3000',
      'http://192.168.1.20',
      'http://0.0.0.0:3000',
      'http://[::]:3000',
      'http://[2001:db8::1]',
      'http://localhost.acme.be',
      'http://test.acme.be',
      'http://embassy.testing',
      'http://128.0.0.1',
      'not a url',
    ]) {
      expect(isLocalUrl(url), url).toBe(false);
    }
  });
});
