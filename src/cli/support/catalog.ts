import { basename } from 'node:path';
import {
  catalogIssues,
  qualityEvidenceWarnings,
  completePartialOverride,
  defaultCatalog,
  mergeCatalog,
  type Catalog,
} from '../../core/catalog/index.js';
import { formatIssues, type Issue } from '../../core/result.js';
import { readDataFile } from './files.js';
import { resolveFromConfig } from './from-config.js';
import { UsageError, type CliIo } from './io.js';

const today = (): string => new Date().toISOString().slice(0, 10);
const OVERRIDE_LISTS = ['providers', 'closedModels', 'openModels', 'gpus'] as const;

/** Cross-record issues are found in the merged catalog; point them at the record's place in the user's file. */
function inOverride(issue: Issue, merged: Catalog, raw: unknown): Issue {
  const m = /^(closedModels|providers|gpus|openModels)\[(\d+)\](.*)$/.exec(issue.path);
  if (!m) return issue;
  const list = m[1] as 'closedModels' | 'providers' | 'gpus' | 'openModels';
  const id = merged[list][Number(m[2])]?.id;
  const entries = (raw as Record<string, unknown> | null)?.[list];
  const at = Array.isArray(entries)
    ? entries.findIndex((e: unknown) => (e as { id?: unknown } | null)?.id === id)
    : -1;
  return at >= 0 ? { ...issue, path: `${list}[${at}]${m[3] ?? ''}` } : issue;
}

/**
 * The catalog every command uses: the built-in one, or a user's `--catalog FILE` merged over it by id.
 * Bad files throw a UsageError listing every issue, each prefixed with the file name.
 */
export async function loadCatalog(path: string | undefined, io: CliIo): Promise<Catalog> {
  const base = defaultCatalog();
  if (path === undefined) return base;
  const name = path === '-' ? 'stdin' : basename(path);
  const data = await readDataFile(path, io, 'catalog');
  // An empty file (or `{}`) overrides nothing: most likely the wrong file, so it is refused rather than ignored.
  if (data === null || data === undefined || (typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0))
    throw new UsageError(`catalog ${path}: the file is empty; a catalog override lists ${OVERRIDE_LISTS.join(', ')} entries merged over the built-in catalog by id (see examples/catalog-override.yaml)`);
  const raw = await resolveFromConfig(data, path, io, today());
  const merged = mergeCatalog(
    base,
    completePartialOverride(base, raw ?? {}, { origin: name, asOf: today() }),
  );
  const issues = merged.ok
    ? catalogIssues(merged.value).map((i) => inOverride(i, merged.value, raw))
    : merged.issues;
  if (issues.length > 0) {
    const lines = formatIssues(issues)
      .split('\n')
      .map((line) => `${name}: ${line}`);
    throw new UsageError(`invalid catalog file ${path}:\n${lines.join('\n')}`);
  }
  if (!merged.ok) return base;
  const ids = new Set<string>();
  for (const list of ['openModels', 'closedModels'] as const) {
    const entries = (raw as Record<string, unknown> | null)?.[list];
    if (Array.isArray(entries)) for (const e of entries) if (typeof (e as { id?: unknown } | null)?.id === 'string') ids.add((e as { id: string }).id);
  }
  for (const w of qualityEvidenceWarnings(merged.value, ids)) io.stderr(`warning: ${name}: ${w}\n`);
  return merged.value;
}
