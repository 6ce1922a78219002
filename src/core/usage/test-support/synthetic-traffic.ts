/** Seeded, deterministic gateway traffic with exactly known volumes, for store and measurement tests. */
import { DAY_MS, HOUR_MS } from '../calendar.js';
import { mulberry32 } from '../../random/index.js';
import type { UsageRecord } from '../types.js';

export type SyntheticRecord = UsageRecord;

export interface SyntheticWorkload {
  name: string;
  /** Served requests on day d of the run (0-based) for the given UTC weekday (0 = Sunday). */
  requestsOnDay: (day: number, weekday: number) => number;
  /** Relative weight of each UTC hour; requests are split by largest remainder, so counts are exact. */
  hourly: readonly number[];
  /** Tokens of the i-th request of the day. */
  tokens: (i: number) => { input: number; output: number; cached: number };
  destination: string;
  kind: 'self-hosted' | 'third-party';
  costMicroUsd: number;
  /** Extra refused requests (status 503, no destination) per day, on top of the served ones. */
  refusedPerDay?: number;
  firstDay?: number;
  lastDay?: number;
}

/** Seeded so the synthetic traffic is identical on every run. */
export const seededRandom = (seed: number): (() => number) => mulberry32(seed);

/** Splits n into parts proportional to weights, exactly (largest remainder). */
export function apportion(n: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (n * w) / total);
  const parts = raw.map(Math.floor);
  const order = raw
    .map((r, i) => ({ i, frac: r - Math.floor(r) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  const missing = n - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) parts[order[k]!.i]! += 1;
  return parts;
}

export function syntheticTraffic(options: {
  seed: number;
  start: number;
  days: number;
  workloads: readonly SyntheticWorkload[];
}): SyntheticRecord[] {
  const rand = seededRandom(options.seed);
  const out: SyntheticRecord[] = [];
  let seq = 0;
  for (const w of options.workloads) {
    for (let d = w.firstDay ?? 0; d <= (w.lastDay ?? options.days - 1); d++) {
      const dayStart = options.start + d * DAY_MS;
      const weekday = new Date(dayStart).getUTCDay();
      const perHour = apportion(w.requestsOnDay(d, weekday), w.hourly);
      let i = 0;
      perHour.forEach((count, hour) => {
        for (let k = 0; k < count; k++, i++) {
          const t = w.tokens(i);
          out.push({
            id: `syn-${options.seed}-${++seq}`,
            time: dayStart + hour * HOUR_MS + Math.floor(rand() * HOUR_MS),
            keyId: `${w.name}-key`,
            workload: w.name,
            destination: w.destination,
            destinationKind: w.kind,
            model: `${w.destination}-model`,
            dataClass: w.kind === 'self-hosted' ? 'phi' : 'none',
            reason: w.kind === 'self-hosted' ? 'sensitive.self-hosted-only' : 'default.preferred',
            inputTokens: t.input,
            outputTokens: t.output,
            cachedInputTokens: t.cached,
            costMicroUsd: w.costMicroUsd,
            latencyMs: 100 + Math.floor(rand() * 900),
            ttftMs: null,
            status: 200,
            stream: false,
            attempts: [],
            errorCode: null,
          });
        }
      });
      for (let k = 0; k < (w.refusedPerDay ?? 0); k++) {
        out.push({
          id: `syn-${options.seed}-${++seq}`,
          time: dayStart + Math.floor(rand() * DAY_MS),
          keyId: `${w.name}-key`,
          workload: w.name,
          destination: null,
          destinationKind: null,
          model: null,
          dataClass: 'phi',
          reason: 'sensitive.no-allowed-destination',
          inputTokens: 0,
          outputTokens: 0,
          cachedInputTokens: 0,
          costMicroUsd: 0,
          latencyMs: 2,
          ttftMs: null,
          status: 503,
          stream: false,
          attempts: ['local-llama'],
          errorCode: 'no_allowed_destination',
        });
      }
    }
  }
  return out.sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1));
}

/** Business hours 08:00-18:00 UTC, heavier at 10:00 and 14:00; sums to 100. */
export const OFFICE_HOURS: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 5, 10, 20, 10, 5, 10, 20, 10, 5, 5, 0, 0, 0, 0, 0, 0,
];
export const FLAT: readonly number[] = new Array<number>(24).fill(1);

/** A standard scenario: 30 days from Monday 2026-01-05, the clock at 10:00 on day 30 (a partial day). */
export const SCENARIO_START = Date.UTC(2026, 0, 5);
export const SCENARIO_NOW = SCENARIO_START + 30 * DAY_MS + 10 * HOUR_MS;

export interface ScenarioVolumes {
  notes: number;
  refused: number;
  bot: number;
  office: number;
  pilot: number;
  legacy: number;
}
export const FULL_SCENARIO: ScenarioVolumes = {
  notes: 240,
  refused: 4,
  bot: 200,
  office: 100,
  pilot: 50,
  legacy: 10,
};
/** A fifth of the records, for stores where inserting is slow (PGlite in WebAssembly). */
export const SMALL_SCENARIO: ScenarioVolumes = {
  notes: 40,
  refused: 1,
  bot: 50,
  office: 20,
  pilot: 10,
  legacy: 5,
};

export function scenarioTraffic(seed = 7, v: ScenarioVolumes = FULL_SCENARIO): SyntheticRecord[] {
  return syntheticTraffic({
    seed,
    start: SCENARIO_START,
    days: 31,
    workloads: [
      {
        // Every day, office hours: the 20% hours over a mean of 1/24 => peak-to-average 4.8.
        name: 'clinical-notes',
        requestsOnDay: () => v.notes,
        hourly: OFFICE_HOURS,
        tokens: (i) =>
          i % 2 === 0 ? { input: 800, output: 150, cached: 300 } : { input: 1200, output: 250, cached: 300 },
        destination: 'local-llama',
        kind: 'self-hosted',
        costMicroUsd: 5_000,
        refusedPerDay: v.refused,
      },
      {
        // Grows 3% a day, flat over the hours; 1,000 tokens a request.
        name: 'support-bot',
        requestsOnDay: (d) => Math.round(v.bot * 1.03 ** d),
        hourly: FLAT,
        tokens: () => ({ input: 900, output: 100, cached: 0 }),
        destination: 'gpt',
        kind: 'third-party',
        costMicroUsd: 1_500,
      },
      {
        // Weekdays only: 100 a weekday.
        name: 'office-tool',
        requestsOnDay: (_d, weekday) => (weekday === 0 || weekday === 6 ? 0 : v.office),
        hourly: OFFICE_HOURS,
        tokens: () => ({ input: 500, output: 50, cached: 0 }),
        destination: 'gpt',
        kind: 'third-party',
        costMicroUsd: 400,
      },
      {
        // Started three days before the clock: too few days to trust.
        name: 'new-pilot',
        requestsOnDay: () => v.pilot,
        hourly: FLAT,
        tokens: () => ({ input: 100, output: 100, cached: 0 }),
        destination: 'local-llama',
        kind: 'self-hosted',
        costMicroUsd: 100,
        firstDay: 27,
      },
      {
        name: 'legacy-app',
        requestsOnDay: () => v.legacy,
        hourly: FLAT,
        tokens: () => ({ input: 100, output: 10, cached: 0 }),
        destination: 'gpt',
        kind: 'third-party',
        costMicroUsd: 50,
      },
    ],
  });
}
