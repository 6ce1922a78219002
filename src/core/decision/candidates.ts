import type { Catalog, ClosedModel, OpenModel } from '../catalog/schema.js';
import { findClosedModel, findOpenModel } from '../catalog/lookup.js';
import type { Workload } from '../profile/index.js';
import type { Reason } from '../report/types.js';
import { domainScoreOf, qualityBar, scoreOf, type QualityBar } from './quality.js';
import { closedWindow, contextNote, contextRequirement, pinTooSmall, screenClosedByContext, screenOpenByContext } from './context.js';

export interface OpenCandidates {
  models: OpenModel[];
  /** Ids of the candidates whose domain benchmark earns them preference for this workload. */
  domainModels: Set<string>;
  /** No open model in the catalog reaches the workload's quality bar; `models` holds the best there is. */
  qualityGap: boolean;
  notes: Reason[];
}

export interface ClosedChoice {
  model: ClosedModel | null;
  qualityGap: boolean;
  notes: Reason[];
  /** Security allowed closed models, but none has a window that holds the workload's context. */
  contextExcludedAll?: boolean;
}

const size = (m: OpenModel): number => m.activeParamsB ?? m.totalParamsB;

/**
 * Open models picked without a pin: a commercial licence, instruction-tuned weights (a base model cannot serve a
 * chat or assistant workload untuned) and no catalogued successor (superseded models stay available to pins).
 */
export function pickable(m: OpenModel, catalog: Catalog): boolean {
  const successorListed = m.supersededBy !== undefined && catalog.openModels.some((x) => x.id === m.supersededBy);
  return m.commercialUse && m.variant === 'instruct' && !successorListed;
}

/** Candidates whose domain benchmark is the best among them (within a point): only evidence earns domain preference. */
function domainLeaders(models: readonly OpenModel[], w: Workload): Set<string> {
  const scored = models.map((m) => [m, domainScoreOf(m, w.domain)?.value] as const).filter((x): x is readonly [OpenModel, number] => x[1] !== undefined);
  if (scored.length === 0) return new Set();
  const top = Math.max(...scored.map(([, v]) => v));
  return new Set(scored.filter(([, v]) => v >= top - 1).map(([m]) => m.id));
}

/**
 * Open models worth sizing: pickable, holding the context, at or above the workload's quality bar. The cheapest
 * to serve (fewest active parameters) are sized first; equal sizes go to the higher score, never to the name.
 */
export function openCandidates(workload: Workload, catalog: Catalog, bar: QualityBar = qualityBar(workload, [], catalog), limit = 4): OpenCandidates {
  const notes: Reason[] = [];
  const need = contextRequirement(workload);
  const score = (m: OpenModel): number => scoreOf(m, bar.referenceScore).value;
  if (workload.openModel !== undefined) {
    const pinned = findOpenModel(catalog, workload.openModel);
    const tooSmall = pinned.ok ? pinTooSmall(pinned.value.name, pinned.value.maxContextTokens, need) : null;
    if (tooSmall) notes.push({ area: 'control', favours: 'neutral', message: tooSmall });
    else if (pinned.ok) {
      const gap = score(pinned.value) < bar.required;
      notes.push({ area: 'control', favours: 'neutral', message: `open model pinned by the profile: ${pinned.value.name}` });
      if (pinned.value.variant === 'base')
        notes.push({ area: 'control', favours: 'closed', message: `${pinned.value.name} is a base model, not tuned to follow instructions: it needs your own instruction tuning before it can serve a chat or assistant workload` });
      if (!pinned.value.commercialUse)
        notes.push({ area: 'control', favours: 'closed', message: `${pinned.value.name}'s licence does not allow commercial use without a separate grant (${pinned.value.license})` });
      const lead = domainLeaders([pinned.value], workload);
      return { models: [pinned.value], domainModels: lead, qualityGap: gap, notes };
    }
    else notes.push({ area: 'control', favours: 'neutral', message: `pinned open model "${workload.openModel}" is not in the catalog; choosing one instead` });
  }
  // Context is a hard limit: a model whose window cannot hold the longest sequence is never a candidate.
  const fits = screenOpenByContext(catalog.openModels.filter((m) => pickable(m, catalog) && (m.domains.includes('general') || m.domains.includes(workload.domain))), need);
  notes.push(...contextNote('open', fits.excluded, need));
  const usable = fits.kept;
  const good = usable.filter((m) => score(m) >= bar.required);
  let pool = good;
  let qualityGap = false;
  if (good.length === 0 && usable.length > 0) {
    // Nothing reaches the bar: offer the best there is (within a point of the top score), and flag the gap.
    const best = Math.max(...usable.map(score));
    pool = usable.filter((m) => score(m) >= best - 1);
    qualityGap = true;
  }
  const leaders = domainLeaders(pool, workload);
  const sorted = [...pool].sort((a, b) => Number(leaders.has(b.id)) - Number(leaders.has(a.id)) || size(a) - size(b) || score(b) - score(a));
  const models = sorted.slice(0, limit);
  return { models, domainModels: new Set(models.filter((m) => leaders.has(m.id)).map((m) => m.id)), qualityGap, notes };
}

/** Blended list price of one mean request, for ranking closed models. */
function requestPrice(m: ClosedModel, w: Workload): number {
  return w.inputTokens * m.inputUsdPerMTok + w.outputTokens * m.outputUsdPerMTok;
}

const tunable = (m: ClosedModel): boolean => m.fineTuning === 'supervised';
const needsTuning = (w: Workload): boolean => w.fineTuning === 'lora' || w.fineTuning === 'qlora';

/** The cheapest allowed closed model of sufficient quality (tunable when tuning is needed), or the pin. */
export function chooseClosedModel(workload: Workload, catalog: Catalog, allowedBySecurity: readonly ClosedModel[], bar: QualityBar = qualityBar(workload, allowedBySecurity, catalog)): ClosedChoice {
  let allowed = allowedBySecurity;
  const score = (m: ClosedModel): number => scoreOf(m, bar.referenceScore).value;
  const notes: Reason[] = [];
  const need = contextRequirement(workload);
  const fits = screenClosedByContext(allowed, need);
  notes.push(...contextNote('closed', fits.excluded, need));
  allowed = fits.kept;
  if (workload.closedModel !== undefined) {
    const pinned = findClosedModel(catalog, workload.closedModel);
    const tooSmall = pinned.ok ? pinTooSmall(pinned.value.name, closedWindow(pinned.value), need) : null;
    if (tooSmall) notes.push({ area: 'control', favours: 'neutral', message: tooSmall });
    else if (pinned.ok && allowed.some((m) => m.id === pinned.value.id)) {
      notes.push({ area: 'control', favours: 'neutral', message: `closed model pinned by the profile: ${pinned.value.name}` });
      return { model: pinned.value, qualityGap: score(pinned.value) < bar.required, notes };
    }
    else notes.push({
      area: 'security',
      favours: 'neutral',
      message: pinned.ok ? `pinned closed model ${pinned.value.name} is not allowed for this data; choosing an allowed one` : `pinned closed model "${workload.closedModel}" is not in the catalog; choosing one instead`,
    });
  }
  if (allowed.length === 0) return { model: null, qualityGap: false, notes, contextExcludedAll: allowedBySecurity.length > 0 };
  let pool = allowed.filter((m) => score(m) >= bar.required);
  let qualityGap = false;
  if (pool.length === 0) {
    const best = Math.max(...allowed.map(score));
    pool = allowed.filter((m) => score(m) === best);
    qualityGap = true;
  }
  if (needsTuning(workload) && pool.some(tunable)) pool = pool.filter(tunable);
  // Cheapest first; an equal price goes to the higher score, never to the name.
  const sorted = [...pool].sort((a, b) => requestPrice(a, workload) - requestPrice(b, workload) || score(b) - score(a));
  return { model: sorted[0] ?? null, qualityGap, notes };
}
