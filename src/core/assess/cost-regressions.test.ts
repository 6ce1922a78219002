/** The cost bugs of issue #11, each pinned end to end on the shipped catalog (assess, as the CLI runs it). */
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/index.js';
import { parseProfile, type ProfileInput } from '../profile/index.js';
import { formatIssues } from '../result.js';
import { assess } from './index.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const catalog = defaultCatalog();

function run(input: ProfileInput) {
  const p = parseProfile(input);
  if (!p.ok) throw new Error(formatIssues(p.issues));
  return assess(p.value, catalog, { now: NOW });
}

const team = { name: 't', industry: 'technology' as const, mlEngineers: 2, gpuAccess: 'rent' as const };
/** p10-style: 20x peak-to-average, most of the day's traffic in one hour. The open model is pinned so the test pins fleet pricing, not catalog picks. */
const spiky = { name: 'spiky', data: ['internal' as const], requestsPerDay: 40_000, inputTokens: 2000, outputTokens: 400, peakToAverage: 20, quality: 'standard' as const, openModel: 'qwen3.6-27b', closedModel: 'claude-sonnet-5-5' };

describe('cost regressions (issue #11)', () => {
  it('a 20x spiky workload is priced as the fleet really runs: a peak fleet by default, and the verdict follows it', () => {
    const peak = run({ team, workloads: [spiky] }).workloads[0]!;
    const scaled = run({ team, workloads: [spiky], assumptions: { provisioning: 'autoscale' } }).workloads[0]!;
    const peakFleet = peak.analysis!.open!.deployment;
    // Every GPU of the peak fleet, every hour of the month.
    expect(peakFleet.fleet).toMatchObject({ provisioning: 'peak', alwaysOnReplicas: peakFleet.replicas });
    expect(peakFleet.replicas).toBeGreaterThan(2);
    // Idealised hour-by-hour autoscaling made it look cheap enough to self-host; the peak fleet it needs does not.
    expect(scaled.cost.openMonthlyUsd!).toBeLessThan(peak.cost.openMonthlyUsd! * 0.9);
    expect(scaled.cost.openMonthlyUsd!).toBeLessThan(scaled.cost.closedMonthlyUsd!);
    expect(peak.cost.openMonthlyUsd!).toBeGreaterThan(peak.cost.closedMonthlyUsd!);
    expect(peak.verdict).toBe('closed');
  });

  it('hiring happens once per team: shared by the self-hosted workloads, counted once in the plan', () => {
    const big = (name: string) => ({ name, data: ['public' as const], requestsPerDay: 3_000_000, inputTokens: 1000, outputTokens: 300, peakToAverage: 1.5, quality: 'standard' as const });
    const r = run({ team: { ...team, mlEngineers: 0 }, workloads: [big('a'), big('b'), big('c'), { ...spiky, requestsPerDay: 2000 }] });
    const open = r.workloads.filter((w) => w.verdict === 'open');
    expect(open.map((w) => w.name)).toEqual(['a', 'b', 'c']);
    for (const w of open) {
      const hiring = w.analysis!.open!.cost.startupItems!.find((i) => i.scope === 'team')!;
      expect(hiring).toMatchObject({ label: 'hiring an ML engineer', sharedWith: 3 });
      expect(hiring.usd).toBeCloseTo(10_000, 6);
    }
    const setup = open.reduce((s, w) => s + w.analysis!.open!.cost.startupItems!.filter((i) => i.scope === 'workload').reduce((x, i) => x + i.usd, 0), 0);
    const closedSetup = r.workloads.filter((w) => w.verdict === 'closed').reduce((s, w) => s + (w.cost.startupCostUsd ?? 0), 0);
    expect(r.totals.startupCostUsd).toBeCloseTo(setup + closedSetup + 30_000, 6);
    expect(open[0]!.reasons.some((x) => /1\/3 share of hiring an ML engineer \(once per team/.test(x.message))).toBe(true);
  });

  it('owned 8x H100 are counted once: sunk, no purchase in start-up or monthly cost', () => {
    const r = run({
      team: { ...team, gpuAccess: 'own', ownedGpus: [{ gpu: 'h100-sxm', count: 8 }] },
      workloads: [{ name: 'w', data: ['internal'], requestsPerDay: 200_000, inputTokens: 1500, outputTokens: 300, peakToAverage: 2, quality: 'standard' }],
    });
    const open = r.workloads[0]!.analysis!.open!;
    expect(open.deployment.gpuId).toBe('h100-sxm');
    expect(open.deployment.gpusBought).toBe(0);
    expect(open.deployment.ownedGpusUsed).toBe(open.deployment.gpuCount);
    expect(open.cost.gpuMonthlyUsd).toBe(0);
    expect(open.cost.startupItems!.every((i) => !/GPU|hardware/i.test(i.label))).toBe(true);
    expect(open.cost.monthlyUsd).toBeCloseTo(open.cost.facilitiesMonthlyUsd + open.cost.staffMonthlyUsd, 6);
  });

  it('a context need beyond every window is no candidate on either side, and says so', () => {
    const r = run({ team, workloads: [{ name: 'huge', data: ['public'], requestsPerDay: 100, inputTokens: 3_000_000, outputTokens: 1000 }] });
    const w = r.workloads[0]!;
    expect(w.recommendation.closedModel).toBeNull();
    expect(w.analysis?.open ?? null).toBeNull();
    expect(w.decidedBy?.rule).toBe('control.context-window');
    expect(w.reasons.some((x) => /context: 12,004,000 tokens needed/.test(x.message))).toBe(true);
  });

  it('1e300 requests a day is rejected with the field and its plausible range', () => {
    const p = parseProfile({ team, workloads: [{ ...spiky, requestsPerDay: 1e300 }] });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(formatIssues(p.issues)).toBe('workloads[0].requestsPerDay: expected a number between 0 and 10,000,000,000, got 1e+300');
  });
});
