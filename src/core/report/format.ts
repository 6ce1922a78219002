/** Display formatting shared by reasons and renderers; floating point only reaches the user here. */

/** `$1,234` / `$12.3k` style money, whole dollars below 10k for readability. */
export function formatUsd(n: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  if (a >= 1e6) return `${sign}$${trim(a / 1e6)}M`;
  if (a >= 1e4) return `${sign}$${trim(a / 1e3)}k`;
  if (a === 0) return '$0';
  if (a >= 100) return `${sign}$${Math.round(a).toLocaleString('en-US')}`;
  return `${sign}$${a.toFixed(2)}`;
}

/** `1.9B`, `350M`, `12k` tokens. */
export function formatTokens(n: number): string {
  const a = Math.abs(n);
  if (a >= 1e12) return `${trim(n / 1e12)}T`;
  if (a >= 1e9) return `${trim(n / 1e9)}B`;
  if (a >= 1e6) return `${trim(n / 1e6)}M`;
  if (a >= 1e3) return `${trim(n / 1e3)}k`;
  return `${Math.round(n)}`;
}

export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** Three significant digits at most, no trailing zeros: 1.90 -> 1.9, 12.34 -> 12.3, 123.4 -> 123. */
function trim(x: number): string {
  const digits = x >= 100 ? 0 : x >= 10 ? 1 : 2;
  return Number(x.toFixed(digits)).toString();
}

/** Excluded models grouped by the rule that excluded them: `rule: a, b, c`, one entry per rule. */
export function groupExclusions(excluded: readonly { modelId: string; rule: string }[]): { rule: string; modelIds: string[] }[] {
  const byRule = new Map<string, string[]>();
  for (const e of excluded) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e.modelId]);
  return [...byRule].map(([rule, modelIds]) => ({ rule, modelIds }));
}
