/**
 * Quality on one scale for open and closed models. A workload's `quality` tier is a requirement relative to the
 * best closed model it may use: frontier = within 5% of it, strong = 55%, standard = 50% (docs/decision-rules.md).
 * A model without a score is placed at the lowest score its declared tier allows, marked as an estimate.
 */
import type { Catalog, ClosedModel, DomainScore, OpenModel, Source } from '../catalog/schema.js';
import type { Precision, QualityTier, Workload } from '../profile/index.js';

export const QUALITY_SCALE = {
  name: 'AA Intelligence Index v4.1',
  url: 'https://artificialanalysis.ai/articles/artificial-analysis-intelligence-index-v4-1',
} as const;

/** Share of the reference (best allowed closed) score each tier requires. */
export const TIER_SHARE: Readonly<Record<QualityTier, number>> = { frontier: 0.95, strong: 0.55, standard: 0.5 };
/** Reference used when the catalog has no scored closed model at all (an override without evidence). */
const FALLBACK_REFERENCE = 60;

/** Domains whose preference is decided by a domain benchmark; other domains never earn a preference. */
export const SCORED_DOMAINS = ['code', 'medical'] as const;
type ScoredDomain = (typeof SCORED_DOMAINS)[number];

/** int4 weights are excluded for these workloads: a stated policy, not a measured penalty (docs/decision-rules.md). */
export const INT4: readonly Precision[] = ['int4-awq', 'int4-gptq', 'gguf-q4'];

export interface ScoreView {
  value: number;
  estimate: boolean;
  source: Source | null;
  note?: string;
}

type Scored = Pick<OpenModel | ClosedModel, 'qualityScore' | 'quality'>;

/** The model's score; without evidence, the floor of its declared tier against the reference, marked as an estimate. */
export function scoreOf(m: Scored, reference: number): ScoreView {
  if (m.qualityScore) return { value: m.qualityScore.value, estimate: m.qualityScore.estimate, source: m.qualityScore.source, ...(m.qualityScore.note ? { note: m.qualityScore.note } : {}) };
  return { value: Math.round(TIER_SHARE[m.quality] * reference * 10) / 10, estimate: true, source: null, note: `no quality evidence in the catalog: placed at the floor of its declared "${m.quality}" tier` };
}

export interface QualityBar {
  /** Best closed model the workload may use (null when security allows none: then the best in the catalog). */
  reference: ClosedModel | null;
  referenceScore: number;
  required: number;
}

/** What the workload's tier demands on the scale, from the best closed model it may use. */
export function qualityBar(workload: Pick<Workload, 'quality'>, allowedClosed: readonly ClosedModel[], catalog: Catalog): QualityBar {
  const pool = allowedClosed.length > 0 ? allowedClosed : catalog.closedModels.filter((m) => !m.deprecated);
  let reference: ClosedModel | null = null;
  let referenceScore = 0;
  for (const m of pool) {
    const s = m.qualityScore?.value;
    if (s !== undefined && s > referenceScore) {
      reference = m;
      referenceScore = s;
    }
  }
  if (reference === null) referenceScore = FALLBACK_REFERENCE;
  return { reference, referenceScore, required: Math.round(TIER_SHARE[workload.quality] * referenceScore * 10) / 10 };
}

export function domainScoreOf(m: Pick<OpenModel | ClosedModel, 'domainScores'>, domain: string): DomainScore | null {
  if (!(SCORED_DOMAINS as readonly string[]).includes(domain)) return null;
  return m.domainScores?.[domain as ScoredDomain] ?? null;
}

/** Frontier and medical work never runs on int4 weights unless the model was released that way (trained for it). */
export function excludesInt4(workload: Pick<Workload, 'quality' | 'domain'>): boolean {
  return workload.quality === 'frontier' || workload.domain === 'medical';
}

const fmt = (s: ScoreView): string => `${s.value}${s.estimate ? ' (estimate)' : ''}`;
// An estimate's source is the scale it is placed on, not a page that measured it: cited as such, so no reader goes
// looking for a published score that does not exist.
const cite = (s: ScoreView): string => {
  const where = s.source ? `${s.source.url.replace(/^https?:\/\//, '').split('/')[0] ?? ''} ${s.source.asOf}` : 'no source';
  if (!s.estimate) return where;
  return s.source ? `catalog estimate; scale: ${where}` : 'catalog estimate; no source';
};

export interface SideBySideInput {
  open: OpenModel | null;
  closed: ClosedModel | null;
  bar: QualityBar;
  tier: QualityTier;
}

/** One line that puts the chosen open and closed models side by side on the scale, with sources and estimates marked. */
export function sideBySide({ open, closed, bar, tier }: SideBySideInput): string {
  const o = open ? scoreOf(open, bar.referenceScore) : null;
  const c = closed ? scoreOf(closed, bar.referenceScore) : null;
  const parts: string[] = [];
  if (open && o) parts.push(`open ${open.name} ${fmt(o)} [${cite(o)}]`);
  if (closed && c) parts.push(`closed ${closed.name} ${fmt(c)} [${cite(c)}]`);
  const delta = o && c ? Math.round((o.value - c.value) * 10) / 10 : null;
  const trade = delta === null ? '' : delta < 0 ? `: self-hosting gives up ${-delta} points` : delta > 0 ? `: self-hosting gains ${delta} points` : ': no difference on the scale';
  const ref = `${Math.round(TIER_SHARE[tier] * 100)}% of ${bar.reference?.name ?? 'the best closed model'} (${bar.referenceScore})`;
  const marked = (o?.estimate ?? false) || (c?.estimate ?? false) ? '; (estimate) = a catalog estimate, not a measurement' : '';
  return `quality (${QUALITY_SCALE.name}): ${parts.join(' vs ') || 'no model'}${trade}; "${tier}" needs ${bar.required}, ${ref}${marked}`;
}
