import { describe, expect, it } from 'vitest';
import { clientInfo, normalizeAddress, parseTrustProxy } from './client-address.ts';

describe('TRUST_PROXY', () => {
  it('parses none, hops and address lists, and names what is wrong', () => {
    expect(parseTrustProxy(undefined).kind).toBe('none');
    expect(parseTrustProxy('none').kind).toBe('none');
    expect(parseTrustProxy('2')).toEqual({ kind: 'hops', hops: 2 });
    expect(parseTrustProxy('10.0.0.0/8, ::1').kind).toBe('list');
    expect(() => parseTrustProxy('proxy.example')).toThrow(/"proxy.example" is not an IP address/);
    expect(() => parseTrustProxy('10.0.0.0/40')).toThrow(/prefix/);
    expect(() => parseTrustProxy('99')).toThrow(/hops/);
  });
});

describe('clientInfo', () => {
  const xff = (forwardedFor: string, forwardedProto?: string) => ({ forwardedFor, forwardedProto });

  it('ignores forwarding headers unless told to trust them', () => {
    expect(clientInfo(parseTrustProxy(''), '192.0.2.1', xff('6.6.6.6', 'https'))).toEqual({ ip: '192.0.2.1', https: false });
  });

  it('with one trusted hop, takes the address the proxy appended, not what the client wrote', () => {
    const one = parseTrustProxy('1');
    expect(clientInfo(one, '10.0.0.2', xff('203.0.113.9', 'https'))).toEqual({ ip: '203.0.113.9', https: true });
    expect(clientInfo(one, '10.0.0.2', xff('6.6.6.6, 203.0.113.9')).ip).toBe('203.0.113.9');
    expect(clientInfo(parseTrustProxy('2'), '10.0.0.2', xff('6.6.6.6, 203.0.113.9, 10.0.0.3')).ip).toBe('203.0.113.9');
  });

  it('with a list, believes only listed peers and walks past listed proxies', () => {
    const list = parseTrustProxy('10.0.0.0/8');
    expect(clientInfo(list, '192.0.2.50', xff('6.6.6.6')).ip).toBe('192.0.2.50');
    expect(clientInfo(list, '::ffff:10.0.0.2', xff('6.6.6.6, 203.0.113.9, 10.1.2.3', 'https'))).toEqual({ ip: '203.0.113.9', https: true });
    expect(clientInfo(list, '10.0.0.2', xff('10.9.9.9, 10.1.2.3')).ip).toBe('10.9.9.9');
  });

  it('falls back to the peer when the header is missing or garbage', () => {
    expect(clientInfo(parseTrustProxy('1'), '10.0.0.2', xff('')).ip).toBe('10.0.0.2');
    expect(clientInfo(parseTrustProxy('1'), '10.0.0.2', xff('<script>, unknown')).ip).toBe('10.0.0.2');
    expect(normalizeAddress('[::1]')).toBe('::1');
  });
});
