/**
 * Secrets Embassy must use again later (an SSO client secret, a webhook signing secret, a chat
 * channel's webhook URL) are stored encrypted with AES-256-GCM under a key from the configuration
 * (EMBASSY_SECRET_KEY), never in the database they protect. Several keys rotate: the first encrypts,
 * every one decrypts. Without a configured key, a key file in DATA_DIR is made once (0600) so the
 * one-command start works; production sets EMBASSY_SECRET_KEY (README, Settings).
 *
 * The ciphertext names its key (`v1.<key id>.<iv>.<data+tag>`, base64url) and is bound to what it is
 * for (`purpose`, e.g. `sso:<org id>`): a value copied into another row or organisation fails to open.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

const fileKeys = new Map<string, Buffer>();

function keysOf(config: Config): Buffer[] {
  if (config.secretKeys.length > 0) return config.secretKeys;
  const file = path.join(config.dataDir, 'secret.key');
  let key = fileKeys.get(file);
  if (!key) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, crypto.randomBytes(32).toString('base64') + '\n', { flag: 'wx', mode: 0o600 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte key in base64.`);
    fileKeys.set(file, key);
  }
  return [key];
}

/** A short, stable name for a key, so a ciphertext says which key opens it. */
const keyId = (key: Buffer) => crypto.createHash('sha256').update(key).digest('base64url').slice(0, 8);

export function encryptSecret(config: Config, plaintext: string, purpose: string): string {
  const key = keysOf(config)[0];
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(purpose));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return ['v1', keyId(key), iv.toString('base64url'), data.toString('base64url')].join('.');
}

export class SecretUnreadable extends Error {}

/** The plaintext, or SecretUnreadable when no configured key opens it (a key was removed) or it was tampered with. */
export function decryptSecret(config: Config, sealed: string, purpose: string): string {
  const [version, id, ivText, dataText] = sealed.split('.');
  const key = keysOf(config).find((k) => keyId(k) === id);
  if (version !== 'v1' || !key || !ivText || !dataText) throw new SecretUnreadable('No configured EMBASSY_SECRET_KEY opens this secret.');
  const data = Buffer.from(dataText, 'base64url');
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(data.subarray(data.length - 16));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnreadable('This secret was changed or belongs elsewhere.');
  }
}

/** Whether a secret is still sealed with an older key (re-encrypt it on the next save). */
export function sealedWithOldKey(config: Config, sealed: string): boolean {
  return sealed.split('.')[1] !== keyId(keysOf(config)[0]);
}
