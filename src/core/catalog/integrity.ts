import type { Issue } from '../result.js';
import { hint } from '../validation/index.js';
import { architectureIssues } from './architecture-integrity.js';
import type { Catalog } from './schema.js';

function duplicates(kind: string, ids: readonly string[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push({ path: `${kind}[${i}].id`, message: `duplicate id "${id}"` });
    seen.add(id);
  });
  return out;
}

/** A lookup name (id, HF repo or alias) must lead to one open model only. */
function ambiguousNames(catalog: Catalog): Issue[] {
  const owner = new Map<string, string>();
  const out: Issue[] = [];
  catalog.openModels.forEach((m, i) => {
    const names = [
      ['hfRepo', m.hfRepo],
      ...(m.aliases ?? []).map((a, j) => [`aliases[${j}]`, a] as const),
    ] as const;
    const taken = owner.get(m.id);
    if (taken !== undefined && taken !== m.id)
      out.push({ path: `openModels[${i}].id`, message: `"${m.id}" already names open model "${taken}"` });
    owner.set(m.id, taken ?? m.id);
    for (const [field, name] of names) {
      const key = name.toLowerCase();
      const other = owner.get(key);
      if (other !== undefined && other !== m.id) {
        out.push({
          path: `openModels[${i}].${field}`,
          message: `"${name}" already names open model "${other}"`,
        });
      }
      owner.set(key, other ?? m.id);
    }
  });
  return out;
}

/** Cross-record checks zod cannot express: unique ids, known providers, KV bytes that match the architecture. */
export function catalogIssues(catalog: Catalog): Issue[] {
  const providerIds = catalog.providers.map((p) => p.id);
  const issues: Issue[] = [
    ...duplicates(
      'closedModels',
      catalog.closedModels.map((m) => m.id),
    ),
    ...duplicates('providers', providerIds),
    ...duplicates(
      'gpus',
      catalog.gpus.map((g) => g.id),
    ),
    ...duplicates(
      'openModels',
      catalog.openModels.map((m) => m.id),
    ),
    ...ambiguousNames(catalog),
  ];
  catalog.closedModels.forEach((m, i) => {
    if (!providerIds.includes(m.provider)) {
      issues.push({
        path: `closedModels[${i}].provider`,
        message: `unknown provider "${m.provider}"${hint(m.provider, providerIds)}; known: ${providerIds.join(', ')}`,
      });
    }
  });
  catalog.openModels.forEach((m, i) => issues.push(...architectureIssues(m, `openModels[${i}]`)));
  issues.push(...duplicates('channels', catalog.channels.map((c) => c.id)));
  const closedIds = catalog.closedModels.map((m) => m.id);
  catalog.channels.forEach((c, i) => {
    if (!providerIds.includes(c.provider))
      issues.push({ path: `channels[${i}].provider`, message: `unknown provider "${c.provider}"${hint(c.provider, providerIds)}; known: ${providerIds.join(', ')}` });
    (c.models ?? []).forEach((id, j) => {
      if (!closedIds.includes(id)) issues.push({ path: `channels[${i}].models[${j}]`, message: `unknown closed model "${id}"${hint(id, closedIds)}` });
    });
  });
  const openIds = catalog.openModels.map((m) => m.id);
  catalog.openModels.forEach((m, i) => {
    if (m.supersededBy !== undefined && !openIds.includes(m.supersededBy)) {
      issues.push({
        path: `openModels[${i}].supersededBy`,
        message: `unknown open model "${m.supersededBy}"${hint(m.supersededBy, openIds)}`,
      });
    }
  });
  catalog.gpus.forEach((g, i) => {
    const r = g.rentalUsdPerHour;
    if (r && !(r.low <= r.typical && r.typical <= r.high)) {
      issues.push({
        path: `gpus[${i}].rentalUsdPerHour`,
        message: `expected low <= typical <= high, got ${r.low} / ${r.typical} / ${r.high}`,
      });
    }
  });
  return issues;
}

/**
 * Models accepted without quality evidence: the engine places them at the floor of their declared tier (an estimate),
 * and says so. Only the ids given are checked (a user's override), so the shipped catalog never warns.
 */
export function qualityEvidenceWarnings(catalog: Catalog, ids: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [kind, list] of [['open', catalog.openModels], ['closed', catalog.closedModels]] as const) {
    for (const m of list) {
      if (ids.has(m.id) && m.qualityScore === undefined)
        out.push(`${kind} model "${m.id}" has no qualityScore: it is placed at the floor of its declared "${m.quality}" tier, shown as an estimate`);
    }
  }
  return out;
}
