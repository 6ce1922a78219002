import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { WARM_UP_TEXTS } from './data/warm-up-texts.js';
import { warmUp } from './warm-up.js';

describe('detector warm-up (start-up, before traffic)', () => {
  it('runs until its time is up, on a clock passed in, and overruns by at most the call in progress', () => {
    let t = 0;
    const r = warmUp(35, () => t, (body) => {
      t += 10;
      return classify(body);
    });
    expect(r).toEqual({ calls: 4, ms: 40 });
  });

  it('0 ms is off: no call', () => {
    let calls = 0;
    warmUp(0, () => 0, (body) => {
      calls++;
      return classify(body);
    });
    expect(calls).toBe(0);
  });

  it('cycles through every built-in body, short and long', () => {
    const sizes: number[] = [];
    let t = 0;
    warmUp(WARM_UP_TEXTS.length + 3, () => t, (body) => {
      t++;
      sizes.push(JSON.stringify(body).length);
      return classify(body);
    });
    expect(new Set(sizes).size).toBe(WARM_UP_TEXTS.length + 3);
    expect(Math.max(...sizes)).toBeGreaterThan(5_000);
  });

  it('the texts exercise every language and the main recogniser families, and include clean requests', () => {
    const found = WARM_UP_TEXTS.map((content) => classify({ messages: [{ role: 'user', content }] }));
    const entities = new Set(found.flatMap((c) => c.findings.map((f) => f.entity)));
    for (const e of ['PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'IBAN_CODE', 'CREDIT_CARD', 'US_SSN', 'STREET_ADDRESS', 'DATE_OF_BIRTH', 'ES_DNI_NIE', 'UK_NHS_NUMBER', 'PASSWORD']) expect(entities, e).toContain(e);
    expect(found.some((c) => c.dataClass === 'secret')).toBe(true);
    expect(found.some((c) => c.dataClass === 'phi')).toBe(true);
    expect(found.filter((c) => c.dataClass === 'none').length).toBeGreaterThanOrEqual(2);
  });
});
