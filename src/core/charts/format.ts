/** Human-readable numbers for axes, labels and the report. Floating point is for display only. */

const UNITS: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** Three significant digits at most, trailing zeros dropped: 1.25, 12.5, 125. */
function short(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
}

/** 1200 -> "1.2k", 3.4e9 -> "3.4B". */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  for (const [size, unit] of UNITS) {
    if (abs >= size) return `${short(value / size)}${unit}`;
  }
  return short(value);
}

/** Money for charts: "$1.2k", "-$300", "$0.45". */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  return `${sign}$${formatCompact(Math.abs(value))}`;
}

/** Money for tables: "$12,345" (whole dollars) or "$0.42" under $10. */
export function formatUsdExact(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  const text = abs < 10 ? abs.toFixed(2) : Math.round(abs).toLocaleString('en-US');
  return `${sign}$${text}`;
}

export function formatTokens(value: number): string {
  return formatCompact(value);
}

/** 0.6234 -> "62%". */
export function formatPercent(share: number, digits = 0): string {
  return `${(share * 100).toFixed(digits)}%`;
}
