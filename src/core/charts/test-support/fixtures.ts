import type { WorkloadCostAnalysis } from '../../cost/contract.js';
import type { Report, WorkloadReport } from '../../report/types.js';

export interface FixtureOptions {
  tokensPerMonth?: number;
  closedUsdPerMTok?: number;
  gpuMonthlyUsd?: number;
  staffMonthlyUsd?: number;
  tokensPerGpuMonth?: number;
}

/** A small, internally consistent cost analysis: step-wise GPU cost vs a linear API price. */
export function fixtureAnalysis(opts: FixtureOptions = {}): WorkloadCostAnalysis {
  const total = opts.tokensPerMonth ?? 300e6;
  const perM = opts.closedUsdPerMTok ?? 3;
  const gpu = opts.gpuMonthlyUsd ?? 1825;
  const staff = opts.staffMonthlyUsd ?? 3750;
  const perGpu = opts.tokensPerGpuMonth ?? 2e9;
  const openAt = (t: number) => Math.max(1, Math.ceil(t / perGpu)) * gpu + staff;
  const closedAt = (t: number) => (t / 1e6) * perM;
  // Where the first GPU's flat cost meets the API line (valid while under one GPU's capacity).
  const breakEven = ((gpu + staff) / perM) * 1e6;
  const xs = [1e7, 3e7, 1e8, 3e8, 1e9, 3e9, 1e10];
  const gpus = Math.max(1, Math.ceil(total / perGpu));
  const utilization = total / (gpus * perGpu);
  return {
    tokensPerMonth: { input: total * 0.75, output: total * 0.25, total },
    open: {
      deployment: {
        modelId: 'llama-3.1-8b-instruct', precision: 'bf16', engine: 'vllm', gpuId: 'h100-sxm', tensorParallel: 1, replicas: gpus, gpuCount: gpus,
        maxConcurrencyPerReplica: 64, ttftMs: 180, tpotMs: 12, outputTokensPerSecondPerReplica: 2400, errorBand: 0.2, utilization, meetsLatencySlo: true,
      },
      cost: { mode: 'rent', monthlyUsd: openAt(total), gpuMonthlyUsd: gpus * gpu, facilitiesMonthlyUsd: 0, staffMonthlyUsd: staff, startupCostUsd: 20000, startupWeeks: 4, costPerMTokUsd: openAt(total) / (total / 1e6) },
    },
    closed: { modelId: 'gpt-4o-mini', monthlyUsd: closedAt(total), inputUsd: closedAt(total) * 0.6, outputUsd: closedAt(total) * 0.4, cachedSavingsUsd: 0, batchSavingsUsd: 0, regionalUpliftUsd: 0, longContextUpliftUsd: 0, startupCostUsd: 2000, costPerMTokUsd: perM },
    breakEven: { tokensPerMonth: breakEven, utilization: breakEven / perGpu, note: 'one GPU' },
    tco: {
      months: Array.from({ length: 36 }, (_, i) => i + 1),
      openCumulativeUsd: Array.from({ length: 36 }, (_, i) => 20000 + openAt(total) * (i + 1)),
      closedCumulativeUsd: Array.from({ length: 36 }, (_, i) => 2000 + closedAt(total) * (i + 1)),
    },
    volumeCurve: xs.map((x) => ({ x, open: openAt(x), closed: closedAt(x) })),
    utilizationCurve: [0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1].map((u) => ({ x: u, open: (gpu + staff) / ((u * perGpu) / 1e6), closed: perM })),
    trafficCurve: Array.from({ length: 24 }, (_, hour) => ({ hour, demand: hour >= 8 && hour < 18 ? 900 : 100, capacity: 1000 })),
    sensitivity: [
      { label: 'GPU $/hour', low: '$1.50', high: '$4.00', savingsAtLow: -3800, savingsAtHigh: -6200 },
      { label: 'Requests per day', low: '0.5x', high: '3x', savingsAtLow: -4900, savingsAtHigh: -2600 },
      { label: 'Engineer cost', low: '$10k', high: '$20k', savingsAtLow: -3400, savingsAtHigh: -5900 },
      { label: 'Utilization', low: '20%', high: '80%', savingsAtLow: -4700, savingsAtHigh: -4600 },
    ],
    probabilitySelfHostCheaper: 0.08,
    assumptionsUsed: ['GPU rental priced on-demand at the typical rate'],
  };
}

export function fixtureWorkload(over: Partial<WorkloadReport> = {}): WorkloadReport {
  const analysis = fixtureAnalysis();
  return {
    name: 'support-chat',
    verdict: 'closed',
    dataClasses: ['internal'],
    dataMayLeave: 'anywhere',
    allowedDestinations: 'any',
    dealBreakers: [],
    reasons: [
      { area: 'cost', message: 'The API costs $900/month against $5,575/month self-hosted.', favours: 'closed' },
      { area: 'security', message: 'Internal data may leave under the provider terms.', favours: 'neutral' },
      { area: 'control', message: 'No fine-tuning needed.', favours: 'neutral' },
    ],
    flips: [{ area: 'cost', message: 'Self-hosting becomes cheaper above 1.86B tokens/month.', tokensPerMonth: 1.86e9 }],
    excludedClosedModels: [],
    cost: { closedMonthlyUsd: 900, openMonthlyUsd: 5575, breakEvenTokensPerMonth: 1.86e9, startupCostUsd: 2000, tokensPerMonth: 300e6 },
    recommendation: { openModel: 'llama-3.1-8b-instruct', precision: 'bf16', gpu: 'h100-sxm', gpuCount: 1, closedModel: 'gpt-4o-mini' },
    analysis,
    ...over,
  };
}

export function fixtureReport(): Report {
  return {
    schemaVersion: 1,
    team: 'St. Example <Hospital> & Co',
    generatedAt: '2026-11-23T22:00:00.000Z',
    verdict: 'hybrid',
    summary: 'Keep patient notes on your own GPUs; use an API for the public FAQ bot.',
    workloads: [
      fixtureWorkload(),
      fixtureWorkload({
        name: 'clinical-notes',
        verdict: 'open',
        dataClasses: ['phi'],
        dataMayLeave: 'own-infrastructure-only',
        allowedDestinations: 'self-hosted-only',
        dealBreakers: [{ area: 'security', rule: 'security.own-infrastructure-only', message: 'PHI may not leave your infrastructure.' }],
        reasons: [
          { area: 'security', message: 'PHI may not leave your infrastructure: only self-hosted models qualify.', favours: 'open' },
          { area: 'cost', message: 'Self-hosting costs $5,575/month.', favours: 'neutral' },
        ],
        excludedClosedModels: [{ modelId: 'gpt-4o', rule: 'security.own-infrastructure-only', message: 'an external API' }],
        analysis: null,
      }),
    ],
    totals: { closedMonthlyUsd: 900, openMonthlyUsd: 11150, planMonthlyUsd: 6475, startupCostUsd: 22000 },
    assumptions: ['GPUs rented on demand at the typical price', 'One ML engineer spends 25% of their time per self-hosted workload'],
    sources: [
      { what: 'gpt-4o-mini price', source: { url: 'https://openai.com/api/pricing', asOf: '2026-11-01' } },
      { what: 'H100 SXM rental', source: { url: 'https://example.com/gpu-prices', asOf: '2026-10', note: 'median of 5 clouds' } },
    ],
    catalogVersion: '2026-11-23',
  };
}
