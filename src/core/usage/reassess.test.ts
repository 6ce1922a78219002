import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/index.js';
import { profileSchema } from '../profile/index.js';
import { reassessFromUsage } from './reassess.js';
import { renderUsageComparison } from './render.js';
import type { MeasuredWorkload } from './types.js';

const NOW = new Date(Date.UTC(2026, 1, 4, 10));

function measuredAt(
  workload: string,
  requestsPerDay: number,
  over: Partial<MeasuredWorkload> = {},
): MeasuredWorkload {
  return {
    workload,
    daysObserved: 30,
    activeDays: 30,
    sufficient: true,
    requests: requestsPerDay * 30,
    errors: 0,
    requestsPerDay,
    activeDaysPerWeek: 7,
    inputTokensPerRequest: 1500,
    outputTokensPerRequest: 300,
    cachedInputTokensPerRequest: 0,
    cachedInputShare: 0,
    tokensPerMonth: requestsPerDay * 1800 * (365 / 12),
    hourlyTraffic: new Array<number>(24).fill(requestsPerDay / 24),
    peakToAverage: 1,
    growthPerMonth: 0,
    spendByDestination: [],
    monthlySpendUsd: 0,
    firstSeen: 0,
    lastSeen: 0,
    ...over,
  };
}

const profile = profileSchema.parse({
  team: { name: 'Acme', industry: 'technology', mlEngineers: 2, gpuAccess: 'rent' },
  workloads: [
    {
      name: 'chat',
      data: ['internal'],
      requestsPerDay: 500,
      inputTokens: 1500,
      outputTokens: 300,
      quality: 'standard',
    },
    {
      name: 'steady',
      data: ['internal'],
      requestsPerDay: 500,
      inputTokens: 1500,
      outputTokens: 300,
      quality: 'standard',
    },
  ],
});

describe('reassessFromUsage (real decision engine, default catalog)', () => {
  const result = reassessFromUsage({
    profile,
    catalog: defaultCatalog(),
    measured: [measuredAt('chat', 3_000_000), measuredAt('steady', 500)],
    now: NOW,
    window: { since: null, until: NOW.getTime() },
  });

  it('assesses both the guessed and the measured profile', () => {
    expect(result.guessedReport.workloads.find((w) => w.name === 'chat')!.cost.tokensPerMonth).toBeCloseTo(
      500 * 1800 * (365 / 12),
      -3,
    );
    expect(result.report.workloads.find((w) => w.name === 'chat')!.cost.tokensPerMonth).toBeCloseTo(
      3_000_000 * 1800 * (365 / 12),
      -6,
    );
  });

  it('flips a small guessed workload to self-hosting at a measured 164B tokens/month and says why in money', () => {
    const g = result.guessedReport.workloads.find((w) => w.name === 'chat')!;
    const m = result.report.workloads.find((w) => w.name === 'chat')!;
    expect([g.verdict, m.verdict]).toEqual(['closed', 'open']);
    const change = result.changes.find((c) => c.workload === 'chat');
    expect(change).toMatchObject({ from: 'closed', to: 'open' });
    expect(change!.why).toMatch(
      /^at your measured 164B tokens\/month \(guessed 27.4M\), self-hosting .+ on \d+×.+ saves \$[\d,]+\/month/,
    );
  });

  it('reports no change for a workload whose volume was guessed right', () => {
    expect(result.changes.map((c) => c.workload)).not.toContain('steady');
  });

  it('attaches the comparison to the measured report', () => {
    expect(result.report.usage).toMatchObject({ since: null, until: NOW.getTime(), changes: result.changes });
    expect(
      result.report.usage!.rows.filter((r) => r.workload === 'chat' && r.field === 'requestsPerDay'),
    ).toEqual([
      { workload: 'chat', field: 'requestsPerDay', guessed: 500, measured: 3_000_000, applied: true },
    ]);
    expect(result.guessedReport.usage).toBeUndefined();
  });

  it('renders the changes and the portfolio move', () => {
    const text = renderUsageComparison(result, 'markdown');
    expect(text).toContain('| chat | requests / active day | 500 | 3,000,000 | measured |');
    expect(text).toMatch(/- chat: closed → open: at your measured 164B tokens\/month/);
  });
});
