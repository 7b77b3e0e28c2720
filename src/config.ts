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
  };
}
