import { describe, expect, it } from 'vitest';
import { classify } from '../../core/detector/index.js';
import { WARM_UP_TEXT } from './classify-worker.js';

describe('classifier warm-up at load (a cold first scan must not spend the first request budget)', () => {
  it('the warm-up sample reaches the identifier, contact, name, password and decoding recognisers', () => {
    const found = classify({ messages: [{ role: 'user', content: WARM_UP_TEXT }] });
    const entities = new Set(found.findings.map((f) => f.entity));
    for (const e of ['US_SSN', 'IBAN_CODE', 'CREDIT_CARD', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'PASSWORD']) expect(entities, e).toContain(e);
    expect(found.findings.some((f) => f.rule.includes('+base64'))).toBe(true);
    expect(found.dataClass).toBe('phi');
  });
});
