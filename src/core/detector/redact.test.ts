import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { redact } from './redact.js';

describe('redact', () => {
  it('replaces each finding with its entity', () => {
    const text = 'Card ４５３９１４８８０３４３６４６７, mail jo@example.com.';
    expect(redact(text, detect(text))).toBe('Card [CREDIT_CARD], mail [EMAIL_ADDRESS].');
  });

  it('merges overlapping findings and ignores out-of-range ones', () => {
    const f = (start: number, end: number, entity: string) => ({ entity, dataClass: 'pii' as const, start, end, score: 1, rule: 't' });
    expect(redact('abcdefghij', [f(2, 6, 'A'), f(4, 8, 'B'), f(20, 30, 'C')])).toBe('ab[A]ij');
    expect(redact('', [])).toBe('');
  });
});
