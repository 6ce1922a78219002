import type { Catalog } from './schema.js';

const LISTS = ['closedModels', 'providers', 'channels', 'gpus', 'openModels'] as const;

export interface PatchOptions {
  /** Where the override came from (a file name), recorded as a source on patched records. */
  origin: string;
  /** Date the override was read, YYYY-MM-DD. */
  asOf: string;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Lets an override give only the fields it changes for an id the catalog already has:
 * `gpus: [{ id: h100-sxm, rentalUsdPerHour: {...} }]`. Those fields are laid over the default record
 * and the override file is added as the first source. Anything not shaped as expected is passed through for validation to report.
 */
export function completePartialOverride(base: Catalog, override: unknown, options: PatchOptions): unknown {
  if (!isRecord(override)) return override;
  const out: Record<string, unknown> = { ...override };
  for (const list of LISTS) {
    const entries = override[list];
    if (!Array.isArray(entries)) continue;
    const known = new Map<string, object>(base[list].map((r) => [r.id, r] as const));
    out[list] = entries.map((entry: unknown) => {
      if (!isRecord(entry) || typeof entry.id !== 'string') return entry;
      const current = known.get(entry.id.toLowerCase());
      if (!current) return entry;
      const changed = Object.keys(entry).filter((k) => k !== 'id' && k !== 'sources');
      const userSources = Array.isArray(entry.sources) ? (entry.sources as unknown[]) : [];
      const baseSources = (current as { sources: unknown[] }).sources;
      const note = `user override of ${changed.join(', ') || 'nothing'}`;
      const sources = userSources.length
        ? userSources
        : [{ url: options.origin, asOf: options.asOf, note }, ...baseSources];
      const merged: Record<string, unknown> = { ...current, ...entry, id: entry.id.toLowerCase(), sources };
      // A price the user states is the price they pay: a shipped promotion no longer replaces it.
      if (list === 'closedModels' && !('promotion' in entry) && ('inputUsdPerMTok' in entry || 'outputUsdPerMTok' in entry)) delete merged.promotion;
      return merged;
    });
  }
  return out;
}
