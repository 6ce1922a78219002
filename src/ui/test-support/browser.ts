import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Where screenshots and exported reports go (git-ignored test artefacts). */
export const ARTIFACTS = fileURLToPath(new URL('../../../artifacts/screenshots/', import.meta.url));

export function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The count of recomputations the page has finished (see client/main.ts). */
export function seqOf(page: Page): Promise<number> {
  return page.evaluate(() => window.__switchboard?.seq ?? 0);
}

export async function waitForRecompute(page: Page, after: number): Promise<void> {
  await page.waitForFunction((prev) => (window.__switchboard?.seq ?? 0) > prev, after, { timeout: 20_000 });
}
