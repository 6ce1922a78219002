import { describe, expect, it } from 'vitest';
import { fixtureReport, fixtureWorkload } from '../../charts/test-support/fixtures.js';
import { orderReasons, renderHtmlReport } from './index.js';

describe('renderHtmlReport', () => {
  const html = renderHtmlReport(fixtureReport());

  it('is one self-contained document: no scripts, links, external fonts or images', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|url\(/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@media print');
  });

  it('shows the portfolio verdict and each workload with its verdict', () => {
    expect(html).toMatch(/<h1>St\. Example &lt;Hospital&gt; &amp; Co: open or closed models\? <span class="verdict verdict-hybrid"/);
    expect(html).toMatch(/data-workload="support-chat"><h2>support-chat <span class="verdict verdict-closed"/);
    expect(html).toMatch(/data-workload="clinical-notes"><h2>clinical-notes <span class="verdict verdict-open"/);
  });

  it('lists reasons security first, then cost, then control', () => {
    const section = html.slice(html.indexOf('data-workload="support-chat"'), html.indexOf('data-workload="clinical-notes"'));
    const areas = [...section.matchAll(/<ol class="reasons">(.*?)<\/ol>/g)].flatMap((m) => [...m[1]!.matchAll(/data-area="(\w+)"/g)].map((a) => a[1]));
    expect(areas).toEqual(['security', 'cost', 'control']);
  });

  it('shows deal breakers, flips, recommendations and ruled-out APIs', () => {
    expect(html).toContain('data-rule="security.own-infrastructure-only"');
    expect(html).toContain('PHI may not leave your infrastructure.');
    expect(html).toContain('Self-hosting becomes cheaper above 1.86B tokens/month.');
    expect(html).toContain('llama-3.1-8b-instruct (bf16) on 1× h100-sxm');
    expect(html).toContain('<li>an external API: <strong>gpt-4o</strong></li>');
  });

  it('embeds the six charts for a workload with an analysis and says why there are none otherwise', () => {
    expect(html.match(/<figure data-chart=/g)).toHaveLength(6);
    expect(html).toContain('No cost analysis for this workload, so no charts.');
    expect(html).toContain('class="marker marker-break-even"');
  });

  it('lists every source with its as-of date, and the assumptions', () => {
    expect(html).toContain('<td data-label="Figure">gpt-4o-mini price</td><td data-label="Source"><a href="https://openai.com/api/pricing">https://openai.com/api/pricing</a></td><td data-label="As of">2026-11-01</td>');
    expect(html).toContain('<td data-label="As of">2026-10</td><td data-label="Note">median of 5 clouds</td>');
    expect(html).toContain('<li>GPUs rented on demand at the typical price</li>');
  });

  it('stays under 1 MB for a 25-workload portfolio', () => {
    const report = fixtureReport();
    const big = { ...report, workloads: Array.from({ length: 25 }, (_, i) => fixtureWorkload({ name: `w${i}` })) };
    const size = new TextEncoder().encode(renderHtmlReport(big)).length;
    expect(size).toBeLessThan(1_000_000);
    expect(size).toBeGreaterThan(100_000);
  });
});

describe('orderReasons', () => {
  it('keeps the engine order within an area', () => {
    const r = orderReasons([
      { area: 'control' as const, message: 'c' },
      { area: 'cost' as const, message: 'b1' },
      { area: 'security' as const, message: 'a' },
      { area: 'cost' as const, message: 'b2' },
    ]);
    expect(r.map((x) => x.message)).toEqual(['a', 'b1', 'b2', 'c']);
  });
});
