import { assess } from '/work/main/src/core/assess/index.js';
import { defaultCatalog } from '/work/main/src/core/catalog/index.js';
import { profileSchema } from '/work/main/src/core/profile/index.js';
import { renderTextReport } from '/work/main/src/core/report/index.js';
const p = profileSchema.parse({ team: { name: 'Acme Health', industry: 'healthcare', mlEngineers: 1, gpuAccess: 'rent' }, workloads: [
  { name: 'clinical-notes', data: ['phi'], regulations: ['hipaa'], requestsPerDay: 20000, inputTokens: 1500, outputTokens: 300, quality: 'strong', domain: 'medical', fineTuning: 'lora', ownWeights: true, lockInTolerance: 'low' },
  { name: 'faq', data: ['public'], requestsPerDay: 2000, inputTokens: 800, outputTokens: 200, quality: 'standard' },
  { name: 'bulk', data: ['public'], requestsPerDay: 2000000, inputTokens: 800, outputTokens: 200, quality: 'standard' },
]});
const t0 = performance.now();
const r = assess(p, defaultCatalog(), { now: new Date('2026-11-23T00:00:00Z') });
console.log('ms', performance.now() - t0);
console.log(renderTextReport(r, { color: false }));
