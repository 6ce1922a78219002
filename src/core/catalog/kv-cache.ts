import type { OpenModel } from './schema.js';

type KvArchitecture = Pick<OpenModel, 'attention' | 'layers' | 'kvHeads' | 'headDim'> & {
  mlaKvDim?: number | undefined;
};
type KvModel = Pick<OpenModel, 'layers' | 'kvBytesPerTokenBf16'> & {
  slidingWindow?: OpenModel['slidingWindow'] | undefined;
};

const BF16_BYTES = 2;

/**
 * KV-cache bytes per token at bf16 from the architecture alone.
 * GQA/MHA: K and V, each kvHeads x headDim per layer. MLA (DeepSeek): one compressed latent (rank + RoPE dims) per layer.
 */
export function kvBytesPerTokenFromArchitecture(model: KvArchitecture): number {
  if (model.attention === 'mla') {
    if (model.mlaKvDim === undefined) throw new RangeError('an MLA model needs mlaKvDim');
    return model.layers * model.mlaKvDim * BF16_BYTES;
  }
  return 2 * model.layers * model.kvHeads * model.headDim * BF16_BYTES;
}

export interface KvCacheOptions {
  /** Tokens held in the cache for one sequence (prompt + generated so far). */
  contextTokens: number;
  /** Bytes per cached value: 2 for bf16/fp16 (default), 1 for an fp8 KV cache. */
  bytesPerValue?: number;
}

/** KV-cache bytes for one sequence; sliding-window layers (Gemma 2) stop growing at the window. */
export function kvCacheBytes(model: KvModel, options: KvCacheOptions): number {
  const { contextTokens, bytesPerValue = BF16_BYTES } = options;
  if (!(contextTokens >= 0)) throw new RangeError(`contextTokens must be >= 0, got ${contextTokens}`);
  const perLayerPerToken = (model.kvBytesPerTokenBf16 / model.layers) * (bytesPerValue / BF16_BYTES);
  const windowed = model.slidingWindow ? Math.min(model.slidingWindow.layers, model.layers) : 0;
  const windowTokens = model.slidingWindow
    ? Math.min(contextTokens, model.slidingWindow.tokens)
    : contextTokens;
  return Math.round(perLayerPerToken * ((model.layers - windowed) * contextTokens + windowed * windowTokens));
}

/** Mean KV bytes per token for a sequence of `contextTokens`: below the bf16 figure once a sliding window caps some layers. */
export function effectiveKvBytesPerToken(model: KvModel, options: KvCacheOptions): number {
  return options.contextTokens > 0 ? kvCacheBytes(model, options) / options.contextTokens : 0;
}
