import type { RequestDataClass } from '../detector/contract.js';
import type { DataMayLeave, Region } from '../profile/enums.js';
import { coversSensitive, staysInside } from './coverage.js';
import { isSensitive } from './data-class.js';

/** Reason codes of a routing decision; stored with every usage record. */
export const REASON_CODES = [
  'default.route-order',
  'default.model-hint',
  'sensitive.covered-only',
  'sensitive.model-hint',
  'refused.sensitive-no-destination',
  'refused.sensitive-all-unavailable',
  'refused.all-unavailable',
  'refused.stays-inside',
] as const;
/** Reasons the gateway records when it refuses before or outside `decide()`. */
export const GATEWAY_REASON_CODES = [
  'refused.unauthorized',
  'refused.invalid-request',
  'refused.body-too-large',
  'refused.detector-error',
  'refused.attachment',
  'refused.bad-data-class-header',
  'failed.all-destinations',
  'failed.upstream-client-error',
] as const;
export type GatewayReasonCode = (typeof GATEWAY_REASON_CODES)[number];
export type ReasonCode = (typeof REASON_CODES)[number];

export interface DestinationFacts {
  name: string;
  kind: 'self-hosted' | 'third-party';
  model: string;
  baa: boolean;
  zeroDataRetention: boolean;
  region?: Region | undefined;
}

export interface RoutePolicy {
  workload: string;
  dataMayLeave: DataMayLeave;
  region?: Region | undefined;
  sensitive: readonly DestinationFacts[];
  default: readonly DestinationFacts[];
}

export interface RoutingRequest {
  dataClass: RequestDataClass;
  /** The inbound `model`: a hint only, preferred when it names an allowed destination or its model. */
  modelHint?: string | undefined;
}

/** Destinations whose circuit is open right now; everything else counts as available. */
export interface RoutingHealth {
  unavailable: ReadonlySet<string>;
}

export interface RoutingPlan {
  /** Allowed destinations in the order to try; empty means refuse. Fallbacks never leave this list. */
  ranked: readonly DestinationFacts[];
  reason: ReasonCode;
  sensitive: boolean;
}

function preferHint(list: readonly DestinationFacts[], hint: string | undefined): { list: readonly DestinationFacts[]; hinted: boolean } {
  if (!hint) return { list, hinted: false };
  const h = hint.toLowerCase();
  const i = list.findIndex((d) => d.name.toLowerCase() === h || d.model.toLowerCase() === h);
  if (i <= 0) return { list, hinted: i === 0 };
  return { list: [list[i]!, ...list.slice(0, i), ...list.slice(i + 1)], hinted: true };
}

/** Pure routing policy: which destinations may serve this request, in order, and why. */
export function decide(request: RoutingRequest, route: RoutePolicy, health: RoutingHealth): RoutingPlan {
  const sensitive = isSensitive(request.dataClass);
  if (sensitive) {
    // Re-checked here as well as at start-up: a sensitive request reaches only covered destinations.
    const covered = route.sensitive.filter((d) => coversSensitive(d, route.dataMayLeave, route.region));
    if (covered.length === 0) return { ranked: [], reason: 'refused.sensitive-no-destination', sensitive };
    const up = covered.filter((d) => !health.unavailable.has(d.name));
    if (up.length === 0) return { ranked: [], reason: 'refused.sensitive-all-unavailable', sensitive };
    const { list, hinted } = preferHint(up, request.modelHint);
    return { ranked: list, reason: hinted ? 'sensitive.model-hint' : 'sensitive.covered-only', sensitive };
  }
  // Also re-checked: a workload whose data stays inside never reaches a third party, whatever the detector said.
  const allowed = staysInside(route.dataMayLeave) ? route.default.filter((d) => d.kind === 'self-hosted') : route.default;
  if (allowed.length === 0) return { ranked: [], reason: 'refused.stays-inside', sensitive };
  const up = allowed.filter((d) => !health.unavailable.has(d.name));
  if (up.length === 0) return { ranked: [], reason: 'refused.all-unavailable', sensitive };
  const { list, hinted } = preferHint(up, request.modelHint);
  return { ranked: list, reason: hinted ? 'default.model-hint' : 'default.route-order', sensitive };
}
