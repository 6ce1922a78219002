import { esc } from '../charts/svg.js';
import { REPORT_CSS } from '../report/html/styles.js';
import { evalCharts } from './charts.js';
import { dataLine, failureLines, headline, pctCi, summaryRows, visibilityLines } from './render-text.js';
import type { EvalSummary } from './summarize.js';

const list = (items: readonly string[], cls = 'plain'): string => `<ul class="${cls}">${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;

function table(rows: string[][], numericFrom: number): string {
  const [head, ...body] = rows;
  const th = head!.map((h, i) => `<th${i >= numericFrom ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const tr = body.map((r) => `<tr>${r.map((c, i) => `<td${i >= numericFrom ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<div class="table-wrap"><table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table></div>`;
}

/** The report body (no page shell), with per-candidate charts. */
export function renderEvalBody(s: EvalSummary): string {
  const parts: string[] = [`<header><h1>${esc(headline(s))}</h1>`];
  const data = dataLine(s);
  parts.push(data ? `<p class="meta">${esc(data)}</p></header>` : '</header>');
  parts.push('<h2>Candidates</h2>', table(summaryRows(s), 2));
  const parity = s.candidates.flatMap((c) => (c.parity ? [c.parity.statement] : []));
  if (parity.length) parts.push('<h2>Parity</h2>', list(parity, 'plain parity'));
  const charts = evalCharts(s)
    .map((c) => `<figure data-chart="${c.kind}">${c.svg}<figcaption><strong>${esc(c.title)}</strong>${esc(c.desc)}</figcaption></figure>`)
    .join('');
  parts.push(`<div class="charts">${charts}</div>`);
  const hidden = visibilityLines(s);
  if (hidden.length) parts.push('<h2>Not sent (data policy)</h2>', list(hidden, 'plain not-sent'));
  const withChecks = s.candidates.filter((c) => c.checks.byName.length > 0);
  if (withChecks.length) {
    const names = [...new Set(withChecks.flatMap((c) => c.checks.byName.map((b) => b.name)))];
    parts.push('<h2>Checks (pass rate, 95% interval)</h2>', table([['candidate', ...names], ...withChecks.map((c) => [c.name, ...names.map((n) => pctCi(c.checks.byName.find((b) => b.name === n)?.passRate ?? null))])], 1));
  }
  parts.push('<h2>Cost basis</h2>', list(s.candidates.map((c) => `${c.name}: ${c.cost.note}`)));
  const fails = failureLines(s);
  if (fails.length) parts.push('<h2>Problems (partial results kept)</h2>', `<div class="deal-breakers" role="note">${list(fails)}</div>`);
  if (s.stopped) parts.push(`<p><strong>Stopped:</strong> ${esc(s.stopped.message)}</p>`);
  if (s.notes.length) parts.push('<h2>Notes</h2>', list(s.notes));
  parts.push(`<p class="meta">Spent $${s.totals.spentUsd.toFixed(3)} on API calls · ${s.settings.resamples} bootstrap resamples over prompts, seed ${s.settings.seed} · parity margin ${s.settings.margin} points · started ${esc(s.startedAt)}</p>`);
  return parts.join('');
}

/** One self-contained HTML file: inline CSS and SVG, no scripts, fonts or network requests. */
export function renderEvalHtml(s: EvalSummary): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<meta name="generator" content="switchboard"><title>${esc(s.suite.workload)}: Switchboard eval</title>` +
    `<style>body{margin:0;background:#fff}${REPORT_CSS}</style></head>` +
    `<body><main class="sb-report">${renderEvalBody(s)}</main></body></html>\n`
  );
}
