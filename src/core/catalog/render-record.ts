import type { Catalog, Source } from './schema.js';

const WIDTH = 80;
const KINDS = {
  closedModels: 'closed model',
  providers: 'provider',
  gpus: 'GPU',
  openModels: 'open model',
} as const;
type ListKey = keyof typeof KINDS;

export interface FoundRecord {
  kind: (typeof KINDS)[ListKey];
  record: { id: string; sources: readonly Source[] } & Record<string, unknown>;
}

/** A record of any section by exact id (case-insensitive), for `switchboard catalog ID`. */
export function findRecord(catalog: Catalog, id: string): FoundRecord | undefined {
  const key = id.toLowerCase();
  for (const list of Object.keys(KINDS) as ListKey[]) {
    const record = (catalog[list] as readonly FoundRecord['record'][]).find((r) => r.id === key);
    if (record) return { kind: KINDS[list], record };
  }
  return undefined;
}

/** Every id in the catalog, for did-you-mean hints. */
export function allIds(catalog: Catalog): string[] {
  return (Object.keys(KINDS) as ListKey[]).flatMap((list) => catalog[list].map((r) => r.id));
}

/** Greedy word wrap; the first line has `first` columns, later ones `rest` after `indent`. */
function wrap(text: string, indent: string, firstWidth: number): string {
  const lines: string[] = [];
  let line = '';
  let width = firstWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
      width = WIDTH - indent.length;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ') || '-';
  return JSON.stringify(value).replace(/,"/g, ', "').replace(/":/g, '": ');
}

/** One record as `field: value` lines and its sources, wrapped to 80 columns. */
export function renderRecordText(found: FoundRecord): string {
  const { record, kind } = found;
  const fields = Object.entries(record).filter(([k]) => k !== 'id' && k !== 'sources');
  const width = Math.max(...fields.map(([k]) => k.length));
  const indent = ' '.repeat(width + 4);
  const lines = [`${record.id} (${kind})`];
  for (const [k, v] of fields)
    lines.push(`  ${`${k}:`.padEnd(width + 2)}${wrap(show(v), indent, WIDTH - indent.length)}`);
  lines.push('sources:');
  for (const s of record.sources) {
    const text = `${s.url} (as of ${s.asOf})${s.note ? `: ${s.note}` : ''}`;
    lines.push(`  - ${wrap(text, '    ', WIDTH - 4)}`);
  }
  return `${lines.join('\n')}\n`;
}
