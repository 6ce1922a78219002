import { esc } from '../../charts/svg.js';
import type { Report } from '../types.js';
import { renderConsolidation, renderOverview, renderSources, renderWorkload, verdictBadge } from './sections.js';
import { REPORT_CSS } from './styles.js';

export { orderReasons, renderCharts, renderConsolidation, renderOverview, renderSources, renderWorkload, verdictBadge } from './sections.js';
export { REPORT_CSS } from './styles.js';

export interface ReportParts {
  /** Title, summary and portfolio table. */
  head: string;
  workloads: { name: string; html: string }[];
  /** Assumptions and sources. */
  tail: string;
}

/** Title, summary and the portfolio table. */
export function renderReportHead(report: Report): string {
  return (
    `<header><h1>${esc(report.team)}: open or closed models? ${verdictBadge(report.verdict)}</h1>` +
    `<p class="summary">${esc(report.summary)}</p>` +
    `<p class="meta">Generated ${esc(report.generatedAt)} · catalog ${esc(report.catalogVersion)} · report schema v${report.schemaVersion}</p></header>` +
    `<h2>Portfolio</h2>${renderOverview(report)}${renderConsolidation(report)}`
  );
}

/** The profile's assumptions and every source with its as-of date. */
export function renderReportTail(report: Report): string {
  const assumptions = report.assumptions.map((a) => `<li>${esc(a)}</li>`).join('');
  return (
    `<section class="assumptions"><h2>Assumptions</h2><ul class="plain">${assumptions}</ul></section>` +
    `<section class="sources-section"><h2>Prices and sources</h2><p class="meta">Every price and figure used, with where it comes from and when it was true.</p>${renderSources(report)}</section>`
  );
}

/** The report in independent pieces, so a live view can replace only the pieces that changed. */
export function renderReportParts(report: Report, opts: { charts?: boolean } = {}): ReportParts {
  return {
    head: renderReportHead(report),
    workloads: report.workloads.map((w) => ({ name: w.name, html: renderWorkload(w, opts) })),
    tail: renderReportTail(report),
  };
}

/** The report's content without the page shell; the web UI shows the same markup live. */
export function renderReportBody(report: Report, opts: { charts?: boolean } = {}): string {
  const parts = renderReportParts(report, opts);
  return parts.head + parts.workloads.map((w) => w.html).join('') + parts.tail;
}

/** One self-contained HTML file: inline CSS and SVG, no scripts, fonts or network requests. */
export function renderHtmlReport(report: Report): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<meta name="generator" content="switchboard"><title>${esc(report.team)}: Switchboard assessment</title>` +
    `<meta name="color-scheme" content="light dark">` +
    `<style>body{margin:0;background:#fff}@media screen and (prefers-color-scheme:dark){body{background:#0b1120}}${REPORT_CSS}</style></head>` +
    `<body><main class="sb-report">${renderReportBody(report)}</main></body></html>\n`
  );
}
