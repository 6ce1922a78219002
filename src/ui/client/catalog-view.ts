import type { Catalog, Source } from '../../core/catalog/index.js';
import { formatUsdExact } from '../../core/charts/index.js';
import { h } from './dom.js';

const sourceCell = (sources: readonly Source[]) =>
  h('td', {}, ...sources.map((s) => h('div', {}, h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.url.replace(/^https?:\/\//, '').slice(0, 48)))));
const asOfCell = (sources: readonly Source[]) => h('td', {}, sources.map((s) => s.asOf).join(', '));
const usd = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatUsdExact(v));

function table(caption: string, head: string[], rows: HTMLElement[]): HTMLElement {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'catalog-table' }, h('caption', {}, caption), h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, ...rows)));
}

/** Models, GPUs, providers and prices, each with its sources and as-of dates; filtered by a search box. */
export function renderCatalog(root: HTMLElement, catalog: Catalog, filter = ''): void {
  const f = filter.trim().toLowerCase();
  const match = (...texts: (string | undefined)[]) => !f || texts.some((t) => t?.toLowerCase().includes(f));
  const closed = catalog.closedModels.filter((m) => match(m.id, m.name, m.provider)).map((m) =>
    h('tr', { 'data-id': m.id }, h('td', {}, m.name), h('td', {}, m.provider), h('td', {}, m.quality), h('td', { class: 'num' }, usd(m.inputUsdPerMTok)), h('td', { class: 'num' }, usd(m.outputUsdPerMTok)),
      h('td', { class: 'num' }, usd(m.cachedInputUsdPerMTok)), h('td', { class: 'num' }, m.contextWindowTokens === null ? '—' : m.contextWindowTokens.toLocaleString('en-US')), sourceCell(m.sources), asOfCell(m.sources)));
  const open = catalog.openModels.filter((m) => match(m.id, m.name, m.family, m.hfRepo)).map((m) =>
    h('tr', { 'data-id': m.id }, h('td', {}, m.name), h('td', { class: 'num' }, `${m.totalParamsB}B${m.activeParamsB ? ` (${m.activeParamsB}B active)` : ''}`), h('td', {}, m.quality), h('td', {}, m.domains.join(', ')),
      h('td', {}, m.license), h('td', { class: 'num' }, m.maxContextTokens.toLocaleString('en-US')), sourceCell(m.sources), asOfCell(m.sources)));
  const gpus = catalog.gpus.filter((g) => match(g.id, g.name, g.vendor)).map((g) =>
    h('tr', { 'data-id': g.id }, h('td', {}, g.name), h('td', { class: 'num' }, `${g.memoryGb} GB`), h('td', { class: 'num' }, `${g.memoryBandwidthTBs} TB/s`),
      h('td', { class: 'num' }, g.rentalUsdPerHour ? `${usd(g.rentalUsdPerHour.low)} / ${usd(g.rentalUsdPerHour.typical)} / ${usd(g.rentalUsdPerHour.high)}` : '—'), h('td', { class: 'num' }, usd(g.purchaseUsd)), sourceCell(g.sources), asOfCell(g.sources)));
  const providers = catalog.providers.filter((p) => match(p.id, p.name)).map((p) =>
    h('tr', { 'data-id': p.id }, h('td', {}, p.name), h('td', {}, p.baa ? 'yes' : 'no'), h('td', {}, p.zeroDataRetention ? 'yes' : 'no'), h('td', {}, p.processingRegions.join(', ') || '—'), h('td', {}, p.fedramp), sourceCell(p.sources), asOfCell(p.sources)));
  root.replaceChildren(
    h('p', { class: 'meta' }, `Catalog ${catalog.version}, as of ${catalog.asOf}.`),
    table('Closed models (USD per 1M tokens)', ['Model', 'Provider', 'Quality', 'Input', 'Output', 'Cached input', 'Context', 'Source', 'As of'], closed),
    table('Open models', ['Model', 'Parameters', 'Quality', 'Domains', 'Licence', 'Context', 'Source', 'As of'], open),
    table('GPUs (rental USD/hour: low / typical / high)', ['GPU', 'Memory', 'Bandwidth', 'Rental', 'Purchase', 'Source', 'As of'], gpus),
    table('Providers', ['Provider', 'BAA', 'Zero retention', 'In-region', 'FedRAMP', 'Source', 'As of'], providers),
  );
}
