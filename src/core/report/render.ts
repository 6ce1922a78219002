import { renderHtmlReport } from './html/index.js';
import { renderMarkdownReport } from './markdown.js';
import { renderTextReport } from './text.js';
import type { Report } from './types.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One entry point for every output format of `switchboard assess`. */
export interface RenderOptions {
  color: boolean;
  /** Text only: every workload in full, assumptions and sources (the other formats always hold everything). */
  detail?: boolean;
  /** Text only: one workload in full. */
  workload?: string;
}

export function renderReport(report: Report, format: ReportFormat, options: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderTextReport(report, options);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return renderMarkdownReport(report);
    case 'html':
      return renderHtmlReport(report);
  }
}
