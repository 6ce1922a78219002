import type { RequestClassification, RequestDataClass } from '../detector/contract.js';
import { coverageGap, decide, effectiveDataClass, type DestinationFacts, type ReasonCode, type RoutePolicy, type RoutingPlan } from '../routing/index.js';
import type { Prompt } from './parse-suite.js';

/** Whether one destination may receive one request, by the gateway's own rule (`decide`), and why not. */
export type Visibility = { allowed: true; reason: ReasonCode } | { allowed: false; reason: ReasonCode; why: string };

/**
 * The gateway's routing decision (`decide`) with this destination as the only choice: a sensitive request reaches it only
 * when it is covered for the workload's residency level; data that may leave reaches anything configured.
 */
export function singlePlan(dataClass: RequestDataClass, dest: DestinationFacts, route: RoutePolicy): RoutingPlan {
  return decide({ dataClass }, { ...route, sensitive: [dest], default: [dest] }, { unavailable: new Set() });
}

export function visibility(dataClass: RequestDataClass, dest: DestinationFacts, route: RoutePolicy): Visibility {
  const plan = singlePlan(dataClass, dest, route);
  if (plan.ranked.some((d) => d.name === dest.name)) return { allowed: true, reason: plan.reason };
  const gap = coverageGap(dest, route.dataMayLeave, route.region);
  return { allowed: false, reason: plan.reason, why: `${dataClass} data; ${dest.name} is a third party${gap ? `: ${gap}` : ''}` };
}

export interface PromptPlan {
  id: string;
  /** The detector's class raised by the suite's declared class, never lowered. */
  dataClass: RequestDataClass;
  /** Set when the detector gave up (the prompt is then treated as phi). */
  unclassifiable?: string | undefined;
  candidates: Record<string, Visibility>;
  judge?: Visibility | undefined;
}

/** The request body the detector sees for a prompt: the same shape the gateway classifies. */
export const promptBody = (p: Prompt): { messages: Prompt['messages']; tools?: Prompt['tools'] } => (p.tools ? { messages: p.messages, tools: p.tools } : { messages: p.messages });

/** Classifies every prompt and decides, per candidate and for the judge, whether it may see it. */
export function planPrompts(args: {
  prompts: readonly Prompt[];
  route: RoutePolicy;
  candidates: readonly DestinationFacts[];
  judge?: DestinationFacts | undefined;
  classify: (body: unknown) => RequestClassification;
}): PromptPlan[] {
  return args.prompts.map((p) => {
    const c = args.classify(promptBody(p));
    const dataClass = effectiveDataClass(c.dataClass, p.dataClass);
    const candidates = Object.fromEntries(args.candidates.map((d) => [d.name, visibility(dataClass, d, args.route)]));
    return {
      id: p.id,
      dataClass,
      ...(c.unclassifiable ? { unclassifiable: c.unclassifiable.reason } : {}),
      candidates,
      ...(args.judge ? { judge: visibility(dataClass, args.judge, args.route) } : {}),
    };
  });
}
