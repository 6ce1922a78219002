import { describe, expect, it } from 'vitest';
import { profileSchema } from '../profile/index.js';
import { applyMeasuredUsage } from './apply.js';
import { measureUsage } from './measure.js';
import { usageSamples } from './reassess.js';
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
      'only 3 complete days and 150 served requests for "new-pilot": at least 7 complete days are needed to cover a weekly cycle; keeping the guessed volumes',
      'no traffic measured yet for "quiet-one"; keeping the guessed volumes',
    ]);
  });

  it('a few requests seen today only: says how many, not "no traffic" (regression: a first trial looked empty)', () => {
    const today = SCENARIO_NOW + 3_600_000;
    const trial = [1, 2, 3].map((i) => ({ ...scenarioTraffic()[0]!, workload: 'quiet-one', time: today + i * 60_000 }));
    const m = measureUsage(trial, { now: today + 10 * 60_000 });
    expect(m[0]).toMatchObject({ workload: 'quiet-one', daysObserved: 0, requests: 0, requestsSeen: 3 });
    const w = applyMeasuredUsage(profile, m).warnings.find((x) => x.workload === 'quiet-one');
    expect(w).toMatchObject({ code: 'too-few-days' });
    expect(w?.message).toBe('3 requests seen, none in a complete day yet (today is not counted) for "quiet-one": at least 7 complete days are needed to cover a weekly cycle; keeping the guessed volumes');
  });

  it('flags a measurement that covers enough days but few requests, and still uses it', () => {
    const few = measured.map((x) => (x.workload === 'clinical-notes' ? { ...x, requests: 40 } : x));
    const w = applyMeasuredUsage(profile, few).warnings.find((x) => x.workload === 'clinical-notes');
    expect(w?.code).toBe('small-sample');
    expect(w?.message).toMatch(/^only 40 served requests in \d+ days for "clinical-notes": the per-request token averages and the hourly shape are rough; using them anyway$/);
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

describe('renderUsageComparison with samples', () => {
  it('opens with what each workload\'s measurement rests on and whether it is enough', () => {
    const profile = scenarioProfile();
    const applied = applyMeasuredUsage(profile, measured);
    const text = renderUsageComparison({ ...applied, samples: usageSamples(profile, measured, 7), changes: [] });
    expect(text.split('\nGuessed vs measured\n')[0]).toMatchInlineSnapshot(`
      "Measured usage: what the gateway saw
      workload        days  requests   seen   last seen  enough?
      clinical-notes    30     7,200  7,357  2026-02-04  yes
      support-bot       30     9,517  9,722  2026-02-04  yes
      office-tool       30     2,200  2,215  2026-02-04  yes
      new-pilot          3       150    172  2026-02-04  no: 3 of 7 days
      quiet-one          0         0      0           —  no: no traffic yet

      Days: complete UTC days, the only ones rates are taken from; requests: served in
      those days; seen: every request, today and failures included. A workload needs 7
      complete days (a weekly cycle) before its measured values replace the guesses;
      under 200 requests they are used but rough.
      "
    `);
  });
});
