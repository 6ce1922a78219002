export { applyMeasuredUsage, guessedTokensPerMonth, type AppliedUsage } from './apply.js';
export { DAY_MS, DAYS_PER_MONTH, HOUR_MS } from './calendar.js';
export { formatDollars, formatMicroUsd, formatTokenCount } from './format.js';
export {
  DEFAULT_MIN_DAYS,
  DEFAULT_MIN_DAYS_FOR_GROWTH,
  measureUsage,
  REFUSED,
  type MeasureOptions,
} from './measure.js';
export { explainChange, reassessFromUsage, type ReassessInput, type Reassessment } from './reassess.js';
export {
  renderUsageComparison,
  renderUsageSummary,
  type ComparisonView,
  type UsageFormat,
} from './render.js';
export { parseSince } from './since.js';
export { percentile } from './stats.js';
export { summarizeUsage, type UsageGroup, type UsageSummary, type UsageTotals } from './summarize.js';
export {
  COMPARED_FIELDS,
  USAGE_WARNING_CODES,
  type ComparedField,
  type ComparisonRow,
  type DestinationSpend,
  type MeasuredWorkload,
  type MeteredRequest,
  type UsageComparison,
  type UsageWarning,
  type UsageWarningCode,
  type VerdictChange,
} from './types.js';
