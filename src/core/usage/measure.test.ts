import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from './calendar.js';
import { measureUsage } from './measure.js';
import {
  SCENARIO_NOW,
  SCENARIO_START,
  apportion,
  scenarioTraffic,
} from './test-support/synthetic-traffic.js';

const records = scenarioTraffic().filter((r) => r.time < SCENARIO_NOW);
const measured = measureUsage(records, { now: SCENARIO_NOW });
const get = (name: string) => {
  const m = measured.find((x) => x.workload === name);
  if (!m) throw new Error(`no ${name}`);
  return m;
};

describe('measureUsage', () => {
  it('measures every workload in the store, sorted by name', () => {
    expect(measured.map((m) => m.workload)).toEqual([
      'clinical-notes',
      'legacy-app',
      'new-pilot',
      'office-tool',
      'support-bot',
    ]);
  });

  it('measures requests/day, mean tokens, cache share and monthly tokens exactly over complete days', () => {
    const m = get('clinical-notes');
    expect(m).toMatchObject({
      daysObserved: 30,
      activeDays: 30,
      sufficient: true,
      requests: 7200,
      errors: 120,
      requestsPerDay: 240,
      activeDaysPerWeek: 7,
      inputTokensPerRequest: 1000,
      outputTokensPerRequest: 200,
      cachedInputTokensPerRequest: 300,
      cachedInputShare: 0.3,
    });
    expect(m.tokensPerMonth).toBeCloseTo(240 * 1200 * (365 / 12), 6);
  });

  it('leaves out the partial current day, so a morning of traffic never dilutes the daily rate', () => {
    // The scenario has traffic on day 30 up to 10:00; it must not count.
    expect(records.some((r) => r.time >= SCENARIO_START + 30 * DAY_MS)).toBe(true);
    expect(get('clinical-notes').requests).toBe(30 * 240);
  });

  it('derives the 24-hour curve and peak-to-average from the hours requests arrived', () => {
    const m = get('clinical-notes');
    expect(m.hourlyTraffic).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 12, 24, 48, 24, 12, 24, 48, 24, 12, 12, 0, 0, 0, 0, 0, 0,
    ]);
    expect(m.peakToAverage).toBeCloseTo(4.8, 10);
    expect(get('support-bot').peakToAverage).toBeLessThan(1.1);
  });

  it('fits month-over-month growth from daily tokens: 0 for flat traffic, 3%/day compounds to 1.03^(365/12)-1', () => {
    expect(get('clinical-notes').growthPerMonth).toBeCloseTo(0, 10);
    expect(get('support-bot').growthPerMonth).toBeCloseTo(1.03 ** (365 / 12) - 1, 2);
  });

  it('counts weekday-only traffic per active day and keeps the monthly volume', () => {
    const m = get('office-tool');
    // Mon 5 Jan to Tue 3 Feb: 22 weekdays of 100 in 30 days.
    expect(m).toMatchObject({ daysObserved: 30, activeDays: 22, activeDaysPerWeek: 5, requests: 2200 });
    expect(m.requestsPerDay).toBeCloseTo(((2200 / 30) * 7) / 5, 10);
    expect(m.requestsPerDay * m.activeDaysPerWeek * (365 / 12 / 7)).toBeCloseTo((2200 / 30) * (365 / 12), 8);
  });

  it('splits spend by destination, refused requests included at zero cost, with a monthly rate', () => {
    expect(get('clinical-notes').spendByDestination).toEqual([
      {
        destination: 'local-llama',
        kind: 'self-hosted',
        requests: 7200,
        costMicroUsd: 36_000_000,
        monthlyUsd: (36 / 30) * (365 / 12),
      },
      { destination: '(refused)', kind: null, requests: 120, costMicroUsd: 0, monthlyUsd: 0 },
    ]);
    expect(get('clinical-notes').monthlySpendUsd).toBeCloseTo(36.5, 10);
  });

  it('marks a workload seen for only 3 days as insufficient and fits no growth', () => {
    expect(get('new-pilot')).toMatchObject({
      daysObserved: 3,
      sufficient: false,
      growthPerMonth: null,
      requestsPerDay: 50,
    });
  });

  it('starts the window at the next midnight after --since and fits growth only with 28+ days', () => {
    const since = SCENARIO_START + 16 * DAY_MS + 5 * HOUR_MS;
    const m = measureUsage(records, { now: SCENARIO_NOW, since }).find(
      (x) => x.workload === 'clinical-notes',
    )!;
    expect(m).toMatchObject({ daysObserved: 13, requests: 13 * 240, growthPerMonth: null });
  });

  it('reports nothing usable when only today has traffic', () => {
    const today = records.filter((r) => r.time >= SCENARIO_START + 29 * DAY_MS);
    const m = measureUsage(today, { now: SCENARIO_START + 29 * DAY_MS + 12 * HOUR_MS });
    expect(m.every((x) => x.daysObserved === 0 && !x.sufficient && x.requestsPerDay === 0)).toBe(true);
  });

  it('returns nothing for an empty store', () => {
    expect(measureUsage([], { now: SCENARIO_NOW })).toEqual([]);
  });
});

describe('apportion', () => {
  it('splits exactly, largest remainder first', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(240, [5, 10, 20]).reduce((a, b) => a + b, 0)).toBe(240);
  });
});
