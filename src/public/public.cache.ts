/**
 * Rendered public pages and feeds, kept in memory per organisation until anything public changes
 * (src/platform/changes.ts). Keys include the day, so people whose contract ended leave the pages at
 * midnight without a change event.
 *
 * After a change a page is rendered once, however many ask for it (single flight). The request that
 * starts the render waits for it, so a visitor never gets a page older than their own last change.
 * Requests that arrive while that render is running get the previous version, but only within
 * STALE_GRACE_MS of the moment this process learned of the change; after that they wait for the
 * render too. An opted-out ambassador is thus gone from every page at most STALE_GRACE_MS after the
 * commit (plus the NOTIFY's way to other processes), well inside the 250 ms the product promises,
 * and a busy wall does not stall all its visitors on each change.
 */
import { onPublicChange } from '../platform/changes.ts';

export interface CachedResponse {
  body: string;
  /** The body encoded once, so a cached answer costs no re-encoding. */
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
}

/** How long after a change the previous version of a page may still be served while its render runs. */
export const STALE_GRACE_MS = 100;
const MAX_PER_ORG = 1000;

interface Entry {
  value: CachedResponse;
  generation: number;
}

interface OrgPages {
  generation: number;
  entries: Map<string, Entry>;
  /** When this process learned of the change that began each recent generation (older ones pruned). */
  began: Map<number, number>;
  inFlight: Map<string, Promise<CachedResponse | null>>;
}

export interface CacheOptions {
  graceMs?: number;
  /** Milliseconds; Date.now by default (tests fake it). */
  now?: () => number;
}

export class PublicCache {
  private byOrg = new Map<string, OrgPages>();
  /** False while changes may go unheard (the LISTEN connection is lost): nothing is kept or served. */
  private trusted = true;
  private readonly unsubscribe: () => void;
  private readonly graceMs: number;
  private readonly now: () => number;

  constructor(opts: CacheOptions = {}) {
    this.graceMs = opts.graceMs ?? STALE_GRACE_MS;
    this.now = opts.now ?? Date.now;
    this.unsubscribe = onPublicChange((orgId) => this.invalidate(orgId));
  }

  private org(orgId: string): OrgPages {
    let o = this.byOrg.get(orgId);
    if (!o) this.byOrg.set(orgId, (o = { generation: 0, entries: new Map(), began: new Map(), inFlight: new Map() }));
    return o;
  }

  /** The page as of the latest change, or nothing. */
  get(orgId: string, key: string): CachedResponse | undefined {
    if (!this.trusted) return undefined;
    const o = this.byOrg.get(orgId);
    const e = o?.entries.get(key);
    return e && e.generation === o!.generation ? e.value : undefined;
  }

  /** A version from before the latest changes that may still be served (within the grace), or nothing. */
  stale(orgId: string, key: string): CachedResponse | undefined {
    const o = this.byOrg.get(orgId);
    const e = o?.entries.get(key);
    if (!e || e.generation === o!.generation) return undefined;
    const outdatedSince = o!.began.get(e.generation + 1);
    if (outdatedSince !== undefined && this.now() - outdatedSince <= this.graceMs) return e.value;
    o!.entries.delete(key);
    return undefined;
  }

  /** Call before reading what a page shows; pass the result to set(). */
  generationOf(orgId: string): number {
    return this.byOrg.get(orgId)?.generation ?? 0;
  }

  set(orgId: string, key: string, value: CachedResponse, renderedAt: number) {
    if (!this.trusted) return;
    const o = this.org(orgId);
    if (renderedAt !== o.generation) return;
    // Filter combinations are unbounded: start over rather than grow without limit.
    if (o.entries.size >= MAX_PER_ORG && !o.entries.has(key)) o.entries.clear();
    o.entries.set(key, { value, generation: renderedAt });
  }

  /**
   * The page for `key`: the current version; else one render shared by all who ask meanwhile.
   * `render` returns null for a page that does not exist (not cached).
   */
  async page(orgId: string, key: string, render: () => Promise<CachedResponse | null>): Promise<CachedResponse | null> {
    if (!this.trusted) return render();
    const fresh = this.get(orgId, key);
    if (fresh) return fresh;
    const o = this.org(orgId);
    const generation = o.generation;
    const flightKey = `${generation}|${key}`;
    const running = o.inFlight.get(flightKey);
    if (running) {
      // Someone is rendering the current version: the previous one will do for a moment.
      const old = this.stale(orgId, key);
      if (old) return old;
      return running;
    }
    const flight = render()
      .then((made) => {
        if (made) this.set(orgId, key, made, generation);
        return made;
      })
      .finally(() => o.inFlight.delete(flightKey));
    o.inFlight.set(flightKey, flight);
    return flight;
  }

  invalidate(orgId: string) {
    const o = this.org(orgId);
    const now = this.now();
    o.generation++;
    o.began.set(o.generation, now);
    for (const [g, at] of o.began) if (now - at > this.graceMs) o.began.delete(g);
  }

  /**
   * Whether this process hears of changes (its LISTEN connection works). Either way every page of
   * every organisation is dropped, without a grace: changes may have gone unheard since they were
   * rendered. While not listening, pages are rendered for each request and not kept.
   */
  listening(on: boolean) {
    this.trusted = on;
    for (const o of this.byOrg.values()) {
      o.generation++;
      o.entries.clear();
      o.began.clear();
    }
  }

  close() {
    this.unsubscribe();
  }
}

/**
 * Organisations by slug, kept until a public change (a rename is one) or for `ttlMs`, so a cached
 * page needs no database query at all. After a change the lookup is made again once, and meanwhile
 * the previous answer serves within the same grace as pages.
 */
export class OrgDirectory<T> {
  private bySlug = new Map<string, { value: T; at: number; outdatedAt?: number }>();
  private inFlight = new Map<string, Promise<T>>();
  private epoch = 0;
  private trusted = true;
  private readonly unsubscribe: () => void;
  private readonly now: () => number;

  constructor(
    private readonly load: (slug: string) => Promise<T>,
    private readonly opts: { ttlMs: number; graceMs?: number; now?: () => number },
  ) {
    this.now = opts.now ?? Date.now;
    this.unsubscribe = onPublicChange(() => {
      this.epoch++;
      const now = this.now();
      for (const hit of this.bySlug.values()) hit.outdatedAt ??= now;
    });
  }

  async get(slug: string): Promise<T> {
    if (!this.trusted) return this.load(slug);
    const now = this.now();
    const hit = this.bySlug.get(slug);
    if (hit && hit.outdatedAt === undefined && now - hit.at < this.opts.ttlMs) return hit.value;
    const running = this.inFlight.get(slug);
    if (running) {
      if (hit?.outdatedAt !== undefined && now - hit.outdatedAt <= (this.opts.graceMs ?? STALE_GRACE_MS)) return hit.value;
      return running;
    }
    const epoch = this.epoch;
    const flight = this.load(slug)
      .then((value) => {
        if (this.bySlug.size > 10_000) this.bySlug.clear();
        // Read before a change that came meanwhile: good for this request, never served again.
        this.bySlug.set(slug, { value, at: now, outdatedAt: epoch === this.epoch ? undefined : -Infinity });
        return value;
      })
      .finally(() => this.inFlight.delete(slug));
    this.inFlight.set(slug, flight);
    return flight;
  }

  /** As PublicCache.listening: everything is dropped; while not listening, every lookup is made anew. */
  listening(on: boolean) {
    this.trusted = on;
    this.epoch++;
    this.bySlug.clear();
    this.inFlight.clear();
  }

  close() {
    this.unsubscribe();
  }
}
