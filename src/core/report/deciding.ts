/** What settled a workload's verdict and what it recommends, in one short phrase each (terminal, HTML, UI). */
import type { Reason, WorkloadReport } from './types.js';

export interface DecidingReason {
  area: Reason['area'];
  message: string;
  /** The rule id, when the report names one. */
  rule: string | null;
}

/**
 * The reason that settled the verdict: the deal breaker named by `decidedBy`, else the reason in that area that
 * favours the verdict (for `cost.*` the first one: the comparison or the missed SLO, never the start-up line after
 * it; elsewhere the last one, which states the rule's conclusion), else the first deal breaker, else the first reason.
 */
export function decidingReason(w: WorkloadReport): DecidingReason | null {
  const by = w.decidedBy;
  if (by) {
    const breaker = w.dealBreakers.find((d) => d.rule === by.rule);
    if (breaker) return { area: breaker.area, message: breaker.message, rule: breaker.rule };
    const inArea = w.reasons.filter((r) => r.area === by.area);
    const favouring = inArea.filter((r) => r.favours === w.verdict);
    const pick = (by.area === 'cost' ? favouring[0] : favouring.at(-1)) ?? inArea[0];
    if (pick) return { area: pick.area, message: pick.message, rule: by.rule };
  }
  const breaker = w.dealBreakers[0];
  if (breaker) return { area: breaker.area, message: breaker.message, rule: breaker.rule };
  const reason = w.reasons.find((r) => r.favours === w.verdict) ?? w.reasons[0];
  return reason ? { area: reason.area, message: reason.message, rule: null } : null;
}

/** `meditron-70b fp8 on 1x mi300x`, or null when no open model fits. */
export function openSide(w: WorkloadReport): string | null {
  const r = w.recommendation;
  if (!r.openModel) return null;
  return `${r.openModel}${r.precision ? ` ${r.precision}` : ''}${r.gpu ? ` on ${r.gpuCount ?? '?'}x ${r.gpu}` : ''}`;
}

/** The recommended deployment for the verdict: `self-host <model> on <n>x <gpu>` or `API <model>`. */
export function recommendedAction(w: WorkloadReport): string {
  if (w.verdict === 'open') return `self-host ${openSide(w) ?? '(no open model fits)'}`;
  const via = w.recommendation.closedChannel ? ` via ${w.recommendation.closedChannel}` : '';
  return `API ${w.recommendation.closedModel ?? '(none allowed)'}${via}`;
}
