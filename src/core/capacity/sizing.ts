import type { Gpu } from '../catalog/schema.js';
import type { Engine, Precision } from '../profile/index.js';
import { fail, issue, ok, type Result } from '../result.js';
import { errorBandFor, precisionProblem } from './estimate.js';
import { ENGINE_FORMATS } from './formats.js';
import { operatingKey, planKey, planReplicaCached, saturationCached, saturationKey, sloOperatingPointCached } from './memo.js';
import { fitProblem, fitsContext, type ReplicaPlan } from './plan.js';
import type { LatencySlo, SloOperatingPoint } from './slo.js';
import { weightBytes } from './weights.js';
import type { ModelArch } from './types.js';

/** Serve the peak at no more than this share of SLO capacity: headroom for bursts beyond the modelled queueing. */
export const PEAK_HEADROOM = 0.85;
/** GPUs per replica tried: inside a node, then whole nodes (multi-node serving) for models one node cannot hold. */
export const GPU_COUNTS = [1, 2, 4, 8, 16, 32] as const;

/** 4-bit float formats need a checkpoint in that format: considered only when the model is released in it. */
export function defaultPrecisions(model: Pick<ModelArch, 'nativePrecision'>, engine: Engine): Precision[] {
  const formats = ENGINE_FORMATS[engine];
  return formats.filter(
    (p) =>
      ((p !== 'mxfp4' && p !== 'fp4') || p === model.nativePrecision) &&
      // GPTQ and AWQ INT4 cost the same bytes and kernels: sized once, as AWQ, unless the model ships GPTQ.
      (p !== 'int4-gptq' || !formats.includes('int4-awq') || model.nativePrecision === 'int4-gptq'),
  );
}

/** GPU counts for one replica on this GPU type: within a node, or whole nodes. */
export function gpuCountsFor(gpu: Pick<Gpu, 'maxPerNode'>): number[] {
  return GPU_COUNTS.filter((n) => n <= gpu.maxPerNode || n % gpu.maxPerNode === 0);
}

export interface SizingRequest {
  model: ModelArch;
  gpus: readonly Gpu[];
  engine: Engine;
  /** Precisions to consider; defaults to every one the engine serves that fits the model's release. */
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
  /** Candidate orders already built by requests of the same assessment (`sizingMemo()`); omitted: built afresh. */
  memo?: SizingMemo | undefined;
}

interface Candidate {
  gpu: Gpu;
  precision: Precision;
  n: number;
  hourly: number;
  /** `gpu.id/precision`: the layouts of one GPU type and format. */
  key: string;
  /** `planKey` of the layout. */
  planKey: string;
}

/**
 * The candidate layouts in cheapest-floor order depend only on the GPUs, their prices, the engine and the
 * precisions, not on the model or the request: one assessment's sizings (every candidate model of every
 * workload) share a few such orders. Kept per assessment, never across them.
 */
export interface SizingMemo {
  readonly orders: Map<string, { gpus: readonly Gpu[]; candidates: readonly Candidate[] }[]>;
}

export function sizingMemo(): SizingMemo {
  return { orders: new Map() };
}

/** Every GPU x precision x GPU count with a price and a supported format, cheapest floor (GPUs x $/hour) first. */
function candidateOrder(gpus: readonly Gpu[], hourlyOf: readonly (number | null)[], engine: Engine, precisions: readonly Precision[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < gpus.length; i++) {
    const gpu = gpus[i]!;
    const hourly = hourlyOf[i]!;
    if (hourly === null) continue;
    for (const precision of precisions) {
      if (precisionProblem(engine, gpu, precision)) continue;
      const key = `${gpu.id}/${precision}`;
      for (const n of gpuCountsFor(gpu)) candidates.push({ gpu, precision, n, hourly, key, planKey: planKey(precision, engine, n) });
    }
  }
  // A stable sort: equal floors keep the GPU, precision, count order.
  return candidates.sort((a, b) => a.n * a.hourly - b.n * b.hourly);
}

function candidatesFor(req: SizingRequest, precisions: readonly Precision[]): readonly Candidate[] {
  const hourlyOf = req.gpus.map((g) => req.gpuHourlyUsd(g));
  if (!req.memo) return candidateOrder(req.gpus, hourlyOf, req.engine, precisions);
  // By content (String of a number round-trips it), then the GPU records by identity.
  const key = `${req.engine}|${precisions.join(',')}|${hourlyOf.join(',')}`;
  let entries = req.memo.orders.get(key);
  if (!entries) {
    entries = [];
    req.memo.orders.set(key, entries);
  }
  const hit = entries.find((e) => e.gpus.length === req.gpus.length && e.gpus.every((g, i) => g === req.gpus[i]));
  if (hit) return hit.candidates;
  const candidates = candidateOrder(req.gpus, hourlyOf, req.engine, precisions);
  entries.push({ gpus: [...req.gpus], candidates });
  return candidates;
}

export interface SizedOption {
  gpu: Gpu;
  precision: Precision;
  /** GPUs per replica (kept under its historical name; `plan.replica.parallel` has the layout). */
  tensorParallel: number;
  replicas: number;
  gpuCount: number;
  plan: ReplicaPlan;
  operating: SloOperatingPoint;
  hourlyUsd: number;
  errorBand: number;
}

/** Replicas to carry `peakRps` with headroom, at least `minReplicas`, plus a spare for N+1. */
export function replicasFor(opts: {
  peakRps: number;
  perReplicaRps: number;
  minReplicas: number;
  redundancy: 'none' | 'n+1';
}): number {
  const needed = opts.peakRps > 0 ? Math.ceil(opts.peakRps / (opts.perReplicaRps * PEAK_HEADROOM)) : 0;
  const base = Math.max(needed, opts.minReplicas, 1);
  return base + (opts.redundancy === 'n+1' ? 1 : 0);
}

/** Cheapest first; then fewer GPUs, then the faster stream. */
const better = (a: SizedOption, b: SizedOption): boolean =>
  a.hourlyUsd !== b.hourlyUsd
    ? a.hourlyUsd < b.hourlyUsd
    : a.gpuCount !== b.gpuCount
      ? a.gpuCount < b.gpuCount
      : a.operating.point.tpotS < b.operating.point.tpotS;

export interface SizingResult {
  best: SizedOption;
  /** Cheapest option per GPU type, for "what else would fit". */
  alternatives: SizedOption[];
}

/**
 * The cheapest GPU type, precision and replicas x GPUs-per-replica that serves the peak within the latency
 * SLO. When nothing meets the SLO, the fastest-streaming option that fits is returned with meetsSlo false.
 */
export function sizeDeployment(req: SizingRequest): Result<SizingResult> {
  const precisions = req.precisions ?? defaultPrecisions(req.model, req.engine);
  let best: SizedOption | undefined;
  let fastestMiss: SizedOption | undefined;
  const perGpu = new Map<string, SizedOption>();
  // Single-GPU plans that cannot hold the context, for the failure's detail (worded only when nothing fits).
  const problems: { gpu: Gpu; precision: Precision; plan: ReplicaPlan }[] = [];
  const minReplicas = Math.max(req.minReplicas ?? 1, 1) + (req.redundancy === 'n+1' ? 1 : 0);
  // Cheapest floor first, so options whose floor already costs more than the best found are skipped (branch and bound).
  const candidates = candidatesFor(req, precisions);
  const fitsWith = new Set<string>();
  // The request's keys among each plan's memoised curves, once per request.
  const shape = { input: req.inputTokens, output: Math.max(1, req.outputTokens) };
  const satKey = saturationKey(shape);
  const opKey = operatingKey(req, req.slo);
  for (const { gpu, precision, n, hourly, key, planKey: layout } of candidates) {
    const floor = minReplicas * n * hourly;
    if (
      best &&
      floor > best.hourlyUsd &&
      (perGpu.get(gpu.id)?.hourlyUsd ?? Number.POSITIVE_INFINITY) <= floor
    )
      continue;
    // More GPUs of a type that already fits only help when they meet an SLO the smaller layout missed.
    if (n > gpu.maxPerNode && fitsWith.has(key)) continue;
    // Weights alone over the card: no need to build the plan.
    if (weightBytes(req.model, precision).total / n > gpu.memoryGb * 1e9) continue;
    const plan = planReplicaCached({ model: req.model, gpu, precision, engine: req.engine, gpus: n }, layout);
    if (typeof plan === 'string') continue;
    if (!fitsContext(plan, req.maxContextTokens)) {
      if (n === 1) problems.push({ gpu, precision, plan });
      continue;
    }
    fitsWith.add(key);
    // No SLO serves more than saturation: its replica count bounds the cost from below (cheap pruning).
    const sat = saturationCached(plan, shape, satKey);
    const bound =
      replicasFor({
        peakRps: req.peakRequestsPerSecond,
        perReplicaRps: sat.requestsPerSecond,
        minReplicas: req.minReplicas ?? 1,
        redundancy: req.redundancy,
      }) *
      n *
      hourly;
    if (
      best &&
      bound > best.hourlyUsd &&
      (perGpu.get(gpu.id)?.hourlyUsd ?? Number.POSITIVE_INFINITY) <= bound
    )
      continue;
    const operating = sloOperatingPointCached(plan, req, req.slo, opKey);
    const replicas = replicasFor({
      peakRps: req.peakRequestsPerSecond,
      perReplicaRps: operating.point.requestsPerSecond,
      minReplicas: req.minReplicas ?? 1,
      redundancy: req.redundancy,
    });
    const option: SizedOption = {
      gpu,
      precision,
      tensorParallel: n,
      replicas,
      gpuCount: replicas * n,
      plan,
      operating,
      hourlyUsd: replicas * n * hourly,
      errorBand: errorBandFor(gpu, req.engine),
    };
    if (!operating.meetsSlo) {
      if (!fastestMiss || option.operating.point.tpotS < fastestMiss.operating.point.tpotS)
        fastestMiss = option;
      continue;
    }
    if (!best || better(option, best)) best = option;
    const prev = perGpu.get(gpu.id);
    if (!prev || better(option, prev)) perGpu.set(gpu.id, option);
  }
  const chosen = best ?? fastestMiss;
  if (!chosen) {
    const detail = problems.length > 0 ? `: ${problems.slice(0, 3).map((p) => `${p.gpu.id} ${p.precision}: ${fitProblem(p.plan, req.maxContextTokens) ?? ''}`).join('; ')}` : '';
    return fail([
      issue(
        'model',
        `${req.model.id ?? 'model'} does not fit on any available GPU at ${req.maxContextTokens} tokens of context with ${req.engine}${detail}`,
      ),
    ]);
  }
  return ok({ best: chosen, alternatives: [...perGpu.values()].sort((a, b) => a.hourlyUsd - b.hourlyUsd) });
}
