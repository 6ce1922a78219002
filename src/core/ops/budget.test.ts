import { describe, expect, it } from 'vitest';
import type { PriceSheet } from '../routing/cost.js';
import type { DestinationFacts, RoutingPlan } from '../routing/decide.js';
import { applyBudget } from './budget.js';

const d = (name: string, kind: DestinationFacts['kind']): DestinationFacts => ({ name, kind, model: name, baa: false, zeroDataRetention: false });
const PRICES: Record<string, PriceSheet | null> = { big: { input: 3, output: 15, cachedInput: null }, mini: { input: 0.15, output: 0.6, cachedInput: null }, local: null };
const prices = (n: string) => PRICES[n] ?? null;
const plan = (...names: [string, DestinationFacts['kind']][]): RoutingPlan => ({ ranked: names.map(([n, k]) => d(n, k)), reason: 'default.route-order', sensitive: false });

describe('applyBudget', () => {
  const under = { dayMicroUsd: 9_999_999, monthMicroUsd: 0 };
  const overDay = { dayMicroUsd: 10_000_000, monthMicroUsd: 10_000_000 };
  it('keeps the plan under the limit and without a budget', () => {
    const p = plan(['big', 'third-party']);
    expect(applyBudget(p, { dailyUsd: 10, onLimit: 'refuse' }, under, prices)).toEqual({ kind: 'ok', plan: p });
    expect(applyBudget(p, undefined, overDay, prices)).toEqual({ kind: 'ok', plan: p });
  });
  it('refuses at the daily limit (exactly at it counts), then at the monthly one', () => {
    expect(applyBudget(plan(['big', 'third-party']), { dailyUsd: 10, onLimit: 'refuse' }, overDay, prices)).toEqual({ kind: 'refuse', limit: 'daily' });
    expect(applyBudget(plan(['big', 'third-party']), { dailyUsd: 100, monthlyUsd: 10, onLimit: 'refuse' }, overDay, prices)).toEqual({ kind: 'refuse', limit: 'monthly' });
  });
  it('falls back to cheaper destinations of the same plan only, cheapest first', () => {
    const r = applyBudget(plan(['big', 'third-party'], ['mini', 'third-party'], ['local', 'self-hosted']), { dailyUsd: 10, onLimit: 'fallback' }, overDay, prices);
    expect(r.kind).toBe('fallback');
    expect(r.kind === 'fallback' && r.plan.ranked.map((x) => x.name)).toEqual(['local', 'mini']);
  });
  it('never adds a destination the plan did not allow: nothing cheaper means refuse', () => {
    expect(applyBudget(plan(['mini', 'third-party'], ['big', 'third-party']), { dailyUsd: 10, onLimit: 'fallback' }, overDay, prices)).toEqual({ kind: 'refuse', limit: 'daily' });
  });
  it('lets a self-hosted first choice through at the limit (it adds no spend)', () => {
    const r = applyBudget(plan(['local', 'self-hosted'], ['big', 'third-party']), { dailyUsd: 10, onLimit: 'fallback' }, overDay, prices);
    expect(r.kind === 'fallback' && r.plan.ranked.map((x) => x.name)).toEqual(['local']);
  });
});
