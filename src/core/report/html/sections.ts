import { formatPercent, formatTokens, formatUsdExact, workloadCharts } from '../../charts/index.js';
import { esc } from '../../charts/svg.js';
import type { Area, Reason, Report, WorkloadReport } from '../types.js';

const AREA_ORDER: readonly Area[] = ['security', 'cost', 'control'];
const AREA_LABEL: Record<Area, string> = { security: 'Security', cost: 'Cost', control: 'Control' };

/** Security first, then cost, then control; the engine's order is kept within an area. */
export function orderReasons<T extends { area: Area }>(reasons: readonly T[]): T[] {
  return AREA_ORDER.flatMap((area) => reasons.filter((r) => r.area === area));
}

const money = (v: number | null) => (v === null ? '—' : formatUsdExact(v));
const tokens = (v: number | null) => (v === null ? '—' : formatTokens(v));

export function verdictBadge(verdict: string): string {
  return `<span class="verdict verdict-${esc(verdict)}" data-verdict="${esc(verdict)}">${esc(verdict)}</span>`;
}

function reasonItem(r: Reason): string {
  const favours = r.favours && r.favours !== 'neutral' ? ` <span class="favours-${r.favours}">(favours ${r.favours})</span>` : '';
  return `<li data-area="${r.area}"><span class="area">${AREA_LABEL[r.area]}</span> ${esc(r.message)}${favours}</li>`;
}

export function renderOverview(report: Report): string {
  const rows = report.workloads
    .map(
      (w) =>
        `<tr><td data-label="Workload"><a href="#w-${esc(w.name)}">${esc(w.name)}</a></td><td data-label="Verdict">${verdictBadge(w.verdict)}</td><td data-label="Data">${esc(w.dataClasses.join(', '))}</td><td data-label="May go to">${esc(w.allowedDestinations)}</td>` +
        `<td class="num" data-label="Tokens">${tokens(w.cost.tokensPerMonth)}</td><td class="num" data-label="API">${money(w.cost.closedMonthlyUsd)}</td><td class="num" data-label="Self-hosted">${money(w.cost.openMonthlyUsd)}</td><td class="num" data-label="Break-even">${tokens(w.cost.breakEvenTokensPerMonth)}</td></tr>`,
    )
    .join('');
  const t = report.totals;
  return (
    `<div class="table-wrap" tabindex="0"><table class="overview"><caption class="meta">Per workload, per month</caption><thead><tr><th>Workload</th><th>Verdict</th><th>Data</th><th>May go to</th><th class="num">Tokens</th><th class="num">API</th><th class="num">Self-hosted</th><th class="num">Break-even</th></tr></thead><tbody>${rows}</tbody></table></div>` +
    `<table class="totals"><tbody><tr><th>All on APIs (where allowed)</th><td class="num">${money(t.closedMonthlyUsd)}/month</td></tr><tr><th>All self-hosted</th><td class="num">${money(t.openMonthlyUsd)}/month</td></tr>` +
    `<tr><th>Recommended plan</th><td class="num"><strong>${money(t.planMonthlyUsd)}/month</strong></td></tr>` +
    (t.consolidatedPlanMonthlyUsd !== undefined ? `<tr><th>The plan with shared fleets (below)</th><td class="num">${money(t.consolidatedPlanMonthlyUsd)}/month</td></tr>` : '') +
    `<tr><th>One-off start-up cost of the plan</th><td class="num">${money(t.startupCostUsd)}</td></tr></tbody></table>`
  );
}

/** Self-hosted workloads that could share one fleet: the saving and its caveats; empty when there is none. */
export function renderConsolidation(report: Report): string {
  const groups = report.consolidation ?? [];
  if (groups.length === 0) return '';
  const items = groups
    .map((c) => `<div class="consolidation" data-workloads="${esc(c.workloads.join(' '))}"><p>${esc(c.message[0]?.toUpperCase() ?? '')}${esc(c.message.slice(1))}.</p><ul class="plain">${c.caveats.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`)
    .join('');
  return `<section class="shared-fleet"><h2>Shared fleet</h2><p class="meta">Advice only: each workload's verdict and the recommended plan stay as decided.</p>${items}</section>`;
}

function recommendation(w: WorkloadReport): string {
  const r = w.recommendation;
  const open = r.openModel ? `${esc(r.openModel)}${r.precision ? ` (${esc(r.precision)})` : ''}${r.gpu ? ` on ${r.gpuCount ?? 1}× ${esc(r.gpu)}` : ''}` : 'none that qualifies';
  const closed = r.closedModel ? `${esc(r.closedModel)}${r.closedChannel ? ` via ${esc(r.closedChannel)}` : ''}` : 'none allowed';
  const d = w.analysis?.open?.deployment;
  const detail = d ? ` — ${d.replicas} replica(s) × TP ${d.tensorParallel} on ${esc(d.engine)}, TTFT ≈ ${Math.round(d.ttftMs)} ms, utilization ${formatPercent(d.utilization)}${d.meetsLatencySlo ? '' : ', <strong>misses the latency target</strong>'}` : '';
  return `<ul class="plain recommendation"><li><strong>Self-hosted:</strong> ${open}${detail}</li><li><strong>API:</strong> ${closed}</li></ul>`;
}

function costTable(w: WorkloadReport): string {
  const c = w.cost;
  return (
    `<table class="cost"><tbody><tr><th>Volume</th><td class="num">${tokens(c.tokensPerMonth)} tokens/month</td></tr>` +
    `<tr><th>API</th><td class="num">${money(c.closedMonthlyUsd)}/month</td></tr><tr><th>Self-hosted</th><td class="num">${money(c.openMonthlyUsd)}/month</td></tr>` +
    `<tr><th>Break-even volume</th><td class="num">${c.breakEvenTokensPerMonth === null ? 'never in range' : `${tokens(c.breakEvenTokensPerMonth)} tokens/month`}</td></tr>` +
    `<tr><th>Start-up cost</th><td class="num">${money(c.startupCostUsd)}</td></tr></tbody></table>`
  );
}

/** One line per reason, listing the models it rules out: a dozen models often share one rule. */
function excludedGroups(w: WorkloadReport): string {
  const groups = new Map<string, string[]>();
  for (const m of w.excludedClosedModels) groups.set(m.message, [...(groups.get(m.message) ?? []), m.modelId]);
  return [...groups].map(([message, ids]) => `<li>${esc(message)}: <strong>${ids.map(esc).join(', ')}</strong></li>`).join('');
}

export function renderCharts(w: WorkloadReport): string {
  if (!w.analysis) return '<p class="meta">No cost analysis for this workload, so no charts.</p>';
  const figures = workloadCharts(w.analysis, { idPrefix: `w-${w.name}` })
    // Focusable: on a narrow screen a chart scrolls sideways, and keyboard users must be able to scroll it.
    .map((c) => `<figure data-chart="${c.kind}" tabindex="0">${c.svg}<figcaption><strong>${esc(c.title)}</strong>${esc(c.desc)}</figcaption></figure>`)
    .join('');
  return `<div class="charts">${figures}</div>`;
}

export function renderWorkload(w: WorkloadReport, opts: { charts?: boolean } = {}): string {
  const breakers = w.dealBreakers.length
    ? `<div class="deal-breakers" role="note"><strong>Deal breakers</strong><ul class="plain">${orderReasons(w.dealBreakers).map((d) => `<li data-area="${d.area}" data-rule="${esc(d.rule)}"><span class="area">${AREA_LABEL[d.area]}</span> ${esc(d.message)}</li>`).join('')}</ul></div>`
    : '';
  const flips = w.flips.length ? `<h3>What would change the verdict</h3><ul class="flips">${w.flips.map((f) => `<li data-area="${f.area}">${esc(f.message)}</li>`).join('')}</ul>` : '';
  const excluded = w.excludedClosedModels.length ? `<h3>APIs ruled out</h3><ul class="plain excluded">${excludedGroups(w)}</ul>` : '';
  const used = w.analysis?.assumptionsUsed.length ? `<h3>Assumptions used for this workload</h3><ul class="plain">${w.analysis.assumptionsUsed.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>` : '';
  const infeasible = w.analysis?.infeasibleReason ? `<p class="meta">Self-hosting is not feasible: ${esc(w.analysis.infeasibleReason)}</p>` : '';
  return (
    `<section class="workload" id="w-${esc(w.name)}" data-workload="${esc(w.name)}"><h2>${esc(w.name)} ${verdictBadge(w.verdict)}</h2>` +
    `<p class="meta">Data: ${esc(w.dataClasses.join(', '))} · may be processed: ${esc(w.dataMayLeave)} · destinations: ${esc(w.allowedDestinations)}</p>` +
    breakers +
    `<h3>Why</h3><ol class="reasons">${orderReasons(w.reasons).map(reasonItem).join('')}</ol>` +
    flips +
    `<h3>Recommendation</h3>${recommendation(w)}${infeasible}${costTable(w)}${excluded}` +
    (opts.charts === false ? '' : renderCharts(w)) +
    used +
    `</section>`
  );
}

export function renderSources(report: Report): string {
  const rows = report.sources
    .map((s) => `<tr><td data-label="Figure">${esc(s.what)}</td><td data-label="Source"><a href="${esc(s.source.url)}">${esc(s.source.url)}</a></td><td data-label="As of">${esc(s.source.asOf)}</td><td data-label="Note">${esc(s.source.note ?? '')}</td></tr>`)
    .join('');
  return `<div class="table-wrap" tabindex="0"><table class="sources"><thead><tr><th>Figure</th><th>Source</th><th>As of</th><th>Note</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}
