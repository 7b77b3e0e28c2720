/**
 * Progress of running imports, kept in this process's memory: an import runs in the process that
 * received it, and a progress bar asks the same server. Entries expire after ten minutes.
 */
import type { ImportProgress } from './people.import.ts';

const entries = new Map<string, { orgId: string; progress: ImportProgress; at: number }>();
const TTL_MS = 10 * 60_000;

export function reportProgress(id: string, orgId: string, progress: ImportProgress) {
  entries.set(id, { orgId, progress, at: Date.now() });
  if (entries.size > 1000) {
    for (const [k, v] of entries) if (Date.now() - v.at > TTL_MS) entries.delete(k);
  }
}

export function readProgress(id: string, orgId: string): ImportProgress | undefined {
  const e = entries.get(id);
  return e && e.orgId === orgId && Date.now() - e.at < TTL_MS ? e.progress : undefined;
}
