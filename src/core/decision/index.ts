export { chooseClosedModel, openCandidates, type ClosedChoice, type OpenCandidates } from './candidates.js';
export { evaluateControl, type ControlAssessment, type ControlInput } from './control.js';
export { amortizedMonthly, CLOSE_CALL_BAND, compareAmortized, compareCosts, type CostAnalyzer, type CostComparison, type CostOutcome } from './cost.js';
export { portfolioSummary, portfolioTotals, portfolioVerdict } from './portfolio.js';
export { EXCLUSION_RULE, REQUIREMENTS, SECURITY_RULES, type Requirement, type SecurityRule } from './security-rules.js';
export { evaluateSecurity, missingRequirements, type AllowedDestinations, type SecurityAssessment } from './security.js';
export { decideWorkload, type DecideWorkloadInput } from './workload.js';
export { closedWindow, contextRequirement, screenClosedByContext, screenOpenByContext, type ContextRequirement } from './context.js';
export { decidePortfolio, type PortfolioDecisionInput } from './team-costs.js';
