import type { Gpu } from '../catalog/schema.js';
import type { Engine, Precision } from '../profile/index.js';
import { fail, issue, ok, type Result } from '../result.js';
import { ENGINE_FORMATS } from './formats.js';
import { errorBandFor, fitProblem, planReplica, type ReplicaPlan } from './estimate.js';
import { sloOperatingPoint, type LatencySlo, type SloOperatingPoint } from './slo.js';
import type { ModelArch } from './types.js';

/** 4-bit float formats need a checkpoint in that format: considered only when the model is released in it. */
export function defaultPrecisions(model: Pick<ModelArch, 'nativePrecision'>, engine: Engine): Precision[] {
  return ENGINE_FORMATS[engine].filter((p) => (p !== 'mxfp4' && p !== 'fp4') || p === model.nativePrecision);
}

/** Serve the peak at no more than this share of SLO capacity: headroom for queueing and bursts. */
export const PEAK_HEADROOM = 0.85;
const TP_SIZES = [1, 2, 4, 8] as const;

export interface SizingRequest {
  model: ModelArch;
  gpus: readonly Gpu[];
  engine: Engine;
  /** Precisions to consider; defaults to every one the engine serves. */
  precisions?: readonly Precision[];
  inputTokens: number;
  outputTokens: number;
  /** Longest prompt + completion that must fit. */
  maxContextTokens: number;
  peakRequestsPerSecond: number;
  slo: LatencySlo;
  redundancy: 'none' | 'n+1';
  minReplicas?: number;
  /** $/GPU-hour (or its monthly equivalent / 730) used to rank options; null excludes the GPU. */
  gpuHourlyUsd: (gpu: Gpu) => number | null;
}

export interface SizedOption {
  gpu: Gpu;
  precision: Precision;
  tensorParallel: number;
  replicas: number;
  gpuCount: number;
  plan: ReplicaPlan;
  operating: SloOperatingPoint;
  hourlyUsd: number;
  errorBand: number;
}

/** Replicas to carry `peakRps` with headroom, at least `minReplicas`, plus a spare for N+1. */
export function replicasFor(opts: { peakRps: number; perReplicaRps: number; minReplicas: number; redundancy: 'none' | 'n+1' }): number {
  const needed = opts.peakRps > 0 ? Math.ceil(opts.peakRps / (opts.perReplicaRps * PEAK_HEADROOM)) : 0;
  const base = Math.max(needed, opts.minReplicas, 1);
  return base + (opts.redundancy === 'n+1' ? 1 : 0);
}

/** Cheapest first; then fewer GPUs, then the faster stream. */
const better = (a: SizedOption, b: SizedOption): boolean =>
  a.hourlyUsd !== b.hourlyUsd ? a.hourlyUsd < b.hourlyUsd : a.gpuCount !== b.gpuCount ? a.gpuCount < b.gpuCount : a.operating.point.tpotS < b.operating.point.tpotS;

export interface SizingResult {
  best: SizedOption;
  /** Cheapest option per GPU type, for "what else would fit". */
  alternatives: SizedOption[];
}

/**
 * The cheapest GPU type, precision and replicas x TP that serves the peak within the latency SLO.
 * When nothing meets the SLO, the fastest-streaming option that fits is returned with meetsSlo false.
 */
export function sizeDeployment(req: SizingRequest): Result<SizingResult> {
  const precisions = req.precisions ?? defaultPrecisions(req.model, req.engine);
  let best: SizedOption | undefined;
  let fastestMiss: SizedOption | undefined;
  const perGpu = new Map<string, SizedOption>();
  const problems: string[] = [];
  const minReplicas = Math.max(req.minReplicas ?? 1, 1) + (req.redundancy === 'n+1' ? 1 : 0);
  const candidates: { gpu: Gpu; precision: Precision; tp: number; hourly: number }[] = [];
  for (const gpu of req.gpus) {
    const hourly = req.gpuHourlyUsd(gpu);
    if (hourly === null) continue;
    for (const precision of precisions)
      for (const tp of TP_SIZES) if (tp <= gpu.maxPerNode && req.model.attentionHeads % tp === 0) candidates.push({ gpu, precision, tp, hourly });
  }
  // Cheapest floor first, so options whose floor already costs more than the best found are skipped (branch and bound).
  candidates.sort((a, b) => a.tp * a.hourly - b.tp * b.hourly);
  for (const { gpu, precision, tp, hourly } of candidates) {
    const floor = minReplicas * tp * hourly;
    if (best && floor > best.hourlyUsd && (perGpu.get(gpu.id)?.hourlyUsd ?? Number.POSITIVE_INFINITY) <= floor) continue;
    const plan = planReplica({ model: req.model, gpu, precision, engine: req.engine, tensorParallel: tp });
    const problem = fitProblem(plan, req.maxContextTokens);
    if (problem) {
      if (tp === 1) problems.push(`${gpu.id} ${precision}: ${problem}`);
      continue;
    }
    const operating = sloOperatingPoint(plan, req, req.slo);
    const replicas = replicasFor({ peakRps: req.peakRequestsPerSecond, perReplicaRps: operating.point.requestsPerSecond, minReplicas: req.minReplicas ?? 1, redundancy: req.redundancy });
    const option: SizedOption = { gpu, precision, tensorParallel: tp, replicas, gpuCount: replicas * tp, plan, operating, hourlyUsd: replicas * tp * hourly, errorBand: errorBandFor(gpu, req.engine, operating.point.batch) };
    if (!operating.meetsSlo) {
      if (!fastestMiss || option.operating.point.tpotS < fastestMiss.operating.point.tpotS) fastestMiss = option;
      continue;
    }
    if (!best || better(option, best)) best = option;
    const prev = perGpu.get(gpu.id);
    if (!prev || better(option, prev)) perGpu.set(gpu.id, option);
  }
  const chosen = best ?? fastestMiss;
  if (!chosen) {
    const detail = problems.length > 0 ? `: ${problems.slice(0, 3).join('; ')}` : '';
    return fail([issue('model', `${req.model.id ?? 'model'} does not fit on any available GPU at ${req.maxContextTokens} tokens of context with ${req.engine}${detail}`)]);
  }
  return ok({ best: chosen, alternatives: [...perGpu.values()].sort((a, b) => a.hourlyUsd - b.hourlyUsd) });
}
