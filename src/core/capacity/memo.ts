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

/** The key of a layout among one model's plans on one GPU (sizing builds it once per candidate order, not per look-up). */
export const planKey = (precision: WeightFormat, engine: Engine, gpus: number): string => `${precision}|${engine}|${gpus}`;

/** `planReplica` for a whole-GPU layout (no overrides), memoised per model and GPU object; `key` is `planKey` of the request. */
export function planReplicaCached(req: { model: ModelArch; gpu: GpuSpec; precision: WeightFormat; engine: Engine; gpus: number }, key = planKey(req.precision, req.engine, req.gpus)): ReplicaPlan | string {
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

/** The key of a request shape among a plan's saturation points (sizing builds it once per request, not per plan). */
export const saturationKey = (shape: { input: number; output: number }): string => `${shape.input}|${shape.output}`;

/** `saturation(plan, shape)`, memoised per plan; `key` is `saturationKey(shape)`. */
export function saturationCached(plan: ReplicaPlan, shape: { input: number; output: number }, key = saturationKey(shape)): LoadPoint {
  const c = curvesOf(plan).saturation;
  let v = c.get(key);
  if (!v) {
    v = saturation(plan, shape);
    c.set(key, v);
  }
  return v;
}

/** The key of a request shape and SLO among a plan's operating points (sizing builds it once per request, not per plan). */
export const operatingKey = (load: { inputTokens: number; outputTokens: number }, slo: LatencySlo): string =>
  `${load.inputTokens}|${load.outputTokens}|${slo.ttftMs ?? ''}|${slo.outputTokensPerSecond ?? ''}`;

/** `sloOperatingPoint(plan, load, slo)`, memoised per plan (its saturation point too); `key` is `operatingKey(load, slo)`. */
export function sloOperatingPointCached(plan: ReplicaPlan, load: { inputTokens: number; outputTokens: number }, slo: LatencySlo, key = operatingKey(load, slo)): SloOperatingPoint {
  const c = curvesOf(plan).operating;
  let v = c.get(key);
  if (!v) {
    v = sloOperatingPoint(plan, load, slo, saturationCached(plan, { input: load.inputTokens, output: Math.max(1, load.outputTokens) }));
    c.set(key, v);
  }
  return v;
}
