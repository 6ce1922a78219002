import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { measureUsage } from '../../core/usage/index.js';
import { scenarioProfile } from '../../core/usage/test-support/scenario-profile.js';
import { SCENARIO_NOW, scenarioTraffic } from '../../core/usage/test-support/synthetic-traffic.js';
import { initialAssessment, startUiServer, type RunningUi } from '../server/index.js';
import { ARTIFACTS, CHROMIUM, hasChromium, launchChromium, seqOf, waitForRecompute } from '../test-support/browser.js';

const PROFILE = readFileSync(new URL('../test-support/profile.yaml', import.meta.url), 'utf8');

if (!hasChromium) console.warn(`UI end-to-end tests skipped: ${CHROMIUM} is absent (CI installs Debian's chromium).`);

describe.skipIf(!hasChromium)('web UI in headless Chromium', () => {
  let ui: RunningUi;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const boot = { profileYaml: PROFILE, profileName: 'riverside.yaml', catalog: null, measured: null, usageNote: null };
    ui = await startUiServer({ port: 0, boot, initialReport: initialAssessment(boot, new Date()) });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(ui.url);
    await page.waitForFunction(() => (window.__switchboard?.seq ?? 0) > 0, undefined, { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await ui?.close();
  });

  const verdictOf = (name: string) => page.locator(`section[data-workload="${name}"] h2 .verdict`).getAttribute('data-verdict');

  it('loads the profile into the form and shows a verdict per workload', async () => {
    expect(await page.inputValue('[data-path="team.name"] input')).toBe('Riverside Health');
    expect(await page.locator('section[data-workload]').count()).toBe(2);
    expect(await verdictOf('patient-notes')).toBe('closed');
    expect(await verdictOf('faq-bot')).toBe('closed');
    expect(await page.locator('section[data-workload="faq-bot"] figure[data-chart]').count()).toBe(6);
    await page.screenshot({ path: join(ARTIFACTS, 'ui-loaded.png'), fullPage: false });
  });

  it('labels every form control and keeps them reachable by keyboard', async () => {
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#editor input, #editor select')]
        .filter((el) => el.labels === null || el.labels.length === 0 || el.tabIndex < 0)
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    await page.focus('[data-path="team.name"] input');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-team-industry');
  });

  it('makes a workload open with a security deal breaker when its data may not leave', async () => {
    const before = await seqOf(page);
    await page.selectOption('[data-path="workloads[0].dataMayLeave"] select', 'own-infrastructure-only');
    await waitForRecompute(page, before);
    expect(await verdictOf('patient-notes')).toBe('open');
    const breaker = page.locator('section[data-workload="patient-notes"] .deal-breakers li').first();
    expect(await breaker.getAttribute('data-area')).toBe('security');
    expect(await breaker.getAttribute('data-rule')).toBe('security.own-infrastructure-only');
    expect(await page.locator('section[data-workload="patient-notes"] ol.reasons li').first().getAttribute('data-area')).toBe('security');
    await page.locator('section[data-workload="patient-notes"]').screenshot({ path: join(ARTIFACTS, 'ui-deal-breaker.png') });
  });

  it('moves the break-even marker and flips the cost verdict when volume rises', async () => {
    const marker = page.locator('#w-faq-bot-volume .marker-break-even');
    const now = page.locator('#w-faq-bot-volume .marker-current');
    const beforeBreakEven = Number(await marker.getAttribute('data-value'));
    const beforePx = Number(await marker.getAttribute('data-px'));
    const beforeNowPx = Number(await now.getAttribute('data-px'));
    const before = await seqOf(page);
    await page.fill('[data-path="workloads[1].requestsPerDay"] input', '100000');
    await waitForRecompute(page, before);
    expect(await verdictOf('faq-bot')).toBe('open');
    const afterBreakEven = Number(await marker.getAttribute('data-value'));
    expect(afterBreakEven).not.toBe(beforeBreakEven);
    expect(Number(await marker.getAttribute('data-px'))).not.toBe(beforePx);
    // The volume axis follows the workload, so "now" stays centred while break-even shifts left of it.
    expect(Number(await marker.getAttribute('data-px'))).toBeLessThan(Number(await now.getAttribute('data-px')));
    expect(beforePx).toBeGreaterThan(beforeNowPx);
    await page.locator('#w-faq-bot-volume').screenshot({ path: join(ARTIFACTS, 'ui-break-even-moved.png') });
  });

  it('shows validation messages from the core next to the field', async () => {
    const before = await seqOf(page);
    await page.fill('[data-path="workloads[1].requestsPerDay"] input', 'lots');
    await waitForRecompute(page, before);
    const field = page.locator('[data-path="workloads[1].requestsPerDay"]');
    expect(await field.locator('.error').textContent()).toMatch(/^expected a number.*, got "lots"$/);
    expect(await field.locator('input').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#results').getAttribute('data-state')).toBe('stale');
    const again = await seqOf(page);
    await page.fill('[data-path="workloads[1].requestsPerDay"] input', '100000');
    await waitForRecompute(page, again);
    expect(await field.locator('.error').textContent()).toBe('');
    expect(await page.locator('#results').getAttribute('data-state')).toBe('fresh');
  });

  it('exports a self-contained HTML report that opens from disk', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-html')]);
    expect(download.suggestedFilename()).toBe('riverside-health-report.html');
    const file = join(ARTIFACTS, 'exported-report.html');
    await download.saveAs(file);
    const html = readFileSync(file, 'utf8');
    expect(html.length).toBeLessThan(1_000_000);
    const report = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    report.on('request', (r) => requests.push(r.url()));
    await report.goto(`file://${file}`);
    expect(await report.locator('h1 .verdict').getAttribute('data-verdict')).toBe('open');
    expect(await report.locator('section[data-workload="patient-notes"] h2 .verdict').getAttribute('data-verdict')).toBe('open');
    expect(await report.locator('svg.chart').count()).toBeGreaterThanOrEqual(6);
    expect(await report.locator('table.sources tbody tr').count()).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await report.screenshot({ path: join(ARTIFACTS, 'report-from-disk.png'), fullPage: false });
    await report.close();
  });

  it('browses the catalog with sources and as-of dates', async () => {
    await page.click('#tab-catalog');
    expect(await page.isVisible('#panel-catalog')).toBe(true);
    expect(await page.isVisible('#panel-assess')).toBe(false);
    expect(await page.locator('.catalog-table tbody tr').count()).toBeGreaterThan(10);
    await page.fill('#catalog-filter', 'h100');
    const rows = page.locator('.catalog-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.first().locator('td').last().textContent()).toMatch(/^\d{4}-\d{2}/);
    await page.focus('#tab-catalog');
    await page.keyboard.press('ArrowLeft');
    expect(await page.isVisible('#panel-assess')).toBe(true);
    expect(await page.getAttribute('#tab-assess', 'aria-selected')).toBe('true');
  });

  it('fits a phone screen without horizontal scrolling of the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(ARTIFACTS, 'ui-phone.png') });
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('first paint without JavaScript', () => {
  it('shows the verdicts rendered on the server by the same core', async () => {
    const boot = { profileYaml: PROFILE, profileName: 'riverside.yaml', catalog: null, measured: null, usageNote: null };
    const ui = await startUiServer({ port: 0, boot, initialReport: initialAssessment(boot, new Date()), bundle: () => Promise.resolve('') });
    const browser = await launchChromium();
    try {
      const ctx = await browser.newContext({ javaScriptEnabled: false });
      const page = await ctx.newPage();
      await page.goto(ui.url);
      expect(await page.locator('section[data-workload="faq-bot"] h2 .verdict').getAttribute('data-verdict')).toBe('closed');
      expect(await page.locator('#w-faq-bot-volume .marker-break-even').count()).toBe(1);
    } finally {
      await browser.close();
      await ui.close();
    }
  });
});

describe.skipIf(!hasChromium)('guessed vs measured usage', () => {
  it('re-assesses the edited profile on measured volumes in the browser', async () => {
    const measured = measureUsage(scenarioTraffic().filter((r) => r.time < SCENARIO_NOW), { until: SCENARIO_NOW, now: SCENARIO_NOW });
    const boot = { profileYaml: stringify(scenarioProfile()), profileName: 'clinic.yaml', catalog: null, measured, usageNote: 'Measured by the gateway, from sqlite:usage.db.' };
    const ui = await startUiServer({ port: 0, boot });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(ui.url);
      await page.waitForFunction(() => (window.__switchboard?.seq ?? 0) > 0, undefined, { timeout: 30_000 });
      await page.click('#tab-usage');
      const row = page.locator('tr[data-workload="clinical-notes"][data-field="requestsPerDay"] td');
      expect(await row.nth(2).textContent()).toBe('1000');
      expect(await row.nth(3).textContent()).toBe('240');
      expect(await row.nth(4).textContent()).toBe('measured');
      expect(await page.locator('#panel-usage').textContent()).toContain('Portfolio verdict:');
      expect(await page.isVisible('#panel-assess')).toBe(false);
      await page.screenshot({ path: join(ARTIFACTS, 'ui-usage.png') });
    } finally {
      await browser.close();
      await ui.close();
    }
  });
});
