import { z } from 'zod';

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
  layers: z.number().int().positive(),
  hiddenSize: z.number().int().positive(),
  attentionHeads: z.number().int().positive(),
  kvHeads: z.number().int().positive(),
  headDim: z.number().int().positive(),
  intermediateSize: z.number().int().positive(),
  vocabSize: z.number().int().positive(),
  maxContextTokens: z.number().int().positive(),
  /** KV-cache layout: grouped/multi-head attention, or DeepSeek's compressed latent (MLA). */
  attention: z.enum(['mha', 'gqa', 'mla']),
  /** MLA only: latent rank plus decoupled RoPE dims cached per layer per token. */
  mlaKvDim: z.number().int().positive().optional(),
  /** Sliding-window layers cap their KV at the window (Gemma 2 alternates). */
  slidingWindow: z
    .strictObject({ tokens: z.number().int().positive(), layers: z.number().int().nonnegative() })
    .optional(),
  /** KV bytes per token at bf16, derived from the architecture (checked against this in tests). */
  kvBytesPerTokenBf16: z.number().int().positive(),
});

export type OpenModelArchitecture = z.output<typeof openModelArchitectureSchema>;
export type OpenModelArchitectureInput = z.input<typeof openModelArchitectureSchema>;
