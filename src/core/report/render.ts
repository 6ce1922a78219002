import { renderHtmlReport } from './html/index.js';
import { renderMarkdownReport } from './markdown.js';
import { renderTextReport } from './text.js';
import type { Report } from './types.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One entry point for every output format of `switchboard assess`. */
export function renderReport(report: Report, format: ReportFormat, options: { color: boolean }): string {
  switch (format) {
    case 'text':
      return renderTextReport(report, { color: options.color });
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return renderMarkdownReport(report);
    case 'html':
      return renderHtmlReport(report);
  }
}
