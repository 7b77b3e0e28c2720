import { describe, expect, it } from 'vitest';
import { deliverPublicChange } from '../platform/changes.ts';
import { OrgDirectory, PublicCache } from './public.cache.ts';

const page = (body: string) => ({
  body,
  bytes: new TextEncoder().encode(body) as Uint8Array<ArrayBuffer>,
  contentType: 'text/html',
  etag: `"${body}"`,
});

describe('public cache', () => {
  it('never stores a page rendered from data read before a change', () => {
    const cache = new PublicCache();
    const before = cache.generationOf('org-1');
    // A render starts, the ambassador opts out (the change is announced), then the render ends.
    deliverPublicChange('org-1');
    cache.set('org-1', 'wall', page('with the ambassador'), before);
    expect(cache.get('org-1', 'wall')).toBeUndefined();
    const after = cache.generationOf('org-1');
    cache.set('org-1', 'wall', page('without'), after);
    expect(cache.get('org-1', 'wall')?.body).toBe('without');
    cache.close();
  });

  it('drops only the changed organisation', () => {
    const cache = new PublicCache();
    cache.set('a', 'wall', page('a'), cache.generationOf('a'));
    cache.set('b', 'wall', page('b'), cache.generationOf('b'));
    deliverPublicChange('a');
    expect(cache.get('a', 'wall')).toBeUndefined();
    expect(cache.get('b', 'wall')?.body).toBe('b');
    cache.close();
  });
});

describe('public cache: while changes may go unheard (LISTEN connection lost)', () => {
  it('drops every page and organisation, keeps nothing until listening again, then drops once more', async () => {
    const cache = new PublicCache();
    let loads = 0;
    const orgs = new OrgDirectory(async (slug) => `${slug}-${++loads}`, { ttlMs: 60_000 });
    let renders = 0;
    const render = async () => page(`v${++renders}`);
    await cache.page('a', 'wall', render);
    await orgs.get('a');
    expect((await cache.page('a', 'wall', render))?.body).toBe('v1');
    expect(await orgs.get('a')).toBe('a-1');

    cache.listening(false);
    orgs.listening(false);
    expect(cache.get('a', 'wall')).toBeUndefined();
    expect(cache.stale('a', 'wall')).toBeUndefined();
    expect((await cache.page('a', 'wall', render))?.body).toBe('v2');
    expect((await cache.page('a', 'wall', render))?.body).toBe('v3');
    expect(await orgs.get('a')).toBe('a-2');
    expect(await orgs.get('a')).toBe('a-3');

    cache.listening(true);
    orgs.listening(true);
    expect((await cache.page('a', 'wall', render))?.body).toBe('v4');
    expect((await cache.page('a', 'wall', render))?.body).toBe('v4');
    expect(await orgs.get('a')).toBe('a-4');
    expect(await orgs.get('a')).toBe('a-4');
    cache.close();
    orgs.close();
  });
});

describe('public cache: one render per change', () => {
  const later = () => {
    let resolve!: (v: ReturnType<typeof page>) => void;
    const p = new Promise<ReturnType<typeof page>>((r) => (resolve = r));
    return { p, resolve };
  };

  it('renders once for all who ask at once, the first waiting for it', async () => {
    let now = 1000;
    const cache = new PublicCache({ now: () => now });
    let renders = 0;
    const r = later();
    const render = () => (renders++, r.p);
    const a = cache.page('o', 'wall', render);
    const b = cache.page('o', 'wall', render);
    r.resolve(page('v1'));
    expect((await a)?.body).toBe('v1');
    expect((await b)?.body).toBe('v1');
    expect(renders).toBe(1);
    now += 10;
    expect((await cache.page('o', 'wall', render))?.body).toBe('v1');
    expect(renders).toBe(1);
    cache.close();
  });

  it('serves the previous version only while a render runs, and never past the grace after a change', async () => {
    let now = 1000;
    const cache = new PublicCache({ now: () => now, graceMs: 100 });
    await cache.page('o', 'wall', async () => page('with Ana'));
    deliverPublicChange('o');
    // The first request after the change waits for the new page: never older than its own change.
    const r = later();
    const first = cache.page('o', 'wall', () => r.p);
    // Meanwhile, within the grace: the previous version.
    now += 50;
    expect((await cache.page('o', 'wall', () => Promise.reject(new Error('a second render'))))?.body).toBe('with Ana');
    // Past the grace: wait for the render.
    now += 51;
    const waiting = cache.page('o', 'wall', () => Promise.reject(new Error('a second render')));
    r.resolve(page('without Ana'));
    expect((await first)?.body).toBe('without Ana');
    expect((await waiting)?.body).toBe('without Ana');
    cache.close();
  });

  it('never serves a version older than the first change it missed, however many came since', async () => {
    let now = 1000;
    const cache = new PublicCache({ now: () => now, graceMs: 100 });
    await cache.page('o', 'wall', async () => page('v1'));
    deliverPublicChange('o');
    now += 80;
    deliverPublicChange('o');
    now += 30;
    // 110 ms after the first change the old page may not be served, even though the latest came 30 ms ago.
    const r = later();
    void cache.page('o', 'wall', () => r.p);
    const second = cache.page('o', 'wall', () => Promise.reject(new Error('a second render')));
    r.resolve(page('v3'));
    expect((await second)?.body).toBe('v3');
    cache.close();
  });

  it("ignores the process's own NOTIFY (acted on at commit) and hears other processes'", () => {
    const cache = new PublicCache();
    cache.set('o', 'wall', page('v1'), cache.generationOf('o'));
    deliverPublicChange('o someone-else');
    expect(cache.get('o', 'wall')).toBeUndefined();
    cache.close();
  });
});
