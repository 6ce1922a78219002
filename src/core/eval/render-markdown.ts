import { dataLine, failureLines, headline, pctCi, summaryRows, visibilityLines } from './render-text.js';
import type { EvalSummary } from './summarize.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The report as Markdown: the same facts as the terminal, as tables. */
export function renderEvalMarkdown(s: EvalSummary): string {
  const out: string[] = [`# ${cell(headline(s))}`, ''];
  const data = dataLine(s);
  if (data) out.push(data, '');
  const rows = summaryRows(s);
  out.push(`| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map((_, i) => (i >= 2 ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.slice(1).map((r) => `| ${r.map(cell).join(' | ')} |`), '');
  const parity = s.candidates.flatMap((c) => (c.parity ? [c.parity.statement] : []));
  if (parity.length) out.push('## Parity', '', ...parity.map((p) => `- ${p}`), '');
  const hidden = visibilityLines(s);
  if (hidden.length) out.push('## Not sent (data policy)', '', ...hidden.map((l) => `- ${l}`), '');
  const checks = s.candidates.filter((c) => c.checks.byName.length > 0);
  if (checks.length) {
    const names = [...new Set(checks.flatMap((c) => c.checks.byName.map((b) => b.name)))];
    out.push('## Checks (pass rate, 95% interval)', '', `| candidate | ${names.map(cell).join(' | ')} |`, `| --- |${names.map(() => ' ---: ').join('|')}|`);
    for (const c of checks) out.push(`| ${cell(c.name)} | ${names.map((n) => pctCi(c.checks.byName.find((b) => b.name === n)?.passRate ?? null)).join(' | ')} |`);
    out.push('');
  }
  const costs = s.candidates.map((c) => `- ${c.name}: ${c.cost.note}`);
  out.push('## Cost basis', '', ...costs, '');
  const fails = failureLines(s);
  if (fails.length) out.push('## Problems (partial results kept)', '', ...fails.map((l) => `- ${l}`), '');
  if (s.stopped) out.push(`**Stopped:** ${s.stopped.message}`, '');
  if (s.notes.length) out.push('## Notes', '', ...s.notes.map((n) => `- ${n}`), '');
  out.push(`Spent $${s.totals.spentUsd.toFixed(3)} on API calls. Intervals: ${s.settings.resamples} bootstrap resamples over prompts, seed ${s.settings.seed}; parity margin ${s.settings.margin} points.`, '');
  return out.join('\n');
}
