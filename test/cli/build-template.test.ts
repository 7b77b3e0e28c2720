/**
 * The PGlite template is only a speed-up (a first start initialises the folder in place without it):
 * a build that cannot make it warns and goes on, whatever step fails.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('esbuild', () => ({
  build: vi.fn(async () => {
    throw new Error('bundling failed');
  }),
}));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('build: the PGlite template', () => {
  it('only warns when bundling the template fails', async () => {
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error: a plain ES module script without types
    const { buildAll } = (await import('../../scripts/build.mjs')) as {
      buildAll(o: { quiet?: boolean; targets?: string[] }): Promise<void>;
    };
    await expect(buildAll({ quiet: true, targets: ['template'] })).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^warning: the PGlite template was not made \(bundling failed\)/));
  });
});
