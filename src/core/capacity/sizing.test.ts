import { describe, expect, it } from 'vitest';
import { fixtureCatalog, llama405b, llama70b, llama8b } from '../cost/test-support/fixtures.js';
import { sizeDeployment, type SizingRequest } from './index.js';

const catalog = fixtureCatalog();
const price = (g: { rentalUsdPerHour: { typical: number } | null }): number | null =>
  g.rentalUsdPerHour?.typical ?? null;
const request = (over: Partial<SizingRequest> = {}): SizingRequest => ({
  model: catalog.openModels.find((m) => m.id === llama8b.id)!,
  gpus: catalog.gpus,
  engine: 'vllm',
  inputTokens: 1000,
  outputTokens: 200,
  maxContextTokens: 8192,
  peakRequestsPerSecond: 0.5,
  slo: { outputTokensPerSecond: 20 },
  redundancy: 'none',
  gpuHourlyUsd: price,
  ...over,
});

describe('sizeDeployment', () => {
  it('light load: one cheap GPU (an L4 at int4 beats an H100)', () => {
    const r = sizeDeployment(request());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.best.gpu.id).toBe('l4');
      expect(r.value.best.gpuCount).toBe(1);
      expect(r.value.best.operating.meetsSlo).toBe(true);
    }
  });

  it('heavy load moves to bigger GPUs and more replicas, and stays the cheapest of the options', () => {
    const r = sizeDeployment(request({ peakRequestsPerSecond: 200 }));
    if (!r.ok) throw new Error('unexpected');
    const best = r.value.best;
    expect(best.gpuCount).toBeGreaterThan(1);
    for (const alt of r.value.alternatives) expect(best.hourlyUsd).toBeLessThanOrEqual(alt.hourlyUsd);
    // Serves the peak at <= 85% of capacity.
    expect(best.replicas * best.operating.point.requestsPerSecond * 0.85).toBeGreaterThanOrEqual(200);
  });

  it('N+1 adds exactly one replica', () => {
    const none = sizeDeployment(request({ peakRequestsPerSecond: 20 }));
    const spare = sizeDeployment(
      request({
        peakRequestsPerSecond: 20,
        redundancy: 'n+1',
        precisions: none.ok ? [none.value.best.precision] : [],
        gpus: none.ok ? [none.value.best.gpu] : [],
      }),
    );
    if (!none.ok || !spare.ok) throw new Error('unexpected');
    expect(spare.value.best.replicas).toBe(none.value.best.replicas + 1);
  });

  it('70B needs tensor parallelism or quantization on 80 GB GPUs', () => {
    const r = sizeDeployment(
      request({
        model: catalog.openModels.find((m) => m.id === llama70b.id)!,
        precisions: ['fp8'],
        gpus: catalog.gpus.filter((g) => g.id === 'h100-sxm'),
      }),
    );
    if (!r.ok) throw new Error('unexpected');
    expect(r.value.best.tensorParallel).toBeGreaterThanOrEqual(2);
  });

  it('an impossible SLO returns the fastest option, flagged as missing the SLO', () => {
    const r = sizeDeployment(request({ slo: { outputTokensPerSecond: 5000 } }));
    if (!r.ok) throw new Error('unexpected');
    expect(r.value.best.operating.meetsSlo).toBe(false);
  });

  it('405B at bf16 does not fit one 8x H100 node: sizing spans two nodes (pipeline stages over the network)', () => {
    const r = sizeDeployment(
      request({
        model: catalog.openModels.find((m) => m.id === llama405b.id)!,
        precisions: ['bf16'],
        gpus: catalog.gpus.filter((g) => g.id === 'h100-sxm'),
      }),
    );
    if (!r.ok) throw new Error('unexpected');
    expect(r.value.best.tensorParallel).toBe(16);
    expect(r.value.best.plan.replica.parallel.pipelineParallel).toBe(2);
  });

  it('a model too big for any layout is refused, naming the model and context', () => {
    const r = sizeDeployment(
      request({
        model: catalog.openModels.find((m) => m.id === llama405b.id)!,
        precisions: ['bf16'],
        gpus: catalog.gpus.filter((g) => g.id === 'l4'),
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]!.message).toMatch(
        /llama-3.1-405b-instruct does not fit on any available GPU at 8192 tokens/,
      );
  });
});
