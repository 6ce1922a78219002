import type { ClosedModel, OpenModel } from '../catalog/schema.js';
import { domainScoreOf, scoreOf, type QualityBar } from './quality.js';
import type { Workload } from '../profile/index.js';
import type { DealBreaker, Flip, Reason } from '../report/types.js';

export interface ControlInput {
  workload: Workload;
  openModel: OpenModel | null;
  closedModel: ClosedModel | null;
  openQualityGap: boolean;
  closedQualityGap: boolean;
  /** The workload's bar on the common scale; omitted: tiers are compared as declared. */
  bar?: QualityBar;
  /** Quality was measured on the team's own suite: benchmark scores no longer lean either way. */
  measuredQuality?: boolean;
}

/**
 * A benchmark difference of at least this many points leans to the better side in a close call: AA puts its index's
 * 95% interval under +/-1 point, so 2 points is a difference, not noise.
 */
export const QUALITY_LEAN_POINTS = 2;

export interface ControlAssessment {
  reasons: Reason[];
  /** Requirements only self-hosting can meet: these rule out the closed side. */
  dealBreakers: DealBreaker[];
  flips: Flip[];
  /** Net pull of the soft reasons (> 0 towards open): decides close calls on cost. */
  lean: number;
  /** No open model reaches the quality tier while a closed one does. */
  qualityGapDecides: boolean;
}

const TUNING_WORDS: Record<Workload['fineTuning'], string> = {
  none: 'no fine-tuning',
  lora: 'LoRA fine-tuning',
  qlora: 'QLoRA fine-tuning',
  full: 'full fine-tuning',
  'continued-pretraining': 'continued pretraining',
};

function tuningRules(w: Workload, closed: ClosedModel | null, out: ControlAssessment): void {
  const closedName = closed?.name ?? 'a closed model';
  if (w.fineTuning === 'full' || w.fineTuning === 'continued-pretraining') {
    out.dealBreakers.push({ area: 'control', rule: 'control.full-fine-tuning', message: `${TUNING_WORDS[w.fineTuning]} (or freezing layers) needs the weights: only an open model allows it` });
    out.flips.push({ area: 'control', message: `if LoRA-style tuning hosted by the provider were enough, ${closedName} could be considered` });
  }
  if (w.ownWeights) {
    out.dealBreakers.push({ area: 'control', rule: 'control.own-weights', message: 'you must own and move the tuned weights; closed providers keep tuned weights on their servers' });
    out.flips.push({ area: 'control', message: `if you no longer needed to own the tuned weights, ${closedName} could be considered and cost would decide` });
    return;
  }
  if (w.fineTuning === 'lora' || w.fineTuning === 'qlora') {
    if (closed && closed.fineTuning === 'supervised') {
      out.reasons.push({ area: 'control', favours: 'neutral', message: `${closed.name} offers supervised tuning, but the tuned model stays on the provider` });
    } else if (closed) {
      out.dealBreakers.push({ area: 'control', rule: 'control.tuning-unavailable', message: `${TUNING_WORDS[w.fineTuning]} is needed and ${closed.name} (the best allowed closed model) offers no tuning` });
      out.flips.push({ area: 'control', message: 'if an allowed closed model offered supervised tuning, or prompting were enough, the API could be considered' });
    }
  }
}

/** Fine-tuning, weight ownership, lock-in, licence and domain fit. */
export function evaluateControl(input: ControlInput): ControlAssessment {
  const { workload: w, openModel, closedModel } = input;
  const out: ControlAssessment = { reasons: [], dealBreakers: [], flips: [], lean: 0, qualityGapDecides: false };
  if (w.fineTuning !== 'none' || w.ownWeights) tuningRules(w, closedModel, out);

  const soft: Reason[] = [];
  if (w.lockInTolerance === 'low') soft.push({ area: 'control', favours: 'open', message: 'low lock-in tolerance: open weights move between engines, clouds and vendors' });
  if (w.lockInTolerance === 'high') soft.push({ area: 'control', favours: 'neutral', message: 'high lock-in tolerance: depending on one API provider is acceptable' });
  if (openModel && w.domain !== 'general') {
    // Only a domain benchmark earns the lean: a label does not.
    const o = domainScoreOf(openModel, w.domain);
    const c = closedModel ? domainScoreOf(closedModel, w.domain) : null;
    if (o && (!c || o.value > c.value))
      soft.push({ area: 'control', favours: 'open', message: `${openModel.name} scores ${o.value}% on ${o.benchmark}${c ? ` against ${c.value}% for ${closedModel?.name ?? 'the closed model'}` : ''} (${o.source.url.replace(/^https?:\/\//, '').split('/')[0] ?? ''} ${o.source.asOf})` });
  }
  if (openModel && (openModel.mauLimit !== null || openModel.licenseRestrictions)) {
    const mau = openModel.mauLimit !== null ? `needs a separate grant above ${openModel.mauLimit.toLocaleString('en-US')} monthly active users` : '';
    const text = [mau, openModel.licenseRestrictions].filter(Boolean).join('; ');
    soft.push({ area: 'control', favours: 'neutral', message: `${openModel.name} licence (${openModel.license}): ${text}` });
  }
  if (!input.openQualityGap && !input.measuredQuality && openModel && closedModel && input.bar) {
    // Quality per dollar: when costs are within the close-call band, the better model is worth the difference.
    const o = scoreOf(openModel, input.bar.referenceScore);
    const c = scoreOf(closedModel, input.bar.referenceScore);
    const delta = Math.round((o.value - c.value) * 10) / 10;
    if (Math.abs(delta) >= QUALITY_LEAN_POINTS) {
      const [better, worse] = delta > 0 ? [openModel.name, closedModel.name] : [closedModel.name, openModel.name];
      const basis = o.estimate && c.estimate ? ' (both catalog estimates)' : o.estimate || c.estimate ? ' (one a catalog estimate)' : '';
      soft.push({ area: 'control', favours: delta > 0 ? 'open' : 'closed', message: `${better} scores ${Math.abs(delta)} points above ${worse} on the common scale${basis}: at a similar cost, quality leans ${delta > 0 ? 'to self-hosting' : 'to the API'}` });
    }
  }
  if (input.openQualityGap) {
    const gap = closedModel && !input.closedQualityGap;
    const best = openModel && input.bar ? scoreOf(openModel, input.bar.referenceScore) : null;
    const bestText = openModel ? `; the best is ${openModel.name} (${best ? `${best.value}${best.estimate ? ', estimate' : ''} against ${input.bar?.required ?? ''} needed` : openModel.quality})` : '';
    soft.push({ area: 'control', favours: gap ? 'closed' : 'neutral', message: `no open model in the catalog reaches "${w.quality}" quality${bestText}` });
    out.qualityGapDecides = Boolean(gap);
    if (gap) {
      out.flips.push({ area: 'control', message: `if a lower quality tier were enough, or an open model reached "${w.quality}" (${input.bar ? `${input.bar.required} on the scale` : 'the tier'}), self-hosting could be considered` });
      // An estimate decided it: the team's own measurement is what replaces it.
      if (best?.estimate) out.flips.push({ area: 'control', message: `${openModel?.name ?? 'the open model'}'s score is a catalog estimate: measuring it on your own prompts (switchboard eval, then qualityEvidence in the profile) replaces the estimate and may close the gap` });
    }
  }
  out.reasons.push(...soft);
  out.lean = soft.reduce((n, r) => n + (r.favours === 'open' ? 1 : r.favours === 'closed' ? -1 : 0), 0);
  return out;
}
