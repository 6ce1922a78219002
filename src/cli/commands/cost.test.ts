import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { memoryIo } from '../support/io.js';

const PROFILE = `
team: { name: Fixture Co, industry: technology, mlEngineers: 1, gpuAccess: rent }
workloads:
  - name: support-chat
    data: [internal]
    requestsPerDay: 200000
    inputTokens: 1200
    outputTokens: 300
    peakToAverage: 2
assumptions: { monteCarloRuns: 200 }
`;

const run = async (args: string[], stdin = PROFILE) => {
  const io = memoryIo({ readStdin: () => Promise.resolve(stdin) });
  const code = await main(['cost', ...args], io);
  return { code, out: io.out(), err: io.err() };
};

describe('switchboard cost', () => {
  it('prints both sides, break-even, TCO and sensitivity for each workload', async () => {
    const r = await run(['-']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Fixture Co: /);
    expect(r.out).toMatch(/support-chat: (open|closed)/);
    expect(r.out).toMatch(/volume\s+\d[\d.]*[MB] tokens\/month/);
    for (const label of ['self-hosted', 'closed API', 'break-even', 'TCO', '12 months', '36 months', 'sensitivity', 'requests per day']) expect(r.out).toContain(label);
  });

  it('fits 80 columns: long values wrap under their own column (they ran to 114)', async () => {
    for (const file of ['examples/ecommerce-catalog.yaml', 'examples/government-agency.yaml', 'examples/fintech.yaml']) {
      const io = memoryIo({ cwd: process.cwd() });
      expect(await main(['cost', file], io)).toBe(0);
      const lines = io.out().split('\n');
      expect(lines.filter((l) => l.length > 80)).toEqual([]);
      // A wrapped value continues under its value, never under the label.
      const i = lines.findIndex((l) => l.startsWith('  break-even   '));
      if (lines[i + 1]?.startsWith(' ') && !/^ {2}\S/.test(lines[i + 1]!)) expect(lines[i + 1]).toMatch(/^ {15}\S/);
    }
  });

  it('json: the cost analysis of each workload', async () => {
    const r = await run(['-', '--format', 'json']);
    const j = JSON.parse(r.out);
    const a = j.workloads[0].analysis;
    expect(a.tokensPerMonth.total).toBeCloseTo(200_000 * 1500 * (365 / 12), -3);
    expect(a.tco.months).toHaveLength(36);
    expect(a.trafficCurve).toHaveLength(24);
  });

  it('zero traffic prints n/a per M tokens for self-hosting, not $0.00 (regression)', async () => {
    const r = await run(['-'], PROFILE.replace('requestsPerDay: 200000', 'requestsPerDay: 0'));
    expect(r.code).toBe(0);
    // Long values wrap under their column; read them joined.
    const flat = r.out.replace(/\n {3,}/g, ' ');
    expect(flat).toContain('n/a per M tokens (no traffic)');
    expect(flat).not.toMatch(/staff \$[\d,]+; \$0\.00\/M tokens/);
    expect(r.out).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('a bad profile is exit 2 naming the field', async () => {
    const r = await run(['-'], PROFILE.replace('requestsPerDay: 200000', 'requestsPerDay: lots'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/requestsPerDay/);
  });
});
