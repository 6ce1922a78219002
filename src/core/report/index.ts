export { formatPercent, formatTokens, formatUsd, groupExclusions } from './format.js';
export { renderMarkdownReport } from './markdown.js';
export { renderReport, REPORT_FORMATS, type RenderOptions, type ReportFormat } from './render.js';
export { renderTextReport, type TextOptions } from './text.js';
export type {
  Area,
  DealBreaker,
  ExcludedModel,
  Flip,
  PortfolioVerdict,
  Reason,
  Recommendation,
  Report,
  UsedSource,
  Verdict,
  WorkloadCostSummary,
  WorkloadReport,
} from './types.js';
export { wrap } from './wrap.js';
