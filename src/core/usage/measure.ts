/** From metered requests to measured workload volumes, over complete UTC days only. */
import { DAY_MS, DAYS_PER_MONTH, ceilDay, floorDay, hourOfDay } from './calendar.js';
import { linearFit } from './stats.js';
import type { DestinationSpend, MeasuredWorkload, MeteredRequest } from './types.js';

export interface MeasureOptions {
  /** Epoch ms; requests before it are ignored (rounded up to the next UTC midnight). */
  since?: number;
  /** Epoch ms; default `now`. Rounded down to UTC midnight so a partial day never dilutes the rates. */
  until?: number;
  now: number;
  /** Complete days needed before measured volumes replace guesses (default 7, one weekly cycle). */
  minDays?: number;
  /** Days needed before a growth trend is fitted (default 28). */
  minDaysForGrowth?: number;
}

export const DEFAULT_MIN_DAYS = 7;
export const DEFAULT_MIN_DAYS_FOR_GROWTH = 28;
export const REFUSED = '(refused)';

const served = (r: MeteredRequest): boolean => r.status < 400;

/** Measures each workload seen in the window; sorted by workload name. */
export function measureUsage(
  records: readonly MeteredRequest[],
  options: MeasureOptions,
): MeasuredWorkload[] {
  const until = options.until ?? options.now;
  const since = options.since ?? Number.NEGATIVE_INFINITY;
  const byWorkload = new Map<string, MeteredRequest[]>();
  for (const r of records) {
    if (r.time < since || r.time >= until) continue;
    const list = byWorkload.get(r.workload);
    if (list) list.push(r);
    else byWorkload.set(r.workload, [r]);
  }
  return [...byWorkload.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([workload, list]) => measureOne(workload, list, { ...options, since, until }));
}

function measureOne(
  workload: string,
  all: MeteredRequest[],
  o: MeasureOptions & { since: number; until: number },
): MeasuredWorkload {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const r of all) {
    first = Math.min(first, r.time);
    last = Math.max(last, r.time);
  }
  const start = Math.max(floorDay(first), Number.isFinite(o.since) ? ceilDay(o.since) : floorDay(first));
  const end = Math.max(start, floorDay(o.until));
  const days = Math.round((end - start) / DAY_MS);
  const inWindow = all.filter((r) => r.time >= start && r.time < end);
  const ok = inWindow.filter(served);

  const dailyRequests = new Array<number>(days).fill(0);
  const dailyTokens = new Array<number>(days).fill(0);
  const hourly = new Array<number>(24).fill(0);
  let input = 0;
  let output = 0;
  let cached = 0;
  for (const r of ok) {
    const d = Math.floor((r.time - start) / DAY_MS);
    dailyRequests[d]! += 1;
    dailyTokens[d]! += r.inputTokens + r.outputTokens;
    hourly[hourOfDay(r.time)]! += 1;
    input += r.inputTokens;
    output += r.outputTokens;
    cached += r.cachedInputTokens;
  }
  const n = ok.length;
  const activeDays = dailyRequests.filter((x) => x > 0).length;
  const activeDaysPerWeek =
    days > 0 && activeDays > 0 ? Math.min(7, Math.max(1, Math.round((activeDays / days) * 7))) : 7;
  const perDay = days > 0 ? n / days : 0;
  const meanHourly = hourly.map((c) => (days > 0 ? c / days : 0));
  const avgHour = perDay / 24;
  const spend = spendByDestination(inWindow, days);

  return {
    workload,
    daysObserved: days,
    activeDays,
    sufficient: days >= (o.minDays ?? DEFAULT_MIN_DAYS) && n > 0,
    requests: n,
    errors: inWindow.length - n,
    requestsSeen: all.length,
    // Per active day, as the profile means it: the monthly volume is preserved exactly.
    requestsPerDay: (perDay * 7) / activeDaysPerWeek,
    activeDaysPerWeek,
    inputTokensPerRequest: n ? input / n : 0,
    outputTokensPerRequest: n ? output / n : 0,
    cachedInputTokensPerRequest: n ? cached / n : 0,
    cachedInputShare: input ? Math.min(1, cached / input) : 0,
    tokensPerMonth: days > 0 ? ((input + output) / days) * DAYS_PER_MONTH : 0,
    hourlyTraffic: meanHourly,
    peakToAverage: avgHour > 0 ? meanHourly.reduce((a, b) => Math.max(a, b), 0) / avgHour : 1,
    growthPerMonth: days >= (o.minDaysForGrowth ?? DEFAULT_MIN_DAYS_FOR_GROWTH) ? growth(dailyTokens) : null,
    spendByDestination: spend,
    monthlySpendUsd: spend.reduce((a, s) => a + s.monthlyUsd, 0),
    firstSeen: first,
    lastSeen: last,
  };
}

/** Compound monthly growth from a least-squares fit of ln(daily tokens) on the day; days without traffic are left out. */
function growth(dailyTokens: readonly number[]): number | null {
  const xs: number[] = [];
  const ys: number[] = [];
  dailyTokens.forEach((t, d) => {
    if (t > 0) {
      xs.push(d);
      ys.push(Math.log(t));
    }
  });
  const fit = linearFit(xs, ys);
  return fit ? Math.exp(fit.slope * DAYS_PER_MONTH) - 1 : null;
}

function spendByDestination(records: readonly MeteredRequest[], days: number): DestinationSpend[] {
  const map = new Map<string, DestinationSpend>();
  for (const r of records) {
    const key = r.destination ?? REFUSED;
    const s = map.get(key) ?? {
      destination: key,
      kind: r.destinationKind ?? null,
      requests: 0,
      costMicroUsd: 0,
      monthlyUsd: 0,
    };
    s.requests += 1;
    s.costMicroUsd += r.costMicroUsd;
    map.set(key, s);
  }
  return [...map.values()]
    .map((s) => ({ ...s, monthlyUsd: days > 0 ? (s.costMicroUsd / 1e6 / days) * DAYS_PER_MONTH : 0 }))
    .sort((a, b) => b.costMicroUsd - a.costMicroUsd || (a.destination < b.destination ? -1 : 1));
}
