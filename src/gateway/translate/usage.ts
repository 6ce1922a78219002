import type { MeteredUsage } from '../../core/routing/index.js';
import type { AnthropicUsage } from '../wire/anthropic.js';
import type { ChatUsage } from '../wire/openai.js';

export const NO_USAGE: MeteredUsage = Object.freeze({ inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 });

const n = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : 0);

/** OpenAI's `prompt_tokens` already include the cached ones (`prompt_tokens_details.cached_tokens`). */
export function usageFromOpenAi(u: Partial<ChatUsage> | null | undefined): MeteredUsage {
  if (!u) return NO_USAGE;
  return { inputTokens: n(u.prompt_tokens), outputTokens: n(u.completion_tokens), cachedInputTokens: n(u.prompt_tokens_details?.cached_tokens) };
}

/** Cache writes by lifetime: the total (at least the sum of the parts) and the 1-hour part of it. */
export function cacheWrites(u: Pick<AnthropicUsage, 'cache_creation_input_tokens' | 'cache_creation'>): { total: number; oneHour: number } {
  const byTtl = u.cache_creation && typeof u.cache_creation === 'object' ? u.cache_creation : null;
  const oneHour = n(byTtl?.ephemeral_1h_input_tokens);
  return { total: Math.max(n(u.cache_creation_input_tokens), n(byTtl?.ephemeral_5m_input_tokens) + oneHour), oneHour };
}

/** Anthropic's `input_tokens` exclude cache reads and writes, which come as separate counts. */
export function usageFromAnthropic(u: Partial<AnthropicUsage> | null | undefined): MeteredUsage {
  if (!u) return NO_USAGE;
  const writes = cacheWrites(u);
  return anthropicCounts(n(u.input_tokens), n(u.cache_read_input_tokens), writes.total, n(u.output_tokens), writes.oneHour);
}

/**
 * Metered usage from Anthropic's counts; cache writes stay in the input total and are also carried apart (priced
 * apart), with their 1-hour part (priced at the 1-hour write price).
 */
export function anthropicCounts(input: number, cacheRead: number, cacheWrite: number, output: number, cacheWrite1h = 0): MeteredUsage {
  const u: MeteredUsage = { inputTokens: input + cacheRead + cacheWrite, outputTokens: output, cachedInputTokens: cacheRead };
  if (cacheWrite > 0) u.cacheWriteInputTokens = cacheWrite;
  if (cacheWrite > 0 && cacheWrite1h > 0) u.cacheWrite1hInputTokens = Math.min(cacheWrite1h, cacheWrite);
  return u;
}

export function toOpenAiUsage(u: MeteredUsage): ChatUsage {
  return { prompt_tokens: u.inputTokens, completion_tokens: u.outputTokens, total_tokens: u.inputTokens + u.outputTokens, prompt_tokens_details: { cached_tokens: u.cachedInputTokens } };
}

export function toAnthropicUsage(u: MeteredUsage): AnthropicUsage {
  const written = u.cacheWriteInputTokens ?? 0;
  const out: AnthropicUsage = { input_tokens: Math.max(0, u.inputTokens - u.cachedInputTokens - written), output_tokens: u.outputTokens, cache_read_input_tokens: u.cachedInputTokens, cache_creation_input_tokens: written };
  const oneHour = Math.min(u.cacheWrite1hInputTokens ?? 0, written);
  if (oneHour > 0) out.cache_creation = { ephemeral_5m_input_tokens: written - oneHour, ephemeral_1h_input_tokens: oneHour };
  return out;
}
