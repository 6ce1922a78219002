/** Deterministic Nelder-Mead minimiser over a few parameters (the calibration fits 3 per engine). */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  opts: { step: number; iterations: number },
): number[] {
  const n = start.length;
  let simplex = [start.slice(), ...start.map((_, i) => start.map((v, j) => (i === j ? v + opts.step : v)))];
  let values = simplex.map(f);
  for (let it = 0; it < opts.iterations; it++) {
    const order = values
      .map((v, i) => [v, i] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, i]) => i);
    simplex = order.map((i) => simplex[i]!);
    values = order.map((i) => values[i]!);
    const centroid = Array.from(
      { length: n },
      (_, j) => simplex.slice(0, n).reduce((s, x) => s + x[j]!, 0) / n,
    );
    const worst = simplex[n]!;
    const along = (t: number): number[] => centroid.map((c, j) => c + t * (worst[j]! - c));
    const reflected = along(-1);
    const fr = f(reflected);
    if (fr < values[0]!) {
      const expanded = along(-2);
      const fe = f(expanded);
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]!) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = along(0.5);
      const fc = f(contracted);
      if (fc < values[n]!) {
        [simplex[n], values[n]] = [contracted, fc];
      } else {
        const best = simplex[0]!;
        simplex = simplex.map((x, i) => (i === 0 ? x : x.map((v, j) => best[j]! + 0.5 * (v - best[j]!))));
        values = simplex.map((x, i) => (i === 0 ? values[0]! : f(x)));
      }
    }
  }
  const bestIndex = values.indexOf(Math.min(...values));
  return simplex[bestIndex]!;
}
