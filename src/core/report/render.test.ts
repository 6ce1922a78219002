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
  it('text: pinned layout, 80 columns, no colour', () => {
    const text = renderReport(report, 'text', { color: false });
    expect(text.split('\n').every((l) => l.length <= 80)).toBe(true);
    expect(text.split('\nAssumptions:')[0]).toMatchInlineSnapshot(`
      "Switchboard assessment: Clinic
      generated 2026-11-23T12:00:00.000Z, catalog fixture

      Verdict: HYBRID
      Hybrid: self-host notes; use closed APIs for faq. Plan: $7,405/month, $20k to
      start.
      Totals: APIs where allowed $1,805/month; all self-hosted $13k/month; this plan
        $7,405/month, $20k to start.

      == notes ====================================================== OPEN (self-host)
      Data: phi; may leave: with-baa-and-zdr (closed-with-baa-zdr).
      Recommendation: self-host big-general fp8 on 2x gpu-x. Alternative: API
        alpha-mid.
      Cost: API $1,800/month, self-hosted $7,400/month at 360M tokens/month;
        break-even 1.48B tokens/month; start-up $20k.
      Deal breakers:
        x you must own and move the tuned weights; closed providers keep tuned weights
          on their servers [control.own-weights]
      Why:
        - security: protected health information (HIPAA): a closed API needs a signed
          HIPAA BAA and zero data retention [security.phi-hipaa, law + policy]
        - security: 2 of 5 closed models qualify (alpha); 3 excluded
        - cost: alpha-mid API: $1,800/month for 360M tokens/month
        - cost: self-hosted big-general (fp8, 2x gpu-x, rented): $7,400/month incl.
          $3,750 staff, 30% busy
        - cost: the API is 4.4x cheaper: $1,800 vs $7,956/month, start-up spread over
          36 months
        - cost: self-hosting takes $20k and ~4 weeks to start
        - control: big-general licence (Apache-2.0): needs a separate grant above
          700,000,000 monthly active users; attribution required
      What would flip it:
        > if you no longer needed to own the tuned weights, alpha-mid could be
          considered and cost would decide
      Excluded APIs:
        - security.baa-required: beta-mid, beta-mini, gamma-gov

      == faq ======================================================== CLOSED (API)
      Data: public; may leave: anywhere (any).
      Recommendation: API beta-mini. Alternative: self-host small-general fp8 on 1x
        gpu-x.
      Cost: API $5.40/month, self-hosted $5,575/month at 36M tokens/month; break-even
        37.2B tokens/month; start-up $0.
      Why:
        - security: no regulated data (public): any closed API is allowed
        - cost: beta-mini API: $5.40/month for 36M tokens/month
        - cost: self-hosted small-general (fp8, 1x gpu-x, rented): $5,575/month incl.
          $3,750 staff, 30% busy
        - cost: the API is 1135x cheaper: $5.40 vs $6,131/month, start-up spread over
          36 months
        - cost: self-hosting takes $20k and ~4 weeks to start
      What would flip it:
        > self-hosting becomes cheaper above 37.2B tokens/month (now 36M)
      "
    `);
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
