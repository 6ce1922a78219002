import { z } from 'zod';
import { PRECISIONS } from '../profile/enums.js';

const count = z.number().int().positive();
const dim = z.number().int().positive();

/**
 * Mixture of experts, from config.json: routed experts per MoE layer, how many each token uses, the always-on
 * shared expert(s), and which layers have experts at all (DeepSeek keeps the first 3 dense; Llama 4 Maverick
 * alternates). The capacity model derives expert bytes from these, so the weights a decode step reads can
 * grow with the number of distinct experts a batch touches.
 */
export const moeSchema = z.strictObject({
  /** Routed experts per MoE layer (`n_routed_experts`, `num_experts`, `num_local_experts`). */
  experts: count,
  /** Routed experts each token uses (`num_experts_per_tok`, `top_k_experts`). */
  expertsPerToken: count,
  /** Always-active shared experts per MoE layer (`n_shared_experts`); 0 when none. */
  sharedExperts: z.number().int().nonnegative(),
  /** FFN width of one routed expert (`moe_intermediate_size`). */
  expertIntermediateSize: dim,
  /** Total FFN width of the shared path per MoE layer, when it differs from sharedExperts x expertIntermediateSize. */
  sharedIntermediateSize: z.number().int().nonnegative().optional(),
  /** Layers that carry routed experts. */
  moeLayers: count,
  /** Leading layers with a dense FFN instead of experts (`first_k_dense_replace`); informational. */
  denseLayers: z.number().int().nonnegative(),
  /** Width experts work in when they project down first (Nemotron 3 latent MoE `moe_latent_size`); default hiddenSize. */
  expertInputSize: dim.optional(),
  /** Weight matrices per expert: 3 for gated FFNs (SwiGLU), 2 for plain ones (Nemotron relu^2). */
  expertMatrices: z.union([z.literal(2), z.literal(3)]).default(3),
});

/**
 * Layers that keep a fixed recurrent state per sequence instead of a growing KV cache: Gated DeltaNet
 * (Qwen3-Next, Qwen3.5/3.6), Mamba-2 (Nemotron-H), Kimi Delta Attention. State per layer =
 * heads x stateDim x headDim (the recurrent matrix) + convChannels x (convKernel - 1) (the short convolution).
 */
export const linearAttentionSchema = z.strictObject({
  kind: z.enum(['gated-deltanet', 'mamba2', 'kimi-delta']),
  layers: count,
  /** Value heads (GDN `linear_num_value_heads`, Mamba `mamba_num_heads`). */
  heads: count,
  /** State rows per head (GDN `linear_key_head_dim`, Mamba `ssm_state_size`). */
  stateDim: dim,
  /** State columns per head (GDN `linear_value_head_dim`, Mamba `mamba_head_dim`). */
  headDim: dim,
  /** Channels of the causal convolution whose last (kernel - 1) inputs are kept. */
  convChannels: z.number().int().nonnegative(),
  convKernel: z.number().int().nonnegative(),
  /** Precision engines keep the state in (`mamba_ssm_dtype` float32 in the Qwen3.5 and Nemotron 3 configs). */
  statePrecision: z.enum(['fp32', 'bf16']),
});

/** Where the architecture facts were read (a copy of the config.json, or a secondary source when none was found). */
export const configSourceSchema = z.strictObject({
  url: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date YYYY-MM-DD or YYYY-MM'),
  /** True when the fields were checked against a verbatim config.json copy. */
  verified: z.boolean(),
  note: z.string().optional(),
});

/**
 * How an open model is built: the facts the capacity model reads, taken from its Hugging Face
 * `config.json`. Kept apart from the model's identity (`schema.ts`) because it has its own source
 * (the config file) and its own owner (the capacity model).
 */
export const openModelArchitectureSchema = z.strictObject({
  /** Catalog id of the model this architecture belongs to. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected a lower-case id of letters, digits, ".", "_" or "-"'),
  totalParamsB: z.number().positive(),
  /** Parameters active per token for mixture-of-experts models; null for dense models. */
  activeParamsB: z.number().positive().nullable(),
  layers: count,
  hiddenSize: dim,
  attentionHeads: count,
  /** KV heads of the full-attention layers. */
  kvHeads: count,
  /** Head dim of the full-attention layers (MLA: the per-head q/k dim, informational). */
  headDim: dim,
  /** Dense FFN width (of the dense layers for MoE models). */
  intermediateSize: dim,
  vocabSize: count,
  maxContextTokens: count,
  /** KV-cache layout: grouped/multi-head attention, or DeepSeek's compressed latent (MLA). */
  attention: z.enum(['mha', 'gqa', 'mla']),
  /** MLA only: latent rank plus decoupled RoPE dims cached per layer per token. */
  mlaKvDim: dim.optional(),
  /**
   * Layers that hold a KV cache (softmax attention, full or sliding); defaults to `layers`. Smaller in
   * hybrid models: Qwen3.5 keeps 1 in 4, Nemotron-H a handful among Mamba and MoE layers.
   */
  attentionLayers: count.optional(),
  /** Full-attention layers cache one tensor for both K and V (Gemma 4 `attention_k_eq_v`). */
  sharedKeyValue: z.boolean().optional(),
  /**
   * Sliding-window layers cap their KV at the window (Gemma 2/3/4 local layers, gpt-oss alternate layers).
   * kvHeads/headDim: the window layers' own KV shape when it differs from the full layers' (Gemma 4).
   */
  slidingWindow: z
    .strictObject({
      tokens: count,
      layers: z.number().int().nonnegative(),
      kvHeads: count.optional(),
      headDim: dim.optional(),
    })
    .optional(),
  /**
   * Compressed attention (DeepSeek V4): the listed layers cache one entry per `ratio` tokens (plus the
   * sliding window); layers not listed attend within the sliding window only.
   */
  kvCompression: z.array(z.strictObject({ ratio: count, layers: count })).optional(),
  /** Sparse attention (DeepSeek Sparse Attention, GLM-5 DSA): each query reads at most topKTokens cached tokens. */
  sparseAttention: z
    .strictObject({ topKTokens: count, indexKeyDim: z.number().int().nonnegative() })
    .optional(),
  /** Fixed-state layers (Gated DeltaNet, Mamba-2) that replace attention in hybrid models. */
  linearAttention: linearAttentionSchema.optional(),
  moe: moeSchema.optional(),
  /** Precision the weights are released in (the routed experts' format for MoE models). */
  nativePrecision: z.enum(PRECISIONS).default('bf16'),
  /** Precision of the non-expert weights when the release mixes formats (gpt-oss: MXFP4 experts, bf16 attention). */
  nativeDensePrecision: z.enum(PRECISIONS).optional(),
  /** KV bytes per token at bf16 over all KV-holding layers before any window or compression caps them (checked in tests). */
  kvBytesPerTokenBf16: z.number().int().positive(),
  configSource: configSourceSchema.optional(),
});

export type OpenModelArchitecture = z.output<typeof openModelArchitectureSchema>;
export type OpenModelArchitectureInput = z.input<typeof openModelArchitectureSchema>;
export type MoeArchitecture = z.output<typeof moeSchema>;
export type LinearAttentionArchitecture = z.output<typeof linearAttentionSchema>;
