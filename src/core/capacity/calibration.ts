import type { Engine } from '../profile/index.js';
import { archClass, type ArchClass } from './calibration-models.js';
import type { CalibrationPoint } from './calibration-points.js';
import type { EngineEfficiency } from './engines.js';
import { nelderMead } from './nelder-mead.js';
import { kvConcurrency, planReplica, type ReplicaPlan } from './plan.js';
import { burstRun, closedLoop } from './steady-state.js';

/** Batch-1 bandwidth share as a fraction of the large-batch share: a prior (small GEMVs, measured ~0.4-0.6 of peak). */
export const MEM_LOW_RATIO = 0.85;
/** Where a fit starts and what it is pulled towards when an engine has few points. */
export const PRIOR: EngineEfficiency = {
  memHigh: 0.8,
  memLow: 0.8 * MEM_LOW_RATIO,
  compute: 0.45,
  layerOverheadUs: 30,
  seqOverheadUs: 20,
  weightOnlyKernels: 1,
};
const PRIOR_WEIGHT = 0.02;

const planCache = new WeakMap<CalibrationPoint, ReplicaPlan>();
function pointPlan(p: CalibrationPoint): ReplicaPlan {
  let plan = planCache.get(p);
  if (!plan) {
    const made = planReplica({
      model: p.model,
      gpu: p.gpu,
      precision: p.precision,
      engine: p.engine,
      gpus: p.gpus,
      kvPrecision: p.kvPrecision,
      ...(p.pipelineParallel !== undefined ? { pipelineParallel: p.pipelineParallel } : {}),
      ...(p.attentionDataParallel !== undefined ? { attentionDataParallel: p.attentionDataParallel } : {}),
      ...(p.maxSeqs !== undefined ? { maxSeqs: p.maxSeqs } : {}),
      engineVersion: p.engineVersion,
    });
    if (typeof made === 'string') throw new Error(`calibration point ${p.id}: ${made}`);
    plan =
      p.engineLimits === 'trtllm-bench'
        ? { ...made, ...trtllmBenchLimits(made, p.inputTokens, p.outputTokens) }
        : made;
    planCache.set(p, plan);
  }
  return plan;
}

/**
 * trtllm-bench's max-throughput heuristic (tensorrt_llm/bench/build/tuning.py, finetune_setting): max batch =
 * the requests the cache holds at input + output tokens, capped at 4,096, divided among pipeline stages
 * (rounded up); max tokens per step = that batch x (1 + input / output), between 2,048 and 32,768. Each
 * pipeline micro-batch and, under data-parallel attention, each rank gets those limits.
 */
export function trtllmBenchLimits(
  plan: ReplicaPlan,
  input: number,
  output: number,
): Pick<ReplicaPlan, 'engineMaxSeqs' | 'stepTokenBudget'> {
  const { parallel } = plan.replica;
  const ranks = parallel.attentionDataParallel ? parallel.tensorParallel : 1;
  const pp = parallel.pipelineParallel;
  const raw = Math.min(kvConcurrency(plan, input + output), 4096) / pp;
  const batch =
    raw < 256
      ? Math.max(64, 32 * Math.ceil(raw / 32))
      : raw < 1024
        ? 128 * Math.ceil(raw / 128)
        : 256 * Math.ceil(raw / 256);
  const tokens = Math.min(32768, Math.max(2048, raw * (1 + input / Math.max(1, output))));
  // Pipeline stages each run their own micro-batch of that size: pp of them are in flight.
  return { engineMaxSeqs: batch * ranks * pp, stepTokenBudget: tokens * ranks * pp };
}

/** Predicted figure for a calibration point (its own engine, layout, KV precision and load) under efficiency `eff`. */
export function predictPoint(p: CalibrationPoint, eff: EngineEfficiency): number {
  const base = pointPlan(p);
  const plan: ReplicaPlan = { ...base, replica: { ...base.replica, eff } };
  const shape = { input: p.inputTokens, output: p.outputTokens };
  const concurrency = p.concurrency === 'max' ? Number.POSITIVE_INFINITY : p.concurrency;
  if (p.burst && p.metric !== 'stream')
    return burstRun(plan, shape, {
      ...p.burst,
      concurrency: Number.isFinite(concurrency) ? concurrency : p.burst.requests,
    });
  const point = closedLoop(plan, shape, Number.isFinite(concurrency) ? concurrency : 1e9);
  return p.metric === 'stream' ? 1 / point.tpotS : point.outputTokensPerSecond;
}

/** Signed relative error, predicted vs measured (0.1 = 10% optimistic). */
export const relativeError = (predicted: number, measured: number): number =>
  (predicted - measured) / measured;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
/** Parameters searched in log space, bounded to what hardware allows; compute is searched only when `withCompute`. */
function fromVector(v: readonly number[], compute: number | null): EngineEfficiency {
  const memHigh = clamp(Math.exp(v[0]!), 0.2, 0.9);
  const rest = compute === null ? v.slice(1) : [Math.log(compute), ...v.slice(1)];
  return {
    memHigh,
    memLow: memHigh * MEM_LOW_RATIO,
    compute: clamp(Math.exp(rest[0]!), 0.1, 0.9),
    layerOverheadUs: clamp(Math.exp(rest[1]!), 1, 2000),
    seqOverheadUs: clamp(Math.exp(rest[2]!), 0.5, 2000),
    weightOnlyKernels: clamp(Math.exp(rest[3]!), 0.02, 1),
  };
}
const toVector = (e: EngineEfficiency, withCompute: boolean): number[] =>
  withCompute
    ? [
        Math.log(e.memHigh),
        Math.log(e.compute),
        Math.log(e.layerOverheadUs),
        Math.log(e.seqOverheadUs),
        Math.log(e.weightOnlyKernels ?? 1),
      ]
    : [
        Math.log(e.memHigh),
        Math.log(e.layerOverheadUs),
        Math.log(e.seqOverheadUs),
        Math.log(e.weightOnlyKernels ?? 1),
      ];

/** Mean squared log error (symmetric in over- and under-prediction) plus a weak pull towards the prior. */
function loss(points: readonly CalibrationPoint[], eff: EngineEfficiency): number {
  let s = 0;
  for (const p of points) s += Math.log(predictPoint(p, eff) / p.measuredOutputTokensPerSecond) ** 2;
  const prior = toVector(PRIOR, true);
  const pull = toVector(eff, true).reduce((acc, x, i) => acc + (x - prior[i]!) ** 2, 0);
  return s / Math.max(1, points.length) + PRIOR_WEIGHT * pull;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Fit one engine's efficiency on its points (excluded points never count). `compute` fixes the GEMM
 * efficiency (the shared value); null fits it too.
 */
export function fitEngine(
  points: readonly CalibrationPoint[],
  compute: number | null = null,
): EngineEfficiency {
  const used = points.filter((p) => p.excluded === undefined);
  const start = toVector(compute === null ? PRIOR : { ...PRIOR, compute }, compute === null);
  const best = nelderMead((v) => loss(used, fromVector(v, compute)), start, { step: 0.3, iterations: 160 });
  const e = fromVector(best, compute);
  return {
    memHigh: round(e.memHigh, 3),
    memLow: round(e.memHigh * MEM_LOW_RATIO, 3),
    compute: round(e.compute, 3),
    layerOverheadUs: round(e.layerOverheadUs, 1),
    seqOverheadUs: round(e.seqOverheadUs, 1),
    weightOnlyKernels: round(e.weightOnlyKernels ?? 1, 3),
  };
}

export interface CalibrationRow {
  id: string;
  engine: Engine;
  engineVersion: string;
  archClass: ArchClass;
  measured: number;
  /** Prediction from factors fitted without this point (leave-one-out). */
  predicted: number;
  looError: number;
  /** Relative error with factors fitted on all the engine's points (in-sample, optimistic). */
  inSampleError: number;
  excluded?: string;
}

export interface EngineCalibration {
  engine: Engine;
  efficiency: EngineEfficiency;
  versions: string[];
  rows: CalibrationRow[];
  points: number;
  medianAbsLooError: number;
  p90AbsLooError: number;
  maxAbsLooError: number;
  logSigma: number;
}

const quantile = (xs: readonly number[], q: number): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Fit one engine on all its points, and report leave-one-out error (each point predicted by a fit that never saw it). */
export function calibrateEngine(
  engine: Engine,
  all: readonly CalibrationPoint[],
  compute: number | null = null,
): EngineCalibration {
  const points = all.filter((p) => p.engine === engine);
  const efficiency = fitEngine(points, compute);
  const rows = points.map((p): CalibrationRow => {
    const loo =
      p.excluded !== undefined
        ? efficiency
        : fitEngine(
            points.filter((q) => q.id !== p.id),
            compute,
          );
    const predicted = predictPoint(p, loo);
    return {
      id: p.id,
      engine,
      engineVersion: p.engineVersion,
      archClass: archClass(p.model),
      measured: p.measuredOutputTokensPerSecond,
      predicted,
      looError: relativeError(predicted, p.measuredOutputTokensPerSecond),
      inSampleError: relativeError(predictPoint(p, efficiency), p.measuredOutputTokensPerSecond),
      ...(p.excluded !== undefined ? { excluded: p.excluded } : {}),
    };
  });
  const fitted = rows.filter((r) => r.excluded === undefined);
  const abs = fitted.map((r) => Math.abs(r.looError));
  const logs = fitted.map((r) => Math.log(r.predicted / r.measured));
  // Spread of ln(predicted / measured) around zero: bias counts as error.
  const sigma = logs.length > 1 ? Math.sqrt(logs.reduce((s, x) => s + x * x, 0) / logs.length) : Number.NaN;
  return {
    engine,
    efficiency,
    versions: [...new Set(points.filter((p) => p.excluded === undefined).map((p) => p.engineVersion))],
    rows,
    points: fitted.length,
    medianAbsLooError: median(abs),
    p90AbsLooError: quantile(abs, 0.9),
    maxAbsLooError: abs.length > 0 ? Math.max(...abs) : Number.NaN,
    logSigma: sigma,
  };
}

export const CALIBRATED_ENGINES = [
  'tensorrt-llm',
  'vllm',
  'sglang',
  'llama-cpp',
] as const satisfies readonly Engine[];

/** Calibrate every engine with published points, each on its own points only. */
export function calibrateAll(points: readonly CalibrationPoint[]): EngineCalibration[] {
  return CALIBRATED_ENGINES.map((e) => calibrateEngine(e, points));
}
