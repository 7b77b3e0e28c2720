/**
 * Tells every process that an organisation's public content changed, so caches of public pages are
 * dropped at once, never served stale. The notice rides on PostgreSQL's NOTIFY, which PGlite has too:
 * sent inside the writing transaction, it is delivered only if that transaction commits.
 */
import type { Queryable } from '../db/db.ts';

export const PUBLIC_CHANNEL = 'embassy_public';

type Listener = (orgId: string) => void;
const listeners = new Set<Listener>();

/**
 * Call inside the transaction that changed public content. This process drops its caches now and
 * again once the transaction commits: a page rendered in between, from data read before the
 * commit, must not stay cached (the cache's generation check refuses it too). Other processes
 * hear the NOTIFY, which PostgreSQL delivers only after the commit.
 */
export async function publicChanged(q: Queryable, orgId: string): Promise<void> {
  await q.query('select pg_notify($1, $2)', [PUBLIC_CHANNEL, orgId]);
  for (const l of listeners) l(orgId);
  q.afterCommit(() => {
    for (const l of listeners) l(orgId);
  });
}

export function onPublicChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called by the engine's LISTEN connection for notices from other processes. */
export function deliverPublicChange(orgId: string): void {
  for (const l of listeners) l(orgId);
}
