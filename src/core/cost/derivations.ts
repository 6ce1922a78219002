/** Each $ figure with its formula inputs, so a reader can redo it (docs/report-schema.md, "Derivations"). */
import type { Assumptions, Team } from '../profile/index.js';
import type { BasisResult } from './basis.js';
import type { ClosedCost, CostDerivations, Derivation, DerivationInput, NotApplicable, SideDerivations } from './contract.js';
import { purchaseUsdPerGpu } from './pricing.js';
import type { Evaluation, EvaluationContext } from './scenario.js';
import type { Startup, StartupItem } from './startup.js';

const input = (name: string, value: number, unit: string): DerivationInput => ({ name, value, unit });
const d = (label: string, usd: number, formula: string, inputs: DerivationInput[], scope: Derivation['scope'] = 'workload'): Derivation => ({ label, usd, formula, inputs, scope });

const RATE_WORDS: Record<string, string> = {
  'on-demand': 'on-demand',
  'reserved-1y': 'reserved 1 year (billed every committed hour)',
  'reserved-3y': 'reserved 3 years (billed every committed hour)',
  spot: 'spot (pre-emption overhead included)',
};

function startupDerivations(items: readonly StartupItem[]): Derivation[] {
  return items.map((i) => ({
    label: i.label,
    usd: i.usd,
    formula: i.formula,
    inputs: [input('weeks', i.weeks, 'weeks')],
    scope: i.scope,
    ...(i.sharedWith !== undefined ? { sharedWith: i.sharedWith } : {}),
  }));
}

/** The basis figure of one side: its start-up and the sum of its monthly costs over the horizon. */
export interface BasisFigures {
  usd: number;
  startupUsd: number;
  monthlySumUsd: number;
}

export function basisFigures(side: 'open' | 'closed', basis: BasisResult): BasisFigures {
  const monthly = side === 'open' ? basis.openMonthly : (basis.closedMonthly ?? []);
  return {
    usd: side === 'open' ? basis.open : (basis.closed ?? 0),
    startupUsd: side === 'open' ? basis.openStartupUsd : (basis.closedStartupUsd ?? 0),
    monthlySumUsd: monthly.reduce((s, x) => s + x, 0),
  };
}

function basisDerivation(b: BasisFigures, horizon: number, growth: number): Derivation {
  return d(
    'comparison basis (average month over the horizon)',
    b.usd,
    '(start-up + sum of monthly costs over the horizon, volume growing each month) / horizon months',
    [input('start-up', b.startupUsd, 'USD'), input('sum of monthly costs', b.monthlySumUsd, 'USD'), input('horizon', horizon, 'months'), input('growth per month', growth, 'fraction')],
  );
}

export function openDerivations(ctx: EvaluationContext, e: Evaluation, startupItems: Startup, basis: BasisResult): SideDerivations {
  const monthly: Derivation[] = [];
  const tp = ctx.sized.tensorParallel;
  const a: Assumptions = ctx.assumptions;
  if (ctx.mode === 'rent') {
    for (const l of e.gpuLines) {
      const replicas = l.alwaysOnReplicas !== null ? [input('replicas held every hour', l.alwaysOnReplicas, 'replicas'), input('hours per month', 730, 'hours')] : [];
      monthly.push(d(
        `GPU rental: ${RATE_WORDS[l.rate] ?? l.rate}`,
        l.usd,
        'GPU-hours x $/GPU-hour x (1 + cloud overhead)',
        [...replicas, input('GPUs per replica', tp, 'GPUs'), input('GPU-hours per month', l.gpuHours, 'GPU-hours'), input(`$/GPU-hour (${ctx.sized.gpu.id}, ${l.rate})`, l.usdPerGpuHour, 'USD'), input('cloud overhead (egress, storage, management)', l.overhead, 'fraction')],
      ));
    }
  } else {
    const price = purchaseUsdPerGpu(ctx.sized.gpu, a);
    if (e.bought > 0 && price) {
      monthly.push(d('GPUs bought: amortisation', e.gpuMonthlyUsd, 'GPUs bought x (card + server share) / (12 x amortisation years)', [
        input('GPUs bought', e.bought, 'GPUs'), input(`card (${ctx.sized.gpu.id})`, price.cardUsd, 'USD'), input(`server share per GPU (${price.serverSource})`, price.serverUsd, 'USD'), input('amortisation', a.amortizationYears, 'years'),
      ]));
    }
    if (e.ownedUsed > 0) monthly.push(d('GPUs the team already owns', 0, 'sunk: only power, hosting and staff are paid', [input('owned GPUs used', e.ownedUsed, 'GPUs')]));
    const gpus = e.provisioning.peakGpus;
    monthly.push(d('power', e.powerMonthlyUsd, 'GPUs x TDP x (0.3 + 0.7 x utilization) x 730 h x PUE x $/kWh', [
      input('GPUs', gpus, 'GPUs'), input('TDP', ctx.sized.gpu.tdpW, 'W'), input('utilization', e.provisioning.utilization, 'fraction'), input('PUE', a.pue, 'ratio'), input('electricity', a.electricityUsdPerKwh, 'USD/kWh'),
    ]));
    monthly.push(d('hosting (rack, power distribution, network, remote hands)', e.hostingMonthlyUsd, 'GPUs x hosting per GPU-month', [input('GPUs', gpus, 'GPUs'), input('hosting', a.hostingUsdPerGpuMonth, 'USD/GPU-month')]));
  }
  const team: Team = ctx.team;
  monthly.push(d('operations staff', e.staffMonthlyUsd, a.opsShareOfEngineer !== undefined ? 'opsShareOfEngineer x engineer monthly cost' : 'FTE (0.15 x sqrt(GPUs), x1.5 multi-node, x1.2 owned hardware) x engineer monthly cost', [
    input('FTE', e.opsFte, 'engineers'), input('GPUs', e.provisioning.peakGpus, 'GPUs'), input('engineer monthly cost', team.engineerMonthlyCostUsd, 'USD'),
  ]));
  const startup = startupDerivations(startupItems.items);
  return {
    applicable: true,
    monthly,
    monthlyUsd: e.openMonthlyUsd,
    startup,
    startupUsd: startupItems.usd,
    basis: basisDerivation(basisFigures('open', basis), ctx.assumptions.horizonMonths, ctx.workload.growthPerMonth),
  };
}

export function closedDerivations(c: ClosedCost, tokens: { input: number; output: number }, opts: { model: { inputUsdPerMTok: number; outputUsdPerMTok: number; cachedInputUsdPerMTok: number | null; batchDiscount: number | null }; cachedInputShare: number; batchShare: number; regionalUplift: number; basis: BasisFigures; horizon: number; growth: number; engineerMonthlyCostUsd: number }): SideDerivations {
  const m = opts.model;
  const monthly: Derivation[] = [
    d('input tokens', c.inputUsd, 'input tokens / 1M x $/M input', [input('input tokens per month', tokens.input, 'tokens'), input('$/M input', m.inputUsdPerMTok, 'USD')]),
    d('output tokens', c.outputUsd, 'output tokens / 1M x $/M output', [input('output tokens per month', tokens.output, 'tokens'), input('$/M output', m.outputUsdPerMTok, 'USD')]),
  ];
  if (c.cachedSavingsUsd !== 0) {
    monthly.push(d('prompt cache', -c.cachedSavingsUsd, '- input tokens x cached share x ($/M input - $/M cached) / 1M', [input('cached share', opts.cachedInputShare, 'fraction'), input('$/M cached', m.cachedInputUsdPerMTok ?? m.inputUsdPerMTok, 'USD')]));
  }
  for (const t of c.longContextTiers ?? []) {
    if (t.usd === 0) continue;
    monthly.push(d(`long-context tier above ${t.aboveInputTokens.toLocaleString('en-US')} input tokens`, t.usd, 'input after cache x token share x (input multiplier - 1) + output x request share x (output multiplier - 1)', [
      input('share of prompt tokens in longer prompts', t.tokenShare, 'fraction'), input('share of requests with longer prompts', t.requestShare, 'fraction'), input('input multiplier', t.inputMultiplier, 'x'), input('output multiplier', t.outputMultiplier, 'x'),
    ]));
  }
  if (c.batchSavingsUsd !== 0) monthly.push(d('batch API', -c.batchSavingsUsd, '- list total x batch share x batch discount', [input('batch share', opts.batchShare, 'fraction'), input('batch discount', m.batchDiscount ?? 0, 'fraction')]));
  if (c.regionalUpliftUsd !== 0) monthly.push(d('regional processing', c.regionalUpliftUsd, '(list total - batch savings) x regional uplift', [input('regional uplift', opts.regionalUplift, 'fraction')]));
  const weekly = (opts.engineerMonthlyCostUsd * 12) / 52;
  return {
    applicable: true,
    monthly,
    monthlyUsd: c.monthlyUsd,
    startup: [d('API integration', c.startupCostUsd, '1 engineering week (keys, client, retries, monitoring)', [input('weeks', 1, 'weeks'), input('engineer-week', weekly, 'USD')])],
    startupUsd: c.startupCostUsd,
    basis: basisDerivation(opts.basis, opts.horizon, opts.growth),
  };
}

export const notApplicable = (reason: string): NotApplicable => ({ applicable: false, reason });

export function costDerivations(open: SideDerivations | NotApplicable, closed: SideDerivations | NotApplicable): CostDerivations {
  return { open, closed };
}
