import type { Issue } from '../result.js';
import { derivedActiveParams, routedExpertParams } from './architecture-params.js';
import type { OpenModelArchitecture } from './architecture-schema.js';
import { kvBytesPerTokenFromArchitecture, kvFormula, kvLayers } from './kv-cache.js';

/** How far the active parameters implied by the expert fields may stray from the vendor's figure (vendors round and leave out embeddings; a wrong expert count is off by 2x or more). */
export const ACTIVE_PARAMS_TOLERANCE = 0.3;

type Checked = Omit<OpenModelArchitecture, 'id'>;

/** Cross-field checks of one architecture record that zod cannot express; `at` prefixes each path. */
export function architectureIssues(m: Checked, at: string): Issue[] {
  const out: Issue[] = [];
  const push = (field: string, message: string): void => {
    out.push({ path: `${at}.${field}`, message });
  };
  if (m.attention === 'mla' && m.mlaKvDim === undefined) {
    push('mlaKvDim', 'required when attention is "mla" (latent rank + RoPE dims, e.g. 576 for DeepSeek-V3)');
    return out;
  }
  if (m.attention !== 'mla' && m.kvHeads > m.attentionHeads)
    push('kvHeads', `expected at most attentionHeads (${m.attentionHeads}), got ${m.kvHeads}`);
  const attn = kvLayers(m);
  if (attn > m.layers) push('attentionLayers', `expected at most layers (${m.layers}), got ${attn}`);
  if (m.linearAttention && attn + m.linearAttention.layers > m.layers) {
    push(
      'linearAttention.layers',
      `attention layers (${attn}) + linear-attention layers (${m.linearAttention.layers}) exceed layers (${m.layers})`,
    );
  }
  const compressed = (m.kvCompression ?? []).reduce((s, c) => s + c.layers, 0);
  if (compressed + (m.slidingWindow?.layers ?? 0) > attn) {
    push(
      'slidingWindow.layers',
      `sliding (${m.slidingWindow?.layers ?? 0}) + compressed (${compressed}) layers exceed the ${attn} attention layers`,
    );
  }
  const expected = kvBytesPerTokenFromArchitecture(m);
  if (m.kvBytesPerTokenBf16 !== expected)
    push('kvBytesPerTokenBf16', `expected ${expected} (${kvFormula(m)}), got ${m.kvBytesPerTokenBf16}`);
  if (m.activeParamsB !== null && m.activeParamsB > m.totalParamsB)
    push('activeParamsB', `expected at most totalParamsB (${m.totalParamsB}), got ${m.activeParamsB}`);
  if (m.moe) {
    if (m.moe.expertsPerToken > m.moe.experts)
      push(
        'moe.expertsPerToken',
        `expected at most moe.experts (${m.moe.experts}), got ${m.moe.expertsPerToken}`,
      );
    if (m.moe.moeLayers > m.layers)
      push('moe.moeLayers', `expected at most layers (${m.layers}), got ${m.moe.moeLayers}`);
    const routed = routedExpertParams(m) / 1e9;
    if (routed > m.totalParamsB) {
      push(
        'moe',
        `routed experts alone hold ${routed.toFixed(1)}B parameters, more than totalParamsB (${m.totalParamsB})`,
      );
    } else if (m.activeParamsB === null) {
      push(
        'activeParamsB',
        'required for a mixture-of-experts model (parameters active per token, in billions)',
      );
    } else {
      const derived = derivedActiveParams(m) / 1e9;
      // Vendors count active parameters with (Gemma) or without (Qwen, DeepSeek) the embeddings: either may match.
      const withEmbeddings = derived + (2 * m.vocabSize * m.hiddenSize) / 1e9;
      const off = (x: number): boolean =>
        Math.abs(x - (m.activeParamsB ?? 0)) > ACTIVE_PARAMS_TOLERANCE * (m.activeParamsB ?? 0);
      if (off(derived) && off(withEmbeddings)) {
        push(
          'activeParamsB',
          `the expert fields imply ${derived.toFixed(1)}B active parameters, more than ${ACTIVE_PARAMS_TOLERANCE * 100}% from ${m.activeParamsB}`,
        );
      }
    }
  } else if (m.activeParamsB !== null && m.activeParamsB < m.totalParamsB) {
    push(
      'moe',
      'required when activeParamsB < totalParamsB (experts, expertsPerToken, expertIntermediateSize, moeLayers)',
    );
  }
  return out;
}
