import type { Catalog, ClosedModel, OpenModel } from '../catalog/schema.js';
import { findClosedModel, findOpenModel } from '../catalog/lookup.js';
import { qualityRank, type Workload } from '../profile/index.js';
import type { Reason } from '../report/types.js';
import { closedWindow, contextNote, contextRequirement, pinTooSmall, screenClosedByContext, screenOpenByContext } from './context.js';

export interface OpenCandidates {
  models: OpenModel[];
  /** Ids of the candidates that are domain models for this workload. */
  domainModels: Set<string>;
  /** No open model in the catalog reaches the workload's quality tier; `models` holds the best there is. */
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

const domainMatch = (domains: readonly string[], w: Workload): boolean => w.domain !== 'general' && domains.includes(w.domain);
const size = (m: OpenModel): number => m.activeParamsB ?? m.totalParamsB;

/**
 * Open models picked without a pin: a commercial licence, instruction-tuned weights (a base model cannot serve a
 * chat or assistant workload untuned) and no catalogued successor (superseded models stay available to pins).
 */
export function pickable(m: OpenModel, catalog: Catalog): boolean {
  const successorListed = m.supersededBy !== undefined && catalog.openModels.some((x) => x.id === m.supersededBy);
  return m.commercialUse && m.variant === 'instruct' && !successorListed;
}

/** Open models worth sizing: commercial licence, quality tier met, domain models first, smaller first. */
export function openCandidates(workload: Workload, catalog: Catalog, limit = 4): OpenCandidates {
  const notes: Reason[] = [];
  const need = contextRequirement(workload);
  if (workload.openModel !== undefined) {
    const pinned = findOpenModel(catalog, workload.openModel);
    const tooSmall = pinned.ok ? pinTooSmall(pinned.value.name, pinned.value.maxContextTokens, need) : null;
    if (tooSmall) notes.push({ area: 'control', favours: 'neutral', message: tooSmall });
    else if (pinned.ok) {
      const gap = qualityRank(pinned.value.quality) < qualityRank(workload.quality);
      notes.push({ area: 'control', favours: 'neutral', message: `open model pinned by the profile: ${pinned.value.name}` });
      if (pinned.value.variant === 'base')
        notes.push({ area: 'control', favours: 'closed', message: `${pinned.value.name} is a base model, not tuned to follow instructions: it needs your own instruction tuning before it can serve a chat or assistant workload` });
      if (!pinned.value.commercialUse)
        notes.push({ area: 'control', favours: 'closed', message: `${pinned.value.name}'s licence does not allow commercial use without a separate grant (${pinned.value.license})` });
      return { models: [pinned.value], domainModels: new Set(), qualityGap: gap, notes };
    }
    else notes.push({ area: 'control', favours: 'neutral', message: `pinned open model "${workload.openModel}" is not in the catalog; choosing one instead` });
  }
  // Context is a hard limit: a model whose window cannot hold the longest sequence is never a candidate.
  const fits = screenOpenByContext(catalog.openModels.filter((m) => pickable(m, catalog) && (m.domains.includes('general') || m.domains.includes(workload.domain))), need);
  notes.push(...contextNote('open', fits.excluded, need));
  const commercial = fits.kept;
  const good = commercial.filter((m) => qualityRank(m.quality) >= qualityRank(workload.quality));
  let pool = good;
  let qualityGap = false;
  if (good.length === 0 && commercial.length > 0) {
    const best = Math.max(...commercial.map((m) => qualityRank(m.quality)));
    pool = commercial.filter((m) => qualityRank(m.quality) === best);
    qualityGap = true;
  }
  const sorted = [...pool].sort((a, b) => Number(domainMatch(b.domains, workload)) - Number(domainMatch(a.domains, workload)) || size(a) - size(b) || a.id.localeCompare(b.id));
  const models = sorted.slice(0, limit);
  return { models, domainModels: new Set(models.filter((m) => domainMatch(m.domains, workload)).map((m) => m.id)), qualityGap, notes };
}

/** Blended list price of one mean request, for ranking closed models. */
function requestPrice(m: ClosedModel, w: Workload): number {
  return w.inputTokens * m.inputUsdPerMTok + w.outputTokens * m.outputUsdPerMTok;
}

const tunable = (m: ClosedModel): boolean => m.fineTuning === 'supervised';
const needsTuning = (w: Workload): boolean => w.fineTuning === 'lora' || w.fineTuning === 'qlora';

/** The cheapest allowed closed model of sufficient quality (tunable when tuning is needed), or the pin. */
export function chooseClosedModel(workload: Workload, catalog: Catalog, allowedBySecurity: readonly ClosedModel[]): ClosedChoice {
  let allowed = allowedBySecurity;
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
      return { model: pinned.value, qualityGap: qualityRank(pinned.value.quality) < qualityRank(workload.quality), notes };
    }
    else notes.push({
      area: 'security',
      favours: 'neutral',
      message: pinned.ok ? `pinned closed model ${pinned.value.name} is not allowed for this data; choosing an allowed one` : `pinned closed model "${workload.closedModel}" is not in the catalog; choosing one instead`,
    });
  }
  if (allowed.length === 0) return { model: null, qualityGap: false, notes, contextExcludedAll: allowedBySecurity.length > 0 };
  let pool = allowed.filter((m) => qualityRank(m.quality) >= qualityRank(workload.quality));
  let qualityGap = false;
  if (pool.length === 0) {
    const best = Math.max(...allowed.map((m) => qualityRank(m.quality)));
    pool = allowed.filter((m) => qualityRank(m.quality) === best);
    qualityGap = true;
  }
  if (needsTuning(workload) && pool.some(tunable)) pool = pool.filter(tunable);
  const sorted = [...pool].sort(
    (a, b) => Number(domainMatch(b.domains, workload)) - Number(domainMatch(a.domains, workload)) || requestPrice(a, workload) - requestPrice(b, workload) || a.id.localeCompare(b.id),
  );
  return { model: sorted[0] ?? null, qualityGap, notes };
}
