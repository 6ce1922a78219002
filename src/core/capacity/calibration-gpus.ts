import type { GpuSpec } from './types.js';

/**
 * GPU specs of the calibration runs, inlined so calibration does not move when the catalog is edited.
 * Dense tensor throughput (half the sparse marketing figures); GeForce cards at FP32 accumulate.
 */
export const CALIBRATION_GPUS = {
  h100: {
    id: 'h100-sxm',
    vendor: 'nvidia',
    memoryGb: 80,
    memoryBandwidthTBs: 3.35,
    bf16Tflops: 989.4,
    fp8Tflops: 1978.9,
    interconnectGBs: 450,
  },
  h200: {
    id: 'h200',
    vendor: 'nvidia',
    memoryGb: 141,
    memoryBandwidthTBs: 4.8,
    bf16Tflops: 989.4,
    fp8Tflops: 1978.9,
    interconnectGBs: 450,
  },
  b200: {
    id: 'b200',
    vendor: 'nvidia',
    memoryGb: 180,
    memoryBandwidthTBs: 8,
    bf16Tflops: 2250,
    fp8Tflops: 4500,
    fp4Tflops: 9000,
    interconnectGBs: 900,
  },
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
  /** RTX PRO 6000 Blackwell Server Edition: 96 GB GDDR7 at 1.79 TB/s, 4 PFLOPS FP4 sparse, PCIe Gen5 only (nvidia.com/en-us/data-center/rtx-pro-6000-blackwell-server-edition). */
  rtxPro6000: {
    id: 'rtx-pro-6000',
    vendor: 'nvidia',
    memoryGb: 96,
    memoryBandwidthTBs: 1.792,
    bf16Tflops: 503.8,
    fp8Tflops: 1007.6,
    fp4Tflops: 2015.2,
    interconnectGBs: 50,
    datacenter: true,
  },
  /** AMD Instinct MI355X: 288 GB HBM3E at 8 TB/s, 2.5 PF FP16 / 5 PF FP8 / 10 PF MXFP4 dense (amd.com/en/products/accelerators/instinct/mi350/mi355x.html). */
  mi355x: {
    id: 'mi355x',
    vendor: 'amd',
    memoryGb: 288,
    memoryBandwidthTBs: 8,
    bf16Tflops: 2516.6,
    fp8Tflops: 5033.2,
    fp4Tflops: 10066.3,
    interconnectGBs: 537.6,
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
  /** GeForce RTX 4070: 12 GB GDDR6X at 504 GB/s. */
  rtx4070: {
    id: 'rtx-4070',
    vendor: 'nvidia',
    memoryGb: 12,
    memoryBandwidthTBs: 0.504,
    bf16Tflops: 58.4,
    fp8Tflops: 116.8,
    interconnectGBs: 32,
    datacenter: false,
  },
} as const satisfies Record<string, GpuSpec>;
