/**
 * Memoised capacity curves. A replica plan depends only on (model, GPU, precision, engine, GPUs), and its
 * saturation and SLO operating point only on the request shape and the SLO: sizing asks the same questions
 * for every workload, candidate and Monte Carlo draw. Keyed on the catalog's objects (dropped with them);
 * every value is treated as immutable.
 */
import type { Engine } from '../profile/index.js';
import type { WeightFormat } from './formats.js';
import { planReplica, type ReplicaPlan } from './plan.js';
import { sloOperatingPoint, type LatencySlo, type SloOperatingPoint } from './slo.js';
import { saturation, type LoadPoint } from './steady-state.js';
import type { GpuSpec, ModelArch } from './types.js';

const plans = new WeakMap<object, WeakMap<GpuSpec, Map<string, ReplicaPlan | string>>>();

/** `planReplica` for a whole-GPU layout (no overrides), memoised per model and GPU object. */
export function planReplicaCached(req: { model: ModelArch; gpu: GpuSpec; precision: WeightFormat; engine: Engine; gpus: number }): ReplicaPlan | string {
  let byGpu = plans.get(req.model);
  if (!byGpu) {
    byGpu = new WeakMap();
    plans.set(req.model, byGpu);
  }
  let byKey = byGpu.get(req.gpu);
  if (!byKey) {
    byKey = new Map();
    byGpu.set(req.gpu, byKey);
  }
  const key = `${req.precision}|${req.engine}|${req.gpus}`;
  let plan = byKey.get(key);
  if (plan === undefined) {
    plan = planReplica(req);
    byKey.set(key, plan);
  }
  return plan;
}

interface PlanCurves {
  saturation: Map<string, LoadPoint>;
  operating: Map<string, SloOperatingPoint>;
}
const curves = new WeakMap<ReplicaPlan, PlanCurves>();
const curvesOf = (plan: ReplicaPlan): PlanCurves => {
  let c = curves.get(plan);
  if (!c) {
    c = { saturation: new Map(), operating: new Map() };
    curves.set(plan, c);
  }
  return c;
};

/** `saturation(plan, shape)`, memoised per plan. */
export function saturationCached(plan: ReplicaPlan, shape: { input: number; output: number }): LoadPoint {
  const c = curvesOf(plan).saturation;
  const key = `${shape.input}|${shape.output}`;
  let v = c.get(key);
  if (!v) {
    v = saturation(plan, shape);
    c.set(key, v);
  }
  return v;
}

/** `sloOperatingPoint(plan, load, slo)`, memoised per plan (its saturation point too). */
export function sloOperatingPointCached(plan: ReplicaPlan, load: { inputTokens: number; outputTokens: number }, slo: LatencySlo): SloOperatingPoint {
  const c = curvesOf(plan).operating;
  const key = `${load.inputTokens}|${load.outputTokens}|${slo.ttftMs ?? ''}|${slo.outputTokensPerSecond ?? ''}`;
  let v = c.get(key);
  if (!v) {
    v = sloOperatingPoint(plan, load, slo, saturationCached(plan, { input: load.inputTokens, output: Math.max(1, load.outputTokens) }));
    c.set(key, v);
  }
  return v;
}
