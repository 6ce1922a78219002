import type { Gpu, OpenModel } from '../catalog/schema.js';

/** The architecture facts the capacity model needs; catalog `OpenModel` records satisfy it. */
export type ModelArch = Pick<
  OpenModel,
  'totalParamsB' | 'activeParamsB' | 'layers' | 'hiddenSize' | 'attentionHeads' | 'kvHeads' | 'headDim' | 'attention' | 'mlaKvDim' | 'slidingWindow'
> &
  Partial<Pick<OpenModel, 'nativePrecision'>> & { id?: string };

/** The hardware facts the capacity model needs; catalog `Gpu` records satisfy it. */
export type GpuSpec = Pick<Gpu, 'memoryGb' | 'memoryBandwidthTBs' | 'bf16Tflops' | 'fp8Tflops'> & {
  id?: string;
  /** NVLink-class bandwidth per direction; null or absent means PCIe. */
  interconnectGBs?: number | null | undefined;
  int8Tops?: number | null | undefined;
  /** Dense FP4 tensor throughput (Blackwell); only calibration points carry it. */
  fp4Tflops?: number | null | undefined;
  vendor?: Gpu['vendor'];
  datacenter?: boolean;
};

export type KvPrecision = 'bf16' | 'fp8';
