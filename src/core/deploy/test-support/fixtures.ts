import { defaultCatalog } from '../../catalog/index.js';
import type { OpenDeployment, SelfHostedCost, WorkloadCostAnalysis } from '../../cost/contract.js';
import { parseProfile, type Profile, type ProfileInput } from '../../profile/index.js';
import type { Report, WorkloadReport } from '../../report/types.js';

/** A hand-made assessment over the shipped catalog, typed with the real Report contract. */
export const catalog = defaultCatalog();

export const profileInput: ProfileInput = {
  team: { name: 'St. Example Hospital', industry: 'healthcare', mlEngineers: 1, gpuAccess: 'rent', region: 'us' },
  workloads: [
    { name: 'clinical-notes', data: ['phi'], regulations: ['hipaa'], dataMayLeave: 'own-infrastructure-only', requestsPerDay: 20_000, inputTokens: 3000, outputTokens: 500, maxContextTokens: 16_384 },
    { name: 'support_chat', data: ['pii'], dataMayLeave: 'with-baa-and-zdr', requestsPerDay: 5000, inputTokens: 800, outputTokens: 300 },
    { name: 'marketing', data: ['public'], dataMayLeave: 'anywhere', requestsPerDay: 50_000, inputTokens: 600, outputTokens: 400 },
    { name: 'eu-summaries', data: ['pii'], regulations: ['gdpr'], dataMayLeave: 'in-region', region: 'eu', requestsPerDay: 2000, inputTokens: 2000, outputTokens: 300 },
  ],
};

export function profile(input: ProfileInput = profileInput): Profile {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

export function deployment(over: Partial<OpenDeployment> = {}): OpenDeployment {
  return {
    modelId: 'llama-3.1-70b-instruct',
    precision: 'fp8',
    engine: 'vllm',
    gpuId: 'h100-sxm',
    tensorParallel: 2,
    replicas: 2,
    gpuCount: 4,
    maxConcurrencyPerReplica: 48,
    ttftMs: 420,
    tpotMs: 28,
    outputTokensPerSecondPerReplica: 1350,
    errorBand: 0.25,
    utilization: 0.41,
    meetsLatencySlo: true,
    ...over,
  };
}

const cost = (monthlyUsd: number, gpuMonthlyUsd: number): SelfHostedCost => ({
  mode: 'rent',
  monthlyUsd,
  gpuMonthlyUsd,
  facilitiesMonthlyUsd: 0,
  staffMonthlyUsd: monthlyUsd - gpuMonthlyUsd,
  startupCostUsd: 20_000,
  startupWeeks: 4,
  costPerMTokUsd: 1.2,
});

export function analysis(open: OpenDeployment | null, monthlyUsd = 12_500, gpuMonthlyUsd = 8760): WorkloadCostAnalysis {
  return {
    tokensPerMonth: { input: 1e9, output: 2e8, total: 1.2e9 },
    open: open ? { deployment: open, cost: cost(monthlyUsd, gpuMonthlyUsd) } : null,
    closed: null,
    breakEven: { tokensPerMonth: null, utilization: null, note: '' },
    tco: { months: [], openCumulativeUsd: [], closedCumulativeUsd: null },
    volumeCurve: [],
    utilizationCurve: [],
    trafficCurve: [],
    sensitivity: [],
    probabilitySelfHostCheaper: null,
    assumptionsUsed: [],
  };
}

export function workloadReport(over: Partial<WorkloadReport> & Pick<WorkloadReport, 'name'>): WorkloadReport {
  return {
    verdict: 'open',
    dataClasses: ['internal'],
    dataMayLeave: 'anywhere',
    allowedDestinations: 'any',
    dealBreakers: [],
    reasons: [],
    flips: [],
    excludedClosedModels: [],
    cost: { closedMonthlyUsd: null, openMonthlyUsd: null, breakEvenTokensPerMonth: null, startupCostUsd: null, tokensPerMonth: 0 },
    recommendation: { openModel: null, precision: null, gpu: null, gpuCount: null, closedModel: null },
    analysis: null,
    ...over,
  };
}

const small = deployment({ modelId: 'llama-3.1-8b-instruct', precision: 'bf16', gpuId: 'l4', tensorParallel: 1, replicas: 1, gpuCount: 1, maxConcurrencyPerReplica: 24, ttftMs: 180, tpotMs: 22, outputTokensPerSecondPerReplica: 600, errorBand: 0.2 });

export function report(workloads?: WorkloadReport[]): Report {
  return {
    schemaVersion: 1,
    team: 'St. Example Hospital',
    generatedAt: '2026-11-23T00:00:00.000Z',
    verdict: 'hybrid',
    summary: '',
    workloads: workloads ?? [
      workloadReport({
        name: 'clinical-notes',
        dataClasses: ['phi'],
        dataMayLeave: 'own-infrastructure-only',
        allowedDestinations: 'self-hosted-only',
        recommendation: { openModel: 'llama-3.1-70b-instruct', precision: 'fp8', gpu: 'h100-sxm', gpuCount: 4, closedModel: null },
        analysis: analysis(deployment()),
      }),
      workloadReport({
        name: 'support_chat',
        verdict: 'closed',
        dataClasses: ['pii'],
        dataMayLeave: 'with-baa-and-zdr',
        allowedDestinations: 'closed-with-baa-zdr',
        recommendation: { openModel: 'llama-3.1-8b-instruct', precision: 'bf16', gpu: 'l4', gpuCount: 1, closedModel: 'claude-sonnet-5-5' },
        analysis: analysis(small, 3000, 600),
      }),
      workloadReport({
        name: 'marketing',
        recommendation: { openModel: 'llama-3.1-8b-instruct', precision: 'bf16', gpu: 'l4', gpuCount: 1, closedModel: 'gemini-3.5-flash' },
        analysis: analysis(small, 3000, 600),
      }),
      workloadReport({
        name: 'eu-summaries',
        verdict: 'closed',
        dataClasses: ['pii'],
        dataMayLeave: 'in-region',
        allowedDestinations: 'closed-in-region',
        recommendation: { openModel: null, precision: null, gpu: null, gpuCount: null, closedModel: 'gpt-6-luna' },
        analysis: analysis(null),
      }),
    ],
    totals: { closedMonthlyUsd: 0, openMonthlyUsd: 0, planMonthlyUsd: 0, startupCostUsd: 0 },
    assumptions: [],
    sources: [],
    catalogVersion: catalog.version,
  };
}
