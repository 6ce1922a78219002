// UI budgets: first load, JavaScript size, recomputation after an input change, HTML report size.
// Run: npm run bench:ui   (writes docs/benchmarks/ui.md; needs /usr/bin/chromium)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { assess } from '../src/core/assess/index.js';
import { defaultCatalog } from '../src/core/catalog/index.js';
import { parseProfile } from '../src/core/profile/index.js';
import { renderHtmlReport } from '../src/core/report/html/index.js';
import { bundleFromSource, initialAssessment, startUiServer } from '../src/ui/server/index.js';

const CHROMIUM = '/usr/bin/chromium';
const PROFILE_PATH = 'examples/hospital.yaml';
const LOADS = 7;
const CHANGES = 30;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(CHROMIUM)) {
  console.error(`bench:ui needs ${CHROMIUM} (Debian chromium)`);
  process.exit(1);
}
const profileYaml = readFileSync(PROFILE_PATH, 'utf8');

// 1. JavaScript size: the production bundle, minified, as `npm run build` makes it.
const js = await bundleFromSource({ minify: true });
const jsRaw = Buffer.byteLength(js);
const jsGzip = gzipSync(js).length;

// 2. HTML report size for the example profile, against its JSON report (same content, no charts or styling).
const parsed = parseProfile(parseYaml(profileYaml));
if (!parsed.ok) throw new Error(`${PROFILE_PATH} is not a valid profile`);
const report = assess(parsed.value, defaultCatalog(), { now: new Date('2026-11-23T00:00:00Z') });
const htmlBytes = Buffer.byteLength(renderHtmlReport(report));
const jsonBytes = Buffer.byteLength(JSON.stringify(report));

// Baseline server: an empty page over the same loopback HTTP stack.
const empty = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>empty</title><p>empty'));
await new Promise<void>((r) => empty.listen(0, '127.0.0.1', () => r()));
const emptyUrl = `http://127.0.0.1:${(empty.address() as AddressInfo).port}/`;
const boot = { profileYaml, profileName: 'hospital.yaml', catalog: null, measured: null, usageNote: null };
const ui = await startUiServer({ port: 0, boot, initialReport: initialAssessment(boot, new Date()), bundle: () => Promise.resolve(js) });

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

// 3. First load: fresh context (cold cache) each time, times from navigation start. The server renders the
// verdicts and charts into the page, so they are on screen at first contentful paint; the form is interactive at
// DOMContentLoaded; the browser's engine is ready after its first assessment.
const baseline: number[] = [];
const form: number[] = [];
const paint: number[] = [];
const verdicts: number[] = [];
for (let i = 0; i < LOADS; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  // Navigation-relative times from the browser's own timing APIs: first contentful paint, DOMContentLoaded.
  const fcp = () => page.evaluate(async () => {
    for (let i = 0; i < 200 && performance.getEntriesByName('first-contentful-paint').length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    return performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  });
  await page.goto(emptyUrl, { waitUntil: 'load' });
  baseline.push(await fcp());
  await page.goto(ui.url, { waitUntil: 'domcontentloaded' });
  if ((await page.locator('section[data-workload]').count()) === 0) throw new Error('verdicts not in the first paint');
  paint.push(await fcp());
  form.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
  await page.waitForFunction(() => (window.__switchboard?.seq ?? 0) > 0, undefined, { polling: 'raf', timeout: 60_000 });
  verdicts.push(await page.evaluate(() => performance.now()));
  await ctx.close();
}

// 4. Recomputation after an input change, timed inside the page: input event -> results rendered.
const page = await browser.newPage();
await page.goto(ui.url);
await page.waitForFunction(() => (window.__switchboard?.seq ?? 0) > 0, undefined, { timeout: 60_000 });
const total: number[] = [];
const core: number[] = [];
const full: number[] = [];
const sync: number[] = [];
const fullCore: number[] = [];
const validateOnly: number[] = [];
for (let i = 0; i < CHANGES; i++) {
  const value = String(i % 2 === 0 ? 20_000 + i * 1000 : 20_000 - i * 100);
  const r = await page.evaluate(async (v) => {
    const input = document.querySelector<HTMLInputElement>('[data-path="workloads[0].requestsPerDay"] input')!;
    const before = window.__switchboard?.seq ?? 0;
    const start = performance.now();
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while ((window.__switchboard?.seq ?? 0) === before) await new Promise((res) => setTimeout(res, 0));
    const preview = { total: performance.now() - start, core: window.__switchboard!.computeMs, sync: window.__switchboard!.totalMs };
    while (window.__switchboard?.preview) await new Promise((res) => setTimeout(res, 20));
    return { ...preview, full: window.__switchboard!.totalMs, fullCore: window.__switchboard!.computeMs };
  }, value);
  total.push(r.total);
  core.push(r.core);
  sync.push(r.sync);
  full.push(r.full);
  fullCore.push(r.fullCore);
}
// Baseline: an edit that fails validation (no assessment runs), same path through the page.
for (let i = 0; i < 10; i++) {
  const r = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('[data-path="workloads[0].requestsPerDay"] input')!;
    const before = window.__switchboard?.seq ?? 0;
    const start = performance.now();
    input.value = `x${Math.random()}`;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while ((window.__switchboard?.seq ?? 0) === before) await new Promise((res) => setTimeout(res, 0));
    return performance.now() - start;
  });
  validateOnly.push(r);
}
await browser.close();
await ui.close();
empty.close();

const rows: [string, string, string, string, string][] = [
  ['First load: verdicts and charts painted (first contentful paint)', ms(median(paint)), `empty page FCP ${ms(median(baseline))}`, `${(median(paint) / median(baseline)).toFixed(1)}x`, '< 1 s'],
  ['First load: form interactive (DOMContentLoaded)', ms(median(form)), `empty page FCP ${ms(median(baseline))}`, `${(median(form) / median(baseline)).toFixed(1)}x`, ''],
  ['First load: in-browser engine ready for edits', ms(median(verdicts)), `empty page FCP ${ms(median(baseline))}`, `${(median(verdicts) / median(baseline)).toFixed(1)}x`, ''],
  ['JavaScript, gzipped', kb(jsGzip), `budget 300 KB`, `${(jsGzip / (300 * 1024)).toFixed(2)}x of budget`, '< 300 KB'],
  ['Recompute after input change (preview), median', ms(median(total)), `invalid edit (no assess) ${ms(median(validateOnly))}`, `${(median(total) / median(validateOnly)).toFixed(1)}x`, '< 50 ms'],
  ['Recompute after input change (preview), p95', ms(p95(total)), '', '', '< 50 ms'],
  ['  of which validate + assess (median)', ms(median(core)), '', '', ''],
  ['  of which validate + assess + render, synchronous (median)', ms(median(sync)), '', '', ''],
  ['Full-precision recompute after a pause, median', ms(median(full)), `preview ${ms(median(total))}`, `${(median(full) / median(total)).toFixed(1)}x`, ''],
  ['  of which validate + assess (median)', ms(median(fullCore)), '', '', ''],
  ['HTML report (hospital.yaml)', kb(htmlBytes), `JSON report ${kb(jsonBytes)}`, `${(htmlBytes / jsonBytes).toFixed(1)}x`, '< 1 MB'],
];
const table = ['| Measure | Value | Baseline (same run) | Ratio | Budget |', '|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const machine = `${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end of the run`;
const doc = `# UI benchmarks

Command: \`npm run bench:ui\` (bench/ui.bench.ts). Profile: \`${PROFILE_PATH}\` (${parsed.value.workloads.length} workloads).
Headless Chromium (\`/usr/bin/chromium\`), loopback HTTP, ${LOADS} cold loads (fresh browser context each), ${CHANGES} input changes.
Machine: ${machine}. Generated ${new Date().toISOString()}.

${table}

JavaScript raw (minified, not gzipped): ${kb(jsRaw)}. The bundle includes the pure core (zod schemas, catalog, cost model, decision engine, charts, HTML report renderer) and the \`yaml\` package.
"Recompute" is timed in the page from the input event to the results panel re-rendered (validation, \`assess\`, charts, DOM).
While typing, the UI assesses with the engine's screening size of 100 Monte Carlo draws (only the probability-cheaper figure depends on it),
then re-runs with the profile's full draw count 400 ms after the last edit; the export always uses the full result.
The first paint carries verdicts and charts rendered on the server by the same core; the browser's own engine then takes over for edits.
`;
mkdirSync('docs/benchmarks', { recursive: true });
writeFileSync('docs/benchmarks/ui.md', doc);
console.log(doc);
