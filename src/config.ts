/**
 * The only reader of process.env. Settings are validated once, at start-up, and a wrong one stops the
 * process with a message naming it.
 */
import path from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './platform/client-address.ts';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** The address people reach the app at; used in links inside mails. */
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Embassy <no-reply@embassy.local>'),
  EMBASSY_DEMO: z.enum(['0', '1']).default('1'),
  /** Checked against the password policy when the demo is created (demo.ts: assertDemoPassword), before anything is written. */
  EMBASSY_DEMO_PASSWORD: z.string().optional(),
  /** web, worker or both: lets one deployment run web-only and worker-only processes. */
  EMBASSY_ROLE: z.enum(['all', 'web', 'worker']).default('all'),
  /** Which proxies' X-Forwarded-For / -Proto to believe: none, a number of hops, or addresses. */
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** Keys that encrypt stored secrets (SSO client secrets, webhook and chat URLs): base64 of 32 bytes each, comma-separated; the first encrypts, all decrypt. */
  EMBASSY_SECRET_KEY: z.string().optional(),
  /** 1: webhook and chat URLs may point at private or loopback addresses (tests, an intranet receiver). */
  EMBASSY_ALLOW_PRIVATE_URLS: z.enum(['0', '1']).default('0'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  demo: boolean;
  demoPassword: string | undefined;
  role: 'all' | 'web' | 'worker';
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Cookies get the Secure flag when the public address is https (and whenever a request came over HTTPS). */
  secureCookies: boolean;
  trustProxy: TrustProxy;
  /** NODE_ENV=production: nothing for developers only (source maps) is served. */
  production: boolean;
  /** EMBASSY_SECRET_KEY, decoded; empty: a key file in DATA_DIR is made and used (platform/encryption.ts). */
  secretKeys: Buffer[];
  /** Outbound URLs (webhooks, chat channels) may resolve to private or loopback addresses. */
  allowPrivateUrls: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most shells' habits (`FOO= npm start`).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(e.TRUST_PROXY);
  } catch (err) {
    throw new ConfigError(`Invalid configuration:\n  TRUST_PROXY: ${(err as Error).message}`);
  }
  const secretKeys: Buffer[] = [];
  for (const part of (e.EMBASSY_SECRET_KEY ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean)) {
    const key = Buffer.from(part, 'base64');
    if (key.length !== 32) {
      throw new ConfigError('Invalid configuration:\n  EMBASSY_SECRET_KEY: each key must be 32 bytes in base64 (openssl rand -base64 32)');
    }
    secretKeys.push(key);
  }
  // In production the key must come from the configuration: a key file beside the data it protects
  // would sit in the same backups.
  if (e.NODE_ENV === 'production' && secretKeys.length === 0) {
    throw new ConfigError(
      'Invalid configuration:\n  EMBASSY_SECRET_KEY: required when NODE_ENV=production (openssl rand -base64 32); keep it apart from the database',
    );
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST}:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demo: e.EMBASSY_DEMO === '1',
    demoPassword: e.EMBASSY_DEMO_PASSWORD,
    role: e.EMBASSY_ROLE,
    logLevel: e.LOG_LEVEL,
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy,
    production: e.NODE_ENV === 'production',
    secretKeys,
    allowPrivateUrls: e.EMBASSY_ALLOW_PRIVATE_URLS === '1',
  };
}
