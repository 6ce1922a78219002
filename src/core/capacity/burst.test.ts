import { describe, expect, it } from 'vitest';
import { CALIBRATION_GPUS as G } from './calibration-gpus.js';
import { calibrationModel } from './calibration-models.js';
import { burstRun, closedLoop, planReplica, type ReplicaPlan } from './index.js';

const plan = planReplica({ model: calibrationModel('qwen3-32b'), gpu: G.h100, precision: 'fp8', engine: 'vllm', gpus: 1 }) as ReplicaPlan;
const shape = { input: 215, output: 196 };

describe('burstRun: a finite run of prompts submitted at once', () => {
  it('variable output lengths drain slower than a steady full batch: the last answers decode at small batches', () => {
    const steady = closedLoop(plan, shape, 1000).outputTokensPerSecond;
    const variable = burstRun(plan, shape, { requests: 1000, concurrency: 1000, outputLengths: 'variable' });
    const fixed = burstRun(plan, shape, { requests: 1000, concurrency: 1000, outputLengths: 'fixed' });
    expect(variable).toBeLessThan(fixed);
    expect(variable).toBeLessThan(steady);
    expect(variable).toBeGreaterThan(steady * 0.2);
  });

  it('a long queue in front of a small batch approaches the steady closed loop', () => {
    const steady = closedLoop(plan, shape, 32).outputTokensPerSecond;
    const long = burstRun(plan, shape, { requests: 100_000, concurrency: 32, outputLengths: 'variable' });
    expect(long / steady).toBeGreaterThan(0.97);
    expect(long / steady).toBeLessThan(1.001);
  });

  it('one request alone: prompt then output at the single-stream step', () => {
    const one = burstRun(plan, shape, { requests: 1, concurrency: 1, outputLengths: 'fixed' });
    const c1 = closedLoop(plan, shape, 1).outputTokensPerSecond;
    expect(one / c1).toBeGreaterThan(0.95);
    expect(one / c1).toBeLessThan(1.05);
  });
});
