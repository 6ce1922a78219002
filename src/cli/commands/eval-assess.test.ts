import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../core/report/types.js';
import { arithmeticSuite, startEvalFixture, type EvalFixture } from '../eval/test-support/eval-fixture.js';
import { main } from '../main.js';

let fx: EvalFixture;
beforeEach(async () => {
  fx = await startEvalFixture();
});
afterEach(async () => fx.close());

const cli = async (args: string[]) => {
  const io = fx.io();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
};

const PROFILE = (evidence: object | string | undefined) => ({
  team: { name: 'Notes team', industry: 'technology', mlEngineers: 2, gpuAccess: 'rent' },
  workloads: [{ name: 'notes', data: ['internal'], requestsPerDay: 400_000, inputTokens: 1500, outputTokens: 300, quality: 'frontier', openModel: 'qwen2.5-32b-instruct', closedModel: 'claude-opus-5-5', ...(evidence ? { qualityEvidence: evidence } : {}) }],
});

describe('eval evidence feeds assess', () => {
  it('changes the verdict for the stated reason, and flags the evidence once the suite changes', async () => {
    const suite = await fx.write('notes.suite.yaml', arithmeticSuite());
    const ev = await cli(['eval', '--suite', suite, '--config', fx.configPath, '--candidates', 'local-good,api-good', '--baseline', 'api-good', '--out', 'evidence.json']);
    expect(ev.code, ev.err).toBe(0);
    expect(ev.out).toContain('local-good is within 3 points of api-good on this suite (95% interval 0..0 over 17 prompts)');

    const before = await cli(['assess', await fx.write('before.yaml', PROFILE(undefined)), '--format', 'json']);
    const after = await cli(['assess', await fx.write('after.yaml', PROFILE({ file: './evidence.json', suite: './notes.suite.yaml' })), '--format', 'json']);
    expect(after.code, after.err).toBe(0);
    const b = (JSON.parse(before.out) as Report).workloads[0]!;
    const a = (JSON.parse(after.out) as Report).workloads[0]!;
    expect([b.verdict, b.decidedBy?.rule]).toEqual(['closed', 'control.quality-gap']);
    expect(a.verdict).toBe('open');
    expect(a.reasons.map((r) => r.message)).toContainEqual(expect.stringMatching(/^measured on your suite \(\.\/evidence\.json, 20 prompts, version 1\): local-good is within 3 points of api-good/));
    expect(a.qualityEvidence).toMatchObject({ used: true, flags: [] });

    await fx.write('notes.suite.yaml', { ...arithmeticSuite(), version: '2' });
    const changed = await cli(['assess', await fx.write('after.yaml', PROFILE({ file: './evidence.json', suite: './notes.suite.yaml' })), '--format', 'json']);
    expect((JSON.parse(changed.out) as Report).workloads[0]!.qualityEvidence?.flags).toEqual([expect.stringMatching(/^the suite changed since it was measured/)]);
  });

  it('names a missing or malformed evidence file with the workload field', async () => {
    const r = await cli(['assess', await fx.write('p.yaml', PROFILE('./nope.json'))]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('workloads[0].qualityEvidence: ./nope.json: no such file');
    await fx.write('bad.json', { kind: 'switchboard-eval-evidence', schemaVersion: 9 });
    const r2 = await cli(['assess', await fx.write('p2.yaml', PROFILE('./bad.json'))]);
    expect(r2.err).toContain('workloads[0].qualityEvidence: ./bad.json: schemaVersion: evidence schema version 9 was written by a newer Switchboard');
  });
});

describe('the shipped walkthrough (examples/eval)', () => {
  it('has a 20-prompt suite and a gateway config that validate, and a profile that is closed on benchmark priors', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parse } = await import('yaml');
    const { parseSuite } = await import('../../core/eval/index.js');
    const { parseGatewayConfig } = await import('../../core/routing/index.js');
    const suite = parseSuite(parse(await readFile('examples/eval/clinical-notes.suite.yaml', 'utf8')));
    expect(suite.ok && suite.value.prompts.length).toBe(20);
    const config = parseGatewayConfig(parse(await readFile('examples/eval/gateway.yaml', 'utf8')));
    expect(config.ok).toBe(true);
    const r = await cli(['assess', `${process.cwd()}/examples/eval/profile.yaml`, '--format', 'json']);
    const w = (JSON.parse(r.out) as Report).workloads[0]!;
    expect([w.verdict, w.decidedBy?.rule]).toEqual(['closed', 'control.quality-gap']);
  });
});
