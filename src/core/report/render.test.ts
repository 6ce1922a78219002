import { describe, expect, it } from 'vitest';
import { assessWith } from '../assess/index.js';
import { fakeAnalyzer, fixtureCatalog, profile } from '../decision/test-support/fixtures.js';
import { formatTokens, formatUsd } from './format.js';
import { renderReport } from './render.js';
import { wrap } from './wrap.js';

const report = assessWith(
  profile([
    { name: 'notes', data: ['phi'], regulations: ['hipaa'], fineTuning: 'lora', ownWeights: true },
    { name: 'faq', data: ['public'], quality: 'standard', requestsPerDay: 1000 },
  ], { name: 'Clinic' }),
  fixtureCatalog(),
  { now: new Date('2026-11-23T12:00:00Z'), analyze: fakeAnalyzer() },
);

describe('renderReport', () => {
  it('text: one screen by default (verdict, portfolio table, one entry per workload), 80 columns, no colour', () => {
    const text = renderReport(report, 'text', { color: false });
    expect(text.split('\n').every((l) => l.length <= 80)).toBe(true);
    expect(text).toMatchInlineSnapshot(`
      "Switchboard assessment: Clinic
      generated 2026-11-23T12:00:00.000Z, catalog fixture

      Verdict: HYBRID
      Hybrid: self-host notes; use closed APIs for faq. Plan: $7,405/month, $20k to
      start.

      Workload  Verdict    API/month  Self-hosted  Decided by
      notes     open          $1,800       $7,400  control
      faq       closed         $5.40       $5,575  cost
      Total                   $1,805         $13k
      USD per month; the total puts every workload on one side. This plan:
      $7,405/month, $20k to start.

      notes: self-host big-general fp8 on 2x gpu-x
        you must own and move the tuned weights; closed providers keep tuned weights
        on their servers [control.own-weights]
      faq: API beta-mini
        the API is 1135x cheaper: $5.40 vs $6,131/month, start-up spread over 36
        months [cost.cheaper]

      More: --detail (reasons, what would flip each verdict, assumptions, sources),
      --workload NAME, --format html|markdown|json.
      "
    `);
  });

  it('text --detail: adds every workload in full, the assumptions and the sources', () => {
    const text = renderReport(report, 'text', { color: false, detail: true });
    expect(text.split('\n').every((l) => l.length <= 80)).toBe(true);
    const sections = ['Workload  Verdict', '== notes ==', 'What would flip it:', '== faq ==', 'Assumptions:', 'Sources:'].map((h) => text.indexOf(h));
    expect(sections.every((at) => at >= 0)).toBe(true);
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
    expect(text).toContain('  - GPU reservation and spot discounts:\n      https://example.test/fixture (as of 2026-11-01)');
    expect(text).not.toContain('More: --detail');
  });

  it('text --workload: that workload in full with its own assumptions, not the others\'', () => {
    const r = { ...report, assumptions: ['general rule', 'notes: notes-only assumption', 'faq: faq-only assumption'] };
    const text = renderReport(r, 'text', { color: false, workload: 'notes' });
    expect(text).toContain('== notes ==');
    expect(text).not.toContain('== faq ==');
    expect(text).toContain('  - notes: notes-only assumption');
    expect(text).toContain('  - general rule');
    expect(text).not.toContain('faq-only');
  });

  it('text: colour codes only when asked', () => {
    expect(renderReport(report, 'text', { color: true })).toContain('\u001b[1;35mHYBRID\u001b[0m');
    expect(renderReport(report, 'text', { color: false })).not.toContain('\u001b');
  });

  it('markdown: summary table with a total row and a section per workload', () => {
    const md = renderReport(report, 'markdown', { color: false });
    expect(md).toContain('| notes | open | `control.own-weights` | $1,800 | $7,400 |');
    expect(md).toContain('| faq | closed | `cost.cheaper` | $5.40 | $5,575 |');
    expect(md).toContain('| **Total** | hybrid | | $1,805 | $13k |');
    expect(md).toContain('## notes: open (self-host)');
    expect(md).toContain('- GPU reservation and spot discounts: <https://example.test/fixture> (as of 2026-11-01)');
  });

  it('every format names the API channel next to the closed model (terminal, Markdown and HTML alike)', () => {
    const faq = report.workloads[1]!;
    const r = { ...report, workloads: [report.workloads[0]!, { ...faq, recommendation: { ...faq.recommendation, closedChannel: 'Beta Cloud' } }] };
    expect(renderReport(r, 'text', { color: false })).toContain('faq: API beta-mini via Beta Cloud');
    expect(renderReport(r, 'markdown', { color: false })).toContain('- API: `beta-mini` via Beta Cloud');
    expect(renderReport(r, 'html', { color: false })).toContain('<li><strong>API:</strong> beta-mini via Beta Cloud</li>');
  });

  it('json: the Report object, verbatim', () => {
    expect(JSON.parse(renderReport(report, 'json', { color: false }))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('format helpers', () => {
  it('formats money and token volumes compactly', () => {
    expect([formatUsd(4.2), formatUsd(1804), formatUsd(0), formatUsd(13000), formatUsd(2_500_000), formatUsd(-150)]).toEqual(['$4.20', '$1,804', '$0', '$13k', '$2.5M', '-$150']);
    expect([formatTokens(950), formatTokens(12_000), formatTokens(360e6), formatTokens(4.44e9), formatTokens(2e12)]).toEqual(['950', '12k', '360M', '4.44B', '2T']);
  });

  it('wraps on word boundaries with a continuation indent', () => {
    expect(wrap('aaa bbb ccc ddd', 8, '  ')).toEqual(['aaa bbb', '  ccc', '  ddd']);
    expect(wrap('', 10)).toEqual(['']);
  });
});
