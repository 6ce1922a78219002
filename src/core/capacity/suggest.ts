import type { Gpu } from '../catalog/schema.js';
import type { Engine, Precision } from '../profile/index.js';
import { precisionProblem } from './estimate.js';
import { fitProblem, planReplica } from './plan.js';
import { defaultPrecisions, gpuCountsFor } from './sizing.js';
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
export function suggestFits(opts: {
  model: ModelArch;
  gpus: readonly Gpu[];
  engine: Engine;
  load: { inputTokens: number; outputTokens: number };
  maxContextTokens: number;
  preferGpuId?: string;
  slo?: LatencySlo;
  limit?: number;
}): FitSuggestion[] {
  const out: (FitSuggestion & { rank: number })[] = [];
  const precisions = defaultPrecisions(opts.model, opts.engine);
  for (const gpu of opts.gpus) {
    for (const precision of precisions) {
      if (precisionProblem(opts.engine, gpu, precision)) continue;
      for (const n of gpuCountsFor(gpu)) {
        const plan = planReplica({ model: opts.model, gpu, precision, engine: opts.engine, gpus: n });
        if (typeof plan === 'string' || fitProblem(plan, opts.maxContextTokens)) continue;
        if (opts.slo && !sloOperatingPoint(plan, opts.load, opts.slo).meetsSlo) continue;
        const preferred = gpu.id === opts.preferGpuId ? 0 : 1;
        out.push({
          gpuId: gpu.id,
          gpus: n,
          precision,
          text: `${n}x ${gpu.id} at ${precision}`,
          rank: preferred * 10000 + n * 10 + precisions.indexOf(precision),
        });
        break;
      }
    }
  }
  return out
    .sort((a, b) => a.rank - b.rank)
    .slice(0, opts.limit ?? 4)
    .map(({ gpuId, gpus, precision, text }) => ({ gpuId, gpus, precision, text }));
}
