import { defineConfig } from 'vitest/config';

// Set by scripts/vitest.mjs when the checkout's path has a '#' (vite cannot load from it): run through a symlink.
const linkedRoot = process.env['SWITCHBOARD_VITEST_ROOT'];

export default defineConfig({
  ...(linkedRoot ? { root: linkedRoot, resolve: { preserveSymlinks: true } } : {}),
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
