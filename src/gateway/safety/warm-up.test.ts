import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../../core/detector/index.js';
import { startHarness, type Harness } from '../test-support/harness.js';
import { createClassifierPool } from './classifier-pool.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('classifier warm-up at gateway start (classifier.warmUpMs)', () => {
  it('runs the detector on the event loop for its time before the gateway listens, and no longer than that plus one call', async () => {
    let calls = 0;
    const t0 = performance.now();
    h = await startHarness({
      edit: (c) => void Object.assign(c, { classifier: { workers: 0, warmUpMs: 150 } }),
      gateway: { classify: (b) => (calls++, classify(b)) },
    });
    const startMs = performance.now() - t0;
    expect(calls).toBeGreaterThan(0);
    expect(startMs).toBeGreaterThanOrEqual(150);
    // Bounded: the warm-up stops at its time (plus the call in progress); the rest is starting the fakes and listening.
    expect(startMs).toBeLessThan(150 + 5_000);
    expect((await fetch(`${h.url}/readyz`)).status).toBe(200);
  });

  it('0 is off: the detector is not called before the first request', async () => {
    let calls = 0;
    h = await startHarness({ edit: (c) => void Object.assign(c, { classifier: { workers: 0, warmUpMs: 0 } }), gateway: { classify: (b) => (calls++, classify(b)) } });
    expect(calls).toBe(0);
  });

  it('a worker reports started only after its own warm-up', async () => {
    const t0 = performance.now();
    const pool = createClassifierPool({ threads: 1, budgetMs: 2_000, maxChars: 100_000, extractMs: 2_000, warmUpMs: 300 });
    try {
      expect(await pool.started(60_000)).toBe(true);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(300);
      expect((await pool.classify({ messages: [{ role: 'user', content: 'What is 2 + 2?' }] })).dataClass).toBe('none');
    } finally {
      await pool.close();
    }
  });
});
