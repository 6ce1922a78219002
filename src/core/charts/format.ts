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

/**
 * Two amounts in one unit, so a range never reads "-$6.38k to $16.2": the unit of the larger magnitude is used
 * for both ("-$6.38k to $0.02k"), and whole dollars below $10k ("-$6,380 to $16").
 */
export function formatUsdRange(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return `${formatUsd(a)} to ${formatUsd(b)}`;
  const big = Math.max(Math.abs(a), Math.abs(b));
  const unit = big >= 10_000 ? UNITS.find(([size]) => big >= size) : undefined;
  const one = (v: number): string => {
    const sign = v < 0 ? '-' : '';
    if (!unit) return `${sign}$${Math.abs(v) >= 10 || big >= 10 ? Math.round(Math.abs(v)).toLocaleString('en-US') : Math.abs(v).toFixed(2)}`;
    const [size, suffix] = unit;
    const scaled = Math.abs(v) / size;
    const digits = big / size >= 100 ? 0 : big / size >= 10 ? 1 : 2;
    return `${sign}$${String(Number(scaled.toFixed(digits)))}${suffix}`;
  };
  return `${one(a)} to ${one(b)}`;
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
