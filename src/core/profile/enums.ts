/** Closed vocabularies of the profile. Ids are unions derived from these lists, never free strings. */
export const INDUSTRIES = ['healthcare', 'finance', 'government', 'education', 'retail', 'technology', 'other'] as const;
export const GPU_ACCESS = ['none', 'rent', 'own'] as const;
export const DATA_CLASSES = ['public', 'internal', 'pii', 'phi', 'pci', 'financial', 'classified'] as const;
export const REGULATIONS = ['hipaa', 'gdpr', 'pci-dss', 'glba', 'sox', 'fedramp', 'itar', 'cjis', 'ccpa', 'eu-ai-act'] as const;
/** Ordered from least to most restrictive: the index is the strictness. */
export const DATA_MAY_LEAVE = ['anywhere', 'with-baa-and-zdr', 'in-region', 'own-infrastructure-only', 'air-gapped'] as const;
export const REGIONS = ['us', 'eu', 'uk', 'ca', 'au', 'jp', 'in', 'sg', 'br', 'ch', 'kr', 'other'] as const;
export const QUALITY_TIERS = ['standard', 'strong', 'frontier'] as const;
export const DOMAINS = ['general', 'code', 'medical', 'finance', 'legal', 'multilingual'] as const;
export const FINE_TUNING = ['none', 'lora', 'qlora', 'full', 'continued-pretraining'] as const;
export const LOCK_IN_TOLERANCE = ['low', 'medium', 'high'] as const;
export const RENTAL_PRICING = ['on-demand', 'reserved-1y', 'reserved-3y', 'spot'] as const;
/** Weight formats. mxfp4: OCP microscaling FP4 (gpt-oss); fp4: NVIDIA NVFP4 (Blackwell). */
export const PRECISIONS = ['bf16', 'fp8', 'int8', 'int4-awq', 'int4-gptq', 'mxfp4', 'fp4', 'gguf-q4', 'gguf-q5', 'gguf-q8'] as const;
/** How a self-hosted fleet is held: sized for the peak all month, scaled with demand, or a reserved base plus on-demand burst. */
export const PROVISIONING = ['peak', 'autoscale', 'reserved-base-plus-burst'] as const;
export const REDUNDANCY = ['none', 'n+1'] as const;
export const ENGINES = ['vllm', 'sglang', 'tensorrt-llm', 'tgi', 'llama-cpp', 'ollama'] as const;

export type Industry = (typeof INDUSTRIES)[number];
export type GpuAccess = (typeof GPU_ACCESS)[number];
export type DataClass = (typeof DATA_CLASSES)[number];
export type Regulation = (typeof REGULATIONS)[number];
export type DataMayLeave = (typeof DATA_MAY_LEAVE)[number];
export type Region = (typeof REGIONS)[number];
export type QualityTier = (typeof QUALITY_TIERS)[number];
export type Domain = (typeof DOMAINS)[number];
export type FineTuning = (typeof FINE_TUNING)[number];
export type LockInTolerance = (typeof LOCK_IN_TOLERANCE)[number];
export type RentalPricing = (typeof RENTAL_PRICING)[number];
export type Provisioning = (typeof PROVISIONING)[number];
export type Redundancy = (typeof REDUNDANCY)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Engine = (typeof ENGINES)[number];

export const strictness = (level: DataMayLeave): number => DATA_MAY_LEAVE.indexOf(level);
export const qualityRank = (tier: QualityTier): number => QUALITY_TIERS.indexOf(tier);
