import type { ClosedModel, Provider } from '../catalog/schema.js';
import type { ClosedCost } from './contract.js';

/** One engineering week to integrate an API (keys, client, retries, monitoring). */
export const CLOSED_SETUP_WEEKS = 1;

/**
 * Share of requests whose input exceeds `threshold` tokens, assuming exponentially distributed prompt lengths
 * with the workload's mean, truncated at its longest context.
 */
export function shareAbove(threshold: number, meanInput: number, maxContext: number): number {
  if (maxContext <= threshold || meanInput <= 0) return 0;
  if (meanInput >= threshold) return 1;
  const tail = (x: number): number => Math.exp(-x / meanInput);
  return (tail(threshold) - tail(maxContext)) / (1 - tail(maxContext));
}

export interface ClosedCostInput {
  model: ClosedModel;
  provider: Provider | undefined;
  requestsPerMonth: number;
  inputTokens: number;
  outputTokens: number;
  maxContextTokens: number;
  cachedInputShare: number;
  batchShare: number;
  regionalProcessing: boolean;
  /** Multiplier on list prices (sensitivity and Monte Carlo). */
  priceMultiplier?: number;
  engineerMonthlyCostUsd: number;
}

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
  const tiers = [...m.longContext].sort((a, b) => a.aboveInputTokens - b.aboveInputTokens);
  let longContextUpliftUsd = 0;
  tiers.forEach((t, i) => {
    const next = tiers[i + 1];
    const share = shareAbove(t.aboveInputTokens, input.inputTokens, input.maxContextTokens) - (next ? shareAbove(next.aboveInputTokens, input.inputTokens, input.maxContextTokens) : 0);
    longContextUpliftUsd += share * ((inputUsd - cachedSavingsUsd) * (t.inputMultiplier - 1) + outputUsd * (t.outputMultiplier - 1));
  });
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
    startupCostUsd: (CLOSED_SETUP_WEEKS * input.engineerMonthlyCostUsd * 12) / 52,
    costPerMTokUsd: mTok > 0 ? monthlyUsd / mTok : 0,
  };
}
