import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Set by scripts/vitest.mjs when the checkout's path has a '#' (vite cannot load from it): run through a symlink.
const linkedRoot = process.env['SWITCHBOARD_VITEST_ROOT'];
const linked = linkedRoot ? { root: linkedRoot, resolve: { preserveSymlinks: true } } : {};
// What both projects share. They do not `extends: true` the root: that would run the global setup once more per
// project, nesting the private temp folder three deep (too long a path for Chromium's socket in the UI tests).
const shared = { testTimeout: 30_000, hookTimeout: 60_000, pool: 'forks' } as const;

// The core's timing tests (linear-time.test.ts, *-speed.test.ts) take the longest and are among the smallest files,
// which vitest runs last when it has no timings cached (a fresh clone): started first, they no longer leave one
// worker running them alone at the end while the other idles.
class TimingTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // 0: linear-time.test.ts (by far the longest), 1: *-speed.test.ts, 2: the rest, each in vitest's order.
    const rank = (f: TestSpecification): number =>
      f.project.name !== 'core'
        ? 2
        : f.moduleId.endsWith('/linear-time.test.ts')
          ? 0
          : f.moduleId.endsWith('-speed.test.ts')
            ? 1
            : 2;
    return [0, 1, 2].flatMap((r) => sorted.filter((f) => rank(f) === r));
  }
}

export default defineConfig({
  ...linked,
  test: {
    globalSetup: ['src/test-support/global-setup.ts'],
    ...shared,
    reporters: ['default'],
    sequence: { sequencer: TimingTestsFirst },
    projects: [
      {
        // src/core is pure (no I/O beyond reading fixtures, no mocks, no global state beyond last-input memos and
        // lookup tables built at load): its test files share one module graph per worker instead of re-importing,
        // re-transforming and re-compiling the detector's patterns for each of ~200 files, and use every CPU.
        ...linked,
        test: {
          ...shared,
          name: 'core',
          include: ['src/core/**/*.test.ts'],
          isolate: false,
          maxWorkers: availableParallelism(),
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Stores, gateway, UI, release and CLI tests start databases, servers, browsers and processes: each file in
        // its own fork, with vitest's default worker count, as before.
        ...linked,
        test: {
          ...shared,
          name: 'io',
          include: ['src/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'src/core/**'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
