import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    setupFiles: ['test/setup/no-network.ts'],
    pool: 'forks',
    // PGlite is WebAssembly on one thread: two files at a time suit a 2-core machine.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['default', 'junit'] : ['default'],
    outputFile: { junit: '.test-results/junit.xml' },
  },
});
