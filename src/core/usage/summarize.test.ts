import { describe, expect, it } from 'vitest';
import { parseSince } from './since.js';
import { percentile } from './stats.js';
import { summarizeUsage } from './summarize.js';
import { renderUsageSummary } from './render.js';
import type { MeteredRequest } from './types.js';

const req = (over: Partial<MeteredRequest>): MeteredRequest => ({
  time: 1000,
  workload: 'notes',
  destination: 'local',
  destinationKind: 'self-hosted',
  inputTokens: 100,
  cachedInputTokens: 10,
  outputTokens: 20,
  costMicroUsd: 1_000,
  latencyMs: 100,
  status: 200,
  ...over,
});

describe('percentile (nearest rank)', () => {
  it('picks the smallest value with at least p% at or below it', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(10);
    expect(percentile(xs, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('summarizeUsage', () => {
  const records: MeteredRequest[] = [
    ...Array.from({ length: 19 }, (_, i) => req({ time: 1000 + i, latencyMs: 10 * (i + 1) })),
    req({
      time: 2000,
      destination: null,
      destinationKind: null,
      status: 503,
      costMicroUsd: 0,
      inputTokens: 0,
      outputTokens: 0,
      cachedInputTokens: 0,
      latencyMs: 1,
    }),
    req({
      time: 3000,
      workload: 'bot',
      destination: 'gpt',
      destinationKind: 'third-party',
      costMicroUsd: 250_000,
      latencyMs: 900,
    }),
    req({ time: 999, workload: 'old' }),
  ];
  const s = summarizeUsage(records, { since: 1000, until: 5000 });

  it('totals requests, tokens, spend and errors in the window', () => {
    expect(s.totals).toEqual({
      requests: 21,
      errors: 1,
      errorRate: 1 / 21,
      inputTokens: 2000,
      outputTokens: 400,
      cachedInputTokens: 200,
      cacheWriteInputTokens: 0,
      cacheWrite1hInputTokens: 0,
      estimatedRequests: 0,
      costMicroUsd: 19_000 + 250_000,
      latencyP50Ms: 100,
      latencyP95Ms: 190,
    });
  });

  it('groups by workload and by destination, biggest spend first, refused requests named', () => {
    expect(s.byWorkload.map((g) => [g.key, g.requests, g.costMicroUsd, g.errors])).toEqual([
      ['bot', 1, 250_000, 0],
      ['notes', 20, 19_000, 1],
    ]);
    expect(s.byDestination.map((g) => [g.key, g.kind, g.requests])).toEqual([
      ['gpt', 'third-party', 1],
      ['local', 'self-hosted', 19],
      ['(refused)', null, 1],
    ]);
  });

  it('renders as a text table', () => {
    expect(renderUsageSummary(s)).toMatchInlineSnapshot(`
      "Usage from 1970-01-01T00:00:01.000Z to 1970-01-01T00:00:05.000Z

             requests  input  output  cached  spend  errors     p50     p95
      total        21     2k     400     200  $0.27    4.8%  100 ms  190 ms

      By workload
      workload  requests  input  output  cached  spend  errors     p50     p95
      bot              1    100      20      10  $0.25    0.0%  900 ms  900 ms
      notes           20   1.9k     380     190  $0.02    5.0%   90 ms  180 ms

      By destination
      destination  requests  input  output  cached  spend  errors     p50     p95
      gpt                 1    100      20      10  $0.25    0.0%  900 ms  900 ms
      local              19   1.9k     380     190  $0.02    0.0%  100 ms  190 ms
      (refused)           1      0       0       0  $0.00  100.0%    1 ms    1 ms
      "
    `);
  });
});

describe('prompt-cache writes and estimated counts', () => {
  const s = summarizeUsage(
    [
      req({ inputTokens: 1000, cachedInputTokens: 300, cacheWriteInputTokens: 600, cacheWrite1hInputTokens: 400 }),
      req({ time: 1001, inputTokens: 2000, cachedInputTokens: 0, cacheWriteInputTokens: 1500 }),
      req({ time: 1002, tokensEstimated: true }),
    ],
    { since: 1000, until: 5000 },
  );

  it('totals the writes, their 1-hour part and the requests whose counts were estimated', () => {
    expect(s.totals).toMatchObject({ inputTokens: 3100, cachedInputTokens: 310, cacheWriteInputTokens: 2100, cacheWrite1hInputTokens: 400, estimatedRequests: 1 });
    expect(s.byWorkload[0]).toMatchObject({ cacheWriteInputTokens: 2100, estimatedRequests: 1 });
  });

  it('says so under the totals, within 80 columns', () => {
    const lines = renderUsageSummary(s).split('\n');
    expect(lines.slice(4, 6)).toEqual([
      'Prompt cache (part of input): 310 tokens read, 2.1k written (400 for 1 hour)',
      'Estimated tokens: 1 request without upstream usage, counted with a tokenizer',
    ]);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});

describe('parseSince', () => {
  const now = Date.UTC(2026, 0, 31);
  it('accepts durations and dates', () => {
    expect(parseSince('7d', now)).toEqual({ ok: true, value: now - 7 * 86_400_000 });
    expect(parseSince('24h', now)).toEqual({ ok: true, value: now - 86_400_000 });
    expect(parseSince('2w', now)).toEqual({ ok: true, value: now - 14 * 86_400_000 });
    expect(parseSince('2026-01-01', now)).toEqual({ ok: true, value: Date.UTC(2026, 0, 1) });
  });
  it('names the flag and the expected forms for anything else', () => {
    expect(parseSince('a week', now)).toEqual({
      ok: false,
      issues: [
        {
          path: '--since',
          message:
            'expected a duration such as 30m, 24h, 7d or 4w, or a date such as 2026-01-31, got "a week"',
        },
      ],
    });
  });
});
