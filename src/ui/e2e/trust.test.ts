/**
 * What makes the UI and report trustworthy in a real browser: the phone layout, chart text size, print, state in
 * the URL, undo, Save and Export, keyboard access and axe-core. Headless Debian Chromium; skipped when absent.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../core/report/html/index.js';
import { initialAssessment, startUiServer, type RunningUi } from '../server/index.js';
import { ARTIFACTS, hasChromium, launchChromium, seqOf, waitForRecompute } from '../test-support/browser.js';

const PROFILE = readFileSync(new URL('../test-support/profile.yaml', import.meta.url), 'utf8');
const boot = { profileYaml: PROFILE, profileName: 'riverside.yaml', catalog: null, measured: null, usageNote: null };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A4 with the report's 14 mm side and 14 + 16 mm top/bottom margins, in CSS px (96 per inch). */
const PAGE = { width: Math.floor(((210 - 28) * 96) / 25.4), height: Math.floor(((297 - 30) * 96) / 25.4) };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now (its source injected; CSP bypassed for it). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** The smallest rendered size of any chart text, in CSS px (font size times the SVG's scale on screen). */
function smallestChartText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let min = Infinity;
    for (const t of document.querySelectorAll<SVGTextElement>('svg.chart text')) {
      if (!t.getClientRects().length) continue;
      const m = t.getScreenCTM();
      const scale = m ? Math.hypot(m.a, m.b) : 1; // rotated text (the y-axis label) too
      min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
    }
    return min;
  });
}

// Each test loads the page afresh and waits for the full-precision result: generous on a loaded machine.
describe.skipIf(!hasChromium)('a report and UI people can trust (Chromium)', { timeout: 90_000 }, () => {
  let ui: RunningUi;
  let browser: Browser;
  let ctx: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    ui = await startUiServer({ port: 0, boot, initialReport: initialAssessment(boot, new Date()) });
    browser = await launchChromium();
    ctx = await browser.newContext({ bypassCSP: true, acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await ui?.close();
  });

  async function open(viewport: { width: number; height: number }, url = ui.url): Promise<Page> {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(viewport);
    await page.goto(url);
    await page.waitForFunction(() => (window.__switchboard?.seq ?? 0) > 0 && window.__switchboard?.preview === false, undefined, { timeout: 30_000 });
    return page;
  }

  it('on a phone shows the verdict first, keeps every number whole and chart text at 11 px or more', async () => {
    const page = await open({ width: 390, height: 844 });
    const verdict = await page.locator('#results h1 .verdict').boundingBox();
    const editor = await page.locator('#editor').boundingBox();
    expect(verdict!.y).toBeLessThan(844);
    expect(verdict!.y).toBeLessThan(editor!.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // A number is cut when its cell's content is wider than the cell, or the cell sticks out of the report.
    const cut = await page.evaluate(() => {
      const report = document.querySelector('#results .sb-report')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('#results td.num')]
        .filter((td) => td.getClientRects().length > 0)
        .filter((td) => {
          const r = td.getBoundingClientRect();
          const scroller = td.closest('.table-wrap');
          const inside = r.right <= report.right + 1 || (scroller !== null && scroller.scrollWidth > scroller.clientWidth);
          return td.scrollWidth > td.clientWidth + 1 || !inside;
        })
        .map((td) => td.textContent);
    });
    expect(cut).toEqual([]);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(11);
    // No chart text runs past its chart's edges (a long tornado label once did), and marker labels do not overlap.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.chart')].flatMap((svg) => {
        const width = svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => !t.closest('[transform]') && !t.hasAttribute('transform'))
          .filter((t) => {
            const b = t.getBBox();
            return b.x < -0.5 || b.x + b.width > width + 0.5;
          })
          .map((t) => `${svg.id}: ${t.textContent ?? ''}`);
      }),
    );
    expect(clipped).toEqual([]);
    const overlapping = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.chart')].flatMap((svg) => {
        const boxes = [...svg.querySelectorAll<SVGTextElement>('.marker text')].map((t) => ({ b: t.getBBox(), text: t.textContent ?? '' }));
        return boxes.flatMap((a, i) =>
          boxes.slice(i + 1).filter((c) => a.b.x < c.b.x + c.b.width && c.b.x < a.b.x + a.b.width && a.b.y < c.b.y + c.b.height && c.b.y < a.b.y + a.b.height).map((c) => `${svg.id}: ${a.text} / ${c.text}`),
        );
      }),
    );
    expect(overlapping).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'trust-phone.png') });
    // The form is below the report on a phone: a link at the top jumps to it.
    await page.click('a.to-editor');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    expect((await page.locator('#editor').boundingBox())!.y).toBeLessThan(844);
    for (const width of [560, 900, 1280, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await smallestChartText(page), `at ${width} px`).toBeGreaterThanOrEqual(11);
    }
    await page.close();
  });

  it('prints on A4 with the editor hidden, page numbers, and at most two pages per workload', async () => {
    const page = await open({ width: PAGE.width, height: PAGE.height });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#editor')).toBe(false);
    expect(await page.isVisible('.topbar')).toBe(false);
    const heights = await page.evaluate(() => [...document.querySelectorAll('#results section.workload')].map((s) => s.getBoundingClientRect().height));
    expect(heights).toHaveLength(2);
    for (const h of heights) expect(h).toBeLessThanOrEqual(2 * PAGE.height);
    const pageRule = await page.evaluate(() =>
      [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => r instanceof CSSPageRule && r.cssText.includes('counter(page)')),
    );
    expect(pageRule).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // Title and portfolio, two workloads of at most two pages each, assumptions and sources.
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(1 + 2 * 2 + 3);
    // No page holds only its footer (a hidden live region once pushed a blank last page).
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
    expect(text.filter((t) => t.replace(/Page \d+ of \d+/, '').trim().length < 40)).toEqual([]);
    await page.close();
  });

  it('keeps edits in the URL: a reload or a shared link opens the same profile', async () => {
    const page = await open({ width: 1280, height: 900 });
    const before = await seqOf(page);
    await page.fill('[data-path="workloads[1].requestsPerDay"] input', '4321');
    await waitForRecompute(page, before);
    const url = page.url();
    expect(url).toMatch(/#p=[A-Za-z0-9_-]+$/);
    const shared = await open({ width: 1280, height: 900 }, url);
    expect(await shared.inputValue('[data-path="workloads[1].requestsPerDay"] input')).toBe('4321');
    expect(await shared.textContent('#file-status')).toBe('Opened the profile from the link.');
    await shared.close();
    await page.close();
  });

  it('undoes Remove, and warns before leaving with unsaved edits', async () => {
    const page = await open({ width: 1280, height: 900 });
    await page.click('.workload-form[data-index="0"] button.remove');
    await page.waitForFunction(() => document.querySelectorAll('#results section[data-workload]').length === 1);
    expect(await page.textContent('#undo-text')).toBe('Removed workload patient-notes.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('undo-remove');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#results section[data-workload]').length === 2);
    expect(await page.inputValue('[data-path="workloads[0].name"] input')).toBe('patient-notes');
    expect(await page.isVisible('#undo-bar')).toBe(false);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
  });

  it('saves under the loaded file name, keeping its comments', async () => {
    const page = await open({ width: 1280, height: 900 });
    const text = `# Reviewed by compliance, do not drop\n${PROFILE.replace('requestsPerDay: 3000', 'requestsPerDay: 3000 # from the May logs')}`;
    await page.setInputFiles('#load-file', { name: 'riverside-2027.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await page.waitForFunction(() => document.querySelector('#file-status')?.textContent === 'Loaded riverside-2027.yaml.');
    const before = await seqOf(page);
    await page.fill('[data-path="workloads[1].requestsPerDay"] input', '3500');
    await waitForRecompute(page, before);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-yaml')]);
    expect(download.suggestedFilename()).toBe('riverside-2027.yaml');
    const saved = readFileSync((await download.path()), 'utf8');
    expect(saved).toContain('# Reviewed by compliance, do not drop');
    expect(saved).toContain('requestsPerDay: 3500 # from the May logs');
    await download.delete();
    await page.close();
  });

  it('disables Export while the profile is invalid, saying why', async () => {
    const page = await open({ width: 1280, height: 900 });
    expect(await page.isEnabled('#export-html')).toBe(true);
    const before = await seqOf(page);
    await page.fill('[data-path="workloads[1].requestsPerDay"] input', 'lots');
    await waitForRecompute(page, before);
    expect(await page.isEnabled('#export-html')).toBe(false);
    expect(await page.textContent('#export-reason')).toBe('Export is off until the profile is valid: fix 1 problem shown in the form.');
    expect(await page.getAttribute('#export-html', 'aria-describedby')).toBe('export-reason');
    await page.close();
  });

  it('offers a skip link first, landing on the assessment', async () => {
    const page = await open({ width: 1280, height: 900 });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results');
    await page.close();
  });

  // Six page loads and axe runs: minutes on a loaded 2-core machine.
  it('has no serious or critical axe-core violations, light and dark, laptop and phone, report file included', async () => {
    const found: string[] = [];
    for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 390], ['dark', 390]] as const) {
      const page = await open({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      found.push(...(await axeViolations(page)).map((v) => `${colorScheme} ${width}px: ${v}`));
      if (colorScheme === 'dark' && width === 1280) {
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(11, 17, 32)');
        await page.screenshot({ path: join(ARTIFACTS, 'trust-dark.png') });
      }
      await page.close();
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      const file = await ctx.newPage();
      await file.emulateMedia({ colorScheme });
      await file.setContent(renderHtmlReport(initialAssessment(boot, new Date())!));
      found.push(...(await axeViolations(file)).map((v) => `report file ${colorScheme}: ${v}`));
      await file.close();
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
