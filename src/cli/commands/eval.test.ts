import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEvidence, type EvalSummary } from '../../core/eval/index.js';
import { arithmeticSuite, SSN_PROMPT, startEvalFixture, type EvalFixture } from '../eval/test-support/eval-fixture.js';
import { main } from '../main.js';

let fx: EvalFixture;
afterEach(async () => fx.close());

const run = async (args: string[]) => {
  const io = fx.io();
  const code = await main(['eval', ...args], io);
  return { code, out: io.out(), err: io.err() };
};
const json = (out: string): EvalSummary => JSON.parse(out) as EvalSummary;
const byName = (s: EvalSummary, n: string) => s.candidates.find((c) => c.name === n)!;

describe('switchboard eval with a good and a weak model', () => {
  beforeEach(async () => {
    fx = await startEvalFixture();
  });

  it('scores the weak model lower, with an interval excluding the good one, and writes evidence', async () => {
    const suite = await fx.write('suite.yaml', arithmeticSuite());
    const r = await run(['--suite', suite, '--config', fx.configPath, '--candidates', 'local-good,api-weak', '--baseline', 'api-weak', '--format', 'json', '--out', 'evidence.json', '--report', 'report.html']);
    expect(r.code, r.err).toBe(0);
    const s = json(r.out);
    const good = byName(s, 'local-good');
    const weak = byName(s, 'api-weak');
    expect(good.score!.value).toBe(1);
    // The weak model is right on q0, q4, q8, q12, q16 of the 17 prompts it may see.
    expect(weak.score!.value).toBeCloseTo(5 / 17);
    expect(weak.score!.high).toBeLessThan(good.score!.low);
    expect(good.parity).toMatchObject({ baseline: 'api-weak', metric: 'score', verdict: 'better', conclusive: true });
    expect(good.parity!.statement).toMatch(/^local-good is better than api-weak by 71 points on this suite \(95% interval \+\d+\.\.\+\d+ over 17 prompts\)$/);
    // Self-hosted: priced by the hour at measured throughput; the API by catalog prices.
    expect(good.cost.basis).toBe('hourly-cost-at-measured-throughput');
    expect(weak.cost.basis).toBe('catalog-prices');
    expect(weak.cost.usdPer1kPrompts).toBeGreaterThan(0);
    expect(good.latency.ttftMsP50).not.toBeNull();
    const evidence = parseEvidence(JSON.parse(await readFile(join(fx.dir, 'evidence.json'), 'utf8')));
    expect(evidence.ok && evidence.value.candidates.map((c) => [c.name, c.parity?.verdict ?? null])).toEqual([
      ['local-good', 'better'],
      ['api-weak', null],
    ]);
    const html = await readFile(join(fx.dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<svg /g)?.length).toBe(4);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('never sends a sensitive prompt to a third party, and says how many it could not see and why', async () => {
    const suite = await fx.write('suite.yaml', arithmeticSuite());
    const r = await run(['--suite', suite, '--config', fx.configPath, '--candidates', 'local-good,api-weak']);
    expect(r.code).toBe(0);
    expect(fx.weak.requests).toHaveLength(17);
    expect(fx.weak.seenText()).not.toContain('123-45-6789');
    expect(fx.good.seenText()).toContain('123-45-6789');
    expect(r.out).toContain('api-weak could not see 3 of 20 prompts: phi data; api-weak is a third party: a third party in a sensitive list needs baa: true and zeroDataRetention: true');
    expect(r.out).toContain('Data classes: 17 with no sensitive data, 3 phi');
  });

  it('refuses a third-party judge for a suite with sensitive prompts before sending anything', async () => {
    const suite = await fx.write('suite.yaml', arithmeticSuite({ destination: 'api-judge' }));
    const r = await run(['--suite', suite, '--config', fx.configPath, '--candidates', 'local-good']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('judge api-judge may not see 3 of 20 prompts of this suite (phi data; api-judge is a third party');
    expect(fx.apiJudge.requests).toHaveLength(0);
    expect(fx.good.requests).toHaveLength(0);
  });

  it('names unknown candidates with a suggestion, and unknown workloads', async () => {
    const suite = await fx.write('suite.yaml', arithmeticSuite());
    const r = await run(['--suite', suite, '--config', fx.configPath, '--candidates', 'local-god']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--candidates: unknown destination "local-god" (did you mean "local-good"?)');
    const other = await fx.write('other.yaml', { ...arithmeticSuite(), workload: 'nots' });
    const r2 = await run(['--suite', other, '--config', fx.configPath, '--candidates', 'local-good']);
    expect(r2.err).toContain('suite workload "nots" has no route in the gateway config (did you mean "notes"?)');
  });

  it('keeps partial results when an endpoint is unreachable (exit 3)', async () => {
    const suite = await fx.write('suite.yaml', arithmeticSuite());
    const r = await run(['--suite', suite, '--config', fx.configPath, '--candidates', 'local-good,local-down', '--format', 'json']);
    expect(r.code).toBe(3);
    const s = json(r.out);
    expect(byName(s, 'local-good').prompts.answered).toBe(20);
    expect(byName(s, 'local-down').prompts).toMatchObject({ answered: 0, failed: 20 });
    expect(byName(s, 'local-down').prompts.failedWhy[0]!.why).toMatch(/^(unreachable|circuit-open)/);
  });

  it('stops before exceeding --max-usd and keeps what it has (exit 3)', async () => {
    // 10 output tokens at most: each API call reserves about $0.0002 before it is sent.
    const suite = await fx.write('suite.yaml', { ...arithmeticSuite(), defaults: { maxTokens: 10 } });
    const r = await run(['--suite', suite, '--config', fx.configPath, '--candidates', 'local-good,api-weak', '--max-usd', '0.001', '--concurrency', '1', '--format', 'json']);
    expect(r.code).toBe(3);
    const s = json(r.out);
    expect(s.stopped?.message).toMatch(/^--max-usd 0.001: stopped before exceeding the budget/);
    expect(s.totals.spentUsd).toBeLessThanOrEqual(0.001);
    expect(fx.weak.requests.length).toBeGreaterThan(0);
    expect(fx.weak.requests.length).toBeLessThan(17);
    expect(byName(s, 'api-weak').prompts.skipped).toBe(17 - fx.weak.requests.length);
    expect(fx.good.requests).toHaveLength(20);
  });

  it('grades with a self-hosted judge (score mode) and reads JSONL suites', async () => {
    const lines = [JSON.stringify({ suite: { workload: 'notes', judge: { destination: 'local-judge' } } }), ...(arithmeticSuite() as { prompts: object[] }).prompts.map((p) => JSON.stringify(p))];
    const suite = await fx.write('suite.jsonl', lines.join('\n'));
    const r = await run(['--suite', suite, '--config', fx.configPath, '--candidates', 'local-good,api-weak', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const s = json(r.out);
    expect(byName(s, 'local-good').judge.rating!.value).toBe(9);
    expect(byName(s, 'api-weak').judge.rating!.value).toBeCloseTo((5 * 9 + 12 * 3) / 17);
    expect(fx.judge.seenText()).toContain(SSN_PROMPT);
  });
});

describe('pairwise judging', () => {
  it('position swapping cancels a judge that always prefers the first answer', async () => {
    fx = await startEvalFixture({ judge: 'first' });
    const suite = await fx.write('suite.yaml', arithmeticSuite());
    const r = await run(['--suite', suite, '--config', fx.configPath, '--candidates', 'local-good,api-weak', '--baseline', 'local-good', '--judge', 'local-judge', '--judge-mode', 'pairwise', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const weak = byName(json(r.out), 'api-weak');
    // Unswapped, this judge would give the candidate every prompt; asked in both orders, every pair ties.
    expect(weak.judge.winRate).toMatchObject({ value: 0.5, low: 0.5, high: 0.5, n: 17 });
    expect(weak.judge.firstShownPicked).toBe(1);
    expect(fx.judge.requests).toHaveLength(34);
  });

  it('an unbiased judge gives the better model the wins', async () => {
    fx = await startEvalFixture({ judge: 'reference' });
    const suite = await fx.write('suite.yaml', arithmeticSuite());
    const r = await run(['--suite', suite, '--config', fx.configPath, '--candidates', 'local-good,api-weak', '--baseline', 'local-good', '--judge', 'local-judge', '--judge-mode', 'pairwise', '--format', 'json']);
    const weak = byName(json(r.out), 'api-weak');
    // Ties where the weak model is right (5), losses elsewhere (12).
    expect(weak.judge.winRate!.value).toBeCloseTo(2.5 / 17);
  });
});
