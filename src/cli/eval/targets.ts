import type { RequestClassification } from '../../core/detector/contract.js';
import { planPrompts, type Suite } from '../../core/eval/index.js';
import { routePolicies, type GatewayConfig, type RoutePolicy } from '../../core/routing/index.js';
import { hint } from '../../core/validation/index.js';
import { UsageError } from '../support/io.js';

export interface Targets {
  route: RoutePolicy;
  candidates: string[];
  baseline?: string | undefined;
  judge?: { destination: string; mode: 'score' | 'pairwise' } | undefined;
  notes: string[];
}

function known(config: Readonly<GatewayConfig>, name: string, flag: string): string {
  const names = Object.keys(config.destinations);
  if (!names.includes(name)) throw new UsageError(`${flag}: unknown destination "${name}"${hint(name, names)}; known in the gateway config: ${names.join(', ')}`);
  return name;
}

/**
 * Checks every name against gateway.yaml before anything is sent: the suite's workload must be a route (its data
 * policy applies), candidates, baseline and judge must be destinations, their keys must be set, and the judge must
 * be allowed to see every prompt it is meant to grade.
 */
export function resolveTargets(args: {
  config: Readonly<GatewayConfig>;
  suite: Suite;
  candidates: string | undefined;
  baseline: string | undefined;
  judge: string | undefined;
  judgeMode: 'score' | 'pairwise' | undefined;
  env: Readonly<Record<string, string | undefined>>;
  classify: (body: unknown) => RequestClassification;
}): Targets {
  const { config, suite } = args;
  const notes: string[] = [];
  const policies = routePolicies(config);
  const route = policies.get(suite.workload);
  if (!route) {
    const ws = [...policies.keys()];
    throw new UsageError(`suite workload "${suite.workload}" has no route in the gateway config${hint(suite.workload, ws)}; routes: ${ws.join(', ')} (its data policy decides who may see the prompts)`);
  }
  if (args.candidates === undefined || args.candidates.trim() === '') throw new UsageError('--candidates: expected a comma-separated list of gateway destinations, e.g. --candidates local-qwen,claude');
  const candidates = [...new Set(args.candidates.split(',').map((s) => s.trim()).filter(Boolean))].map((n) => known(config, n, '--candidates'));
  const baseline = args.baseline !== undefined ? known(config, args.baseline, '--baseline') : undefined;
  if (baseline !== undefined && !candidates.includes(baseline)) {
    candidates.push(baseline);
    notes.push(`baseline ${baseline} added to the candidates`);
  }
  const judgeName = args.judge === 'none' ? undefined : (args.judge ?? suite.judge?.destination);
  const mode = args.judgeMode ?? suite.judge?.mode ?? 'score';
  const judge = judgeName !== undefined ? { destination: known(config, judgeName, args.judge !== undefined ? '--judge' : 'suite judge.destination'), mode } : undefined;
  if (judge?.mode === 'pairwise' && baseline === undefined) throw new UsageError('pairwise judging compares each candidate with the baseline: give --baseline NAME (or use --judge-mode score)');
  for (const n of [...candidates, ...(judge ? [judge.destination] : [])]) {
    const env = config.destinations[n]!.apiKeyEnv;
    if (env !== undefined && !args.env[env]) throw new UsageError(`destinations.${n}.apiKeyEnv: environment variable ${env} is not set`);
  }
  if (judge) {
    const judgeFacts = policies.get(suite.workload)!;
    const d = config.destinations[judge.destination]!;
    const plans = planPrompts({ prompts: suite.prompts, route: judgeFacts, candidates: [], judge: { name: judge.destination, kind: d.kind, model: d.model, baa: d.baa, zeroDataRetention: d.zeroDataRetention, region: d.region }, classify: args.classify });
    const hidden = plans.filter((p) => p.judge && !p.judge.allowed);
    if (hidden.length > 0) {
      const first = hidden[0]!.judge!;
      const why = first.allowed ? '' : first.why;
      throw new UsageError(
        `judge ${judge.destination} may not see ${hidden.length} of ${plans.length} prompts of this suite (${why}); choose a judge allowed for workload ${suite.workload} (a self-hosted one), or --judge none to score by checks only`,
      );
    }
  }
  return { route, candidates, baseline, judge, notes };
}
