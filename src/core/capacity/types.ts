import type { Gpu, OpenModel } from '../catalog/schema.js';

/** The architecture facts the capacity model needs; catalog `OpenModel` records satisfy it. */
export type ModelArch = Pick<
  OpenModel,
  | 'totalParamsB'
  | 'activeParamsB'
  | 'layers'
  | 'hiddenSize'
  | 'attentionHeads'
  | 'kvHeads'
  | 'headDim'
  | 'attention'
  | 'mlaKvDim'
  | 'slidingWindow'
> &
  Partial<
    Pick<
      OpenModel,
      | 'nativePrecision'
      | 'nativeDensePrecision'
      | 'attentionLayers'
      | 'sharedKeyValue'
      | 'kvCompression'
      | 'sparseAttention'
      | 'linearAttention'
      | 'moe'
      | 'vocabSize'
      | 'maxContextTokens'
    >
  > & { id?: string };

/** The hardware facts the capacity model needs; catalog `Gpu` records satisfy it. */
export type GpuSpec = Pick<Gpu, 'memoryGb' | 'memoryBandwidthTBs' | 'bf16Tflops' | 'fp8Tflops'> & {
  id?: string;
  /** GPU-to-GPU bandwidth per direction inside a node: NVLink-class when >= 100 GB/s, PCIe below. */
  interconnectGBs?: number | null | undefined;
  int8Tops?: number | null | undefined;
  /** Dense FP4 tensor throughput (Blackwell, MI355X). */
  fp4Tflops?: number | null | undefined;
  vendor?: Gpu['vendor'];
  datacenter?: boolean;
  /** GPUs one node holds; beyond it, a replica spans nodes over the network. */
  maxPerNode?: number;
};

export type KvPrecision = 'bf16' | 'fp8';
