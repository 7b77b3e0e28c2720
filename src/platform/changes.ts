/**
 * Tells every process that an organisation's public content changed, so caches of public pages are
 * dropped at once, never served stale past a small bound (public/public.cache.ts). The notice rides
 * on PostgreSQL's NOTIFY, which PGlite has too: sent inside the writing transaction, it is delivered
 * only if that transaction commits.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../db/db.ts';

export const PUBLIC_CHANNEL = 'embassy_public';

/** Names this process in its notices: it hears its own NOTIFY too, and has acted on it already. */
const ORIGIN = crypto.randomBytes(6).toString('base64url');

type Listener = (orgId: string) => void;
const listeners = new Set<Listener>();

function announce(orgId: string) {
  for (const l of listeners) l(orgId);
}

/**
 * Call inside the transaction that changed public content. This process drops its caches the moment
 * the transaction has committed (a page rendered from data read before that is refused by the
 * cache's generation check); other processes do when they hear the NOTIFY, which PostgreSQL delivers
 * only after the commit. Nothing is dropped before the commit: until then the old pages are right.
 */
export async function publicChanged(q: Queryable, orgId: string): Promise<void> {
  await q.query('select pg_notify($1, $2)', [PUBLIC_CHANNEL, `${orgId} ${ORIGIN}`]);
  q.afterCommit(() => announce(orgId));
}

export function onPublicChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Called by the engine's LISTEN connection with a notice's payload ("<orgId> <origin>"; a bare
 * organisation id is taken too). This process's own notices were acted on at commit: skipped, so
 * one change costs one re-render, not two.
 */
export function deliverPublicChange(payload: string): void {
  const [orgId, origin] = payload.split(' ');
  if (!orgId || origin === ORIGIN) return;
  announce(orgId);
}
