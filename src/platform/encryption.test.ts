import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { decryptSecret, encryptSecret, sealedWithOldKey, SecretUnreadable } from './encryption.ts';

const keyA = Buffer.alloc(32, 1).toString('base64');
const keyB = Buffer.alloc(32, 2).toString('base64');
const config = (keys: string) => loadConfig({ EMBASSY_SECRET_KEY: keys });

describe('encrypted secrets', () => {
  it('opens what it sealed, for the same purpose only', () => {
    const c = config(keyA);
    const sealed = encryptSecret(c, 's3cret-value', 'sso:org-1');
    expect(sealed).not.toContain('s3cret');
    expect(decryptSecret(c, sealed, 'sso:org-1')).toBe('s3cret-value');
    expect(() => decryptSecret(c, sealed, 'sso:org-2')).toThrow(SecretUnreadable);
  });

  it('rotates: a new first key encrypts, the old one still decrypts', () => {
    const old = encryptSecret(config(keyA), 'x', 'p');
    const rotated = config(`${keyB},${keyA}`);
    expect(decryptSecret(rotated, old, 'p')).toBe('x');
    expect(sealedWithOldKey(rotated, old)).toBe(true);
    expect(sealedWithOldKey(rotated, encryptSecret(rotated, 'x', 'p'))).toBe(false);
    expect(() => decryptSecret(config(keyB), old, 'p')).toThrow(SecretUnreadable);
  });

  it('refuses a tampered value', () => {
    const c = config(keyA);
    const sealed = encryptSecret(c, 'value', 'p');
    const parts = sealed.split('.');
    const data = Buffer.from(parts[3], 'base64url');
    data[0] ^= 1;
    parts[3] = data.toString('base64url');
    expect(() => decryptSecret(c, parts.join('.'), 'p')).toThrow(SecretUnreadable);
  });

  it('refuses a key of the wrong length at start-up', () => {
    expect(() => config('c2hvcnQ=')).toThrow(/EMBASSY_SECRET_KEY/);
  });

  it('needs a configured key in production, never a key file beside the data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/EMBASSY_SECRET_KEY: required when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', EMBASSY_SECRET_KEY: keyA }).secretKeys).toHaveLength(1);
  });
});
