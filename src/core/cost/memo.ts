import { sizingMemo, trafficShape, type SizingMemo, type TrafficShape } from '../capacity/index.js';
import type { Catalog } from '../catalog/schema.js';
import type { Result } from '../result.js';
import type { ClosedCost, CostAnalysisInput, WorkloadCostAnalysis } from './contract.js';
import type { DayWindows } from './provisioning.js';
import type { SizingChoice } from './size.js';

/**
 * Pure steps of the cost model that one assessment repeats with the same inputs: the sizing of a model for a
 * request shape (candidates screened, the winner re-run, the lower tier, portfolio passes, workloads alike but for
 * their name), the traffic shape of a workload, the closed bill of one request. Each is keyed by the content of
 * every input it reads, so a hit returns what the call would compute. One memo per assessment (created by
 * `costMemo()`, passed in `CostAnalysisInput.memo`): it is dropped with the assessment and never outlives a catalog.
 */
export interface CostMemo {
  /** Whole analyses by every input but the workload's name (which no figure reads): workloads alike but for their name. */
  readonly analyses: Map<string, Result<WorkloadCostAnalysis>>;
  /** Sizing choices by sizing input (size.ts). */
  readonly sizing: Map<string, SizingChoice>;
  /** Candidate layouts in cheapest-floor order, shared by the sizings of every model (capacity/sizing.ts). */
  readonly sizingOrders: SizingMemo;
  /** Traffic shapes by the workload fields they read. */
  readonly shapes: Map<string, TrafficShape>;
  /** Closed bills of one request by closed side and request shape, then by token multiplier (scenario.ts). */
  readonly closedUnits: Map<string, Map<number, ClosedCost>>;
  /** Requests/s of one replica within the SLO by replica plan, request shape and SLO, then by grid node (scenario.ts). */
  readonly rates: Map<string, Map<number, number>>;
  /** A traffic shape raised to each peakiness and its day windows, by shape (a memoised one) and scaling delays (scenario.ts). */
  dayShapes: (shape: TrafficShape, delays: string) => Map<number, { shape: TrafficShape; day: DayWindows }>;
  /** A number per object, for keys that hold catalog records by identity (records are not compared by content). */
  idOf: (o: object) => number;
  /**
   * A short key for `make()`'s content, computed once per object (records that stay the same object, unchanged,
   * across many calls): equal contents get the same key, so long keys are hashed once, not on every look-up.
   */
  keyOf: (o: object, make: () => string) => string;
}

export function costMemo(): CostMemo {
  const ids = new WeakMap<object, number>();
  const keys = new WeakMap<object, string>();
  const interned = new Map<string, string>();
  let next = 0;
  const days = new WeakMap<TrafficShape, Map<string, Map<number, { shape: TrafficShape; day: DayWindows }>>>();
  return {
    analyses: new Map(),
    sizing: new Map(),
    sizingOrders: sizingMemo(),
    shapes: new Map(),
    closedUnits: new Map(),
    rates: new Map(),
    dayShapes: (shape, delays) => {
      let byDelays = days.get(shape);
      if (!byDelays) {
        byDelays = new Map();
        days.set(shape, byDelays);
      }
      let v = byDelays.get(delays);
      if (!v) {
        v = new Map();
        byDelays.set(delays, v);
      }
      return v;
    },
    keyOf: (o, make) => {
      let key = keys.get(o);
      if (key === undefined) {
        const content = make();
        key = interned.get(content);
        if (key === undefined) {
          key = `#${interned.size}`;
          interned.set(content, key);
        }
        keys.set(o, key);
      }
      return key;
    },
    idOf: (o) => {
      let id = ids.get(o);
      if (id === undefined) {
        id = next++;
        ids.set(o, id);
      }
      return id;
    },
  };
}

type ShapeInput = Parameters<typeof trafficShape>[0];
/** Every field trafficShape reads, present: one it starts reading fails to compile here until it is keyed. */
type KeyedShapeInput = { [K in keyof ShapeInput]-?: ShapeInput[K] | undefined };

/** `trafficShape` of the workload, computed once per distinct shape input in the memo (a diurnal curve is a bisection). */
export function memoTrafficShape(memo: CostMemo | undefined, w: ShapeInput): TrafficShape {
  const input: KeyedShapeInput = { hourlyTraffic: w.hourlyTraffic, peakToAverage: w.peakToAverage, activeDaysPerWeek: w.activeDaysPerWeek };
  if (!memo) return trafficShape(w);
  const key = `${input.activeDaysPerWeek}|${input.peakToAverage}|${input.hourlyTraffic?.join(',') ?? ''}`;
  let hit = memo.shapes.get(key);
  if (!hit) {
    hit = trafficShape(w);
    memo.shapes.set(key, hit);
  }
  return hit;
}

/**
 * The key of a whole analysis: every input by content except the workload's name, and the catalog's record lists by
 * identity (the providers by content: a channel's uplift is applied to a copy of them, decision/workload.ts).
 */
export function analysisKey(memo: CostMemo, input: CostAnalysisInput): string {
  const { workload, catalog, team, assumptions, memo: _memo, ...rest } = input;
  // Workload, team, assumptions and catalog are mostly the same objects across a workload's calls and the portfolio's
  // passes: each keyed once per object, by content.
  const workloadKey = memo.keyOf(workload, () => {
    const { name: _name, ...shape } = workload;
    return JSON.stringify(shape);
  });
  const catalogKey = memo.keyOf(catalog, () =>
    JSON.stringify((Object.keys(catalog) as (keyof Catalog)[]).sort().map((k) => {
      const v = catalog[k];
      return k === 'providers' || typeof v !== 'object' || v === null ? [k, v] : [k, memo.idOf(v)];
    })),
  );
  return `${workloadKey}|${catalogKey}|${memo.keyOf(team, () => JSON.stringify(team))}|${memo.keyOf(assumptions, () => JSON.stringify(assumptions))}|${JSON.stringify(rest)}`;
}
