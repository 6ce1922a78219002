/**
 * The library surface of the `switchboard` package (`import { assess } from 'switchboard'`), documented in
 * docs/library.md. Pure functions only: no I/O, no clock, no randomness that is not passed in.
 * What is not re-exported here is internal and may change without notice.
 */
export { formatIssues, type Issue, type Result } from './core/result.js';

// Profile: validate a decoded YAML/JSON profile and fill its defaults.
export { parseProfile, profileSchema, workloadSchema, type Profile, type ProfileInput, type Team, type Workload } from './core/profile/index.js';

// Catalog: the built-in prices, GPUs and models, and overrides merged over them.
export { defaultCatalog, mergeCatalog, type Catalog } from './core/catalog/index.js';

// Assessment: profile + catalog -> per-workload and portfolio verdicts.
export { assess, type AssessOptions } from './core/assess/index.js';
export type { PortfolioVerdict, Report, Verdict, WorkloadReport } from './core/report/index.js';

// Rendering a report: terminal text, Markdown, a self-contained HTML file.
export { renderReport, renderMarkdownReport, renderTextReport, REPORT_FORMATS, type RenderOptions, type ReportFormat } from './core/report/index.js';
export { renderHtmlReport } from './core/report/html/index.js';

// Re-deciding from measured traffic (a usage summary from the gateway's store).
export { reassessFromUsage, summarizeUsage, type Reassessment, type UsageSummary } from './core/usage/index.js';

// Routing policy and the sensitive-data detector the gateway runs.
export { decide, parseGatewayConfig, type RoutingPlan, type RoutingRequest } from './core/routing/index.js';
export { classify, detect, redact, type Finding, type RequestClassification } from './core/detector/index.js';
