import { z } from 'zod';
import { DOMAINS, QUALITY_TIERS, REGIONS } from '../profile/enums.js';
import { openModelArchitectureSchema } from './architecture-schema.js';

/** Where a fact comes from and when it was true. Every catalog record carries at least one. */
export const sourceSchema = z.strictObject({
  url: z.string().min(1),
  /** Date printed by the source, or the date it was read (YYYY-MM or YYYY-MM-DD). */
  asOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date YYYY-MM-DD or YYYY-MM'),
  note: z.string().optional(),
});
const sources = z.array(sourceSchema).min(1);

/**
 * A score on the catalog's common quality scale (QUALITY_SCALE in decision/quality.ts), for open and closed models
 * alike. `estimate: true` marks a figure the catalog derived (how: `note`) because no measurement on the scale was
 * found; every report says so.
 */
export const qualityScoreSchema = z.strictObject({
  value: z.number().min(0).max(100),
  estimate: z.boolean(),
  source: sourceSchema,
  note: z.string().optional(),
});

/** A domain benchmark (coding: SWE-bench Verified; medical: MedQA 4-option), percent, with its source. */
export const domainScoreSchema = z.strictObject({
  benchmark: z.string().min(1),
  value: z.number().min(0).max(100),
  estimate: z.boolean().default(false),
  source: sourceSchema,
});
const domainScores = z.strictObject({ code: domainScoreSchema.optional(), medical: domainScoreSchema.optional() });
const confidence = z.enum(['high', 'medium', 'low']);
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected a lower-case id of letters, digits, ".", "_" or "-"');
const usdPerMTok = z.number().nonnegative();

/** A tier of long-context pricing: past `aboveInputTokens`, the whole request is priced at these multiples. */
export const longContextTierSchema = z.strictObject({
  aboveInputTokens: z.number().int().positive(),
  inputMultiplier: z.number().positive(),
  outputMultiplier: z.number().positive(),
});

export const closedModelSchema = z.strictObject({
  id,
  /** Provider id, matching a `providers[].id`. */
  provider: id,
  name: z.string().min(1),
  quality: z.enum(QUALITY_TIERS),
  domains: z.array(z.enum(DOMAINS)).default(['general']),
  inputUsdPerMTok: usdPerMTok,
  outputUsdPerMTok: usdPerMTok,
  /** Null when the provider does not publish one; `cachedInputRule` then says what is assumed. */
  cachedInputUsdPerMTok: usdPerMTok.nullable(),
  cachedInputRule: z.string().optional(),
  /** Price of a prompt-cache write (Anthropic: the 5-minute write); absent or null = writes priced at `inputUsdPerMTok`. */
  cacheWriteUsdPerMTok: usdPerMTok.nullable().optional(),
  /** Price of a 1-hour prompt-cache write (Anthropic `ttl: "1h"`, 2x input); absent or null = priced as `cacheWriteUsdPerMTok`. */
  cacheWrite1hUsdPerMTok: usdPerMTok.nullable().optional(),
  /** Fraction off list price for batch requests (0.5 = half price); null when no batch API. */
  batchDiscount: z.number().min(0).max(1).nullable(),
  longContext: z.array(longContextTierSchema).default([]),
  contextWindowTokens: z.number().int().positive().nullable(),
  /** What tuning the provider offers for this model; tuned weights always stay on the provider's servers. */
  fineTuning: z.enum(['none', 'supervised', 'unknown']),
  fineTuningNote: z.string().optional(),
  /** Price after a promotion ends, when one is running. */
  priceNote: z.string().optional(),
  /** A promotional list price: from `endsOn` the regular prices apply (used whenever the promotion ends inside the horizon). */
  promotion: z
    .strictObject({
      endsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
      regularInputUsdPerMTok: usdPerMTok,
      regularOutputUsdPerMTok: usdPerMTok,
    })
    .optional(),
  deprecated: z.boolean().default(false),
  qualityScore: qualityScoreSchema.optional(),
  domainScores: domainScores.optional(),
  sources,
  confidence: confidence.default('high'),
});

export const providerSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** Signs a HIPAA Business Associate Agreement for API use. */
  baa: z.boolean(),
  /** Offers zero data retention (no prompts or outputs kept). */
  zeroDataRetention: z.boolean(),
  /** Regions where the provider can keep processing in-region. */
  processingRegions: z.array(z.enum(REGIONS)).default([]),
  /** Price uplift for regional processing (0.1 = +10%). */
  regionalUplift: z.number().min(0).max(2).default(0),
  /** FedRAMP authorisation of the API offering, if any. */
  fedramp: z.enum(['none', 'moderate', 'high']).default('none'),
  notes: z.string().optional(),
  sources,
});

/** A compliance fact the catalog has a source for (true / false), or null: not verified in the catalog (treated as unavailable). */
const verifiedFact = z.boolean().nullable();

/**
 * One way to reach a provider's closed models: its own API, Azure OpenAI, Amazon Bedrock, Google Vertex AI, a
 * government cloud. Compliance is a property of the channel, not of the model's maker.
 */
export const channelSchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** Provider whose models this channel serves (a `providers[].id`). */
  provider: id,
  /** Who operates the endpoint and is the data processor (e.g. "Microsoft", "AWS"). */
  operator: z.string().min(1),
  /** Closed model ids served here; omitted: every current model of the provider (`modelAvailability` says whether that was checked). */
  models: z.array(id).optional(),
  modelAvailability: z.enum(['verified', 'assumed']).default('assumed'),
  baa: verifiedFact,
  zeroDataRetention: verifiedFact,
  /** FedRAMP authorisation of this channel; null: not verified in the catalog. */
  fedramp: z.enum(['none', 'moderate', 'high']).nullable(),
  /** Regions where this channel keeps processing in-region. */
  regions: z.array(z.enum(REGIONS)).default([]),
  itar: verifiedFact.default(null),
  cjis: verifiedFact.default(null),
  /** Price over the provider's list price (0.1 = +10%); null: not verified (list price assumed, and said). */
  priceUplift: z.number().min(0).max(2).nullable(),
  /** When the uplift is paid: on every request, or only for in-region processing. */
  upliftApplies: z.enum(['always', 'in-region']).default('in-region'),
  notes: z.string().optional(),
  sources,
});

export const gpuSchema = z.strictObject({
  id,
  name: z.string().min(1),
  vendor: z.enum(['nvidia', 'amd', 'intel', 'other']),
  memoryGb: z.number().positive(),
  memoryBandwidthTBs: z.number().positive(),
  /** Dense (no sparsity) tensor throughput. */
  bf16Tflops: z.number().positive(),
  fp8Tflops: z.number().positive().nullable(),
  int8Tops: z.number().positive().nullable().default(null),
  /** Dense FP4 tensor throughput (NVFP4/MXFP4: Blackwell, MI355X); null where the GPU has no FP4 tensor cores. */
  fp4Tflops: z.number().positive().nullable().default(null),
  tdpW: z.number().positive(),
  /** Bandwidth between GPUs of one node, per direction, for tensor parallelism. */
  interconnectGBs: z.number().positive().nullable().default(null),
  maxPerNode: z.number().int().positive().default(8),
  /** On-demand rental $/GPU-hour: cheapest observed, typical, dearest. Null when not rentable. */
  rentalUsdPerHour: z
    .strictObject({ low: z.number().positive(), typical: z.number().positive(), high: z.number().positive() })
    .nullable(),
  purchaseUsd: z.number().positive().nullable(),
  /** Share of the server the card sits in (chassis, CPUs, memory, NICs) per GPU, when known; the cost model otherwise assumes 30% of the card. */
  serverUsdPerGpu: z.number().nonnegative().nullable().optional(),
  datacenter: z.boolean().default(true),
  sources,
  confidence: confidence.default('high'),
});

/**
 * What an open model is (identity, licence, domains, quality, sources). How it is built lives in
 * `architecture-schema.ts`; the catalog joins the two by id into one `OpenModel` record.
 */
export const openModelIdentitySchema = z.strictObject({
  id,
  name: z.string().min(1),
  /** Hugging Face repo id, e.g. `meta-llama/Llama-3.1-8B-Instruct`. */
  hfRepo: z.string().min(1),
  /** Other names the model is served under (Ollama tags, renamed HF repos), matched case-insensitively by lookups. */
  aliases: z.array(z.string().min(1)).optional(),
  family: z.string().min(1),
  license: z.string().min(1),
  licenseRestrictions: z.string().default(''),
  commercialUse: z.boolean(),
  /** Monthly-active-user ceiling above which the licence needs a separate grant. */
  mauLimit: z.number().int().positive().nullable().default(null),
  domains: z.array(z.enum(DOMAINS)).min(1),
  quality: z.enum(QUALITY_TIERS),
  qualityNote: z.string().optional(),
  qualityScore: qualityScoreSchema.optional(),
  domainScores: domainScores.optional(),
  /** First public release of these weights (ISO date; YYYY-MM when the day is not known). */
  releaseDate: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected an ISO date YYYY-MM-DD or YYYY-MM').optional(),
  /** Instruction-tuned (chat) weights, or a base model that needs tuning before it can hold a conversation. */
  variant: z.enum(['instruct', 'base']).default('instruct'),
  /** Catalog id of the newer model that replaces this one; superseded models stay pinnable but are not picked. */
  supersededBy: id.optional(),
  supersededNote: z.string().optional(),
  sources,
  confidence: confidence.default('high'),
});

/** One open model as the engine sees it: identity and architecture joined. */
export const openModelSchema = openModelIdentitySchema.extend(
  openModelArchitectureSchema.omit({ id: true }).shape,
);

/** Market-wide pricing facts used where a record has no figure of its own. */
export const pricingContextSchema = z.strictObject({
  /** Discount off on-demand for reservations, as fractions (0.4 = 40% off). */
  reserved1yDiscount: z.number().min(0).max(1),
  reserved3yDiscount: z.number().min(0).max(1),
  spotDiscount: z.number().min(0).max(1),
  /** What a cloud bill adds on top of the headline GPU rate (egress, storage, management), as a fraction (0.4 = +40%). */
  cloudOverheadFraction: z.number().min(0).max(2).optional(),
  /** What spot capacity adds for pre-emptions (re-scheduling, cold starts, lost work), as a fraction of its price; default 0.15. */
  spotPreemptionOverhead: z.number().min(0).max(2).optional(),
  sources,
});

export const catalogSchema = z.strictObject({
  version: z.string().min(1),
  asOf: z.string(),
  closedModels: z.array(closedModelSchema),
  providers: z.array(providerSchema),
  /** Access channels; a provider without any is reached through its own API as its provider record describes. */
  channels: z.array(channelSchema).default([]),
  gpus: z.array(gpuSchema),
  openModels: z.array(openModelSchema),
  pricingContext: pricingContextSchema,
});

/** A user's override file: any subset, merged over the defaults by id. */
export const catalogOverrideSchema = z.strictObject({
  closedModels: z.array(closedModelSchema).optional(),
  providers: z.array(providerSchema).optional(),
  channels: z.array(channelSchema).optional(),
  gpus: z.array(gpuSchema).optional(),
  openModels: z.array(openModelSchema).optional(),
  pricingContext: pricingContextSchema.optional(),
});

export type Source = z.output<typeof sourceSchema>;
export type QualityScore = z.output<typeof qualityScoreSchema>;
export type DomainScore = z.output<typeof domainScoreSchema>;
export type ClosedModel = z.output<typeof closedModelSchema>;
export type Provider = z.output<typeof providerSchema>;
export type Channel = z.output<typeof channelSchema>;
export type Gpu = z.output<typeof gpuSchema>;
export type OpenModel = z.output<typeof openModelSchema>;
export type OpenModelIdentity = z.output<typeof openModelIdentitySchema>;
export type OpenModelIdentityInput = z.input<typeof openModelIdentitySchema>;
export type PricingContext = z.output<typeof pricingContextSchema>;
export type Catalog = z.output<typeof catalogSchema>;
export type CatalogInput = z.input<typeof catalogSchema>;
export type CatalogOverride = z.input<typeof catalogOverrideSchema>;
