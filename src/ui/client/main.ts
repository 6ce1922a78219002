import { parse as parseYaml } from 'yaml';
import { defaultCatalog } from '../../core/catalog/index.js';
import { renderHtmlReport } from '../../core/report/html/index.js';
import type { Report } from '../../core/report/types.js';
import type { UiBoot } from '../boot.js';
import { renderCatalog } from './catalog-view.js';
import { compute } from './compute.js';
import { byId, download } from './dom.js';
import { newWorkload, setAt, STARTER_PROFILE, type Draft } from './draft.js';
import { renderForm, showEffectiveValues, showIssues } from './form.js';
import { ResultsView } from './results.js';
import { renderUsage } from './usage-view.js';
import { decodeState, encodeState } from './url-state.js';
import { saveYaml } from './yaml-sync.js';

interface Probe {
  seq: number;
  /** How many edits the shown result includes (an old timer's result never counts as a newer edit's). */
  edits: number;
  /** Validation + assessment, ms. */
  computeMs: number;
  /** Validation + assessment + rendering the results, ms. */
  totalMs: number;
  /** Whether the shown result is a quick preview (fewer Monte Carlo draws). */
  preview: boolean;
}

/** Draws while typing: the engine's own screening size; the probability is the only figure that depends on it. */
const PREVIEW_RUNS = 100;
/** Pause after the last edit before the full-precision recomputation. */
const SETTLE_MS = 400;

declare global {
  interface Window {
    /** Read by the e2e tests and the benchmark. */
    __switchboard?: Probe;
    __editCount?: () => number;
  }
}

const boot = JSON.parse(byId('sb-boot').textContent || '{}') as UiBoot;
const catalog = boot.catalog ?? defaultCatalog();
const editor = byId('editor');
const results = byId('results');
const view = new ResultsView(results);
const live = byId('live-summary');
let draft: Draft = structuredClone(STARTER_PROFILE);
let last: Report | null = null;
/** The file name Save offers: the last file loaded (or the one the server opened). */
let fileName = boot.profileName;
/** The YAML text the profile came from, so Save writes values into it and keeps its comments. */
let sourceText: string | null = null;
/** Edits since the last load or save: leaving the page asks first. */
let dirty = false;
let undo: { index: number; workload: unknown } | null = null;
/** One clock reading per session keeps `generatedAt` stable, so unchanged sections are not re-rendered. */
const sessionStart = new Date();
let seq = 0;

function setStatus(text: string): void {
  byId('file-status').textContent = text;
}

let settleTimer: ReturnType<typeof setTimeout> | undefined;
let edits = 0;
let lastIsPreview = false;

function recompute(mode: 'preview' | 'full'): void {
  const start = performance.now();
  const included = edits;
  clearTimeout(settleTimer);
  const result = compute(draft, catalog, mode === 'preview' ? { now: sessionStart, previewRuns: PREVIEW_RUNS } : { now: sessionStart });
  if (result.report) {
    last = result.report;
    lastIsPreview = result.preview;
  }
  showIssues(editor, result.issues);
  if (result.profile) showEffectiveValues(editor, result.profile);
  view.render(results, result, ++seq);
  // Exporting while the profile is invalid would export an older result without saying so.
  const blocked = result.issues.length > 0 || !result.report;
  byId('export-html', HTMLButtonElement).disabled = blocked;
  byId('export-reason').textContent = blocked
    ? `Export is off until the profile is valid: fix ${result.issues.length || 'the'} problem${result.issues.length === 1 ? '' : 's'} shown in the form.`
    : '';
  live.textContent = result.report
    ? `Portfolio verdict ${result.report.verdict}. ${result.report.workloads.map((w) => `${w.name}: ${w.verdict}`).join('; ')}.`
    : `${result.issues.length} problem(s) in the profile.`;
  if (result.preview) settleTimer = setTimeout(() => recompute('full'), SETTLE_MS);
  window.__switchboard = { seq, edits: included, computeMs: result.ms, totalMs: performance.now() - start, preview: result.preview };
}

let pending = false;
/** Coalesces a burst of input events into one recomputation on the next task. */
function schedule(): void {
  if (pending) return;
  pending = true;
  setTimeout(() => {
    pending = false;
    recompute('preview');
  }, 0);
}

/** An edit: the URL carries the new state (a reload keeps it, the address can be shared), and leaving asks first. */
function touched(): void {
  dirty = true;
  history.replaceState(null, '', `#${encodeState(draft)}`);
}

function showUndo(text: string | null): void {
  const bar = byId('undo-bar');
  bar.hidden = text === null;
  byId('undo-text').textContent = text ?? '';
}

function rebuild(): void {
  edits++;
  renderForm(editor, draft, {
    change: (path, value) => {
      setAt(draft, path, value);
      edits++;
      touched();
      const m = /^workloads\[(\d+)\]\.name$/.exec(path);
      if (m) {
        const head = editor.querySelector(`.workload-form[data-index="${m[1] ?? ''}"] .wname`);
        if (head) head.textContent = typeof value === 'string' ? value : '';
      }
      schedule();
    },
    addWorkload: () => {
      const list = Array.isArray(draft.workloads) ? (draft.workloads as unknown[]) : [];
      draft.workloads = [...list, newWorkload(list)];
      touched();
      rebuild();
      editor.querySelector<HTMLInputElement>(`.workload-form[data-index="${list.length}"] input`)?.focus();
    },
    removeWorkload: (index) => {
      const list = Array.isArray(draft.workloads) ? (draft.workloads as unknown[]) : [];
      const removed = list[index];
      draft.workloads = list.filter((_, i) => i !== index);
      undo = { index, workload: removed };
      touched();
      rebuild();
      const rawName = removed && typeof removed === 'object' ? (removed as Draft).name : undefined;
      const name = typeof rawName === 'string' ? rawName : '';
      showUndo(`Removed workload ${name || index + 1}.`);
      byId('undo-remove').focus();
    },
  });
  // Let the form paint first; the first assessment follows in the next task.
  requestAnimationFrame(() => setTimeout(() => recompute('full'), 0));
}

/** Replaces the profile from YAML or JSON text; a parse error leaves the current one untouched. */
function loadText(text: string, name: string, opts: { file: boolean } = { file: true }): boolean {
  try {
    const data: unknown = parseYaml(text);
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('expected a mapping with team and workloads');
    draft = data as Draft;
    sourceText = text;
    if (opts.file) {
      fileName = name;
      dirty = false;
      history.replaceState(null, '', location.pathname + location.search);
    } else touched();
    undo = null;
    showUndo(null);
    setStatus(`Loaded ${name}.`);
    rebuild();
    return true;
  } catch (e) {
    setStatus(`${name}: not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e)}`);
    return false;
  }
}

const slugName = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'switchboard';

function wireActions(): void {
  const file = byId('load-file', HTMLInputElement);
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void chosen.text().then((t) => loadText(t, chosen.name));
    file.value = '';
  });
  byId('save-yaml').addEventListener('click', () => {
    const text = saveYaml(draft, sourceText);
    download(fileName, text, 'application/yaml');
    sourceText = text;
    dirty = false;
    setStatus(`Saved ${fileName}${sourceText ? ' (comments kept)' : ''}.`);
  });
  byId('undo-remove').addEventListener('click', () => {
    if (!undo) return;
    const list = Array.isArray(draft.workloads) ? [...(draft.workloads as unknown[])] : [];
    list.splice(Math.min(undo.index, list.length), 0, undo.workload);
    draft.workloads = list;
    const index = undo.index;
    undo = null;
    showUndo(null);
    touched();
    rebuild();
    setStatus('Workload restored.');
    editor.querySelector<HTMLInputElement>(`.workload-form[data-index="${index}"] input`)?.focus();
  });
  window.addEventListener('beforeunload', (e) => {
    if (!dirty) return;
    // Browsers show their own wording; the edits are also kept in the address (state in the URL).
    e.preventDefault();
  });
  byId('export-html').addEventListener('click', () => {
    if (lastIsPreview) recompute('full');
    if (!last) return;
    download(`${slugName(last.team)}-report.html`, renderHtmlReport({ ...last, generatedAt: new Date().toISOString() }), 'text/html');
  });
  const yamlBox = byId('yaml-text', HTMLTextAreaElement);
  byId('yaml-apply').addEventListener('click', () => {
    if (loadText(yamlBox.value, 'YAML editor', { file: false })) showTab('assess');
  });
  const filter = byId('catalog-filter', HTMLInputElement);
  filter.addEventListener('input', () => renderCatalog(byId('catalog'), catalog, filter.value));
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => showTab(tab.dataset.tab ?? 'assess'));
    // The ARIA tabs pattern: arrow keys move between tabs.
    tab.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      e.preventDefault();
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next?.focus();
      showTab(next?.dataset.tab ?? 'assess');
    });
  });
}

function showTab(name: string): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
    const on = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(on));
    byId(`panel-${tab.dataset.tab ?? ''}`).hidden = !on;
  }
  if (name === 'yaml') byId('yaml-text', HTMLTextAreaElement).value = saveYaml(draft, sourceText);
  if (name === 'catalog' && !byId('catalog').hasChildNodes()) renderCatalog(byId('catalog'), catalog);
  if (name === 'usage') renderUsage(byId('panel-usage'), { draft, catalog, measured: boot.measured, note: boot.usageNote, now: sessionStart });
}

wireActions();
window.__editCount = () => edits;
const fromLink = decodeState(location.hash);
if (fromLink) {
  // A shared or reloaded link: its profile wins over the file the server opened (Save still offers that name).
  draft = fromLink;
  sourceText = boot.profileYaml;
  setStatus('Opened the profile from the link.');
  rebuild();
} else if (boot.profileYaml === null || !loadText(boot.profileYaml, boot.profileName)) rebuild();
