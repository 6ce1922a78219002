import { fail, ok, type Issue, type Result } from '../result.js';
import { architectureIssues } from './architecture-integrity.js';
import {
  openModelArchitectureSchema,
  type OpenModelArchitecture,
  type OpenModelArchitectureInput,
} from './architecture-schema.js';
import { kvBytesPerTokenFromArchitecture } from './kv-cache.js';
import { estimateParams } from './from-config-params.js';

/** A parsed config.json: the text model's fields (a multimodal `text_config` merged over the top level). */
export type HfConfig = Readonly<Record<string, unknown>>;

/** Architectures that are not decoder-only causal LMs (encoders, seq2seq, classifiers, vision-only). */
const NOT_CAUSAL =
  /(ForSequenceClassification|ForTokenClassification|ForQuestionAnswering|ForMaskedLM|ForImageClassification|EncoderModel|^Bert|^Roberta|^T5|^Bart|^Whisper|^Clip|^Siglip|^Mt5)/;
const CAUSAL = /(ForCausalLM|ForConditionalGeneration|LMHeadModel)$/;

type Field = { key: string; value: number };

class ConfigReader {
  readonly issues: Issue[] = [];
  constructor(readonly c: HfConfig) {}
  /** First present key among `keys` as a number; `required` records an issue naming the field when all are absent. */
  num(
    keys: readonly string[],
    opts: { required?: boolean; min?: number; max?: number; integer?: boolean } = {},
  ): Field | undefined {
    for (const key of keys) {
      const v = this.c[key];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        this.issues.push({ path: key, message: `expected a number, got ${JSON.stringify(v)}` });
        return undefined;
      }
      const { min = 1, max = Number.POSITIVE_INFINITY, integer = true } = opts;
      if ((integer && !Number.isInteger(v)) || v < min || v > max) {
        this.issues.push({
          path: key,
          message: `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got ${v}`,
        });
        return undefined;
      }
      return { key, value: v };
    }
    if (opts.required)
      this.issues.push({
        path: keys[0]!,
        message: `required${keys.length > 1 ? ` (or ${keys.slice(1).join(' / ')})` : ''}: missing from config.json`,
      });
    return undefined;
  }
  str(key: string): string | undefined {
    const v = this.c[key];
    return typeof v === 'string' ? v : undefined;
  }
  list(key: string): unknown[] | undefined {
    const v = this.c[key];
    return Array.isArray(v) ? v : undefined;
  }
}

/** Occurrences of one ASCII character in a layer pattern such as Nemotron-H's "MEMEM*E...". */
const countChar = (s: string, ch: string): number => s.split(ch).length - 1;
const countOf = (xs: readonly unknown[] | undefined, value: unknown): number =>
  xs ? xs.filter((x) => x === value).length : 0;

/** Merge a multimodal config's `text_config` over its top level (the text model is what serves tokens). */
export function textConfig(config: HfConfig): HfConfig {
  const text = config['text_config'];
  return text && typeof text === 'object' && !Array.isArray(text)
    ? { ...config, ...(text as Record<string, unknown>) }
    : config;
}

function causalIssue(c: HfConfig): Issue | null {
  const archs = Array.isArray(c['architectures'])
    ? (c['architectures'] as unknown[]).filter((a): a is string => typeof a === 'string')
    : [];
  if (c['is_encoder_decoder'] === true)
    return {
      path: 'is_encoder_decoder',
      message: 'an encoder-decoder model, not a causal (decoder-only) language model',
    };
  if (archs.length === 0) {
    return typeof c['model_type'] === 'string'
      ? null
      : {
          path: 'architectures',
          message: 'missing: expected a causal language model such as ["LlamaForCausalLM"]',
        };
  }
  const bad = archs.find((a) => NOT_CAUSAL.test(a));
  if (bad)
    return {
      path: 'architectures',
      message: `"${bad}" is not a causal language model (expected *ForCausalLM or a multimodal *ForConditionalGeneration)`,
    };
  if (!archs.some((a) => CAUSAL.test(a)))
    return {
      path: 'architectures',
      message: `${JSON.stringify(archs)}: expected a causal language model (*ForCausalLM)`,
    };
  return null;
}

/** The architecture fields of a record, read from a Hugging Face config.json (no id: the caller names the model). */
export type ConfigArchitecture = Omit<OpenModelArchitecture, 'id'>;

/**
 * Turn a Hugging Face `config.json` (already parsed) into an architecture record: dense, MoE (shared experts,
 * leading dense layers, latent experts), MLA, sliding-window, compressed and sparse attention, and hybrid
 * linear-attention / Mamba layers. Parameter counts come from the dimensions (config.json carries none).
 * Errors name the config field: not a causal LM, missing fields, absurd values.
 */
export function architectureFromConfig(raw: unknown): Result<ConfigArchitecture> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return fail([{ path: 'config.json', message: 'expected a JSON object' }]);
  const c = textConfig(raw as HfConfig);
  const notCausal = causalIssue(c);
  if (notCausal) return fail([notCausal]);
  const r = new ConfigReader(c);
  const layers = r.num(['num_hidden_layers', 'n_layer', 'num_layers'], { required: true, max: 1000 });
  const hidden = r.num(['hidden_size', 'n_embd', 'd_model'], { required: true, min: 64, max: 131072 });
  const heads = r.num(['num_attention_heads', 'n_head'], { required: true, max: 1024 });
  const vocab = r.num(['vocab_size'], { required: true, min: 256, max: 4_000_000 });
  const context = r.num(['max_position_embeddings', 'n_positions', 'seq_length', 'max_sequence_length'], {
    required: true,
    min: 128,
    max: 100_000_000,
  });
  const kvHeadsField = r.num(['num_key_value_heads', 'n_kv_heads'], { max: 1024 });
  const headDimField = r.num(['head_dim'], { max: 4096 });
  const interField = r.num(['intermediate_size', 'ffn_dim', 'n_inner'], { max: 1_000_000 });
  if (!layers || !hidden || !heads || !vocab || !context) return fail(r.issues);
  const L = layers.value;
  const H = hidden.value;
  const nh = heads.value;
  const kv = kvHeadsField?.value ?? nh;
  if (kv > nh)
    r.issues.push({
      path: kvHeadsField!.key,
      message: `expected at most num_attention_heads (${nh}), got ${kv}`,
    });
  else if (nh % kv !== 0)
    r.issues.push({
      path: kvHeadsField!.key,
      message: `expected a divisor of num_attention_heads (${nh}), got ${kv}`,
    });
  const headDim = headDimField?.value ?? Math.floor(H / nh);
  const modelType = r.str('model_type') ?? '';
  const arch: OpenModelArchitectureInput & Record<string, unknown> = {
    id: 'from-config',
    totalParamsB: 1,
    activeParamsB: null,
    layers: L,
    hiddenSize: H,
    attentionHeads: nh,
    kvHeads: kv,
    headDim,
    intermediateSize: interField?.value ?? 1,
    vocabSize: vocab.value,
    maxContextTokens: context.value,
    attention: kv < nh ? 'gqa' : 'mha',
    kvBytesPerTokenBf16: 1,
  };
  const layerTypes = r.list('layer_types');
  const pattern = r.str('hybrid_override_pattern');

  // MLA (DeepSeek V3, Kimi K2, GLM-5): one compressed latent per layer.
  const kvLora = r.num(['kv_lora_rank'], { max: 65536 });
  if (kvLora) {
    const rope = r.num(['qk_rope_head_dim'], { required: true, max: 4096 });
    const nope = r.num(['qk_nope_head_dim'], { max: 4096 });
    if (rope)
      Object.assign(arch, {
        attention: 'mla',
        mlaKvDim: kvLora.value + rope.value,
        headDim: (nope?.value ?? 128) + rope.value,
        kvHeads: nh,
      });
  }
  // DeepSeek V4 compressed attention: one shared K=V head, layers compressed by their ratio.
  const ratios = r.list('compress_ratios');
  if (ratios) {
    const used = ratios.slice(0, L).filter((x): x is number => typeof x === 'number');
    const groups = new Map<number, number>();
    for (const x of used) if (x > 0) groups.set(x, (groups.get(x) ?? 0) + 1);
    const window = r.num(['sliding_window'], { required: true, max: 10_000_000 });
    Object.assign(arch, {
      sharedKeyValue: true,
      kvCompression: [...groups.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([ratio, n]) => ({ ratio, layers: n })),
      ...(window ? { slidingWindow: { tokens: window.value, layers: countOf(used, 0) } } : {}),
    });
  }
  // Sliding-window layers: explicit layer_types (Gemma 3/4, gpt-oss), Gemma 3's pattern, or Llama 4's chunked attention.
  const slidingCount = countOf(layerTypes, 'sliding_attention');
  const swPattern = r.num(['sliding_window_pattern'], { max: 1000 });
  const chunk =
    modelType === 'llama4_text' ? r.num(['attention_chunk_size'], { max: 100_000_000 }) : undefined;
  if (slidingCount > 0 || swPattern) {
    const window = r.num(['sliding_window'], { required: true, max: 100_000_000 });
    const n = slidingCount > 0 ? slidingCount : L - Math.floor(L / swPattern!.value);
    if (window) {
      const globalDim = r.num(['global_head_dim'], { max: 4096 });
      const globalKv = r.num(['num_global_key_value_heads'], { max: 1024 });
      if (globalDim) {
        Object.assign(arch, {
          kvHeads: globalKv?.value ?? kv,
          headDim: globalDim.value,
          slidingWindow: { tokens: window.value, layers: n, kvHeads: kv, headDim },
        });
        if (c['attention_k_eq_v'] === true) arch.sharedKeyValue = true;
      } else {
        arch.slidingWindow = { tokens: window.value, layers: n };
      }
    }
  } else if (chunk) {
    arch.slidingWindow = { tokens: chunk.value, layers: L - Math.floor(L / 4) };
  }
  // Hybrid linear attention: Gated DeltaNet (Qwen3-Next / 3.5 / 3.6), Mamba-2 (Nemotron-H), Kimi Delta Attention.
  const gdnHeads = r.num(['linear_num_value_heads'], { max: 4096 });
  if (gdnHeads) {
    const interval = r.num(['full_attention_interval'], { max: 1000 });
    const full = layerTypes
      ? countOf(layerTypes, 'full_attention')
      : interval
        ? Math.floor(L / interval.value)
        : 0;
    if (full === 0)
      r.issues.push({
        path: 'layer_types',
        message:
          'a linear-attention config needs layer_types or full_attention_interval to tell its full-attention layers',
      });
    const nk = r.num(['linear_num_key_heads'], { required: true, max: 4096 })?.value ?? 0;
    const dk = r.num(['linear_key_head_dim'], { required: true, max: 4096 })?.value ?? 0;
    const dv = r.num(['linear_value_head_dim'], { required: true, max: 4096 })?.value ?? 0;
    const kernel = r.num(['linear_conv_kernel_dim'], { max: 64 })?.value ?? 4;
    arch.attentionLayers = full;
    arch.linearAttention = {
      kind: 'gated-deltanet',
      layers: L - full,
      heads: gdnHeads.value,
      stateDim: dk,
      headDim: dv,
      convChannels: 2 * nk * dk + gdnHeads.value * dv,
      convKernel: kernel,
      statePrecision: c['mamba_ssm_dtype'] === 'bfloat16' ? 'bf16' : 'fp32',
    };
  }
  if (pattern) {
    const mHeads = r.num(['mamba_num_heads'], { required: true, max: 4096 })?.value ?? 0;
    const state = r.num(['ssm_state_size'], { required: true, max: 4096 })?.value ?? 0;
    const mDim = r.num(['mamba_head_dim'], { required: true, max: 4096 })?.value ?? 0;
    const groups = r.num(['n_groups'], { max: 1024 })?.value ?? 1;
    const kernel = r.num(['conv_kernel'], { max: 64 })?.value ?? 4;
    arch.attentionLayers = countChar(pattern, '*');
    arch.linearAttention = {
      kind: 'mamba2',
      layers: countChar(pattern, 'M'),
      heads: mHeads,
      stateDim: state,
      headDim: mDim,
      convChannels: mHeads * mDim + 2 * groups * state,
      convKernel: kernel,
      statePrecision: c['mamba_ssm_cache_dtype'] === 'bfloat16' ? 'bf16' : 'fp32',
    };
  }
  const linear = c['linear_attn_config'];
  if (linear && typeof linear === 'object' && !Array.isArray(linear)) {
    const lc = new ConfigReader(linear as HfConfig);
    const full = lc.list('full_attn_layers')?.length ?? 0;
    const kda = lc.list('kda_layers')?.length ?? 0;
    const h = lc.num(['num_heads'], { required: true, max: 4096 })?.value ?? 0;
    const d = lc.num(['head_dim'], { required: true, max: 4096 })?.value ?? 0;
    const kernel = lc.num(['short_conv_kernel_size'], { max: 64 })?.value ?? 4;
    r.issues.push(...lc.issues.map((i) => ({ ...i, path: `linear_attn_config.${i.path}` })));
    if (full > 0 && kda > 0) {
      arch.attentionLayers = full;
      arch.linearAttention = {
        kind: 'kimi-delta',
        layers: kda,
        heads: h,
        stateDim: d,
        headDim: d,
        convChannels: 3 * h * d,
        convKernel: kernel,
        statePrecision: 'fp32',
      };
    }
  }
  // Sparse attention: DeepSeek Sparse Attention / GLM-5 indexer, MiniMax M3 block-sparse.
  const topk = r.num(['index_topk'], { max: 100_000_000 });
  if (topk)
    arch.sparseAttention = {
      topKTokens: topk.value,
      indexKeyDim: r.num(['index_head_dim'], { max: 4096 })?.value ?? 128,
    };
  const sparse = c['sparse_attention_config'];
  if (
    sparse &&
    typeof sparse === 'object' &&
    (sparse as Record<string, unknown>)['use_sparse_attention'] === true
  ) {
    const sc = new ConfigReader(sparse as HfConfig);
    const blocks = sc.num(['sparse_topk_blocks'], { required: true })?.value ?? 0;
    const size = sc.num(['sparse_block_size'], { required: true })?.value ?? 0;
    arch.sparseAttention = {
      topKTokens: blocks * size,
      indexKeyDim: sc.num(['sparse_index_dim'])?.value ?? 128,
    };
  }
  // Mixture of experts.
  const experts = r.num(['n_routed_experts', 'num_experts', 'num_local_experts'], { max: 100_000 });
  if (experts) {
    const k = r.num(
      ['num_experts_per_tok', 'num_experts_per_token', 'top_k_experts', 'experts_per_token', 'moe_topk'],
      { required: true, max: experts.value },
    );
    const expertInter =
      r.num(['moe_intermediate_size', 'expert_intermediate_size'], { max: 1_000_000 }) ?? interField;
    if (!expertInter)
      r.issues.push({
        path: 'moe_intermediate_size',
        message: 'required for a mixture-of-experts config (or intermediate_size)',
      });
    let shared = r.num(['n_shared_experts', 'num_shared_experts'], { min: 0, max: 1000 })?.value ?? 0;
    const sharedInter = r.num(
      ['shared_expert_intermediate_size', 'moe_shared_expert_intermediate_size', 'shared_intermediate_size'],
      { min: 0, max: 1_000_000 },
    )?.value;
    if (modelType === 'llama4_text') shared = 1;
    if (sharedInter && shared === 0) shared = 1;
    const dense = r.num(['first_k_dense_replace'], { min: 0, max: L })?.value ?? 0;
    const mlpTypes = r.list('mlp_layer_types');
    const freq = r.list('moe_layer_freq');
    const step = r.num(['interleave_moe_layer_step', 'decoder_sparse_step'], { max: L })?.value ?? 1;
    const moeLayers = mlpTypes
      ? countOf(mlpTypes, 'sparse')
      : freq
        ? countOf(freq, 1)
        : pattern
          ? countChar(pattern, 'E')
          : Math.floor((L - dense) / step);
    const latent = r.num(['moe_latent_size', 'routed_expert_hidden_size'], { max: 131072 });
    if (k && expertInter && moeLayers > 0) {
      arch.moe = {
        experts: experts.value,
        expertsPerToken: k.value,
        sharedExperts: shared,
        expertIntermediateSize: expertInter.value,
        moeLayers,
        denseLayers: modelType === 'llama4_text' ? L - moeLayers : dense,
        ...(sharedInter && sharedInter !== shared * expertInter.value
          ? { sharedIntermediateSize: sharedInter }
          : {}),
        ...(latent ? { expertInputSize: latent.value } : {}),
        ...(c['mlp_hidden_act'] === 'relu2' ? { expertMatrices: 2 as const } : {}),
      };
      const denseInter = r.num(
        ['dense_intermediate_size', ...(modelType === 'llama4_text' ? ['intermediate_size_mlp'] : [])],
        { max: 1_000_000 },
      );
      arch.intermediateSize = denseInter?.value ?? interField?.value ?? expertInter.value;
    }
  } else if (!interField) {
    r.issues.push({ path: 'intermediate_size', message: 'required: missing from config.json' });
  }
  if (r.issues.length > 0) return fail(r.issues);
  const params = estimateParams(c, arch);
  arch.totalParamsB = Math.round(params.total / 1e7) / 100;
  arch.activeParamsB = arch.moe ? Math.round(params.active / 1e7) / 100 : null;
  arch.nativePrecision = nativePrecisionOf(c);
  const dense = nativeDensePrecisionOf(c, arch.nativePrecision);
  if (dense) arch.nativeDensePrecision = dense;
  arch.kvBytesPerTokenBf16 = kvBytesPerTokenFromArchitecture(arch);
  const parsed = openModelArchitectureSchema.safeParse(arch);
  if (!parsed.success)
    return fail(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const integrity = architectureIssues(parsed.data, 'config').filter(
    (i) => !i.path.endsWith('activeParamsB'),
  );
  if (integrity.length > 0) return fail(integrity);
  const { id: _id, ...rest } = parsed.data;
  return ok(rest);
}

/** Release precision from quantization_config (gpt-oss MXFP4, DeepSeek FP8, ModelOpt NVFP4, compressed-tensors INT4). */
function nativePrecisionOf(c: HfConfig): OpenModelArchitecture['nativePrecision'] {
  const q = c['quantization_config'];
  if (c['expert_dtype'] === 'fp4') return 'mxfp4';
  if (!q || typeof q !== 'object') return 'bf16';
  const text = JSON.stringify(q).toLowerCase();
  if (text.includes('mxfp4') || c['expert_dtype'] === 'fp4') return 'mxfp4';
  if (text.includes('nvfp4')) return 'fp4';
  if (text.includes('"fp8"') || text.includes('e4m3')) return 'fp8';
  if (text.includes('awq')) return 'int4-awq';
  if (text.includes('"num_bits":4') || text.includes('gptq')) return 'int4-gptq';
  if (text.includes('"num_bits":8')) return 'int8';
  return 'bf16';
}

/** Non-expert precision of a mixed release: gpt-oss keeps attention bf16, DeepSeek V4 keeps FP8 beside FP4 experts. */
function nativeDensePrecisionOf(
  c: HfConfig,
  bulk: OpenModelArchitecture['nativePrecision'],
): OpenModelArchitecture['nativePrecision'] | undefined {
  if (c['expert_dtype'] === 'fp4') return bulk === 'mxfp4' ? undefined : bulk;
  const q = c['quantization_config'];
  if (bulk !== 'bf16' && q && typeof q === 'object' && JSON.stringify(q).includes('self_attn')) return 'bf16';
  return undefined;
}

/**
 * Parse config.json text. transformers writes Python's bare Infinity/NaN into some configs (Nemotron-H's
 * time_step_limit), which JSON.parse rejects: those become null (no architecture field uses them).
 */
export function parseConfigText(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text));
  } catch {
    try {
      return ok(JSON.parse(text.replace(/(?<=[:[,]\s*)-?(Infinity|NaN)(?=\s*[,\]}])/g, 'null')));
    } catch (e) {
      return fail([
        {
          path: 'config.json',
          message: `not valid JSON: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
        },
      ]);
    }
  }
}

/** A catalog id from a repo name or file name: "Qwen/Qwen3.5-27B" -> "qwen3.5-27b". */
export function idFromName(name: string): string {
  const base = name.split('/').pop() ?? name;
  const id = base
    .replace(/\.json$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  return id.length > 0 ? id : 'custom-model';
}
