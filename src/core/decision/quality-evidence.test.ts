import { describe, expect, it } from 'vitest';
import { assess } from '../assess/index.js';
import { defaultCatalog } from '../catalog/index.js';
import type { Evidence } from '../eval/evidence.js';
import { parseProfile, type Profile } from '../profile/index.js';
import type { WorkloadReport } from '../report/types.js';
import { reassessFromUsage } from '../usage/reassess.js';
import type { CitedEvidence } from './quality-evidence.js';

const NOW = new Date('2026-11-23T12:00:00Z');

function profile(): Profile {
  const r = parseProfile({
    team: { name: 'Notes team', industry: 'technology', mlEngineers: 2, gpuAccess: 'rent' },
    workloads: [{ name: 'notes', data: ['internal'], requestsPerDay: 400_000, inputTokens: 1500, outputTokens: 300, quality: 'frontier', openModel: 'qwen2.5-32b-instruct', closedModel: 'claude-opus-5-5' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const est = (value: number, low: number, high: number, n = 20) => ({ value, low, high, n });

function evidence(diff: { value: number; low: number; high: number }, over: Partial<Evidence> = {}): Evidence {
  const verdict = Math.abs(diff.value) <= 3 ? 'within' : diff.value < 0 ? 'worse' : 'better';
  const cand = (name: string, kind: 'self-hosted' | 'third-party', model: string) => ({
    name,
    kind,
    model,
    prompts: { total: 20, answered: 20, notAllowed: 0, failed: 0, skipped: 0 },
    score: est(0.8, 0.7, 0.9),
    allChecksPassed: est(0.8, 0.6, 0.95),
    judgeRating: null,
    winRate: null,
    ttftMsP50: 120,
    outputTokensPerSecondP50: 60,
    usdPer1kPrompts: 1,
    costBasis: 'catalog-prices' as const,
  });
  return {
    kind: 'switchboard-eval-evidence',
    schemaVersion: 1,
    generatedAt: '2026-11-20T09:00:00.000Z',
    source: 'suite',
    workload: 'notes',
    suite: { source: 'notes.suite.yaml', version: '3', hash: 'a'.repeat(64), prompts: 20 },
    baseline: 'claude',
    judge: null,
    settings: { seed: 42, resamples: 2000, margin: 3 },
    partial: false,
    candidates: [
      { ...cand('local-qwen', 'self-hosted', 'Qwen/Qwen2.5-32B-Instruct'), parity: { baseline: 'claude', metric: 'score', diffPoints: est(diff.value, diff.low, diff.high), margin: 3, verdict, conclusive: verdict === 'within' ? diff.low >= -3 && diff.high <= 3 : true, statement: `local-qwen vs claude: ${diff.value}` } },
      cand('claude', 'third-party', 'claude-opus-5-5'),
    ],
    ...over,
  };
}

const run = (cited?: CitedEvidence): WorkloadReport => assess(profile(), defaultCatalog(), { now: NOW, ...(cited ? { qualityEvidence: new Map([['notes', cited]]) } : {}) }).workloads[0]!;
const rule = (w: WorkloadReport) => `${w.verdict} ${w.decidedBy?.rule ?? ''}`;

describe('quality evidence in assess', () => {
  it('measured parity replaces the benchmark quality gap and the verdict changes, saying why and what would flip it', () => {
    const before = run();
    expect(rule(before)).toBe('closed control.quality-gap');
    const after = run({ file: './evidence.json', evidence: evidence({ value: -1, low: -2, high: 1 }) });
    expect(after.verdict).toBe('open');
    expect(after.decidedBy?.rule).not.toBe('control.quality-gap');
    expect(after.reasons.map((r) => r.message)).toContainEqual(expect.stringMatching(/^measured on your suite \(\.\/evidence\.json, 20 prompts, version 3\): local-qwen vs claude: -1; this replaces benchmark priors/));
    expect(after.flips.map((f) => f.message)).toContainEqual(expect.stringMatching(/^if a re-run showed local-qwen worse than claude by more than 3 points on your suite/));
    expect(after.qualityEvidence).toMatchObject({ used: true, openModel: 'local-qwen', baseline: 'claude', verdict: 'within', flags: [] });
    expect(after.recommendation.openModel).toBe('qwen2.5-32b-instruct');
  });

  it('a measured gap decides for the API on the team’s own prompts', () => {
    const w = run({ file: 'ev.json', evidence: evidence({ value: -14, low: -20, high: -8 }) });
    expect(rule(w)).toBe('closed control.quality-gap');
    expect(w.reasons.find((r) => r.message.startsWith('measured on'))?.favours).toBe('closed');
    expect(w.flips.map((f) => f.message)).toEqual([expect.stringMatching(/^if local-qwen came within 3 points of claude on your suite \(now -14, 95% interval -20\.\.-8 points over 20 prompts\)/)]);
  });

  it('flags stale evidence and a changed suite, and refuses evidence for another workload', () => {
    const old = run({ file: 'ev.json', evidence: evidence({ value: 0, low: -2, high: 2 }, { generatedAt: '2026-01-02T00:00:00.000Z' }), currentSuiteHash: 'b'.repeat(64) });
    expect(old.qualityEvidence?.flags).toEqual([
      'stale: measured 325 days ago (over 90); re-run switchboard eval',
      `the suite changed since it was measured (hash ${'a'.repeat(12)}, now ${'b'.repeat(12)}); re-run switchboard eval`,
    ]);
    expect(old.reasons.map((r) => r.message)).toContainEqual(expect.stringContaining('quality evidence ev.json: stale: measured 325 days ago'));
    const other = run({ file: 'ev.json', evidence: evidence({ value: 0, low: -2, high: 2 }, { workload: 'chat' }) });
    expect(rule(other)).toBe('closed control.quality-gap');
    expect(other.qualityEvidence).toMatchObject({ used: false, flags: ['it measures workload "chat", not "notes"'] });
  });
});

describe('quality evidence with measured usage (assess --usage)', () => {
  it('both the guessed and the measured runs use the cited evidence, so only volumes differ', () => {
    const cited: CitedEvidence = { file: './evidence.json', evidence: evidence({ value: -1, low: -2, high: 1 }) };
    const measured = [{ workload: 'notes', daysObserved: 30, activeDays: 30, sufficient: true, requests: 12_000_000, errors: 0, requestsPerDay: 400_000, activeDaysPerWeek: 7, inputTokensPerRequest: 1500, outputTokensPerRequest: 300, cachedInputTokensPerRequest: 0, cachedInputShare: 0, tokensPerMonth: 400_000 * 1800 * (365 / 12), hourlyTraffic: new Array<number>(24).fill(400_000 / 24), peakToAverage: 1, growthPerMonth: 0, spendByDestination: [], monthlySpendUsd: 0, firstSeen: 0, lastSeen: 0 }];
    const r = reassessFromUsage({ profile: profile(), catalog: defaultCatalog(), measured, now: NOW, qualityEvidence: new Map([['notes', cited]]) });
    expect(r.guessedReport.workloads[0]?.qualityEvidence).toMatchObject({ used: true, openModel: 'local-qwen' });
    expect(r.report.workloads[0]?.qualityEvidence).toMatchObject({ used: true, openModel: 'local-qwen' });
    expect(r.report.workloads[0]?.verdict).toBe('open');
    expect(r.changes).toEqual([]);
  });
});
