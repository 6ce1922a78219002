import type { Gpu } from '../catalog/schema.js';
import type { Engine, Precision } from '../profile/index.js';
import { fitProblem, planReplica } from './estimate.js';
import { ENGINE_FORMATS } from './formats.js';
import { defaultPrecisions } from './sizing.js';
import { sloOperatingPoint, type LatencySlo } from './slo.js';
import type { ModelArch } from './types.js';

export interface FitSuggestion {
  gpuId: string;
  gpus: number;
  precision: Precision;
  /** "2x h100-sxm at fp8" */
  text: string;
}

/**
 * Configurations that would fit (and meet `slo`, when given), fewest GPUs first: the same GPU type with
 * more GPUs or another precision, then other GPU types. Used to answer "what would fit instead".
 */
export function suggestFits(opts: { model: ModelArch; gpus: readonly Gpu[]; engine: Engine; load: { inputTokens: number; outputTokens: number }; maxContextTokens: number; preferGpuId?: string; slo?: LatencySlo; limit?: number }): FitSuggestion[] {
  const out: (FitSuggestion & { rank: number })[] = [];
  for (const gpu of opts.gpus) {
    for (const precision of defaultPrecisions(opts.model, opts.engine)) {
      for (const tp of [1, 2, 4, 8]) {
        if (tp > gpu.maxPerNode || opts.model.attentionHeads % tp !== 0) continue;
        const plan = planReplica({ model: opts.model, gpu, precision, engine: opts.engine, tensorParallel: tp });
        if (fitProblem(plan, opts.maxContextTokens)) continue;
        if (opts.slo && !sloOperatingPoint(plan, opts.load, opts.slo).meetsSlo) continue;
        const preferred = gpu.id === opts.preferGpuId ? 0 : 1;
        out.push({ gpuId: gpu.id, gpus: tp, precision, text: `${tp}x ${gpu.id} at ${precision}`, rank: preferred * 1000 + tp * 10 + ENGINE_FORMATS[opts.engine].indexOf(precision) });
        break;
      }
    }
  }
  return out
    .sort((a, b) => a.rank - b.rank)
    .slice(0, opts.limit ?? 4)
    .map(({ gpuId, gpus, precision, text }) => ({ gpuId, gpus, precision, text }));
}
