/**
 * Rendered public pages and feeds, kept in memory per organisation and dropped the moment anything
 * public changes (src/platform/changes.ts): an opt-out is never served stale. Keys include the day,
 * so people whose contract ended leave the pages at midnight without a change event.
 */
import { onPublicChange } from '../platform/changes.ts';

export interface CachedResponse {
  body: string;
  /** The body encoded once, so a cached answer costs no re-encoding. */
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
}

const MAX_PER_ORG = 1000;

export class PublicCache {
  private byOrg = new Map<string, Map<string, CachedResponse>>();
  /** Bumped by every change: a page rendered from data read before a change is never stored. */
  private generation = new Map<string, number>();
  private readonly unsubscribe: () => void;

  constructor() {
    this.unsubscribe = onPublicChange((orgId) => this.invalidate(orgId));
  }

  get(orgId: string, key: string): CachedResponse | undefined {
    return this.byOrg.get(orgId)?.get(key);
  }

  /** Call before reading what a page shows; pass the result to set(). */
  generationOf(orgId: string): number {
    return this.generation.get(orgId) ?? 0;
  }

  set(orgId: string, key: string, value: CachedResponse, renderedAt: number) {
    if (renderedAt !== this.generationOf(orgId)) return;
    let m = this.byOrg.get(orgId);
    if (!m) this.byOrg.set(orgId, (m = new Map()));
    // Filter combinations are unbounded: start over rather than grow without limit.
    if (m.size >= MAX_PER_ORG) m.clear();
    m.set(key, value);
  }

  invalidate(orgId: string) {
    this.generation.set(orgId, this.generationOf(orgId) + 1);
    this.byOrg.delete(orgId);
  }

  close() {
    this.unsubscribe();
  }
}
