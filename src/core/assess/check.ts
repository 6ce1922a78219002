import type { Catalog } from '../catalog/schema.js';
import { findClosedModel, findOpenModel } from '../catalog/lookup.js';
import type { Profile } from '../profile/index.js';
import type { Issue } from '../result.js';

/** Problems only visible against a catalog: pinned models that do not exist. */
export function checkProfileAgainstCatalog(profile: Profile, catalog: Catalog): Issue[] {
  const issues: Issue[] = [];
  profile.workloads.forEach((w, i) => {
    if (w.openModel !== undefined) {
      const r = findOpenModel(catalog, w.openModel);
      if (!r.ok) issues.push(...r.issues.map((x) => ({ path: `workloads[${i}].openModel`, message: x.message })));
    }
    if (w.closedModel !== undefined) {
      const r = findClosedModel(catalog, w.closedModel);
      if (!r.ok) issues.push(...r.issues.map((x) => ({ path: `workloads[${i}].closedModel`, message: x.message })));
    }
  });
  return issues;
}
