import type { Hit } from './hit.js';

/**
 * A policy, member, group, subscriber or claim number is a health plan's only in a text about health: "policy
 * HH-77310294" of a home insurer, "our TDS member ID is G07654" of a deposit scheme, "claim CLM-2026-448190" of a
 * motor claim are not PHI. context-ids.ts reads them after those generic words; this drops them when neither the text
 * (nor a text it was decoded from) has a health word nor the words right before the value name a health plan, a
 * public health programme or a health insurer (US plan ids are what this entity is about).
 */
const PLAN_WORDS = /(?:health\s*(?:plan|insurance|insurer|cover(?:age)?)|medicaid|medicare|beneficiary|aetna|cigna|humana|anthem|kaiser|blue\s*(?:cross|shield)|bcbs|unitedhealth(?:care)?|uhc|tricare|copay|deductible|in-network|\beob\b)/i;
const PLAN_REACH = 80;

export function dropNonHealthPlanIds(text: string, hits: Hit[], health: () => boolean): void {
  if (!hits.some((h) => h.rule === 'health-plan.context') || health()) return;
  let kept = 0;
  for (const h of hits) {
    if (h.rule === 'health-plan.context' && !PLAN_WORDS.test(text.slice(Math.max(0, h.start - PLAN_REACH), h.start))) continue;
    hits[kept++] = h;
  }
  hits.length = kept;
}
