/**
 * Progress of running imports, kept in this process's memory: an import runs in the process that
 * received it, and a progress bar asks the same server. Entries expire after ten minutes.
 */
import type { ImportProgress } from './people.import.ts';

const entries = new Map<string, { progress: ImportProgress; at: number }>();
const TTL_MS = 10 * 60_000;

/**
 * The id is chosen by the client, so it alone must never be the key: another organisation, or
 * another admin, choosing the same id would overwrite this entry. An entry is keyed by its owner
 * and the id together. `owner` is a hash of the credential (session cookie or API token) that
 * started the import; a credential belongs to exactly one user of one organisation, so the key
 * holds the organisation as well, and nobody else's import can reach the entry.
 */
const keyOf = (owner: string, id: string) => `${owner}\n${id}`;

/**
 * Reading progress checks that hash instead of the database: on the embedded engine the database
 * is busy with the import's own transaction, and a progress bar must not wait for it.
 */
export function reportProgress(id: string, owner: string, progress: ImportProgress) {
  if (!owner) return; // without a credential nobody could read it back
  entries.set(keyOf(owner, id), { progress, at: Date.now() });
  if (entries.size > 1000) {
    for (const [k, v] of entries) if (Date.now() - v.at > TTL_MS) entries.delete(k);
  }
}

export function readProgress(id: string, owner: string): ImportProgress | undefined {
  const e = entries.get(keyOf(owner, id));
  return e && Date.now() - e.at < TTL_MS ? e.progress : undefined;
}
