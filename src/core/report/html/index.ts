import type { Report } from '../types.js';

/** Self-contained HTML report (inline CSS and SVG charts). Placeholder until the UI issue lands. */
export function renderHtmlReport(report: Report): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><meta charset="utf-8"><title>${esc(report.team)}</title><pre>${esc(JSON.stringify(report, null, 2))}</pre>`;
}
