/**
 * Steady-state timing for the detector benchmark. V8 optimises a function only after it has run many times, and
 * the detector is large: on 8 KB chat prompts its time per prompt keeps falling for thousands of prompts (tens of
 * seconds of a fresh process), far longer than redact-pii's. A gateway is a long-running process, so the speed rows
 * are measured after every finder has been run, in turns, until its time per pass stops falling; the cold figures
 * (a fresh process) are measured apart, by detect-cold.ts.
 */

export interface WarmUp {
  /** Passes over the texts run before measuring. */
  passes: number;
  /** CPU milliseconds they took. */
  cpuMs: number;
  /** False when `maxMs` ran out before the time per pass stopped falling. */
  flat: boolean;
}

export interface WarmUpOptions {
  /** CPU milliseconds each finder runs at least. */
  minMs: number;
  /** CPU milliseconds after which a finder stops warming, flat or not. */
  maxMs: number;
}

export const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/**
 * Runs each pass function in turns (so all see the same machine load) until, for each, the fastest of its last half
 * of passes is no more than 3% faster than its fastest pass before them (a new low in the second half of the run:
 * still falling), after at least `minMs`; at most `maxMs` each. A pass covers the same texts every time, so passes compare
 * like with like.
 */
export function warmUp(passes: readonly (() => void)[], o: WarmUpOptions): WarmUp[] {
  const times = passes.map((): number[] => []);
  const spent = passes.map(() => 0);
  const done = passes.map(() => false);
  while (done.some((d) => !d)) {
    passes.forEach((pass, i) => {
      if (done[i] === true) return;
      const c0 = cpuMs();
      pass();
      const ms = cpuMs() - c0;
      const t = times[i] ?? [];
      t.push(ms);
      spent[i] = (spent[i] ?? 0) + ms;
      if ((spent[i] ?? 0) >= o.minMs && stoppedFalling(t)) done[i] = true;
      if ((spent[i] ?? 0) >= o.maxMs) done[i] = true;
    });
  }
  return passes.map((_, i) => ({ passes: times[i]?.length ?? 0, cpuMs: spent[i] ?? 0, flat: stoppedFalling(times[i] ?? []) }));
}

/** No new low, by more than 3%, in the last half of the passes (at least 6 passes). */
function stoppedFalling(t: readonly number[]): boolean {
  if (t.length < 6) return false;
  const recent = Math.floor(t.length / 2);
  return Math.min(...t.slice(-recent)) >= 0.97 * Math.min(...t.slice(0, -recent));
}

/** Sorted-sample percentile (0..1). */
export const percentile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
