import { describe, expect, it } from 'vitest';
import { deliverPublicChange } from '../platform/changes.ts';
import { PublicCache } from './public.cache.ts';

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
