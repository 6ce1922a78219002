import { assess, checkProfileAgainstCatalog } from '../../core/assess/index.js';
import type { Catalog } from '../../core/catalog/index.js';
import { parseProfile, type Profile } from '../../core/profile/index.js';
import type { Report } from '../../core/report/types.js';
import type { Issue } from '../../core/result.js';

export interface Computed {
  issues: Issue[];
  report: Report | null;
  /** The validated profile with defaults filled, when valid. */
  profile: Profile | null;
  /** Milliseconds spent validating and assessing, measured in the browser. */
  ms: number;
  /** An unexpected engine failure, shown instead of a report. */
  error?: string;
  /** Computed with fewer Monte Carlo draws while the user is typing. */
  preview: boolean;
}

export interface ComputeOptions {
  now: Date;
  /** Cap on Monte Carlo draws for a quick preview; only the probability estimate depends on it. */
  previewRuns?: number;
}

/** Validate with the core's schema, then run the same `assess` as the CLI. */
export function compute(draft: unknown, catalog: Catalog, opts: ComputeOptions): Computed {
  const start = performance.now();
  const parsed = parseProfile(draft);
  const preview = opts.previewRuns !== undefined && parsed.ok && parsed.value.assumptions.monteCarloRuns > opts.previewRuns;
  if (!parsed.ok) return { issues: parsed.issues, report: null, profile: null, ms: performance.now() - start, preview: false };
  // Pinned models that the catalog does not know: same check as the CLI, before assessing.
  const unknown = checkProfileAgainstCatalog(parsed.value, catalog);
  if (unknown.length > 0) return { issues: unknown, report: null, profile: parsed.value, ms: performance.now() - start, preview: false };
  try {
    const profile = preview && opts.previewRuns !== undefined ? { ...parsed.value, assumptions: { ...parsed.value.assumptions, monteCarloRuns: opts.previewRuns } } : parsed.value;
    const report = assess(profile, catalog, { now: opts.now });
    return { issues: [], report, profile: parsed.value, ms: performance.now() - start, preview };
  } catch (e) {
    return { issues: [], report: null, profile: parsed.value, ms: performance.now() - start, preview: false, error: e instanceof Error ? e.message : String(e) };
  }
}
