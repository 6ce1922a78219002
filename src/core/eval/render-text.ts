import type { Estimate } from './bootstrap.js';
import type { CandidateSummary, EvalSummary } from './summarize.js';

/** Shared wording for every report format (terminal, Markdown, HTML). */
export const pct = (e: Estimate | null): string => (e ? `${Math.round(e.value * 100)}%` : '–');
export const pctCi = (e: Estimate | null): string => (e ? `${Math.round(e.value * 100)}% (${Math.round(e.low * 100)}–${Math.round(e.high * 100)})` : '–');
export const ratingCi = (e: Estimate | null): string => (e ? `${e.value.toFixed(1)} (${e.low.toFixed(1)}–${e.high.toFixed(1)})` : '–');
export const ms = (v: number | null): string => (v === null ? '–' : v >= 10_000 ? `${(v / 1000).toFixed(0)} s` : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
export const usd = (v: number | null): string => (v === null ? '–' : v >= 100 ? `$${Math.round(v).toLocaleString('en-US')}` : v >= 1 ? `$${v.toFixed(2)}` : `$${v.toFixed(3)}`);
export const num = (v: number | null, digits = 0): string => (v === null ? '–' : v.toFixed(digits));

export function judgeCell(c: CandidateSummary): string {
  if (c.judge.mode === 'score') return ratingCi(c.judge.rating);
  if (c.judge.mode === 'pairwise') return c.judge.winRate ? `win ${pctCi(c.judge.winRate)}` : '–';
  return '–';
}

export function costCell(c: CandidateSummary): string {
  if (c.cost.usdPer1kPrompts === null) return 'unpriced';
  return `${usd(c.cost.usdPer1kPrompts)}${c.cost.basis === 'hourly-cost-at-measured-throughput' ? ' (hourly)' : ''}`;
}

export function headline(s: EvalSummary): string {
  const judge = s.judge ? ` · judge ${s.judge.destination} (${s.judge.mode})` : '';
  const base = s.baseline ? ` · baseline ${s.baseline}` : '';
  const version = s.suite.version ? ` v${s.suite.version}` : '';
  return `Eval of workload ${s.suite.workload}: ${s.suite.source}${version} (${s.suite.prompts} prompts, suite ${s.suite.hash.slice(0, 12)})${base}${judge}`;
}

export function dataLine(s: EvalSummary): string | null {
  const entries = Object.entries(s.dataClasses ?? {}).filter(([, n]) => (n ?? 0) > 0);
  if (entries.length === 0) return null;
  return `Data classes: ${entries.map(([k, n]) => `${n} ${k === 'none' ? 'with no sensitive data' : k}`).join(', ')}`;
}

/** "claude could not see 12 of 20 prompts: ..." lines, one per reason. */
export function visibilityLines(s: EvalSummary): string[] {
  return s.candidates.flatMap((c) => c.prompts.notAllowedWhy.map((w) => `${c.name} could not see ${w.count} of ${c.prompts.total} prompts: ${w.why}`));
}

export function failureLines(s: EvalSummary): string[] {
  const out: string[] = [];
  for (const c of s.candidates) {
    for (const w of c.prompts.failedWhy) out.push(`${c.name}: ${w.count} prompt(s) failed: ${w.why}`);
    if (c.prompts.skipped > 0) out.push(`${c.name}: ${c.prompts.skipped} prompt(s) not run (${s.stopped?.reason ?? 'stopped'})`);
    const j = c.judge;
    if (j.unreadable > 0) out.push(`${c.name}: the judge's verdict was unreadable for ${j.unreadable} prompt(s)`);
    if (j.notAllowed > 0) out.push(`${c.name}: the judge was not allowed to see ${j.notAllowed} answer(s)`);
    if (j.failed > 0) out.push(`${c.name}: the judge failed on ${j.failed} prompt(s)`);
  }
  return out;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

export function summaryRows(s: EvalSummary): string[][] {
  const head = ['candidate', 'kind', 'seen', 'score (95% CI)', 'all checks pass', 'judge', 'TTFT p50', 'tok/s p50', 'latency p95', '$/1k prompts'];
  const rows = s.candidates.map((c) => [
    `${c.name}${c.name === s.baseline ? ' (baseline)' : ''}`,
    c.kind,
    `${c.prompts.answered}/${c.prompts.total}`,
    pctCi(c.score),
    pctCi(c.checks.allPassed),
    judgeCell(c),
    ms(c.latency.ttftMsP50),
    num(c.latency.outputTokensPerSecondP50),
    ms(c.latency.latencyMsP95),
    costCell(c),
  ]);
  return [head, ...rows];
}

/** The terminal report. */
export function renderEvalText(s: EvalSummary): string {
  const lines: string[] = [headline(s)];
  const data = dataLine(s);
  if (data) lines.push(data);
  lines.push('', table(summaryRows(s)));
  const parity = s.candidates.flatMap((c) => (c.parity ? [c.parity.statement] : []));
  if (parity.length) lines.push('', 'Parity', ...parity.map((p) => `  ${p}`));
  const hidden = visibilityLines(s);
  if (hidden.length) lines.push('', 'Not sent (data policy)', ...hidden.map((l) => `  ${l}`));
  const checks = s.candidates.filter((c) => c.checks.byName.length > 0);
  if (checks.length) {
    lines.push('', 'Checks (pass rate, 95% CI)');
    for (const c of checks) lines.push(`  ${c.name}: ${c.checks.byName.map((b) => `${b.name} ${pctCi(b.passRate)}`).join(' · ')}`);
  }
  const bias = s.candidates.filter((c) => c.judge.firstShownPicked !== null);
  if (bias.length) lines.push('', `Judge order bias: picked the first-shown answer ${bias.map((c) => `${Math.round(c.judge.firstShownPicked! * 100)}% (${c.name})`).join(', ')}; each pair is asked in both orders, which cancels it`);
  const fails = failureLines(s);
  if (fails.length) lines.push('', 'Problems (partial results kept)', ...fails.map((l) => `  ${l}`));
  if (s.stopped) lines.push('', `Stopped: ${s.stopped.message}`);
  if (s.notes.length) lines.push('', 'Notes', ...s.notes.map((n) => `  ${n}`));
  const budget = s.totals.budgetUsd !== undefined ? ` of ${usd(s.totals.budgetUsd)}` : '';
  lines.push('', `Spent ${usd(s.totals.spentUsd)}${budget} on API calls (${s.totals.calls} answers, ${s.totals.judgeCalls} judge calls) in ${ms(s.totals.durationMs)}. Intervals: ${s.settings.resamples} bootstrap resamples, seed ${s.settings.seed}.`);
  return `${lines.join('\n')}\n`;
}
