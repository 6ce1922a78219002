import { findClosedModel, findOpenModel } from '../catalog/lookup.js';
import type { Catalog, ClosedModel, OpenModel } from '../catalog/schema.js';
import type { Evidence, EvidenceCandidate } from '../eval/evidence.js';
import type { Workload } from '../profile/index.js';
import type { Flip, QualityEvidenceSummary, Reason } from '../report/types.js';

/**
 * Measured quality from `switchboard eval` (a workload's `qualityEvidence`), used instead of benchmark priors for
 * that workload's quality-gap rule. Read at the CLI edge; this module only judges what it was given.
 */
export interface CitedEvidence {
  /** As written in the profile, for messages. */
  file: string;
  evidence: Evidence;
  /** SHA-256 of the suite file as it is now, when the profile names it; a different hash means the suite changed. */
  currentSuiteHash?: string | undefined;
}

export interface QualityFromEvidence {
  /** The measured open model, when it is in the catalog: assess sizes and prices it. */
  openModel: OpenModel | null;
  /** The closed baseline it was measured against, when it is in the catalog. */
  closedModel: ClosedModel | null;
  /** Measured replacement for the benchmark gap: true worse than the margin, false within it or better; null: not usable. */
  openQualityGap: boolean | null;
  reasons: Reason[];
  flips: Flip[];
  summary: QualityEvidenceSummary;
}

/** Evidence older than this is flagged stale: models, prompts and serving stacks move. */
export const STALE_AFTER_DAYS = 90;

const DAY_MS = 86_400_000;

function best(candidates: readonly EvidenceCandidate[]): EvidenceCandidate | null {
  const open = candidates.filter((c) => c.kind === 'self-hosted' && c.parity);
  return open.sort((a, b) => b.parity!.diffPoints.value - a.parity!.diffPoints.value)[0] ?? null;
}

/** Checks the evidence against the workload and what assess would choose, and turns its parity into a quality verdict. */
export function qualityFromEvidence(args: { workload: Workload; cited: CitedEvidence; catalog: Catalog; now: Date; assessedOpen: OpenModel | null; assessedClosed: ClosedModel | null }): QualityFromEvidence {
  const { workload, cited, catalog } = args;
  const ev = cited.evidence;
  const flags: string[] = [];
  const none = (why: string): QualityFromEvidence => ({
    openModel: null,
    closedModel: null,
    openQualityGap: null,
    reasons: [{ area: 'control', favours: 'neutral', message: `quality evidence ${cited.file} not used: ${why}; benchmark priors decide quality` }],
    flips: [],
    summary: { file: cited.file, used: false, flags: [...flags, why], statement: null, generatedAt: ev.generatedAt, suiteHash: ev.suite.hash },
  });
  if (ev.workload !== workload.name) return none(`it measures workload "${ev.workload}", not "${workload.name}"`);
  const ageDays = Math.floor((args.now.getTime() - Date.parse(ev.generatedAt)) / DAY_MS);
  if (ageDays > STALE_AFTER_DAYS) flags.push(`stale: measured ${ageDays} days ago (over ${STALE_AFTER_DAYS}); re-run switchboard eval`);
  if (cited.currentSuiteHash !== undefined && cited.currentSuiteHash !== ev.suite.hash) flags.push(`the suite changed since it was measured (hash ${ev.suite.hash.slice(0, 12)}, now ${cited.currentSuiteHash.slice(0, 12)}); re-run switchboard eval`);
  if (ev.partial) flags.push('partial run: some prompts failed or were not run');
  const base = ev.candidates.find((c) => c.name === ev.baseline);
  if (!base || base.kind !== 'third-party') return none('it has no closed (third-party) baseline to measure parity against');
  const cand = best(ev.candidates);
  if (!cand?.parity) return none('no self-hosted candidate has a parity measurement against the baseline');
  const openFound = findOpenModel(catalog, cand.catalogModel ?? cand.model);
  const closedFound = findClosedModel(catalog, base.catalogModel ?? base.model);
  const openModel = openFound.ok ? openFound.value : null;
  const closedModel = closedFound.ok ? closedFound.value : null;
  if (!openModel) flags.push(`${cand.model} (measured as ${cand.name}) is not in the catalog; assess sizes ${args.assessedOpen?.name ?? 'its own choice'} instead`);
  if (closedModel && args.assessedClosed && closedModel.id !== args.assessedClosed.id) flags.push(`measured against ${closedModel.name}; assess compares with ${args.assessedClosed.name}`);
  if (!closedModel) flags.push(`the baseline ${base.model} is not in the catalog`);
  const p = cand.parity;
  const iv = `95% interval ${Math.round(p.diffPoints.low)}..${Math.round(p.diffPoints.high)} points over ${p.diffPoints.n} prompts`;
  const where = `your suite (${cited.file}, ${ev.suite.prompts} prompts${ev.suite.version ? `, version ${ev.suite.version}` : ''})`;
  const gap = p.verdict === 'worse';
  const reasons: Reason[] = [
    {
      area: 'control',
      favours: gap ? 'closed' : 'open',
      message: `measured on ${where}: ${p.statement}; this replaces benchmark priors for this workload's quality`,
    },
  ];
  for (const f of flags) reasons.push({ area: 'control', favours: 'neutral', message: `quality evidence ${cited.file}: ${f}` });
  const flips: Flip[] = gap
    ? [{ area: 'control', message: `if ${cand.name} came within ${p.margin} points of ${base.name} on your suite (now ${Math.round(p.diffPoints.value)}, ${iv}), the measured quality gap would no longer decide` }]
    : [{ area: 'control', message: `if a re-run showed ${cand.name} worse than ${base.name} by more than ${p.margin} points on your suite (the interval now reaches ${Math.round(p.diffPoints.low)}), the measured quality gap would decide for the API` }];
  return {
    openModel,
    closedModel,
    openQualityGap: gap,
    reasons,
    flips,
    summary: { file: cited.file, used: true, flags, statement: p.statement, generatedAt: ev.generatedAt, suiteHash: ev.suite.hash, openModel: cand.name, baseline: base.name, verdict: p.verdict, conclusive: p.conclusive },
  };
}
