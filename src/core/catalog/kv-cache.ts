import type { OpenModelArchitecture } from './architecture-schema.js';

/** The architecture fields that decide KV-cache and recurrent-state size. */
export type KvArchitecture = Pick<OpenModelArchitecture, 'attention' | 'layers' | 'kvHeads' | 'headDim'> &
  Partial<
    Pick<
      OpenModelArchitecture,
      | 'mlaKvDim'
      | 'attentionLayers'
      | 'sharedKeyValue'
      | 'slidingWindow'
      | 'kvCompression'
      | 'sparseAttention'
      | 'linearAttention'
    >
  >;

const BF16_BYTES = 2;

/** Layers that hold a KV cache: all of them, except in hybrids where linear or Mamba layers replace attention. */
export const kvLayers = (m: KvArchitecture): number => m.attentionLayers ?? m.layers;

interface LayerGroup {
  layers: number;
  /** Values cached per token per layer. */
  values: number;
  /** Tokens this group keeps: null = every token; otherwise min(context, window) + context / ratio. */
  window: number | null;
  ratio: number | null;
}

/** Computed once per architecture object: sizing asks for KV sizes thousands of times. */
const groupCache = new WeakMap<object, readonly LayerGroup[]>();
function layerGroups(m: KvArchitecture): readonly LayerGroup[] {
  let g = groupCache.get(m);
  if (!g) groupCache.set(m, (g = buildLayerGroups(m)));
  return g;
}

/** KV-holding layers grouped by how much of the context they keep. */
function buildLayerGroups(m: KvArchitecture): LayerGroup[] {
  const total = kvLayers(m);
  if (m.attention === 'mla') {
    if (m.mlaKvDim === undefined) throw new RangeError('an MLA model needs mlaKvDim');
    return [{ layers: total, values: m.mlaKvDim, window: null, ratio: null }];
  }
  const sw = m.slidingWindow;
  const fullValues = (m.sharedKeyValue ? 1 : 2) * m.kvHeads * m.headDim;
  const groups: LayerGroup[] = [];
  let full = total;
  for (const c of m.kvCompression ?? []) {
    // A compressed layer keeps one entry per `ratio` tokens plus the uncompressed window.
    groups.push({ layers: c.layers, values: fullValues, window: sw?.tokens ?? 0, ratio: c.ratio });
    full -= c.layers;
  }
  if (sw && sw.layers > 0) {
    const slidingValues = 2 * (sw.kvHeads ?? m.kvHeads) * (sw.headDim ?? m.headDim);
    groups.push({ layers: Math.min(sw.layers, full), values: slidingValues, window: sw.tokens, ratio: null });
    full -= Math.min(sw.layers, full);
  }
  if (full > 0) groups.push({ layers: full, values: fullValues, window: null, ratio: null });
  return groups;
}

/**
 * KV-cache bytes per token at bf16 from the architecture alone, before windows or compression cap them.
 * GQA/MHA: K and V, each kvHeads x headDim per layer. MLA (DeepSeek): one compressed latent (rank + RoPE dims)
 * per layer. Hybrids count only their attention layers.
 */
export function kvBytesPerTokenFromArchitecture(model: KvArchitecture): number {
  return layerGroups(model).reduce((s, g) => s + g.layers * g.values, 0) * BF16_BYTES;
}

/** Human-readable formula for an integrity message. */
export function kvFormula(model: KvArchitecture): string {
  const layers = model.attentionLayers === undefined ? 'layers' : 'attentionLayers';
  if (model.attention === 'mla') return `${layers} x mlaKvDim x 2`;
  const extra =
    model.slidingWindow?.kvHeads !== undefined || model.slidingWindow?.headDim !== undefined
      ? ' (window layers with their own KV shape)'
      : '';
  return `${model.sharedKeyValue ? '' : '2 x '}${layers} x kvHeads x headDim x 2${extra}`;
}

export interface KvCacheOptions {
  /** Tokens held in the cache for one sequence (prompt + generated so far). */
  contextTokens: number;
  /** Bytes per cached value: 2 for bf16/fp16 (default), 1 for an fp8 KV cache. */
  bytesPerValue?: number;
}

/** Tokens one layer group keeps for a sequence of `ctx` tokens. */
function keptTokens(g: LayerGroup, ctx: number): number {
  if (g.window === null && g.ratio === null) return ctx;
  return Math.min(ctx, g.window ?? 0) + (g.ratio ? ctx / g.ratio : 0);
}

/** KV-cache bytes for one sequence: sliding-window layers stop growing at the window, compressed layers grow 1/ratio as fast. */
export function kvCacheBytes(model: KvArchitecture, options: KvCacheOptions): number {
  const { contextTokens, bytesPerValue = BF16_BYTES } = options;
  if (!(contextTokens >= 0)) throw new RangeError(`contextTokens must be >= 0, got ${contextTokens}`);
  const values = layerGroups(model).reduce(
    (s, g) => s + g.layers * g.values * keptTokens(g, contextTokens),
    0,
  );
  return Math.round(values * bytesPerValue);
}

/** Mean KV bytes per token for a sequence of `contextTokens`: below the bf16 figure once a window caps some layers. */
export function effectiveKvBytesPerToken(model: KvArchitecture, options: KvCacheOptions): number {
  return options.contextTokens > 0 ? kvCacheBytes(model, options) / options.contextTokens : 0;
}

/** Cached tokens one decode step attends to per layer, summed over layers (sparse attention caps it at top-k). */
export function attendedTokenLayers(model: KvArchitecture, contextTokens: number): number {
  const cap = model.sparseAttention
    ? Math.min(contextTokens, model.sparseAttention.topKTokens)
    : contextTokens;
  let sum = 0;
  for (const g of layerGroups(model)) sum += g.layers * Math.min(keptTokens(g, contextTokens), cap);
  return sum;
}

/**
 * Fixed recurrent state one sequence holds in linear-attention (Gated DeltaNet) or Mamba-2 layers, in bytes:
 * it does not grow with context, so hybrids fit many more long sequences than their layer count suggests.
 */
export function recurrentStateBytes(model: Pick<KvArchitecture, 'linearAttention'>): number {
  const la = model.linearAttention;
  if (!la) return 0;
  const stateBytes = la.statePrecision === 'fp32' ? 4 : 2;
  const perLayer =
    la.heads * la.stateDim * la.headDim * stateBytes +
    la.convChannels * Math.max(0, la.convKernel - 1) * BF16_BYTES;
  return la.layers * perLayer;
}
