import { renderReportBody, REPORT_CSS } from '../../core/report/html/index.js';
import type { Report } from '../../core/report/types.js';
import type { UiBoot } from '../boot.js';
import { UI_CSS } from './ui-css.js';

/** JSON inside a script element: `<` is escaped so the text can never close the element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const TABS = [
  ['assess', 'Assessment'],
  ['catalog', 'Catalog'],
  ['yaml', 'YAML'],
  ['usage', 'Measured usage'],
] as const;

/** The page: static layout, inline styles, boot data, and one script; with a report, its verdicts show before any script runs. */
export function renderShell(boot: UiBoot, scriptPath: string, initial: Report | null = null): string {
  const tabs = TABS.map(([id, label], i) => `<button type="button" role="tab" id="tab-${id}" data-tab="${id}" aria-controls="panel-${id}" aria-selected="${i === 0}">${label}</button>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Switchboard: open or closed models?</title><style>${UI_CSS}${REPORT_CSS}</style></head><body>
<a class="skip-link" href="#results">Skip to the assessment</a>
<header class="topbar"><p class="brand">Switchboard</p><nav role="tablist" aria-label="Views">${tabs}</nav>
<div class="actions"><label class="button" for="load-file">Load YAML</label><input type="file" id="load-file" class="visually-hidden" accept=".yaml,.yml,.json">
<button type="button" id="save-yaml">Save YAML</button><button type="button" id="export-html" disabled aria-describedby="export-reason">Export HTML report</button></div>
<p id="export-reason" class="export-reason">Export is available once the assessment has run.</p>
<p id="file-status" role="status"></p><div id="undo-bar" class="undo-bar" role="status" hidden><span id="undo-text"></span> <button type="button" id="undo-remove">Undo</button></div></header>
<main>
<div id="panel-assess" role="tabpanel" aria-labelledby="tab-assess" class="layout"><section id="editor" aria-label="Profile editor" tabindex="-1"><noscript>The editor needs JavaScript.</noscript></section>
<section id="results" aria-label="Assessment" tabindex="-1"><a class="to-editor" href="#editor">Edit the profile</a>${initial ? `<div class="sb-report" data-server-rendered>${renderReportBody(initial)}</div>` : ''}</section></div>
<div id="panel-catalog" role="tabpanel" aria-labelledby="tab-catalog" class="panel" hidden><label for="catalog-filter">Filter the catalog</label> <input id="catalog-filter" type="search" placeholder="e.g. llama, h100, anthropic"><div id="catalog"></div></div>
<div id="panel-yaml" role="tabpanel" aria-labelledby="tab-yaml" class="panel" hidden><label for="yaml-text">Profile as YAML</label><textarea id="yaml-text" spellcheck="false"></textarea><p><button type="button" id="yaml-apply">Apply YAML</button></p></div>
<div id="panel-usage" role="tabpanel" aria-labelledby="tab-usage" class="panel" hidden></div>
<p id="live-summary" class="visually-hidden" aria-live="polite"></p>
</main>
<script type="application/json" id="sb-boot">${inlineJson(boot)}</script>
<script type="module" src="${scriptPath}"></script>
</body></html>
`;
}
