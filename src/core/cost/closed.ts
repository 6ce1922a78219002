import type { ClosedModel, Provider } from '../catalog/schema.js';
import type { ClosedCost } from './contract.js';
import { promptLengths, requestShareAbove, tokenShareAbove, type PromptLengths } from './prompt-lengths.js';

/** One engineering week to integrate an API (keys, client, retries, monitoring). */
export const CLOSED_SETUP_WEEKS = 1;

/** Share of requests whose input exceeds `threshold` tokens (exponential prompt lengths with the workload's mean, truncated at its longest prompt). */
export const shareAbove = (threshold: number, meanInput: number, maxInput: number): number => requestShareAbove(promptLengths(meanInput, maxInput), threshold);

export interface ClosedCostInput {
  model: ClosedModel;
  provider: Provider | undefined;
  requestsPerMonth: number;
  inputTokens: number;
  outputTokens: number;
  /** Longest prompt + completion (the context requirement): prompts are truncated at it minus the completion. */
  maxContextTokens: number;
  cachedInputShare: number;
  batchShare: number;
  regionalProcessing: boolean;
  /** Multiplier on list prices (sensitivity and Monte Carlo). */
  priceMultiplier?: number;
  engineerMonthlyCostUsd: number;
}

type Tiers = ClosedModel['longContext'];

/** The tiers by threshold, lowest first: the catalog's own list when it is in that order already (no copy per call). */
function ascendingTiers(tiers: Tiers): Tiers {
  for (let i = 1; i < tiers.length; i++) {
    if (!(tiers[i - 1]!.aboveInputTokens <= tiers[i]!.aboveInputTokens)) return [...tiers].sort((a, b) => a.aboveInputTokens - b.aboveInputTokens);
  }
  return tiers;
}

/** Prompt lengths none of which exceeds a tier: a zero scale, for which every share above a threshold is 0. */
const NO_LONG_PROMPTS = (max: number): PromptLengths => ({ scale: 0, max, uniform: false });

export function closedCost(input: ClosedCostInput): ClosedCost {
  const m = input.model;
  const mult = input.priceMultiplier ?? 1;
  const inTok = input.requestsPerMonth * input.inputTokens;
  const outTok = input.requestsPerMonth * input.outputTokens;
  const inputUsd = (inTok * m.inputUsdPerMTok * mult) / 1e6;
  const outputUsd = (outTok * m.outputUsdPerMTok * mult) / 1e6;
  // Unpublished cached price: no discount assumed.
  const cachedPrice = (m.cachedInputUsdPerMTok ?? m.inputUsdPerMTok) * mult;
  const cachedSavingsUsd = (inTok * input.cachedInputShare * (m.inputUsdPerMTok * mult - cachedPrice)) / 1e6;
  // A tier re-prices the whole of a long request: input by the share of prompt tokens in such requests, output
  // by the share of requests (completion length does not depend on prompt length).
  const tiers = ascendingTiers(m.longContext);
  let longContextUpliftUsd = 0;
  const longContextTiers: ClosedCost['longContextTiers'] = [];
  if (tiers.length > 0) {
    const maxInput = Math.max(1, input.maxContextTokens - input.outputTokens);
    // No prompt reaches the lowest tier: every share is 0 whatever the distribution's scale, so its bisection is skipped.
    const lengths = tiers[0]!.aboveInputTokens >= maxInput ? NO_LONG_PROMPTS(maxInput) : promptLengths(input.inputTokens, maxInput);
    tiers.forEach((t, i) => {
      const next = tiers[i + 1];
      const tokenShare = tokenShareAbove(lengths, t.aboveInputTokens) - (next ? tokenShareAbove(lengths, next.aboveInputTokens) : 0);
      const requestShare = requestShareAbove(lengths, t.aboveInputTokens) - (next ? requestShareAbove(lengths, next.aboveInputTokens) : 0);
      const usd = tokenShare * (inputUsd - cachedSavingsUsd) * (t.inputMultiplier - 1) + requestShare * outputUsd * (t.outputMultiplier - 1);
      longContextUpliftUsd += usd;
      longContextTiers.push({ aboveInputTokens: t.aboveInputTokens, inputMultiplier: t.inputMultiplier, outputMultiplier: t.outputMultiplier, tokenShare, requestShare, usd });
    });
  }
  const listTotal = inputUsd + outputUsd - cachedSavingsUsd + longContextUpliftUsd;
  const batchSavingsUsd = listTotal * input.batchShare * (m.batchDiscount ?? 0);
  const regionalUpliftUsd = input.regionalProcessing ? (listTotal - batchSavingsUsd) * (input.provider?.regionalUplift ?? 0) : 0;
  const monthlyUsd = listTotal - batchSavingsUsd + regionalUpliftUsd;
  const mTok = (inTok + outTok) / 1e6;
  return {
    modelId: m.id,
    monthlyUsd,
    inputUsd,
    outputUsd,
    cachedSavingsUsd,
    batchSavingsUsd,
    regionalUpliftUsd,
    longContextUpliftUsd,
    longContextTiers,
    startupCostUsd: (CLOSED_SETUP_WEEKS * input.engineerMonthlyCostUsd * 12) / 52,
    costPerMTokUsd: mTok > 0 ? monthlyUsd / mTok : 0,
  };
}
