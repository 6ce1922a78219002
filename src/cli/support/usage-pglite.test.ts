import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectScenarioMeasured } from '../../core/usage/test-support/scenario-expectations.js';
import {
  SCENARIO_NOW,
  SMALL_SCENARIO,
  scenarioTraffic,
} from '../../core/usage/test-support/synthetic-traffic.js';
import { openUsageStore } from '../../stores/index.js';
import { memoryIo } from './io.js';
import { loadMeasuredUsage } from './usage.js';

// PGlite boots in WebAssembly (seconds each time), so this file seeds the small scenario once.
describe('loadMeasuredUsage from a PGlite database directory seeded with 30 days of synthetic traffic', () => {
  it('measures requests/day, tokens, peak-to-average and growth exactly', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-pglite-'));
    try {
      const url = `pglite:${join(dir, 'pg')}`;
      const store = await openUsageStore(url);
      await store.recordMany!(scenarioTraffic(7, SMALL_SCENARIO).filter((r) => r.time < SCENARIO_NOW));
      await store.close();
      expectScenarioMeasured(
        await loadMeasuredUsage(url, { now: new Date(SCENARIO_NOW) }, memoryIo()),
        SMALL_SCENARIO,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
