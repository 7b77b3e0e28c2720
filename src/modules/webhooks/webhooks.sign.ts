/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): secrets are `whsec_` followed by
 * base64 of 24 random bytes; a request carries `webhook-id`, `webhook-timestamp` (unix seconds of
 * the attempt) and `webhook-signature`: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` under each
 * secret still valid, space-separated (two during a rotation).
 */
import crypto from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';

export function newWebhookSecret(): string {
  return SECRET_PREFIX + crypto.randomBytes(24).toString('base64');
}

/** The key a secret stands for: the bytes after `whsec_`, base64-decoded. */
const keyOf = (secret: string) => Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');

export function signature(secret: string, id: string, timestamp: number, body: string): string {
  return 'v1,' + crypto.createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
}

/** The three headers of one attempt, signed with every secret given. */
export function webhookHeaders(secrets: readonly string[], id: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => signature(s, id, timestamp, body)).join(' '),
  };
}

/** The webhook-id of a message: stable across every retry and replay, so receivers can drop duplicates. */
export const webhookId = (messageId: string) => `msg_${messageId}`;
