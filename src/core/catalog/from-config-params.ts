import type { OpenModelArchitectureInput } from './architecture-schema.js';

type Config = Readonly<Record<string, unknown>>;
const n = (c: Config, key: string, fallback = 0): number => (typeof c[key] === 'number' ? c[key] : fallback);

/**
 * Parameter counts from the dimensions of a config.json (which states none): embeddings, attention (MLA,
 * GQA with an optional output gate), linear-attention / Mamba layers, dense FFNs and experts. Within a few
 * percent of vendor totals for the 2025-2026 families (checked in tests).
 */
export function estimateParams(c: Config, a: OpenModelArchitectureInput): { total: number; active: number } {
  const H = a.hiddenSize;
  const L = a.layers;
  const nh = a.attentionHeads;
  const emb = a.vocabSize * H * (c['tie_word_embeddings'] === true ? 1 : 2);
  const attnLayers = a.attentionLayers ?? L;
  let attn: number;
  if (a.attention === 'mla') {
    const ql = n(c, 'q_lora_rank');
    const rope = n(c, 'qk_rope_head_dim');
    const qk = n(c, 'qk_nope_head_dim') + rope;
    const vd = n(c, 'v_head_dim', 128);
    const kvl = n(c, 'kv_lora_rank');
    const q = ql > 0 ? H * ql + ql * nh * qk : H * nh * qk;
    attn = attnLayers * (q + H * (kvl + rope) + kvl * nh * (n(c, 'qk_nope_head_dim') + vd) + nh * vd * H);
  } else {
    const hd = n(c, 'head_dim', Math.floor(H / nh));
    const kv = n(c, 'num_key_value_heads', nh);
    const gate = c['attn_output_gate'] === true ? 2 : 1;
    attn = attnLayers * (H * nh * hd * gate + 2 * H * kv * hd + nh * hd * H);
  }
  let linear = 0;
  const la = a.linearAttention;
  if (la) {
    if (la.kind === 'gated-deltanet') {
      const nk = n(c, 'linear_num_key_heads');
      linear =
        la.layers *
        (H * (2 * nk * la.stateDim + 2 * la.heads * la.headDim) +
          2 * H * la.heads +
          la.heads * la.headDim * H);
    } else if (la.kind === 'mamba2') {
      const inner = la.heads * la.headDim;
      linear = la.layers * (H * (2 * inner + 2 * n(c, 'n_groups', 1) * la.stateDim + la.heads) + inner * H);
    } else {
      const width = la.heads * la.headDim;
      linear = la.layers * 6 * H * width;
    }
  }
  const plainMlp = c['mlp_hidden_act'] === 'relu2' ? 2 : 3;
  const m = a.moe;
  if (!m) {
    const ffnLayers = c['hybrid_override_pattern'] ? 0 : L;
    const total = emb + attn + linear + ffnLayers * plainMlp * H * a.intermediateSize;
    return { total, active: total };
  }
  const inWidth = m.expertInputSize ?? H;
  const perExpert = (m.expertMatrices ?? 3) * inWidth * m.expertIntermediateSize;
  const sharedWidth = m.sharedIntermediateSize ?? m.sharedExperts * m.expertIntermediateSize;
  const latent = inWidth !== H ? 2 * H * inWidth : 0;
  const shared = plainMlp * H * sharedWidth + H * m.experts + latent;
  // Gemma 4 runs a small dense MLP beside its experts on every layer; other families replace the MLP.
  const denseLayers = c['enable_moe_block'] === true ? L : c['hybrid_override_pattern'] ? 0 : L - m.moeLayers;
  const dense = denseLayers * plainMlp * H * a.intermediateSize;
  const base = emb + attn + linear + dense + m.moeLayers * shared;
  return {
    total: base + m.moeLayers * m.experts * perExpert,
    active: base + m.moeLayers * m.expertsPerToken * perExpert,
  };
}
