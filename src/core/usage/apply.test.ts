import { describe, expect, it } from 'vitest';
import { profileSchema } from '../profile/index.js';
import { applyMeasuredUsage } from './apply.js';
import { measureUsage } from './measure.js';
import { renderUsageComparison } from './render.js';
import { scenarioProfile } from './test-support/scenario-profile.js';
import { SCENARIO_NOW, scenarioTraffic } from './test-support/synthetic-traffic.js';

const measured = measureUsage(
  scenarioTraffic().filter((r) => r.time < SCENARIO_NOW),
  { now: SCENARIO_NOW },
);

describe('applyMeasuredUsage', () => {
  const profile = scenarioProfile();
  const { profile: next, rows, warnings } = applyMeasuredUsage(profile, measured);
  const wl = (name: string) => next.workloads.find((w) => w.name === name)!;

  it('replaces guessed volumes with measured ones, and the peak-to-average with the measured curve', () => {
    expect(wl('clinical-notes')).toMatchObject({
      requestsPerDay: 240,
      inputTokens: 1000,
      outputTokens: 200,
      cachedInputShare: 0.3,
      activeDaysPerWeek: 7,
    });
    expect(wl('clinical-notes').peakToAverage).toBeUndefined();
    expect(wl('clinical-notes').hourlyTraffic?.[10]).toBe(48);
    expect(wl('clinical-notes').growthPerMonth).toBeCloseTo(0, 10);
    expect(wl('support-bot').growthPerMonth).toBeCloseTo(1.03 ** (365 / 12) - 1, 2);
    expect(profileSchema.safeParse(next).success).toBe(true);
  });

  it('keeps everything else about a workload, and leaves the input profile untouched', () => {
    expect(wl('clinical-notes')).toMatchObject({ data: ['phi'], regulations: ['hipaa'] });
    expect(profile.workloads[0]).toMatchObject({ requestsPerDay: 1000, peakToAverage: 2 });
  });

  it('keeps the guesses of a workload seen for too few days, and of one with no traffic, and says so', () => {
    expect(wl('new-pilot').requestsPerDay).toBe(300);
    expect(wl('quiet-one').requestsPerDay).toBe(1000);
    expect(warnings).toEqual([
      expect.objectContaining({ workload: 'legacy-app', code: 'not-in-profile' }),
      expect.objectContaining({ workload: 'new-pilot', code: 'too-few-days' }),
      expect.objectContaining({ workload: 'quiet-one', code: 'no-traffic' }),
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'workload "legacy-app" has 300 requests in the usage store but is not in the profile; add it to the profile to assess it',
      'only 3 complete day(s) of traffic for "new-pilot" (at least 7 needed for a weekly cycle); keeping the guessed volumes',
      'no traffic measured yet for "quiet-one"; keeping the guessed volumes',
    ]);
  });

  it('shows no measured number for a workload it did not measure enough', () => {
    expect(
      rows.filter((r) => r.workload === 'new-pilot').every((r) => r.measured === null && !r.applied),
    ).toBe(true);
  });

  it('suggests the profile name for a store workload that looks like a typo', () => {
    const typo = measured.map((m) => (m.workload === 'office-tool' ? { ...m, workload: 'ofice-tool' } : m));
    const w = applyMeasuredUsage(profile, typo).warnings.find((x) => x.workload === 'ofice-tool');
    expect(w?.message).toContain('(did you mean "office-tool"?)');
  });

  it('warns when growth cannot be measured yet, keeping the guess', () => {
    const short = measureUsage(
      scenarioTraffic().filter((r) => r.time < SCENARIO_NOW),
      { now: SCENARIO_NOW, since: SCENARIO_NOW - 10 * 86_400_000 },
    );
    const r = applyMeasuredUsage(profile, short);
    expect(r.profile.workloads[0]!.growthPerMonth).toBe(0.1);
    expect(r.warnings.map((w) => w.code)).toContain('growth-not-measured');
  });

  it('renders the guessed-vs-measured table', () => {
    const one = applyMeasuredUsage(
      { ...profile, workloads: profile.workloads.slice(0, 1) },
      measured.filter((m) => m.workload === 'clinical-notes'),
    );
    expect(renderUsageComparison({ ...one, changes: [] })).toMatchInlineSnapshot(`
      "Guessed vs measured
      workload        field                     guessed  measured      used
      clinical-notes  requests / active day       1,000       240  measured
      clinical-notes  active days / week              7         7  measured
      clinical-notes  input tokens / request        500     1,000  measured
      clinical-notes  output tokens / request       100       200  measured
      clinical-notes  cached input share           0.0%     30.0%  measured
      clinical-notes  peak-to-average                 2       4.8  measured
      clinical-notes  growth / month              10.0%      0.0%  measured
      clinical-notes  tokens / month              18.3M     8.76M  measured
      clinical-notes  spend / month (measured)        —    $36.50

      Verdict changes
      none: every verdict holds at the measured volumes
      "
    `);
  });
});
