// health-plan-ids.ts: a policy, member or claim number is a health plan id only in a text about health or a health plan.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const planIds = (t: string): string[] => detect(t).filter((f) => f.entity === 'HEALTH_PLAN_ID').map((f) => t.slice(f.start, f.end));

describe('dropNonHealthPlanIds', () => {
  it.each([
    'Customer quoted claim CLM-2026-0048817 and policy HH-77310294 but our system says no match. Which format is a claim number?',
    'Our TDS member ID is G07654, explain the 30-day protection rule to landlords.',
    'Lost parcel claim LP-55091, value £145: approve or reject?',
  ])('drops a generic policy, member or claim number in a text with no health word: %s', (text) => {
    expect(planIds(text)).toEqual([]);
  });

  it.each([
    ['an insurer named before it', 'Can you check my Aetna member ID W123456789 against the portal?', 'W123456789'],
    ['a health plan named before it', 'Health insurance policy number QX55310982 was rejected at the desk.', 'QX55310982'],
    ['a health word in the text', 'Prior authorisation for her insulin pump: member ID W987654321, diagnosis E10.9.', 'W987654321'],
  ])('keeps it with %s', (_why, text, id) => {
    expect(planIds(text)).toEqual([id]);
  });
});
