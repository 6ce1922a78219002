/** Small, hand-checkable catalog records for cost and capacity tests (independent of the shipped catalog data). */
import { catalogSchema, type Catalog, type CatalogInput } from '../../catalog/schema.js';
import { assumptionsSchema, teamSchema, workloadSchema, type Assumptions, type Team, type Workload } from '../../profile/index.js';

const src = [{ url: 'https://example.test/fixture', asOf: '2026-11-23' }];

export const llama8b = {
  id: 'llama-3.1-8b-instruct', name: 'Llama 3.1 8B', hfRepo: 'meta-llama/Llama-3.1-8B-Instruct', family: 'llama', totalParamsB: 8.03, activeParamsB: null,
  layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, intermediateSize: 14336, vocabSize: 128256, maxContextTokens: 131072,
  attention: 'gqa' as const, kvBytesPerTokenBf16: 131072, license: 'llama3.1', commercialUse: true, domains: ['general' as const], quality: 'standard' as const, sources: src,
};
export const llama70b = {
  ...llama8b, id: 'llama-3.3-70b-instruct', name: 'Llama 3.3 70B', hfRepo: 'meta-llama/Llama-3.3-70B-Instruct', totalParamsB: 70.6, layers: 80, hiddenSize: 8192,
  attentionHeads: 64, intermediateSize: 28672, kvBytesPerTokenBf16: 327680, quality: 'strong' as const,
};
export const llama405b = {
  ...llama8b, id: 'llama-3.1-405b-instruct', name: 'Llama 3.1 405B', hfRepo: 'meta-llama/Llama-3.1-405B-Instruct', totalParamsB: 405.9, layers: 126, hiddenSize: 16384,
  attentionHeads: 128, intermediateSize: 53248, kvBytesPerTokenBf16: 516096, quality: 'frontier' as const,
};

export const h100 = {
  id: 'h100-sxm', name: 'H100 SXM', vendor: 'nvidia' as const, memoryGb: 80, memoryBandwidthTBs: 3.35, bf16Tflops: 989.4, fp8Tflops: 1978.9, tdpW: 700,
  interconnectGBs: 450, rentalUsdPerHour: { low: 2, typical: 3, high: 6 }, purchaseUsd: 30000, sources: src,
};
export const l4 = {
  id: 'l4', name: 'L4', vendor: 'nvidia' as const, memoryGb: 24, memoryBandwidthTBs: 0.3, bf16Tflops: 121, fp8Tflops: 242.5, tdpW: 72,
  rentalUsdPerHour: { low: 0.5, typical: 0.8, high: 1 }, purchaseUsd: 2500, sources: src,
};

export const cheapApi = {
  id: 'api-small', provider: 'acme', name: 'API small', quality: 'standard' as const, inputUsdPerMTok: 1, outputUsdPerMTok: 4, cachedInputUsdPerMTok: 0.1,
  batchDiscount: 0.5, longContext: [{ aboveInputTokens: 100_000, inputMultiplier: 2, outputMultiplier: 1.5 }], contextWindowTokens: 1_000_000, fineTuning: 'none' as const, sources: src,
};

export function fixtureCatalog(extra: Partial<CatalogInput> = {}): Catalog {
  return catalogSchema.parse({
    version: 'fixture', asOf: '2026-11-23',
    openModels: [llama8b, llama70b, llama405b], gpus: [h100, l4], closedModels: [cheapApi],
    providers: [{ id: 'acme', name: 'Acme', baa: true, zeroDataRetention: true, processingRegions: ['us', 'eu'], regionalUplift: 0.1, sources: src }],
    pricingContext: { reserved1yDiscount: 0.4, reserved3yDiscount: 0.6, spotDiscount: 0.7, sources: src },
    ...extra,
  });
}

export const team = (over: Partial<Team> = {}): Team => teamSchema.parse({ name: 'fixture', industry: 'technology', mlEngineers: 1, gpuAccess: 'rent', ...over });
export const assumptions = (over: Partial<Assumptions> = {}): Assumptions => ({ ...assumptionsSchema.parse({}), ...over });
export const workload = (over: Record<string, unknown> = {}): Workload =>
  workloadSchema.parse({ name: 'w', data: ['internal'], requestsPerDay: 20_000, inputTokens: 1000, outputTokens: 200, peakToAverage: 2, ...over });
