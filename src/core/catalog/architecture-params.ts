import type { OpenModelArchitecture } from './architecture-schema.js';

type ParamArchitecture = Pick<OpenModelArchitecture, 'totalParamsB' | 'activeParamsB' | 'hiddenSize'> &
  Partial<Pick<OpenModelArchitecture, 'moe' | 'vocabSize'>>;

/** Parameters of one routed expert (gate/up/down matrices over the expert's input width). */
export function paramsPerExpert(m: ParamArchitecture): number {
  if (!m.moe) return 0;
  return m.moe.expertMatrices * (m.moe.expertInputSize ?? m.hiddenSize) * m.moe.expertIntermediateSize;
}

/** Routed-expert parameters of the whole model, in units (not billions). */
export function routedExpertParams(m: ParamArchitecture): number {
  return m.moe ? m.moe.moeLayers * m.moe.experts * paramsPerExpert(m) : 0;
}

/**
 * How the weights split: `dense` is read by every token (attention, embeddings, shared experts, dense
 * layers), `routedPerExpertLayer` is one expert of one MoE layer. Totals come from the catalog's
 * totalParamsB so a model's size stays what its vendor states.
 */
export interface ParamSplit {
  totalParams: number;
  /** Parameters every token reads. */
  denseParams: number;
  routedParams: number;
  /** Routed experts a token reads per MoE layer. */
  expertsPerToken: number;
  experts: number;
  moeLayers: number;
}

export function paramSplit(m: ParamArchitecture): ParamSplit {
  const total = m.totalParamsB * 1e9;
  const routed = Math.min(routedExpertParams(m), total);
  return {
    totalParams: total,
    denseParams: total - routed,
    routedParams: routed,
    expertsPerToken: m.moe?.expertsPerToken ?? 0,
    experts: m.moe?.experts ?? 0,
    moeLayers: m.moe?.moeLayers ?? 0,
  };
}

/**
 * Active parameters per token implied by the expert fields, without the input and output embeddings
 * (the convention vendors' "A3B"-style figures follow); checked against activeParamsB.
 */
export function derivedActiveParams(m: ParamArchitecture): number {
  const s = paramSplit(m);
  const active =
    s.experts > 0 ? s.denseParams + (s.routedParams * s.expertsPerToken) / s.experts : s.totalParams;
  return active - 2 * (m.vocabSize ?? 0) * m.hiddenSize;
}
