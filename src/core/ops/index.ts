export { applyBudget, unitPrice } from './budget.js';
export type { BudgetDecision, SpendNow } from './budget.js';
export { budgetSchema, limitsSchema, opsSchema, rateLimitSchema } from './config-schema.js';
export type { Budget, LimitsConfig, OpsConfig, RateLimit } from './config-schema.js';
export { opsCrossCheck } from './cross-check.js';
