import { catalogSchema, type Catalog, type CatalogInput } from '../../catalog/schema.js';
import type { CostAnalysisInput, WorkloadCostAnalysis } from '../../cost/contract.js';
import { profileSchema, type Profile, type ProfileInput, type Workload } from '../../profile/index.js';
import { fail, ok, type Result } from '../../result.js';

const src = [{ url: 'https://example.test/fixture', asOf: '2026-11-01' }];

function openModel(id: string, over: Partial<CatalogInput['openModels'][number]>): CatalogInput['openModels'][number] {
  return {
    id, name: id, hfRepo: `org/${id}`, family: 'f', totalParamsB: 8, activeParamsB: null, layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8,
    headDim: 128, intermediateSize: 14336, vocabSize: 128256, maxContextTokens: 131072, attention: 'gqa', kvBytesPerTokenBf16: 131072,
    license: 'Apache-2.0', commercialUse: true, domains: ['general'], quality: 'standard', sources: src, ...over,
  };
}

function closedModel(id: string, provider: string, over: Partial<CatalogInput['closedModels'][number]>): CatalogInput['closedModels'][number] {
  return { id, provider, name: id, quality: 'strong', inputUsdPerMTok: 2, outputUsdPerMTok: 10, cachedInputUsdPerMTok: null, batchDiscount: 0.5, contextWindowTokens: 200000, fineTuning: 'none', sources: src, ...over };
}

/** A small catalog whose every fact a test can see: BAA only at "alpha", EU processing only at "beta". */
export function fixtureCatalog(over: Partial<CatalogInput> = {}): Catalog {
  return catalogSchema.parse({
    version: 'fixture', asOf: '2026-11-01',
    providers: [
      { id: 'alpha', name: 'Alpha AI', baa: true, zeroDataRetention: true, processingRegions: ['us'], sources: src },
      { id: 'beta', name: 'Beta Labs', baa: false, zeroDataRetention: true, processingRegions: ['us', 'eu'], regionalUplift: 0.1, sources: src },
      { id: 'gamma', name: 'Gamma Cloud', baa: false, zeroDataRetention: false, processingRegions: ['us'], fedramp: 'moderate', sources: src },
    ],
    closedModels: [
      closedModel('alpha-pro', 'alpha', { quality: 'frontier', inputUsdPerMTok: 5, outputUsdPerMTok: 25 }),
      closedModel('alpha-mid', 'alpha', { quality: 'strong', inputUsdPerMTok: 3, outputUsdPerMTok: 15 }),
      closedModel('beta-mid', 'beta', { quality: 'strong', inputUsdPerMTok: 1, outputUsdPerMTok: 5, fineTuning: 'supervised' }),
      closedModel('beta-mini', 'beta', { quality: 'standard', inputUsdPerMTok: 0.1, outputUsdPerMTok: 0.4 }),
      closedModel('gamma-gov', 'gamma', { quality: 'strong', inputUsdPerMTok: 4, outputUsdPerMTok: 16 }),
      closedModel('alpha-old', 'alpha', { quality: 'strong', inputUsdPerMTok: 0.01, outputUsdPerMTok: 0.01, deprecated: true }),
    ],
    gpus: [
      { id: 'gpu-x', name: 'GPU X', vendor: 'nvidia', memoryGb: 80, memoryBandwidthTBs: 3.35, bf16Tflops: 989, fp8Tflops: 1979, tdpW: 700, rentalUsdPerHour: { low: 2, typical: 2.5, high: 4 }, purchaseUsd: 30000, sources: src },
    ],
    openModels: [
      openModel('small-general', { totalParamsB: 8, quality: 'standard' }),
      openModel('big-general', { totalParamsB: 70, quality: 'strong', mauLimit: 700000000, licenseRestrictions: 'attribution required' }),
      openModel('med-strong', { totalParamsB: 70, quality: 'strong', domains: ['medical'], domainScores: { medical: { benchmark: 'MedQA (4-option)', value: 88, source: src[0]! } } }),
      openModel('research-only', { totalParamsB: 7, quality: 'strong', commercialUse: false }),
      openModel('huge-frontier', { totalParamsB: 2000, quality: 'frontier' }),
    ],
    pricingContext: { reserved1yDiscount: 0.3, reserved3yDiscount: 0.5, spotDiscount: 0.6, sources: src },
    ...over,
  });
}

export function profile(workloads: Partial<ProfileInput['workloads'][number]>[], team: Partial<ProfileInput['team']> = {}): Profile {
  return profileSchema.parse({
    team: { name: 'Test Team', industry: 'technology', mlEngineers: 1, gpuAccess: 'rent', ...team },
    workloads: workloads.map((w, i) => ({ name: `w${i}`, data: ['internal'], requestsPerDay: 10000, inputTokens: 1000, outputTokens: 200, ...w })),
  });
}

export function workload(over: Partial<ProfileInput['workloads'][number]> = {}): Workload {
  const p = profile([over]);
  return p.workloads[0]!;
}

/**
 * A transparent stand-in for the cost model: closed = list price x tokens; open = GPUs x $1,825/month
 * (one GPU per 40B params) + a quarter engineer; infeasible above 1,000B params. Numbers are easy to check.
 */
export function fakeAnalyzer(calls: CostAnalysisInput[] = []): (input: CostAnalysisInput) => Result<WorkloadCostAnalysis> {
  return (input) => {
    calls.push(input);
    const { workload: w, catalog } = input;
    const model = catalog.openModels.find((m) => m.id === input.openModelId);
    if (!model) return fail([{ path: 'openModelId', message: 'unknown' }]);
    const perMonth = w.requestsPerDay * 30;
    const tin = perMonth * w.inputTokens;
    const tout = perMonth * w.outputTokens;
    const closedM = catalog.closedModels.find((m) => m.id === input.closedModelId);
    const uplift = input.regionalProcessing ? 1.1 : 1;
    const closedUsd = closedM ? ((tin * closedM.inputUsdPerMTok + tout * closedM.outputUsdPerMTok) / 1e6) * uplift : null;
    const gpuCount = Math.ceil(model.totalParamsB / 40);
    const staff = input.team.engineerMonthlyCostUsd * (input.assumptions.opsShareOfEngineer ?? 0.25);
    const openUsd = gpuCount * 1825 + staff;
    const startup = 20000 + (input.team.mlEngineers === 0 ? 30000 : 0) + (input.team.gpuAccess === 'own' ? gpuCount * 30000 : 0);
    const feasible = model.totalParamsB <= 1000;
    const perTok = closedUsd !== null && tin + tout > 0 ? closedUsd / (tin + tout) : null;
    return ok({
      tokensPerMonth: { input: tin, output: tout, total: tin + tout },
      open: feasible
        ? {
            deployment: { modelId: model.id, precision: 'fp8', engine: 'vllm', gpuId: 'gpu-x', tensorParallel: gpuCount, replicas: 1, gpuCount, maxConcurrencyPerReplica: 64, ttftMs: 300, tpotMs: 20, outputTokensPerSecondPerReplica: 2000, errorBand: 0.2, utilization: 0.3, meetsLatencySlo: (w.latency?.ttftMs ?? Infinity) >= 300 },
            cost: { mode: input.team.gpuAccess === 'own' ? 'own' : 'rent', monthlyUsd: openUsd, gpuMonthlyUsd: gpuCount * 1825, facilitiesMonthlyUsd: 0, staffMonthlyUsd: staff, startupCostUsd: startup, startupWeeks: 4, costPerMTokUsd: openUsd / ((tin + tout) / 1e6 || 1) },
          }
        : null,
      ...(feasible ? {} : { infeasibleReason: 'needs more memory than 8 GPUs of any catalog type' }),
      closed: closedM && closedUsd !== null
        ? { modelId: closedM.id, monthlyUsd: closedUsd, inputUsd: 0, outputUsd: 0, cachedSavingsUsd: 0, batchSavingsUsd: 0, regionalUpliftUsd: 0, longContextUpliftUsd: 0, startupCostUsd: 0, costPerMTokUsd: (perTok ?? 0) * 1e6 }
        : null,
      breakEven: { tokensPerMonth: perTok ? openUsd / perTok : null, utilization: null, note: 'fixture' },
      tco: { months: [], openCumulativeUsd: [], closedCumulativeUsd: null },
      volumeCurve: [],
      utilizationCurve: [],
      trafficCurve: [],
      sensitivity: [],
      probabilitySelfHostCheaper: null,
      assumptionsUsed: ['fixture cost model'],
    });
  };
}
