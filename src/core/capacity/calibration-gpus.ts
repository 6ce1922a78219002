import { gpus } from '../catalog/data/gpus.js';
import type { GpuSpec } from './types.js';

/**
 * A calibration run's GPU, read from the catalog's GPU records (one source of truth for specs and their
 * sources): editing a catalog spec moves the fit, and calibration.test.ts then asks for engine-fits.ts
 * to be regenerated.
 */
function catalogGpu(id: string): GpuSpec & { id: string } {
  const g = gpus.find((x) => x.id === id);
  if (!g) throw new Error(`calibration GPU ${id} is not in the catalog`);
  return {
    id,
    vendor: g.vendor,
    memoryGb: g.memoryGb,
    memoryBandwidthTBs: g.memoryBandwidthTBs,
    bf16Tflops: g.bf16Tflops,
    fp8Tflops: g.fp8Tflops,
    ...(g.fp4Tflops !== undefined ? { fp4Tflops: g.fp4Tflops } : {}),
    interconnectGBs: g.interconnectGBs,
    datacenter: g.datacenter ?? true,
  };
}

/**
 * GPU specs of the calibration runs. Catalog GPUs come from the catalog; the two calibration GPUs the catalog
 * does not offer for sizing are stated here with their sources. Dense tensor throughput (half the sparse
 * marketing figures); GeForce cards at FP32 accumulate.
 */
export const CALIBRATION_GPUS = {
  h100: catalogGpu('h100-sxm'),
  h200: catalogGpu('h200'),
  b200: catalogGpu('b200'),
  rtxPro6000: catalogGpu('rtx-pro-6000'),
  mi355x: catalogGpu('mi355x'),
  /** GB200 NVL72: per GPU 186 GB HBM3e, 8 TB/s, higher clocks than B200 (nvidia.com/en-us/data-center/gb200-nvl72). */
  gb200: {
    id: 'gb200',
    vendor: 'nvidia',
    memoryGb: 186,
    memoryBandwidthTBs: 8,
    bf16Tflops: 2500,
    fp8Tflops: 5000,
    fp4Tflops: 10000,
    interconnectGBs: 900,
  },
  /** GeForce RTX 5090: 32 GB GDDR7 at 1.79 TB/s (nvidia.com/en-us/geforce/graphics-cards/50-series/rtx-5090). */
  rtx5090: {
    id: 'rtx-5090',
    vendor: 'nvidia',
    memoryGb: 32,
    memoryBandwidthTBs: 1.792,
    bf16Tflops: 209.5,
    fp8Tflops: 419,
    fp4Tflops: 838,
    interconnectGBs: 32,
    datacenter: false,
  },
} as const satisfies Record<string, GpuSpec>;
