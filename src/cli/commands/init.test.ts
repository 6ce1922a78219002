import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A terminal that answers from a script; '' is pressing Enter. */
function scripted(answers: string[]): { prompt: (q: string) => Promise<string>; asked: string[] } {
  const asked: string[] = [];
  return { asked, prompt: (q) => (asked.push(q), Promise.resolve(answers.shift() ?? '')) };
}

describe('switchboard init', () => {
  it('writes a valid, commented, block-style profile from flags alone, with industry defaults for the data', async () => {
    const r = await run(['--industry', 'healthcare', '--name', 'Acme', '--out', 'profile.yaml', '--requests-per-day', '5000', '--workload', 'notes']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('wrote profile.yaml (1 workload)\nnext: switchboard assess profile.yaml\n');
    const text = readFileSync(join(r.cwd, 'profile.yaml'), 'utf8');
    expect(text).toMatchInlineSnapshot(`
      "# Switchboard team profile, written by \`switchboard init\`.
      # Edit freely, then run \`switchboard validate\` and \`switchboard assess\` on it.
      # Every field is described in docs/profile.md; fields left out take the documented defaults.

      team:
        name: Acme
        industry: healthcare # sets starting points for data and regulations
        mlEngineers: 1 # people able to deploy and run model serving today
        gpuAccess: rent # none | rent | own
      workloads:
        - name: notes
          # data: kinds of data in prompts and outputs
          data:
            - phi
          # regulations: rules the data falls under ([] for none)
          regulations:
            - hipaa
          requestsPerDay: 5000 # average over active days
          inputTokens: 1000 # mean per request
          outputTokens: 300 # mean per request
          growthPerMonth: 0 # 0.05 = traffic grows 5% a month
          quality: strong # standard | strong | frontier
          domain: medical
          fineTuning: none # none | lora | qlora | full | continued-pretraining
          ownWeights: false # must the team own and move the tuned weights?
          lockInTolerance: medium # low | medium | high (low: prefer what you can move)
      "
    `);
    expect(parseProfile(parse(text)).ok).toBe(true);
    // The file it writes is one the other commands take.
    expect(await main(['validate', join(r.cwd, 'profile.yaml')], memoryIo({ cwd: r.cwd }))).toBe(0);
  });

  it('asks every question on a terminal, offering defaults, including region, where data may go, latency and control', async () => {
    const s = scripted([
      ...['Clinic Co', 'healthcare', '0', 'none', 'eu'],
      ...['triage', '', 'gdpr,hipaa', 'in-region', '300', '', '', '0.1', '2000', '20', 'standard', '', 'lora', 'yes', 'low'],
      'yes',
      ...['coding', 'internal', 'none', 'anywhere', '50', '4000', '800', '', '', '', 'frontier', 'code', '', '', ''],
      '',
    ]);
    const r = await run(['--out', '-'], { prompt: s.prompt });
    expect(r.err).not.toMatch(/try again/);
    expect(r.code).toBe(0);
    expect(s.asked.slice(0, 6)).toEqual([
      'Team name: ',
      'Industry (healthcare, finance, government, education, retail, technology, other) [other]: ',
      'ML engineers who can run model serving today [1]: ',
      'GPU access (none, rent, own) [rent]: ',
      'Region where your data is processed (us, eu, uk, ca, au, jp, in, sg, br, ch, kr, other) [none: decided per regulation]: ',
      'Workload name (what the model does, e.g. triage, code-review) [assistant]: ',
    ]);
    expect(s.asked).toContain('Data it handles, comma-separated (public, internal, pii, phi, pci, financial, classified) [phi]: ');
    expect(s.asked).toContain('Where may this data go? (anywhere, with-baa-and-zdr, in-region, own-infrastructure-only, air-gapped) [the strictest level its data and regulations imply]: ');
    expect(s.asked.filter((q) => q.startsWith('Add another workload?'))).toHaveLength(2);
    const doc = parse(r.out);
    expect(doc.team).toEqual({ name: 'Clinic Co', industry: 'healthcare', mlEngineers: 0, gpuAccess: 'none', region: 'eu' });
    expect(doc.workloads).toEqual([
      {
        name: 'triage', data: ['phi'], regulations: ['gdpr', 'hipaa'], dataMayLeave: 'in-region', requestsPerDay: 300, inputTokens: 1000, outputTokens: 300,
        growthPerMonth: 0.1, latency: { ttftMs: 2000, outputTokensPerSecond: 20 }, quality: 'standard', domain: 'medical', fineTuning: 'lora', ownWeights: true, lockInTolerance: 'low',
      },
      {
        name: 'coding', data: ['internal'], regulations: [], dataMayLeave: 'anywhere', requestsPerDay: 50, inputTokens: 4000, outputTokens: 800,
        growthPerMonth: 0, quality: 'frontier', domain: 'code', fineTuning: 'none', ownWeights: false, lockInTolerance: 'medium',
      },
    ]);
    expect(parseProfile(doc).ok).toBe(true);
  });

  it('skips what flags answered', async () => {
    const partial = scripted([]);
    await run(['--out', '-', '--name', 'X', '--industry', 'retail', '--region', 'us'], { prompt: partial.prompt });
    expect(partial.asked[0]).toBe('ML engineers who can run model serving today [1]: ');
    expect(partial.asked.some((q) => q.startsWith('Region'))).toBe(false);
  });

  it('says why an answer is wrong and asks again; gives up after five tries with exit 2', async () => {
    const s = scripted(['T', 'helthcare', 'healthcare', '', '', '', 'my workload', 'notes', '', '', '', 'lots', '-3', '100']);
    const ok = await run(['--out', '-'], { prompt: s.prompt });
    expect(ok.code).toBe(0);
    expect(s.asked.filter((q) => q.startsWith('Industry'))).toHaveLength(2);
    expect(ok.err).toContain('  expected one of healthcare | finance | government | education | retail | technology | other, got "helthcare" (did you mean "healthcare"?). Please try again (Enter takes the value in brackets).\n');
    expect(ok.err).toContain('  expected a name of letters, digits, "-", "_" or "." (no spaces). Please try again');
    expect(ok.err).toContain('  expected a number from 0 to 10,000,000,000, got "lots". Please try again');
    expect(ok.err).toContain('  expected a number from 0 to 10,000,000,000, got -3. Please try again');
    expect(parse(ok.out).workloads[0]).toMatchObject({ name: 'notes', requestsPerDay: 100 });

    const bad = await run(['--out', '-'], { prompt: scripted(['T', 'x', 'y', 'z', 'w', 'v']).prompt });
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n').filter((l) => l.includes('try again'))).toHaveLength(4);
    expect(bad.err).toMatch(/switchboard init: --industry: expected one of healthcare .* got "v" \(gave up after 5 tries\)\n$/);
  });

  it('refuses a second workload with a name already used, saying so', async () => {
    const s = scripted(['T', '', '', '', '', 'chat', ...Array<string>(14).fill(''), 'y', 'chat', 'chat-2', ...Array<string>(14).fill(''), 'n']);
    const r = await run(['--out', '-'], { prompt: s.prompt });
    expect(r.code).toBe(0);
    expect(r.err).toContain('  "chat" is already a workload; choose another name. Please try again');
    expect(parse(r.out).workloads.map((w: { name: string }) => w.name)).toEqual(['chat', 'chat-2']);
  });

  it('describes several workloads with flags alone; flags before the first --workload apply to the first', async () => {
    const r = await run([
      '--yes', '--out', '-', '--name', 'Bank', '--industry', 'finance', '--region', 'eu', '--requests-per-day', '200',
      '--workload', 'kyc', '--data-may-leave', 'own-infrastructure-only', '--own-weights', 'yes', '--fine-tuning', 'lora',
      '--workload', 'faq', '--data', 'public', '--regulations', 'none', '--ttft-ms', '800', '--lock-in', 'high', '--growth', '0.05',
    ]);
    expect(r.err).toBe('');
    const doc = parse(r.out);
    expect(doc.team.region).toBe('eu');
    expect(doc.workloads).toHaveLength(2);
    expect(doc.workloads[0]).toMatchObject({ name: 'kyc', data: ['financial', 'pii'], regulations: ['glba'], requestsPerDay: 200, dataMayLeave: 'own-infrastructure-only', ownWeights: true, fineTuning: 'lora' });
    expect(doc.workloads[1]).toMatchObject({ name: 'faq', data: ['public'], regulations: [], requestsPerDay: 1000, latency: { ttftMs: 800 }, lockInTolerance: 'high', growthPerMonth: 0.05 });
    expect(parseProfile(doc).ok).toBe(true);
  });

  it('names the flag (and the workload) for bad values, all of them at once, and requires --name without a terminal', async () => {
    expect((await run(['--name', 'A', '--data', 'phi,secrets'])).err).toBe(
      'switchboard init: --data (workload 1): unknown "secrets"; allowed: public, internal, pii, phi, pci, financial, classified\n',
    );
    expect((await run(['--name', 'A', '--workload', 'a', '--workload', 'b', '--requests-per-day', 'lots'])).err).toBe(
      'switchboard init: --requests-per-day (workload 2): expected a number from 0 to 10,000,000,000, got "lots"\n',
    );
    expect((await run(['--name', 'A', '--workload', 'a', '--workload', 'a'])).err).toBe('switchboard init: --workload (workload 2): "a" is already a workload; choose another name\n');
    expect((await run(['--name', 'A', '--region', 'mars'])).err).toMatch(/^switchboard init: --region: expected one of us \| eu .* got "mars"\n$/);
    expect((await run(['--name', 'A', '--own-weights', 'maybe'])).err).toBe('switchboard init: --own-weights (workload 1): expected yes or no, got "maybe"\n');
    expect((await run(['--name', 'A', '--quality', 'frontier', '--workload', 'x', '--quality', 'strong'])).err).toBe('switchboard init: --quality: given twice for workload 1\n');
    const all = await run(['--industry', 'helthcare', '--region', 'mars', '--workload', 'a', '--requests-per-day', 'lots', '--quality', 'good', '--workload', 'a', '--workload', 'b', '--growth', '5', '--growth', '6']);
    expect(all.code).toBe(2);
    expect(all.err).toBe(
      [
        'switchboard init: 8 flag mistakes:',
        '  --growth: given twice for workload 3',
        '  --name: required when not asking interactively (no terminal, or --yes)',
        '  --industry: expected one of healthcare | finance | government | education | retail | technology | other, got "helthcare" (did you mean "healthcare"?)',
        '  --region: expected one of us | eu | uk | ca | au | jp | in | sg | br | ch | kr | other, got "mars"',
        '  --requests-per-day (workload 1): expected a number from 0 to 10,000,000,000, got "lots"',
        '  --quality (workload 1): expected one of standard | strong | frontier, got "good"',
        '  --workload (workload 2): "a" is already a workload; choose another name',
        '  --growth (workload 3): expected a monthly growth rate from -0.5 to 2 (0.05 = 5% a month), got "6"',
        '',
      ].join('\n'),
    );
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

  it('says a folder given as --out is a folder, with or without --force', async () => {
    const first = await run(['--name', 'A', '--out', 'p.yaml']);
    mkdirSync(join(first.cwd, 'team'));
    for (const extra of [[], ['--force']]) {
      const io = memoryIo({ cwd: first.cwd });
      expect(await main(['init', '--name', 'A', '--out', 'team', ...extra], io)).toBe(2);
      expect(io.err()).toBe('switchboard init: --out team: is a folder; give a file path such as team/profile.yaml\n');
    }
  });
});
