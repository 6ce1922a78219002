import { fail, ok, type Result } from '../result.js';
import { architectureFromConfig } from './from-config.js';
import type { OpenModelIdentityInput } from './schema.js';
import type { CatalogInput } from './schema.js';

/**
 * A catalog-override entry that names a config.json instead of spelling out the architecture:
 * `{ id, fromConfig: ./config.json, name?, hfRepo?, license?, quality?, ... }`. The file is read at the
 * edge; this turns its parsed JSON into a full open-model record.
 */
export type FromConfigEntry = Partial<OpenModelIdentityInput> & { id: string; fromConfig: string };

export const UNKNOWN = 'unknown';

/**
 * The record for a bring-your-own model: architecture from config.json, identity from the entry. What the
 * entry does not say stays visibly unknown: licence "unknown" and not cleared for commercial use (fail
 * closed), quality "standard" with a note that no evidence was given.
 */
export function openModelFromConfig(
  entry: FromConfigEntry,
  config: unknown,
  opts: { asOf: string },
): Result<CatalogInput['openModels'][number]> {
  const arch = architectureFromConfig(config);
  if (!arch.ok)
    return fail(
      arch.issues.map((i) => ({ path: `fromConfig(${entry.fromConfig}).${i.path}`, message: i.message })),
    );
  const { fromConfig, ...identity } = entry;
  return ok({
    name: entry.id,
    hfRepo: entry.id,
    family: UNKNOWN,
    license: UNKNOWN,
    licenseRestrictions:
      'licence not given in the catalog override: treated as not cleared for commercial use',
    commercialUse: false,
    domains: ['general'],
    quality: 'standard',
    qualityNote: 'unknown: no quality evidence given for this model (estimate only)',
    sources: [
      {
        url: fromConfig,
        asOf: opts.asOf,
        note: 'architecture read from this config.json (bring your own model)',
      },
    ],
    confidence: 'low',
    ...identity,
    ...arch.value,
  });
}
