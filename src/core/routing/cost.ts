/** Token counts as metered: `inputTokens` includes cached input; `cachedInputTokens` is the cached part of it. */
export interface MeteredUsage {
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
}

/** USD per million tokens; `cachedInput` null when the provider publishes none (billed at the input rate). */
export interface PriceSheet {
  input: number;
  output: number;
  cachedInput: number | null;
}

/** Integer micro-dollars: tokens × USD per million tokens is exactly micro-dollars, rounded once at the end. */
export function costMicroUsd(usage: MeteredUsage, prices: PriceSheet | null): number {
  if (!prices) return 0;
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const fresh = usage.inputTokens - cached;
  return Math.round(fresh * prices.input + cached * (prices.cachedInput ?? prices.input) + usage.outputTokens * prices.output);
}
