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

/** The edit count the page has applied so far (see client/main.ts); pass it to waitForRecompute. */
export function seqOf(page: Page): Promise<number> {
  return page.evaluate(() => window.__editCount?.() ?? 0);
}

/**
 * Waits until the shown result includes every edit made after `after` was read and is the full-precision one
 * (the preview is re-rendered ~400 ms later, which detaches the elements a test may hold).
 */
export async function waitForRecompute(page: Page, after: number): Promise<void> {
  await page.waitForFunction((prev) => (window.__switchboard?.edits ?? 0) > prev && window.__switchboard?.preview === false, after, { timeout: 20_000 });
}
