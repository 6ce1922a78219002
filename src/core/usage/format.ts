/** Number formatting for usage tables and verdict-change sentences. */
export function formatTokenCount(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${trim(n / 1e9)}B`;
  if (abs >= 1e6) return `${trim(n / 1e6)}M`;
  if (abs >= 1e3) return `${trim(n / 1e3)}k`;
  return trim(n);
}

const trim = (x: number): string =>
  Math.abs(x) >= 100
    ? x.toFixed(0)
    : Math.abs(x) >= 10
      ? x.toFixed(1).replace(/\.0$/, '')
      : x.toFixed(2).replace(/\.?0+$/, '');

/** Whole dollars with thousands separators; cents below $100. */
export function formatDollars(usd: number): string {
  const digits = Math.abs(usd) < 100 ? 2 : 0;
  const s = Math.abs(usd).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${usd < 0 ? '-' : ''}$${s}`;
}

export const formatMicroUsd = (micro: number): string => formatDollars(micro / 1e6);

export function formatShare(x: number, digits = 0): string {
  const s = (x * 100).toFixed(digits);
  // A fitted zero can come out as -1e-17; never print "-0.0%".
  return `${/^-0(\.0+)?$/.test(s) ? s.slice(1) : s}%`;
}

/** A number for a table cell: integers as is, others to 3 significant digits. */
export function formatValue(x: number): string {
  if (Number.isInteger(x)) return x.toLocaleString('en-US');
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  return Number(x.toPrecision(3)).toString();
}
