/** Secrets this installation makes for itself once and keeps in the database, shared by all processes. */
import crypto from 'node:crypto';
import type { Queryable } from '../db/db.ts';

// Per database handle: one process may hold several databases (tests do).
const caches = new WeakMap<Queryable, Map<string, string>>();

/** Pass the database itself (ctx.db), not a transaction, so the value is cached. */
export async function instanceSecret(q: Queryable, name: string): Promise<string> {
  let cache = caches.get(q);
  if (!cache) caches.set(q, (cache = new Map()));
  const hit = cache.get(name);
  if (hit) return hit;
  await q.query(`insert into instance_secrets (name, value) values ($1, $2) on conflict (name) do nothing`, [
    name,
    crypto.randomBytes(32).toString('base64url'),
  ]);
  const [row] = await q.query<{ value: string }>(`select value from instance_secrets where name = $1`, [name]);
  cache.set(name, row.value);
  return row.value;
}

export function hmac(secret: string, data: string): string {
  return crypto.createHmac('sha256', secret).update(data).digest('base64url');
}
