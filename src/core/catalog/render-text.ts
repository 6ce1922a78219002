import type { Catalog, Channel, ClosedModel, Gpu, OpenModel, Provider, Source } from './schema.js';

export const CATALOG_SECTIONS = ['models', 'open', 'closed', 'gpus', 'providers'] as const;
export type CatalogSection = (typeof CATALOG_SECTIONS)[number];

interface Column<T> {
  title: string;
  cell: (row: T) => string;
  /** Longer cells are cut with an ellipsis so a row fits in 80 columns. */
  max?: number;
  right?: boolean;
}

const WIDTH = 80;

function cut(text: string, max: number | undefined): string {
  return max !== undefined && text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A plain-text table, columns sized to content, two spaces apart. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[]): string[] {
  const cells = rows.map((r) => columns.map((c) => cut(c.cell(r), c.max)));
  const widths = columns.map((c, i) => Math.max(c.title.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => (columns[i]?.right ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.title)), ...cells.map(line)];
}

const SHORT_HOSTS: Readonly<Record<string, string>> = {
  'huggingface.co': 'hf.co',
  'githubusercontent.com': 'github.com',
};

/** The site a source is on, short enough for a table: `hf.co`, `openai.com`, `github:cli99` for owner/repo sources. */
export function sourceHost(source: Source | undefined): string {
  if (!source) return '-';
  const repo = /^owner\/repo:\s*([^/\s]+)\//.exec(source.url);
  if (repo) return `github:${repo[1] ?? ''}`;
  const host = /^https?:\/\/([^/?#:]+)/.exec(source.url)?.[1];
  if (!host) return source.url;
  const site = host.split('.').slice(-2).join('.');
  return SHORT_HOSTS[site] ?? site;
}

const money = (n: number): string =>
  n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3).replace(/0$/, '');
const tokens = (n: number | null): string =>
  n === null ? '-' : n >= 1_000_000 ? `${+(n / 1_000_000).toFixed(2)}M` : `${Math.round(n / 1024)}K`;
const params = (b: number): string => `${b >= 100 ? b.toFixed(0) : +b.toFixed(1)}B`;

const src = <T extends { sources: readonly Source[] }>(max = 16): Column<T>[] => [
  { title: 'SOURCE', cell: (r) => sourceHost(r.sources[0]), max },
  { title: 'AS OF', cell: (r) => r.sources[0]?.asOf ?? '-' },
];

/** Quality on the common scale; `~` marks a catalog estimate, `-` no evidence. */
const score = (m: ClosedModel | OpenModel): string => (m.qualityScore ? `${m.qualityScore.estimate ? '~' : ''}${m.qualityScore.value}` : '-');

export function closedModelsTable(rows: readonly ClosedModel[]): string[] {
  return table(rows, [
    { title: 'CLOSED MODEL', cell: (m) => m.id, max: 22 },
    { title: 'SCORE', cell: score, right: true },
    { title: 'IN $/M', cell: (m) => money(m.inputUsdPerMTok), right: true },
    { title: 'OUT $/M', cell: (m) => money(m.outputUsdPerMTok), right: true },
    { title: 'CTX', cell: (m) => tokens(m.contextWindowTokens), right: true },
    ...src<ClosedModel>(10),
  ]);
}

/** Why a model is not picked on its own (the first that applies): a licence without commercial use, base weights, a catalogued successor. */
export function openStatus(m: OpenModel): string {
  if (!m.commercialUse) return 'no-commercial';
  if (m.variant === 'base') return 'base';
  return m.supersededBy === undefined ? 'current' : 'superseded';
}

export function openModelsTable(rows: readonly OpenModel[]): string[] {
  return table(rows, [
    { title: 'OPEN MODEL', cell: (m) => m.id, max: 26 },
    {
      title: 'PARAMS',
      cell: (m) => (m.activeParamsB === null ? params(m.totalParamsB) : `${params(m.totalParamsB)}*`),
      right: true,
    },
    { title: 'CTX', cell: (m) => tokens(m.maxContextTokens), right: true },
    { title: 'SCORE', cell: score, right: true },
    { title: 'RELEASED', cell: (m) => m.releaseDate ?? '-' },
    { title: 'STATUS', cell: openStatus },
  ]);
}

export function gpusTable(rows: readonly Gpu[]): string[] {
  return table(rows, [
    { title: 'GPU', cell: (g) => g.id },
    { title: 'MEM GB', cell: (g) => String(g.memoryGb), right: true },
    { title: 'TB/S', cell: (g) => g.memoryBandwidthTBs.toFixed(2), right: true },
    { title: 'BF16 TF', cell: (g) => g.bf16Tflops.toFixed(0), right: true },
    {
      title: '$/H TYP',
      cell: (g) => (g.rentalUsdPerHour ? money(g.rentalUsdPerHour.typical) : '-'),
      right: true,
    },
    {
      title: 'BUY $',
      cell: (g) => (g.purchaseUsd === null ? '-' : `${+(g.purchaseUsd / 1000).toFixed(1)}k`),
      right: true,
    },
    ...src<Gpu>(12),
  ]);
}

export function providersTable(rows: readonly Provider[]): string[] {
  return table(rows, [
    { title: 'PROVIDER', cell: (p) => p.id },
    { title: 'BAA', cell: (p) => (p.baa ? 'yes' : 'no') },
    { title: 'ZDR', cell: (p) => (p.zeroDataRetention ? 'yes' : 'no') },
    { title: 'REGIONS', cell: (p) => p.processingRegions.join(',') || '-' },
    { title: 'UPLIFT', cell: (p) => `+${Math.round(p.regionalUplift * 100)}%`, right: true },
    { title: 'FEDRAMP', cell: (p) => p.fedramp },
    ...src<Provider>(24),
  ]);
}

const yn = (v: boolean | null): string => (v === null ? '?' : v ? 'yes' : 'no');

export function channelsTable(rows: readonly Channel[]): string[] {
  return table(rows, [
    { title: 'CHANNEL', cell: (c) => c.id },
    { title: 'MODELS', cell: (c) => c.provider },
    { title: 'BAA', cell: (c) => yn(c.baa) },
    { title: 'ZDR', cell: (c) => yn(c.zeroDataRetention) },
    { title: 'FEDRAMP', cell: (c) => c.fedramp ?? '?' },
    { title: 'ITAR', cell: (c) => yn(c.itar) },
    { title: 'REGIONS', cell: (c) => (c.regions.length > 5 ? `${c.regions.slice(0, 5).join(',')}+${c.regions.length - 5}` : c.regions.join(',') || '-') },
    { title: 'UPLIFT', cell: (c) => (c.priceUplift === null ? '?' : `+${Math.round(c.priceUplift * 100)}%`), right: true },
  ]);
}

/** The text listing for one section (or all), each table fitting in 80 columns. */
export function renderCatalogText(catalog: Catalog, section: CatalogSection | 'all'): string {
  const blocks: string[][] = [];
  const show = (s: CatalogSection): boolean =>
    section === 'all' || section === s || (section === 'models' && (s === 'open' || s === 'closed'));
  if (show('closed'))
    blocks.push(closedModelsTable(catalog.closedModels), [
      'Prices in USD per million tokens; CTX = context window. SCORE = AA Intelligence',
      'Index v4.1, the same scale for open and closed; ~ = catalog estimate.',
    ]);
  if (show('open'))
    blocks.push(openModelsTable(catalog.openModels), [
      '* mixture of experts. Only current models are picked; pin any other in the',
      'profile. --format json shows sources, successors and KV sizes.',
    ]);
  if (show('gpus'))
    blocks.push(gpusTable(catalog.gpus), [
      'TF = dense TFLOPS; $/H TYP = typical on-demand rent per GPU-hour; - = no figure.',
    ]);
  if (show('providers')) {
    // With channels listed, compliance is read per channel; the provider rows would repeat (and blur) it.
    if (catalog.channels.length === 0) blocks.push(providersTable(catalog.providers));
    else
      blocks.push(channelsTable(catalog.channels), [
        'Access channels: compliance is per channel. ? = not verified in the catalog',
        '(treated as unavailable: check with the provider). --format json: sources.',
      ]);
  }
  const out = blocks.map((b) => b.map((l) => cut(l, WIDTH)).join('\n'));
  return `${out.join('\n\n')}\n\nCatalog ${catalog.version}. --format json shows every field and source.\n`;
}
