import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioProfile } from '../../core/usage/test-support/scenario-profile.js';
import { scenarioTraffic } from '../../core/usage/test-support/synthetic-traffic.js';
import { openUsageStore } from '../../stores/index.js';
import { main } from '../main.js';
import { memoryIo, type CliIo } from '../support/io.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = 'examples/seed-startup.yaml';

async function run(args: string[], over: Partial<CliIo> = {}) {
  const io = memoryIo({ cwd: ROOT, ...over });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('switchboard assess', () => {
  it('prints an 80-column text report without colour when stdout is not a terminal', async () => {
    const r = await run(['assess', SEED]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Switchboard assessment: Draftwise\n/);
    expect(r.out).toContain('Verdict: CLOSED');
    expect(r.out).not.toContain('\u001b[');
    const wide = r.out.split('\n').filter((l) => l.length > 80 && !/(https?:\/\/|\/)\S{60,}/.test(l));
    expect(wide).toEqual([]);
  });

  it('fits the first answer for the bundled hospital (4 workloads) on one 80x40 screen', async () => {
    const r = await run(['assess', 'examples/hospital.yaml']);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(40);
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
    expect(lines.findIndex((l) => l.startsWith('Verdict: HYBRID'))).toBeLessThan(5);
    // One row and one entry per workload, each with its recommendation and the rule that decided it.
    for (const name of ['clinical-notes', 'psychiatry-summaries', 'patient-portal-assistant', 'public-health-faq']) {
      expect(lines.filter((l) => l.startsWith(`${name} `))).toHaveLength(1);
      expect(lines.some((l) => l.startsWith(`${name}: self-host `) || l.startsWith(`${name}: API `))).toBe(true);
    }
    expect(r.out).toContain('[security.own-infrastructure-only]');
    expect(r.out).not.toContain('Assumptions:');
    expect(r.out).not.toContain('Sources:');
  });

  it('--detail and --workload NAME add the reasons, flips, assumptions and sources', async () => {
    const detail = await run(['assess', 'examples/hospital.yaml', '--detail']);
    expect(detail.code).toBe(0);
    for (const h of ['== clinical-notes', '== public-health-faq', 'What would flip it:', 'Assumptions:', 'Sources:']) expect(detail.out).toContain(h);
    const one = await run(['assess', 'examples/hospital.yaml', '--workload', 'psychiatry-summaries']);
    expect(one.code).toBe(0);
    expect(one.out).toContain('== psychiatry-summaries');
    expect(one.out).not.toContain('== clinical-notes');
    expect(one.out).toContain('Sources:');
    const none = await run(['assess', 'examples/hospital.yaml', '--workload', 'radiology']);
    expect(none.code).toBe(2);
    expect(none.err).toBe('switchboard assess: --workload: no workload named "radiology"; the profile has clinical-notes, psychiatry-summaries, patient-portal-assistant, public-health-faq\n');
    // Regression: a one-letter typo got no suggestion.
    const typo = await run(['assess', 'examples/hospital.yaml', '--workload', 'clinical-note']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('--workload: no workload named "clinical-note" (did you mean "clinical-notes"?); the profile has');
    const json = await run(['assess', SEED, '--detail', '--format', 'json']);
    expect(json.code).toBe(2);
    expect(json.err).toBe('switchboard assess: --detail: only for the text format; json always holds every workload in full\n');
  });

  it('colours the text report on a terminal', async () => {
    const r = await run(['assess', SEED], { isTty: true });
    expect(r.out).toContain('\u001b[1;34mCLOSED\u001b[0m');
  });

  it('emits the JSON contract', async () => {
    const r = await run(['assess', SEED, '--format', 'json']);
    const report = JSON.parse(r.out);
    expect(report.schemaVersion).toBe(1);
    expect(report.verdict).toBe('closed');
    expect(report.workloads[0].name).toBe('writing-assistant-prototype');
    expect(Object.keys(report.workloads[0].cost).sort()).toEqual(['breakEvenTokensPerMonth', 'closedMonthlyUsd', 'openMonthlyUsd', 'startupCostUsd', 'tokensPerMonth']);
    expect(Object.keys(report.workloads[0].recommendation).sort()).toEqual(['closedChannel', 'closedModel', 'gpu', 'gpuCount', 'openModel', 'precision']);
  });

  it('renders markdown and html', async () => {
    expect((await run(['assess', SEED, '--format', 'markdown'])).out).toMatch(/^# Switchboard assessment: Draftwise\n\n\*\*Verdict: closed\.\*\*/);
    expect((await run(['assess', SEED, '--format', 'html'])).out.toLowerCase()).toMatch(/^<!doctype html>/);
  });

  it('writes --out FILE, inferring the format from its extension', async () => {
    const dir = testTempDir('sb-assess-');
    const r = await run(['assess', SEED, '--out', join(dir, 'report.json')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote json report to .*report\.json\n$/);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).verdict).toBe('closed');
  });

  it('applies a --catalog override to the prices', async () => {
    const dir = testTempDir('sb-assess-');
    const base = JSON.parse((await run(['assess', SEED, '--format', 'json'])).out);
    const id = base.workloads[0].recommendation.closedModel;
    writeFileSync(join(dir, 'prices.yaml'), `closedModels:\n  - { id: ${id}, inputUsdPerMTok: 200, outputUsdPerMTok: 1000 }\n`);
    const r = await run(['assess', SEED, '--format', 'json', '--catalog', join(dir, 'prices.yaml')]);
    expect(r.err).toBe('');
    const dearer = JSON.parse(r.out);
    expect(dearer.workloads[0].recommendation.closedModel).not.toBe(id);
  });

  it('rejects bad flags and bad profiles with exit 2 and the field named', async () => {
    const fmt = await run(['assess', SEED, '--format', 'pdf']);
    expect(fmt.code).toBe(2);
    expect(fmt.err).toBe('switchboard assess: --format: expected one of text | json | markdown | html, got "pdf"\n');
    const unknown = await run(['assess', SEED, '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown option '--colour'/);
    const since = await run(['assess', SEED, '--since', '30d']);
    expect(since.err).toBe('switchboard assess: --since: only meaningful with --usage URL\n');
    const dir = testTempDir('sb-assess-');
    writeFileSync(join(dir, 'p.yaml'), 'team: { name: T, industry: helthcare, mlEngineers: 1, gpuAccess: rent }\nworkloads: []\n');
    const bad = await run(['assess', join(dir, 'p.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('team.industry: expected one of healthcare | finance | government | education | retail | technology | other, got "helthcare" (did you mean "healthcare"?)');
    expect(bad.err).toContain('workloads: expected a list with at least 1 item(s)');
  });

  it('--usage re-assesses on measured volumes and puts the guessed-vs-measured comparison first', async () => {
    const dir = testTempDir('sb-assess-');
    const store = await openUsageStore(`sqlite:${join(dir, 'usage.db')}`, { create: true, cwd: dir });
    await store.recordMany?.(scenarioTraffic());
    await store.close();
    writeFileSync(join(dir, 'profile.json'), JSON.stringify(scenarioProfile()));
    const text = await run(['assess', join(dir, 'profile.json'), '--usage', `sqlite:${join(dir, 'usage.db')}`]);
    expect(text.err).toBe('');
    expect(text.code).toBe(0);
    expect(text.out.indexOf('Guessed vs measured')).toBeGreaterThanOrEqual(0);
    expect(text.out.indexOf('Guessed vs measured')).toBeLessThan(text.out.indexOf('Switchboard assessment:'));
    const json = JSON.parse((await run(['assess', join(dir, 'profile.json'), '--usage', `sqlite:${join(dir, 'usage.db')}`, '--format', 'json'])).out);
    expect(json.usage.rows.some((r: { workload: string }) => r.workload === 'support-bot')).toBe(true);
    const missing = await run(['assess', SEED, '--usage', `sqlite:${join(dir, 'none.db')}`]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^switchboard assess: /);
  });
});
