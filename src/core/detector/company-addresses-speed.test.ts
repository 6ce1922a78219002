// company-addresses.ts's backward walk for a register label's last word gives LAST_WORD's answer.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { dropCompanyAddresses, lastLabelWord } from './company-addresses.js';

const LAST_WORD = /([\p{L}°º]+)[\s.:#-]*$/u;
const PIECES = ['KvK', 'nr', 'No', 'HRB', 'n°', 'nº', 'é', 'Ä', 'λ', '\u{1D400}', '1', ' ', '  ', '.', ':', '#', '-', '\u00A0', '\u2028', '\n', ',', '°', '_', ''];

describe('company-addresses fast path', () => {
  it('lastLabelWord equals LAST_WORD', () => {
    const r = mulberry32(5);
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let s = '';
      for (let i = 0, k = Math.floor(r() * 7); i < k; i++) s += PIECES[Math.floor(r() * PIECES.length)] ?? '';
      const want = LAST_WORD.exec(s)?.[1];
      expect(lastLabelWord(s), JSON.stringify(s)).toBe(want);
      if (want !== undefined) found++;
    }
    expect(found).toBeGreaterThan(1000);
    expect(found).toBeLessThan(3800);
  });

  it('a register label read as a name goes, whatever character its code opens with', () => {
    const kept = (text: string, name: string): number => {
      const start = text.indexOf(name);
      const hits = [{ entity: 'PERSON', rule: 'person.gazetteer', score: 0.6, start, end: start + name.length, dataClass: 'pii' as const }];
      dropCompanyAddresses(text, hits);
      return hits.length;
    };
    expect(kept('registered in England Nr.08812345', 'England Nr.')).toBe(0);
    expect(kept('REA VR-123456', 'REA')).toBe(0);
    expect(kept('REA MI123456', 'REA')).toBe(0);
    expect(kept('REA Bianchi', 'REA')).toBe(1);
  });
});
