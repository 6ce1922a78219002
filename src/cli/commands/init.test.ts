import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseProfile } from '../../core/profile/index.js';
import { main } from '../main.js';
import { memoryIo, type CliIo } from '../support/io.js';
import { testTempDir } from '../../test-support/temp-dir.js';

async function run(args: string[], over: Partial<CliIo> = {}) {
  const cwd = testTempDir('sb-init-');
  const io = memoryIo({ cwd, ...over });
  const code = await main(['init', ...args], io);
  return { code, out: io.out(), err: io.err(), cwd };
}

function scripted(answers: string[]): { prompt: (q: string) => Promise<string>; asked: string[] } {
  const asked: string[] = [];
  return { asked, prompt: (q) => (asked.push(q), Promise.resolve(answers.shift() ?? '')) };
}

describe('switchboard init', () => {
  it('writes a valid profile from flags alone, with industry defaults for the data', async () => {
    const r = await run(['--industry', 'healthcare', '--name', 'Acme', '--out', 'profile.yaml', '--requests-per-day', '5000', '--workload', 'notes']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('wrote profile.yaml\nnext: switchboard assess profile.yaml\n');
    const doc = parse(readFileSync(join(r.cwd, 'profile.yaml'), 'utf8'));
    const p = parseProfile(doc);
    expect(p.ok).toBe(true);
    expect(doc.team).toEqual({ name: 'Acme', industry: 'healthcare', mlEngineers: 1, gpuAccess: 'rent' });
    expect(doc.workloads[0]).toMatchObject({ name: 'notes', data: ['phi'], regulations: ['hipaa'], requestsPerDay: 5000, domain: 'medical' });
  });

  it('asks the questionnaire on a terminal, offering defaults, and skips what flags answered', async () => {
    const s = scripted(['Clinic Co', 'healthcare', '0', 'none', 'triage', '', '', '300', '', '', 'standard', '', 'lora']);
    const r = await run(['--out', '-'], { prompt: s.prompt });
    expect(r.code).toBe(0);
    expect(s.asked[0]).toBe('Team name: ');
    expect(s.asked[5]).toBe('Data it handles, comma-separated (public, internal, pii, phi, pci, financial, classified) [phi]: ');
    const doc = parse(r.out);
    expect(doc.team).toEqual({ name: 'Clinic Co', industry: 'healthcare', mlEngineers: 0, gpuAccess: 'none' });
    expect(doc.workloads[0]).toEqual({ name: 'triage', data: ['phi'], regulations: ['hipaa'], requestsPerDay: 300, inputTokens: 1000, outputTokens: 300, quality: 'standard', domain: 'medical', fineTuning: 'lora' });
    const partial = scripted([]);
    await run(['--out', '-', '--name', 'X', '--industry', 'retail'], { prompt: partial.prompt });
    expect(partial.asked[0]).toBe('ML engineers who can run model serving [1]: ');
  });

  it('asks again after a bad answer and gives up after three with exit 2', async () => {
    const s = scripted(['T', 'helthcare', 'healthcare']);
    const ok = await run(['--out', '-'], { prompt: s.prompt });
    expect(ok.code).toBe(0);
    expect(s.asked.filter((q) => q.startsWith('Industry')).length).toBe(2);
    const bad = await run(['--out', '-'], { prompt: scripted(['T', 'x', 'y', 'z']).prompt });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^switchboard init: --industry: expected one of healthcare .* got "z"/);
  });

  it('names the flag for bad values, and requires --name without a terminal', async () => {
    expect((await run(['--name', 'A', '--data', 'phi,secrets'])).err).toBe(
      'switchboard init: --data: unknown "secrets"; allowed: public, internal, pii, phi, pci, financial, classified\n',
    );
    expect((await run(['--name', 'A', '--requests-per-day', 'lots'])).err).toBe('switchboard init: --requests-per-day: expected a number >= 0, got "lots"\n');
    const noName = await run([]);
    expect(noName.code).toBe(2);
    expect(noName.err).toBe('switchboard init: --name: required when not asking interactively (no terminal, or --yes)\n');
  });

  it('never overwrites a file without --force', async () => {
    const first = await run(['--name', 'A', '--out', 'p.yaml']);
    writeFileSync(join(first.cwd, 'keep.yaml'), 'mine');
    const io = memoryIo({ cwd: first.cwd });
    expect(await main(['init', '--name', 'A', '--out', 'keep.yaml'], io)).toBe(2);
    expect(io.err()).toBe('switchboard init: --out keep.yaml: file exists; use --force to overwrite\n');
    expect(readFileSync(join(first.cwd, 'keep.yaml'), 'utf8')).toBe('mine');
    expect(await main(['init', '--name', 'A', '--out', 'keep.yaml', '--force'], memoryIo({ cwd: first.cwd }))).toBe(0);
  });
});
