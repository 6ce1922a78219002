import { describe, expect, it } from 'vitest';
import { analyzeWorkloadCost } from './index.js';
import { analysisInput, runAnalysis } from './test-support/analysis.js';
import { assumptions, fixtureCatalog, team, workload } from './test-support/fixtures.js';

const catalog = fixtureCatalog();
const input = analysisInput;
const run = runAnalysis;

describe('analyzeWorkloadCost', () => {
  it('prices both sides with consistent parts', () => {
    const a = run();
    const months = (7 * 365) / 12 / 7;
    expect(a.tokensPerMonth.total).toBeCloseTo(20_000 * months * 1200, 0);
    const { deployment, cost } = a.open!;
    expect(deployment.gpuCount).toBe(deployment.replicas * deployment.tensorParallel);
    expect(cost.monthlyUsd).toBeCloseTo(cost.gpuMonthlyUsd + cost.facilitiesMonthlyUsd + cost.staffMonthlyUsd, 6);
    // Operations: 0.15 of an engineer x sqrt(GPUs).
    expect(cost.staffMonthlyUsd).toBeCloseTo(0.15 * Math.sqrt(deployment.gpuCount) * 15_000, 6);
    expect(cost.costPerMTokUsd).toBeCloseTo(cost.monthlyUsd / (a.tokensPerMonth.total / 1e6), 6);
    expect(deployment.utilization).toBeGreaterThan(0);
    expect(deployment.utilization).toBeLessThanOrEqual(1);
    expect(deployment.meetsLatencySlo).toBe(true);
    expect(a.closed!.monthlyUsd).toBeCloseTo(a.tokensPerMonth.input * 1e-6 + a.tokensPerMonth.output * 4e-6, 3);
  });

  it('returns chart data: 36 TCO months, 24 traffic hours, volume and utilization curves', () => {
    const a = run();
    expect(a.tco.months).toHaveLength(36);
    expect(a.tco.openCumulativeUsd[0]).toBeCloseTo(a.open!.cost.startupCostUsd + a.open!.cost.monthlyUsd, 6);
    // One basis: the TCO's last point over the horizon is the figure the verdict compares.
    expect(a.tco.openCumulativeUsd.at(-1)! / 36).toBeCloseTo(a.basis!.openMonthlyUsd!, 6);
    expect(a.tco.closedCumulativeUsd!.at(-1)! / 36).toBeCloseTo(a.basis!.closedMonthlyUsd!, 6);
    expect(a.trafficCurve).toHaveLength(24);
    for (const h of a.trafficCurve) expect(h.capacity).toBeGreaterThanOrEqual(h.demand);
    expect(a.volumeCurve.length).toBeGreaterThan(10);
    const u = a.utilizationCurve;
    expect(u[0]!.open).toBeCloseTo(u.at(-1)!.open * 20, 6);
  });

  it('break-even lies where the volume curve (on the cost basis) crosses', () => {
    const a = run();
    const be = a.breakEven.tokensPerMonth;
    expect(be).not.toBeNull();
    const below = a.volumeCurve.filter((p) => p.x < be! * 0.9);
    expect(below.length).toBeGreaterThan(0);
    for (const p of below) expect(p.open).toBeGreaterThan(p.closed!);
    const above = a.volumeCurve.filter((p) => p.x > be! * 1.1);
    expect(above.some((p) => p.open < p.closed!)).toBe(true);
    expect(a.breakEven.note).toMatch(/tokens\/month/);
  });

  it('Monte Carlo is reproducible with the same seed', () => {
    const a = run().probabilitySelfHostCheaper;
    expect(a).toBe(run().probabilitySelfHostCheaper);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThanOrEqual(1);
  });

  it('sensitivity: seven bars, largest swing first', () => {
    const bars = run().sensitivity;
    expect(bars.map((b) => b.label).sort()).toEqual(['API price', 'GPU $/hour', 'model speed (error band)', 'operations effort', 'requests per day', 'tokens per request', 'traffic peak-to-average'].sort());
    const swing = bars.map((b) => Math.abs(b.savingsAtHigh - b.savingsAtLow));
    expect(swing).toEqual([...swing].sort((x, y) => y - x));
  });

  it('utilization is derived from the traffic shape: flat beats peaky', () => {
    const volume = { requestsPerDay: 400_000 };
    const flat = run({ workload: workload({ ...volume, peakToAverage: 1 }) }).open!.deployment.utilization;
    const peaky = run({ workload: workload({ ...volume, peakToAverage: 6 }) }).open!.deployment.utilization;
    expect(flat).toBeGreaterThan(peaky);
  });

  it('a team with no ML engineer assessed alone carries the whole hiring cost, marked as the team\'s', () => {
    const a = run({ team: team({ mlEngineers: 0 }) }).open!.cost;
    const b = run().open!.cost;
    expect(a.startupCostUsd - b.startupCostUsd).toBeCloseTo(30_000, 6);
    expect(a.startupWeeks - b.startupWeeks).toBeCloseTo(3 * (52 / 12), 6);
    expect(a.startupItems!.find((i) => i.label.startsWith('hiring'))).toMatchObject({ scope: 'team', sharedWith: 1, usd: 30_000 });
    const shared = run({ team: team({ mlEngineers: 0 }), teamShare: { hiringUsd: 30_000, hiringWeeks: 13, sharedWith: 3 } }).open!.cost;
    expect(shared.startupCostUsd - b.startupCostUsd).toBeCloseTo(10_000, 6);
    expect(b.startupItems!.every((i) => i.scope === 'workload')).toBe(true);
  });

  it('regression: bought GPUs are counted once, amortised in the monthly cost and never in start-up (were in both)', () => {
    const own = run({ team: team({ gpuAccess: 'own' }) }).open!;
    expect(own.cost.mode).toBe('own');
    const gpu = catalog.gpus.find((g) => g.id === own.deployment.gpuId)!;
    const n = own.deployment.gpuCount;
    expect(own.deployment.gpusBought).toBe(n);
    expect(own.cost.gpuMonthlyUsd).toBeCloseTo((n * gpu.purchaseUsd! * 1.3) / 36, 6);
    expect(own.cost.facilitiesMonthlyUsd).toBeGreaterThan(250 * n - 1e-6);
    expect(own.cost.startupItems!.map((i) => [i.label, i.usd])).toEqual([['setup engineering', own.cost.startupCostUsd], ['hardware lead time', 0]]);
    expect(own.cost.capitalOutlayUsd).toBeCloseTo(n * gpu.purchaseUsd! * 1.3, 6);
  });

  it('regression: GPUs the team already owns are sunk: 8x H100 owned, only power, hosting and staff are paid', () => {
    const w = workload({ requestsPerDay: 2_000_000, peakToAverage: 1 });
    const a = run({ workload: w, team: team({ gpuAccess: 'own', ownedGpus: [{ gpu: 'h100-sxm', count: 8 }] }) });
    const { deployment: d, cost } = a.open!;
    expect(d.gpuId).toBe('h100-sxm');
    expect(d.gpuCount).toBeLessThanOrEqual(8);
    expect(d.ownedGpusUsed).toBe(d.gpuCount);
    expect(d.gpusBought).toBe(0);
    expect(cost.gpuMonthlyUsd).toBe(0);
    expect(cost.capitalOutlayUsd).toBe(0);
    expect(cost.monthlyUsd).toBeCloseTo(cost.facilitiesMonthlyUsd + cost.staffMonthlyUsd, 6);
    expect(cost.startupItems!.map((i) => i.label)).toEqual(['setup engineering']);
    const derivation = a.derivations!.open;
    expect(derivation.applicable && derivation.monthly.map((x) => x.label)).toEqual(['GPUs the team already owns', 'power', 'hosting (rack, power distribution, network, remote hands)', 'operations staff']);
    // Without them, the same team buys GPUs and pays for them monthly.
    const bought = run({ workload: w, team: team({ gpuAccess: 'own' }) }).open!.cost;
    expect(bought.gpuMonthlyUsd).toBeGreaterThan(0);
  });

  it('owned GPUs too few for the peak: the rest is bought and amortised', () => {
    const w = workload({ requestsPerDay: 2_000_000, peakToAverage: 1 });
    const a = run({ workload: w, team: team({ gpuAccess: 'own', ownedGpus: [{ gpu: 'h100-sxm', count: 1 }] }) }).open!;
    expect(a.deployment.ownedGpusUsed).toBe(1);
    expect(a.deployment.gpusBought).toBe(a.deployment.gpuCount - 1);
    expect(a.cost.gpuMonthlyUsd).toBeCloseTo(((a.deployment.gpuCount - 1) * 30_000 * 1.3) / 36, 6);
  });

  it('growth raises cumulative cost over the horizon, and the basis with it', () => {
    const flat = run();
    const growing = run({ workload: workload({ growthPerMonth: 0.05 }) });
    expect(growing.tco.closedCumulativeUsd!.at(-1)!).toBeGreaterThan(flat.tco.closedCumulativeUsd!.at(-1)! * 1.5);
    expect(growing.basis!.closedMonthlyUsd!).toBeGreaterThan(flat.basis!.closedMonthlyUsd! * 1.5);
    expect(growing.closed!.monthlyUsd).toBeCloseTo(flat.closed!.monthlyUsd, 6);
  });

  it('regression: reserved capacity is billed every committed hour (a committed 10-GPU fleet was billed for its autoscaled hours)', () => {
    const spiky = workload({ requestsPerDay: 3_000_000, peakToAverage: undefined, hourlyTraffic: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 13 ? 1 : 0.02)) });
    const a = run({ workload: spiky, assumptions: assumptions({ rentalPricing: 'reserved-1y', provisioning: 'autoscale', monteCarloRuns: 100 }) });
    const d = a.open!.deployment;
    expect(d.fleet!.alwaysOnReplicas).toBe(d.replicas);
    // Every GPU of the peak fleet, 730 hours, at the reserved rate ($3 - 40%) plus the cloud overhead (none in the fixture).
    expect(a.open!.cost.gpuMonthlyUsd).toBeCloseTo(d.gpuCount * 730 * 1.8, 6);
    expect(a.assumptionsUsed.join('\n')).toMatch(/reserved-1y capacity is committed: billed for the peak fleet every hour/);
  });

  it('context is a hard limit: never lowered to fit the model, and sized at the requirement', () => {
    const long = workload({ inputTokens: 100_000, outputTokens: 2000 });
    const a = run({ workload: long });
    expect(a.open).toBeNull();
    expect(a.infeasibleReason).toMatch(/holds 131,072 tokens of context, the workload needs 408,000/);
    expect(a.context).toMatchObject({ requiredTokens: 408_000, openWindowTokens: 131_072 });
    const fits = run({ workload: workload({ maxContextTokens: 100_000 }) });
    expect(fits.open!.deployment.maxModelLen).toBe(100_000);
  });

  it('every $ figure carries its derivation: the parts sum to the totals, overhead named, n/a where no API is allowed', () => {
    const a = run({ workload: workload({ requestsPerDay: 2_000_000, peakToAverage: 3 }) });
    const open = a.derivations!.open;
    const closed = a.derivations!.closed;
    if (!open.applicable || !closed.applicable) throw new Error('expected both sides');
    expect(open.monthly.reduce((s, d) => s + d.usd, 0)).toBeCloseTo(a.open!.cost.monthlyUsd, 6);
    expect(open.startup.reduce((s, d) => s + d.usd, 0)).toBeCloseTo(a.open!.cost.startupCostUsd, 6);
    expect(closed.monthly.reduce((s, d) => s + d.usd, 0)).toBeCloseTo(a.closed!.monthlyUsd, 6);
    const gpu = open.monthly[0]!;
    expect(gpu.formula).toBe('GPU-hours x $/GPU-hour x (1 + cloud overhead)');
    expect(gpu.inputs.map((i) => i.name)).toContain('cloud overhead (egress, storage, management)');
    const hours = gpu.inputs.find((i) => i.name === 'GPU-hours per month')!.value;
    const rate = gpu.inputs.find((i) => i.name.startsWith('$/GPU-hour'))!.value;
    expect(hours * rate).toBeCloseTo(gpu.usd, 6);
    expect(open.basis.usd).toBeCloseTo(a.basis!.openMonthlyUsd!, 6);
    expect(run({ closedModelId: null }).derivations!.closed).toEqual({ applicable: false, reason: 'no closed API is allowed for this workload' });
  });

  it('no closed model allowed: closed side and break-even are null', () => {
    const a = run({ closedModelId: null });
    expect(a.closed).toBeNull();
    expect(a.breakEven.tokensPerMonth).toBeNull();
    expect(a.probabilitySelfHostCheaper).toBeNull();
    expect(a.sensitivity).toEqual([]);
  });

  it('a model that cannot be served within reason gets open null and a reason, the closed side still priced', () => {
    // 405B at bf16 needs two 8x H100 nodes per replica, which cannot stream 20 tokens/s: the fleet would pass the ceiling.
    const a = run({ openModelId: 'llama-3.1-405b-instruct', assumptions: assumptions({ precision: 'bf16', monteCarloRuns: 100 }) });
    expect(a.open).toBeNull();
    expect(a.infeasibleReason).toMatch(/above the ceiling|does not fit/);
    expect(a.closed).not.toBeNull();
  });

  it('a fleet above the GPU ceiling or maxReplicas is infeasible with the reason, never a number', () => {
    const huge = run({ workload: workload({ requestsPerDay: 5e9, inputTokens: 2000, outputTokens: 2000 }), assumptions: assumptions({ monteCarloRuns: 100 }) });
    expect(huge.open).toBeNull();
    expect(huge.infeasibleReason).toMatch(/above the ceiling of 2,048 GPUs per workload/);
    const capped = run({ workload: workload({ requestsPerDay: 2_000_000 }), assumptions: assumptions({ maxReplicas: 1, monteCarloRuns: 100 }) });
    expect(capped.infeasibleReason).toMatch(/above maxReplicas 1/);
  });

  it('unknown model ids are input errors naming the known ones', () => {
    const r = analyzeWorkloadCost(input({ openModelId: 'llama-9' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/unknown open model "llama-9"; current: .*llama-3.1-8b-instruct/);
  });

  it('states its provisioning rule and defaults', () => {
    const text = run().assumptionsUsed.join('\n');
    expect(text).toMatch(/fleet: peak \(default: a fixed fleet, paid busy or idle\)/);
    expect(text).toMatch(/one spare replica \(N\+1, default for a production workload\)/);
    expect(text).toMatch(/peak-to-average 2\.00/);
    expect(run({ assumptions: assumptions({ provisioning: 'autoscale' }) }).assumptionsUsed.join('\n')).toMatch(/autoscale every 15 min .* asked for 6\.\d min ahead/);
  });
});

describe('analyzeWorkloadCost screening mode', () => {
  it('ranks on the same deployment and monthly costs as a full analysis, without the expensive extras', () => {
    for (const w of [workload(), workload({ requestsPerDay: 2_000_000, peakToAverage: 4 })]) {
      const full = run({ workload: w });
      const screen = run({ workload: w, detail: 'screen' });
      expect(screen.open).toEqual(full.open);
      expect(screen.closed).toEqual(full.closed);
      expect(screen.tokensPerMonth).toEqual(full.tokensPerMonth);
      expect(screen.sensitivity).toEqual([]);
      expect(screen.probabilitySelfHostCheaper).toBeNull();
      expect(screen.breakEven.tokensPerMonth).toBeNull();
    }
  });
});
