import type { CalibrationPoint } from './calibration-points.js';
import { REFERENCE_EFFICIENCY, type Efficiency } from './efficiency.js';
import { estimateWithPlan, planReplica } from './estimate.js';

/** Predicted output tok/s for a calibration point under efficiency `eff` (the point's own engine, TP, KV precision). */
export function predictPoint(point: CalibrationPoint, eff: Efficiency): number {
  const plan = planReplica({ model: point.model, gpu: point.gpu, precision: point.precision, engine: point.engine, tensorParallel: point.tensorParallel, kvPrecision: point.kvPrecision, efficiency: eff });
  const est = estimateWithPlan(plan, { inputTokens: point.inputTokens, outputTokens: point.outputTokens, engine: point.engine, ...(point.concurrency !== undefined ? { concurrency: point.concurrency } : {}) });
  return est.outputTokensPerSecond;
}

/** Signed relative error, predicted vs measured (0.1 = 10% optimistic). */
export const relativeError = (predicted: number, measured: number): number => (predicted - measured) / measured;

const grid = (lo: number, hi: number, step: number): number[] => {
  const out: number[] = [];
  for (let x = lo; x <= hi + 1e-9; x += step) out.push(Math.round(x * 1000) / 1000);
  return out;
};

/** Mean squared log error: symmetric in over- and under-prediction. */
function loss(points: readonly CalibrationPoint[], eff: Efficiency): number {
  let s = 0;
  for (const p of points) s += Math.log(predictPoint(p, eff) / p.measuredOutputTokensPerSecond) ** 2;
  return s / points.length;
}

/** Grid search of the three fitted factors (memLow stays at its prior); coarse then fine. */
export function fitEfficiency(points: readonly CalibrationPoint[], memLow = REFERENCE_EFFICIENCY.memLow): Efficiency {
  let best: Efficiency = { ...REFERENCE_EFFICIENCY, memLow };
  let bestLoss = Number.POSITIVE_INFINITY;
  const search = (mems: number[], comps: number[], pres: number[]): void => {
    for (const memHigh of mems)
      for (const decodeCompute of comps)
        for (const prefill of pres) {
          const eff = { memHigh, memLow: Math.min(memLow, memHigh), decodeCompute, prefill };
          const l = loss(points, eff);
          if (l < bestLoss) [best, bestLoss] = [eff, l];
        }
  };
  search(grid(0.4, 0.95, 0.05), grid(0.2, 0.8, 0.05), grid(0.2, 0.8, 0.05));
  const around = (x: number): number[] => grid(Math.max(0.05, x - 0.04), Math.min(0.95, x + 0.04), 0.01);
  search(around(best.memHigh), around(best.decodeCompute), around(best.prefill));
  return best;
}

export interface CalibrationRow {
  id: string;
  measured: number;
  predicted: number;
  /** Relative error of the prediction from factors fitted without this point (leave-one-out). */
  looError: number;
  /** Relative error with factors fitted on all points (in-sample, optimistic). */
  inSampleError: number;
}

export interface CalibrationReport {
  efficiency: Efficiency;
  rows: CalibrationRow[];
  medianAbsLooError: number;
  maxAbsLooError: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Fit on all points, and report leave-one-out error (each point predicted by a fit that never saw it). */
export function calibrate(points: readonly CalibrationPoint[]): CalibrationReport {
  const efficiency = fitEfficiency(points);
  const rows = points.map((p) => {
    const loo = fitEfficiency(points.filter((q) => q.id !== p.id));
    const predicted = predictPoint(p, loo);
    return {
      id: p.id,
      measured: p.measuredOutputTokensPerSecond,
      predicted,
      looError: relativeError(predicted, p.measuredOutputTokensPerSecond),
      inSampleError: relativeError(predictPoint(p, efficiency), p.measuredOutputTokensPerSecond),
    };
  });
  const abs = rows.map((r) => Math.abs(r.looError));
  return { efficiency, rows, medianAbsLooError: median(abs), maxAbsLooError: Math.max(...abs) };
}
