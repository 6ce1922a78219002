import type { PriceSheet } from '../routing/cost.js';
import type { DestinationFacts, RoutingPlan } from '../routing/decide.js';
import type { Budget } from './config-schema.js';

export interface SpendNow {
  /** Micro-dollars spent by the workload today and this month (UTC). */
  dayMicroUsd: number;
  monthMicroUsd: number;
}

export type BudgetDecision =
  | { kind: 'ok'; plan: RoutingPlan }
  | { kind: 'fallback'; plan: RoutingPlan; limit: 'daily' | 'monthly' }
  | { kind: 'refuse'; limit: 'daily' | 'monthly' };

/** Blended USD per million tokens used to rank destinations by price; self-hosted (no marginal cost) is 0. */
export const unitPrice = (p: PriceSheet | null): number => (p ? p.input + p.output : 0);

/**
 * At a budget limit: refuse, or keep only the plan's destinations that are cheaper than its first choice
 * (cheapest first). The plan comes from `decide()`, so a fallback never reaches a destination the data may not go to.
 */
export function applyBudget(plan: RoutingPlan, budget: Budget | undefined, spend: SpendNow, prices: (name: string) => PriceSheet | null): BudgetDecision {
  if (!budget) return { kind: 'ok', plan };
  const limit = budget.dailyUsd !== undefined && spend.dayMicroUsd >= budget.dailyUsd * 1e6 ? 'daily' : budget.monthlyUsd !== undefined && spend.monthMicroUsd >= budget.monthlyUsd * 1e6 ? 'monthly' : null;
  if (limit === null) return { kind: 'ok', plan };
  if (budget.onLimit === 'refuse') return { kind: 'refuse', limit };
  const first = plan.ranked[0];
  const ceiling = first ? unitPrice(prices(first.name)) : 0;
  // Destinations with no marginal cost (self-hosted) add nothing to spend and stay allowed.
  const cheaper: DestinationFacts[] = plan.ranked
    .filter((d) => unitPrice(prices(d.name)) === 0 || unitPrice(prices(d.name)) < ceiling)
    .sort((a, b) => unitPrice(prices(a.name)) - unitPrice(prices(b.name)));
  return cheaper.length > 0 ? { kind: 'fallback', limit, plan: { ...plan, ranked: cheaper } } : { kind: 'refuse', limit };
}
