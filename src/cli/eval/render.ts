import { renderEvalHtml, renderEvalMarkdown, renderEvalText, type EvalSummary } from '../../core/eval/index.js';
import { UsageError } from '../support/io.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const EVAL_REPORT_KIND = 'switchboard-eval-report';

export function renderReport(s: EvalSummary, format: ReportFormat): string {
  switch (format) {
    case 'text':
      return renderEvalText(s);
    case 'json':
      return `${JSON.stringify({ kind: EVAL_REPORT_KIND, schemaVersion: 1, ...s }, null, 2)}\n`;
    case 'markdown':
      return renderEvalMarkdown(s);
    case 'html':
      return renderEvalHtml(s);
  }
}

export function reportFormatOf(path: string): ReportFormat {
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (/\.json$/i.test(path)) return 'json';
  if (/\.txt$/i.test(path)) return 'text';
  throw new UsageError(`--report ${path}: expected a file ending in .html, .md, .json or .txt`);
}
