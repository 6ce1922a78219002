/** The last checks before any upstream is called: metering available, rate limits, budgets. */
import { applyBudget } from '../../core/ops/index.js';
import type { Admitted } from '../admit.js';
import { GatewayError } from '../errors.js';
import type { Runtime } from '../runtime.js';

/** Null when the request may go on (its plan possibly narrowed by a budget fallback); else the refusal. */
export async function gate(rt: Runtime, a: Admitted): Promise<GatewayError | null> {
  const ops = rt.ops;
  // Fail closed on metering: no upstream (third party or not) is called while no record could be written.
  if (!ops.health.writable) {
    const err = new GatewayError('metering_unavailable', 'the usage store cannot take records right now; the request was not forwarded (fail closed on metering)');
    err.retryAfterSeconds = 5;
    return err;
  }
  const key = ops.keys.byId(a.draft.keyId);
  if (key) {
    const refused = await ops.limits.admit(key, a.draft.workload);
    if (refused) {
      const who = refused.scope === 'key' ? `key "${key.id}"` : `workload "${a.draft.workload}"`;
      const err = new GatewayError('rate_limited', `rate limit of ${who} reached: ${refused.limit} ${refused.kind} per minute`);
      err.retryAfterSeconds = Math.max(1, Math.ceil(refused.retryAfterMs / 1000));
      a.draft.reason = `refused.rate-limit-${refused.scope}-${refused.kind}`;
      return err;
    }
  }
  const budget = ops.settings.budgets[a.draft.workload];
  if (!budget) return null;
  const decision = applyBudget(a.plan, budget, await ops.budgets.spend(a.draft.workload), (name) => rt.prices.get(name) ?? null);
  if (decision.kind === 'ok') return null;
  if (decision.kind === 'fallback') {
    a.plan = decision.plan;
    a.draft.reason = `budget.${decision.limit}-fallback`;
    return null;
  }
  const amount = decision.limit === 'daily' ? budget.dailyUsd : budget.monthlyUsd;
  const err = new GatewayError('budget_exceeded', `the ${decision.limit} budget of workload "${a.draft.workload}" ($${amount ?? 0}) is spent; the request was not forwarded`);
  err.retryAfterSeconds = ops.budgets.secondsUntilReset(decision.limit);
  a.draft.reason = `refused.budget-${decision.limit}`;
  return err;
}
