/** The exact measurements scenarioTraffic() must produce, checked the same way for every store. */
import { expect } from 'vitest';
import type { MeasuredWorkload } from '../types.js';
import type { ScenarioVolumes } from './synthetic-traffic.js';

export function expectScenarioMeasured(measured: readonly MeasuredWorkload[], v: ScenarioVolumes): void {
  const get = (name: string) => measured.find((m) => m.workload === name);
  expect(measured.map((m) => m.workload)).toEqual([
    'clinical-notes',
    'legacy-app',
    'new-pilot',
    'office-tool',
    'support-bot',
  ]);
  const notes = get('clinical-notes')!;
  expect(notes).toMatchObject({
    daysObserved: 30,
    requests: 30 * v.notes,
    errors: 30 * v.refused,
    requestsPerDay: v.notes,
    activeDaysPerWeek: 7,
    inputTokensPerRequest: 1000,
    outputTokensPerRequest: 200,
    cachedInputShare: 0.3,
    sufficient: true,
  });
  expect(notes.peakToAverage).toBeCloseTo(4.8, 10);
  expect(notes.growthPerMonth).toBeCloseTo(0, 10);
  expect(notes.spendByDestination[0]).toMatchObject({
    destination: 'local-llama',
    requests: 30 * v.notes,
    costMicroUsd: 30 * v.notes * 5_000,
  });
  expect(get('support-bot')!.growthPerMonth).toBeCloseTo(1.03 ** (365 / 12) - 1, 2);
  expect(get('office-tool')).toMatchObject({ activeDays: 22, activeDaysPerWeek: 5, requests: 22 * v.office });
  expect(get('new-pilot')).toMatchObject({ daysObserved: 3, sufficient: false });
}
