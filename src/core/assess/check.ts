import { ENGINE_FORMATS } from '../capacity/index.js';
import type { Catalog } from '../catalog/schema.js';
import { findClosedModel, findOpenModel } from '../catalog/lookup.js';
import type { Profile } from '../profile/index.js';
import type { Issue } from '../result.js';

/** Problems only visible against a catalog or across sections: unknown pinned models, a precision the engine cannot serve. */
export function checkProfileAgainstCatalog(profile: Profile, catalog: Catalog): Issue[] {
  const issues: Issue[] = [];
  const { precision, engine } = profile.assumptions;
  if (precision !== undefined && !ENGINE_FORMATS[engine].includes(precision)) {
    issues.push({ path: 'assumptions.precision', message: `${engine} does not serve ${precision}; it serves ${ENGINE_FORMATS[engine].join(', ')}` });
  }
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
