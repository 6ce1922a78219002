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

/** Nested maps keyed by the numbers themselves (no key string per look-up: sizing asks thousands of times). */
type ByNumber<T> = Map<number | undefined, T>;

interface PlanCurves {
  /** By input, then output tokens. */
  saturation: ByNumber<ByNumber<LoadPoint>>;
  /** By input, output tokens, TTFT and stream-rate SLO. */
  operating: ByNumber<ByNumber<ByNumber<ByNumber<SloOperatingPoint>>>>;
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

/** The map under `key`, made when missing. */
function within<T>(m: ByNumber<ByNumber<T>>, key: number | undefined): ByNumber<T> {
  let v = m.get(key);
  if (!v) {
    v = new Map();
    m.set(key, v);
  }
  return v;
}

/** `saturation(plan, shape)`, memoised per plan. */
export function saturationCached(plan: ReplicaPlan, shape: { input: number; output: number }): LoadPoint {
  const c = within(curvesOf(plan).saturation, shape.input);
  let v = c.get(shape.output);
  if (!v) {
    v = saturation(plan, shape);
    c.set(shape.output, v);
  }
  return v;
}

/** `sloOperatingPoint(plan, load, slo)`, memoised per plan (its saturation point too). */
export function sloOperatingPointCached(plan: ReplicaPlan, load: { inputTokens: number; outputTokens: number }, slo: LatencySlo): SloOperatingPoint {
  const c = within(within(within(curvesOf(plan).operating, load.inputTokens), load.outputTokens), slo.ttftMs);
  let v = c.get(slo.outputTokensPerSecond);
  if (!v) {
    v = sloOperatingPoint(plan, load, slo, saturationCached(plan, { input: load.inputTokens, output: Math.max(1, load.outputTokens) }));
    c.set(slo.outputTokensPerSecond, v);
  }
  return v;
}
