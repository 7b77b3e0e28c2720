/**
 * Progress of running imports, kept in this process's memory: an import runs in the process that
 * received it, and a progress bar asks the same server. Entries expire after ten minutes.
 */
import type { ImportProgress } from './people.import.ts';

const entries = new Map<string, { orgId: string; owner: string; progress: ImportProgress; at: number }>();
const TTL_MS = 10 * 60_000;

/**
 * `owner` is a hash of the credential (session cookie or API token) that started the import. Reading
 * progress checks that hash instead of the database: on the embedded engine the database is busy
 * with the import's own transaction, and a progress bar must not wait for it.
 */
export function reportProgress(id: string, orgId: string, owner: string, progress: ImportProgress) {
  entries.set(id, { orgId, owner, progress, at: Date.now() });
  if (entries.size > 1000) {
    for (const [k, v] of entries) if (Date.now() - v.at > TTL_MS) entries.delete(k);
  }
}

export function readProgress(id: string, owner: string): ImportProgress | undefined {
  const e = entries.get(id);
  return e && e.owner === owner && Date.now() - e.at < TTL_MS ? e.progress : undefined;
}
