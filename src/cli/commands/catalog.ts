import {
  allIds,
  CATALOG_SECTIONS,
  findRecord,
  renderCatalogText,
  renderRecordText,
  type Catalog,
  type CatalogSection,
  type FoundRecord,
} from '../../core/catalog/index.js';
import { hint } from '../../core/validation/index.js';
import { enumFlag, parseCliArgs } from '../support/args.js';
import { loadCatalog } from '../support/catalog.js';
import { UsageError, type Command } from '../support/io.js';

const FORMATS = ['text', 'json'] as const;
const USAGE = `switchboard catalog [models|open|closed|gpus|providers|ID] [--format text|json] [--catalog FILE]

  models     open-weight and closed API models
  open       open-weight models (architecture, licence, quality tier)
  closed     closed API models (prices per million tokens, context, tuning)
  gpus       GPUs (memory, bandwidth, dense TFLOPS, rental and purchase prices)
  providers  closed API providers (BAA, zero data retention, regions)
  ID         one record in full, with all its sources (e.g. h100-sxm, deepseek-v3)
  (none)     everything

  --format text|json  text: 80-column tables (default); json: the full records with sources
  --catalog FILE      YAML/JSON merged over the built-in catalog by id (see docs/catalog.md)`;

/** The JSON form of a section: the records themselves, sources included. */
function records(catalog: Catalog, section: CatalogSection | 'all'): unknown {
  switch (section) {
    case 'all':
      return catalog;
    case 'models':
      return { openModels: catalog.openModels, closedModels: catalog.closedModels };
    case 'open':
      return catalog.openModels;
    case 'closed':
      return catalog.closedModels;
    case 'gpus':
      return catalog.gpus;
    case 'providers':
      return { providers: catalog.providers, channels: catalog.channels, pricingContext: catalog.pricingContext };
  }
}

type Target = { section: CatalogSection | 'all' } | { record: FoundRecord };

/** A section name, or else a record id; either may be misspelt, so hint from both. */
function targetOf(positionals: readonly string[], catalog: Catalog): Target {
  if (positionals.length > 1) {
    throw new UsageError(
      `expected at most one section or id, got ${positionals.join(' ')}\nusage: ${USAGE.split('\n')[0] ?? ''}`,
    );
  }
  const [given] = positionals;
  if (given === undefined) return { section: 'all' };
  const section = CATALOG_SECTIONS.find((s) => s === given.toLowerCase());
  if (section) return { section };
  const record = findRecord(catalog, given);
  if (record) return { record };
  const names = [...CATALOG_SECTIONS, ...allIds(catalog)];
  throw new UsageError(
    `unknown section or id "${given}"${hint(given, names)}; sections: ${CATALOG_SECTIONS.join(' | ')}; ids: switchboard catalog`,
  );
}

export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'list the built-in catalog: models, GPUs, providers, with sources',
  usage: USAGE,
  run: async (args, io) => {
    const { values, positionals } = parseCliArgs(
      args,
      { format: { type: 'string' }, catalog: { type: 'string' } },
      USAGE.split('\n')[0] ?? '',
    );
    const format = enumFlag(values.format, 'format', FORMATS) ?? 'text';
    const catalog = await loadCatalog(values.catalog, io);
    const target = targetOf(positionals, catalog);
    if ('record' in target) {
      io.stdout(
        format === 'json'
          ? `${JSON.stringify(target.record.record, null, 2)}\n`
          : renderRecordText(target.record),
      );
    } else {
      io.stdout(
        format === 'json'
          ? `${JSON.stringify(records(catalog, target.section), null, 2)}\n`
          : renderCatalogText(catalog, target.section),
      );
    }
    return 0;
  },
};
