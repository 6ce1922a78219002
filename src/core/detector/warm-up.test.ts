import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { WARM_UP_COVERAGE_TEXTS, WARM_UP_TEXTS } from './data/warm-up-texts.js';
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
    const seen: string[] = [];
    let t = 0;
    const bodies = WARM_UP_TEXTS.length + 3 + 2 * WARM_UP_COVERAGE_TEXTS.length + WARM_UP_TEXTS.length + 3;
    warmUp(2 * bodies, () => t, (body) => {
      t++;
      seen.push(JSON.stringify(body));
      return classify(body);
    });
    expect(new Set(seen).size).toBe(bodies);
    expect(seen.slice(bodies)).toEqual(seen.slice(0, bodies));
    expect(Math.max(...seen.map((s) => s.length))).toBeGreaterThan(10_000);
  });

  it('runs the core texts first, then every text alone in both a one-byte (’ made \') and a two-byte (a ’ added) form', () => {
    const contents: string[] = [];
    let t = 0;
    warmUp(200, () => t, (body) => {
      t++;
      contents.push((body as { messages: { content: string }[] }).messages.map((x) => x.content).join('\n'));
      return classify(body);
    });
    expect(contents.slice(0, WARM_UP_TEXTS.length)).toEqual(WARM_UP_TEXTS);
    const oneByte = (s: string): boolean => !/[^\0-\xff]/.test(s);
    for (const text of [...WARM_UP_TEXTS, ...WARM_UP_COVERAGE_TEXTS]) {
      const plain = text.replace(/[‘’]/g, "'");
      expect(contents, text).toContain(plain);
      expect(contents.some((c) => c.includes('’') && (c === text || c.startsWith(plain))), text).toBe(true);
    }
    // Only the texts in other scripts have no one-byte form; every other text runs one-byte too.
    const texts = [...WARM_UP_TEXTS, ...WARM_UP_COVERAGE_TEXTS];
    expect(texts.filter((text) => !contents.some((c) => oneByte(c) && c === text.replace(/[‘’]/g, "'"))).length).toBeLessThanOrEqual(1);
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
