import { describe, expect, it } from 'vitest';
import { escapeRegExp, foldText, stemPhrase } from './evidence-text.js';

describe('evidence-text', () => {
  it('folds case and accents', () => {
    expect(foldText('Né le 3 MARS, Geburtsdatum, Señora')).toBe('ne le 3 mars, geburtsdatum, senora');
  });

  it('escapes every RegExp metacharacter', () => {
    const literal = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(literal)}$`).test(literal)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('d.o.b')}$`).test('dxoxb')).toBe(false);
  });

  it('builds phrase patterns: spaces match spaces or hyphens, a trailing * any word ending', () => {
    const p = new RegExp(`^(?:${stemPhrase('Date de naissance')})$`, 'u');
    expect(p.test('date de naissance')).toBe(true);
    expect(p.test('date-de  naissance')).toBe(true);
    expect(p.test('date de naissances')).toBe(false);
    const s = new RegExp(`^(?:${stemPhrase('patient*')})$`, 'u');
    expect(s.test('patiente')).toBe(true);
    expect(s.test('patient')).toBe(true);
    expect(s.test('client')).toBe(false);
  });
});
