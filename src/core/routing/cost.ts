/**
 * Token counts as metered: `inputTokens` includes cached input and cache writes; `cachedInputTokens` is the part
 * read from a prompt cache and `cacheWriteInputTokens` the part written to one (Anthropic's
 * `cache_creation_input_tokens`; absent or 0 for providers that do not bill writes apart).
 */
export interface MeteredUsage {
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
  cacheWriteInputTokens?: number | undefined;
  /** The part of `cacheWriteInputTokens` written with a 1-hour lifetime (Anthropic `ttl: "1h"`), priced apart. */
  cacheWrite1hInputTokens?: number | undefined;
}

/** Past `aboveInputTokens` input tokens, the whole request is priced at these multiples (catalog `longContext`). */
export interface LongContextTier {
  aboveInputTokens: number;
  inputMultiplier: number;
  outputMultiplier: number;
}

/**
 * USD per million tokens; `cachedInput` null when the provider publishes none (billed at the input rate);
 * `cacheWrite` null or absent when the catalog has no cache-write price (writes billed at the input rate).
 */
export interface PriceSheet {
  input: number;
  output: number;
  cachedInput: number | null;
  cacheWrite?: number | null | undefined;
  /** 1-hour cache writes; null or absent: priced as `cacheWrite`. */
  cacheWrite1h?: number | null | undefined;
  longContext?: readonly LongContextTier[] | undefined;
}

/** The highest tier the request's input passes, or null (the base price). */
export function longContextTier(inputTokens: number, tiers: readonly LongContextTier[] | undefined): LongContextTier | null {
  let best: LongContextTier | null = null;
  for (const t of tiers ?? []) if (inputTokens > t.aboveInputTokens && (!best || t.aboveInputTokens > best.aboveInputTokens)) best = t;
  return best;
}

/** Integer micro-dollars: tokens × USD per million tokens is exactly micro-dollars, rounded once at the end. */
export function costMicroUsd(usage: MeteredUsage, prices: PriceSheet | null): number {
  if (!prices) return 0;
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const written = Math.min(usage.cacheWriteInputTokens ?? 0, usage.inputTokens - cached);
  const written1h = Math.min(usage.cacheWrite1hInputTokens ?? 0, written);
  const fresh = usage.inputTokens - cached - written;
  const writePrice = prices.cacheWrite ?? prices.input;
  // A long prompt reprices the whole request, cached input and cache writes included (input multiplier), and its output.
  const tier = longContextTier(usage.inputTokens, prices.longContext);
  const inMul = tier?.inputMultiplier ?? 1;
  const outMul = tier?.outputMultiplier ?? 1;
  const inputCost = fresh * prices.input + cached * (prices.cachedInput ?? prices.input) + (written - written1h) * writePrice + written1h * (prices.cacheWrite1h ?? writePrice);
  return Math.round(inputCost * inMul + usage.outputTokens * prices.output * outMul);
}

/** A self-hosted deployment's fixed cost over a window: `hourlyCostUsd` × hours, in integer micro-dollars. */
export function fixedCostMicroUsd(hourlyCostUsd: number, windowMs: number): number {
  return Math.round(hourlyCostUsd * 1e6 * (Math.max(0, windowMs) / 3_600_000));
}
