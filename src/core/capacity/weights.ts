import { paramSplit } from '../catalog/architecture-params.js';
import { bytesPerWeight, type WeightFormat } from './formats.js';
import type { ModelArch } from './types.js';

/**
 * Weight bytes split the way a decode step reads them: `dense` (attention, embeddings, shared experts,
 * dense layers) every step, `perExpert` once per distinct routed expert a step touches in each MoE layer.
 */
export interface WeightBytes {
  total: number;
  dense: number;
  /** Bytes of one routed expert in one MoE layer. */
  perExpert: number;
  experts: number;
  expertsPerToken: number;
  moeLayers: number;
}

/**
 * At the model's native precision, a mixed release keeps its non-expert weights at their own format
 * (gpt-oss: MXFP4 experts, bf16 attention); any other format quantises everything.
 */
const weightCache = new WeakMap<object, Map<WeightFormat, WeightBytes>>();
export function weightBytes(model: ModelArch, format: WeightFormat): WeightBytes {
  let byFormat = weightCache.get(model);
  if (!byFormat) {
    byFormat = new Map<WeightFormat, WeightBytes>();
    weightCache.set(model, byFormat);
  }
  let w = byFormat.get(format);
  if (!w) byFormat.set(format, (w = computeWeightBytes(model, format)));
  return w;
}

function computeWeightBytes(model: ModelArch, format: WeightFormat): WeightBytes {
  const split = paramSplit(model);
  const denseFormat =
    format === model.nativePrecision && model.nativeDensePrecision ? model.nativeDensePrecision : format;
  const routed = split.routedParams * bytesPerWeight(format);
  const perExpert = split.experts > 0 && split.moeLayers > 0 ? routed / (split.experts * split.moeLayers) : 0;
  const dense = split.denseParams * bytesPerWeight(denseFormat);
  return {
    total: dense + routed,
    dense,
    perExpert,
    experts: split.experts,
    expertsPerToken: split.expertsPerToken,
    moeLayers: split.moeLayers,
  };
}

export const weightsBytes = (model: ModelArch, format: WeightFormat): number =>
  weightBytes(model, format).total;

/**
 * Expected distinct experts `tokens` tokens touch in one MoE layer when each picks k of E uniformly:
 * E x (1 - (1 - k/E)^tokens). One token reads k experts; a large batch reads nearly all E.
 */
export function expectedDistinctExperts(experts: number, k: number, tokens: number): number {
  if (experts <= 0 || tokens <= 0) return 0;
  return experts * (1 - (1 - Math.min(k, experts) / experts) ** tokens);
}

/** Weight bytes one forward step over `tokens` tokens reads (before dividing among GPUs). */
export function weightBytesTouched(w: WeightBytes, tokens: number): number {
  if (w.experts === 0) return w.total;
  return w.dense + w.moeLayers * w.perExpert * expectedDistinctExperts(w.experts, w.expertsPerToken, tokens);
}

/** Routed-expert parameters each token multiplies through. */
export function routedActiveParams(model: ModelArch): number {
  const s = paramSplit(model);
  return s.experts > 0 ? (s.routedParams * s.expertsPerToken) / s.experts : 0;
}

/** Parameters each token multiplies through (FLOPs per token = 2 x this). */
export function activeParams(model: ModelArch): number {
  const s = paramSplit(model);
  return s.experts > 0 ? s.denseParams + (s.routedParams * s.expertsPerToken) / s.experts : s.totalParams;
}
