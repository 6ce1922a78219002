// The gated look-backs of person-context.ts against the patterns they gate, on random texts built from the words the
// patterns key on (business words, places' prepositions, conjunctions, particles) and the characters that trip gates.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { NAME_CONTEXT } from './data/name-context.js';
import { NAMED_PLACE_WORDS } from './data/named-places.js';
import { businessBefore, businessBeforeReference, dropNonPersonalNames, estateBefore, hasCitationId, ideaOfBefore, locativeBefore, locativeBeforeReference, namesSchool, oldYears } from './person-context.js';
import { spanTokens } from './word-gate.js';

const KEYED = [...new Set(Object.values(NAME_CONTEXT).flatMap((l) => [...l.businessBefore, ...l.locative, ...l.conjunction]))];
const FRAGMENTS = [
  ...KEYED, ...KEYED.map((w) => w.toUpperCase()), ...KEYED.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  'du', 'de', 'la', 'de la', "de l'", 'de l’', "d'", 'd’', 'van', 'het', 'Anna', 'Rossi', 'x', 'é', 'ſ', '\u212A', 'İ', '5', ',', ':', '.', "'", '-',
];
const SEPARATORS = [' ', ' ', ' ', '', '  ', '\n', '\t', '\u00A0', ', '];

function randomText(r: () => number): string {
  let s = '';
  const pieces = 1 + Math.floor(r() * 12);
  for (let i = 0; i < pieces; i++) s += (FRAGMENTS[Math.floor(r() * FRAGMENTS.length)] ?? '') + (SEPARATORS[Math.floor(r() * SEPARATORS.length)] ?? '');
  return s;
}

describe('business and locative look-backs: the same answers as the `\\s+$` patterns on their windows', () => {
  it('on random texts, at every position', () => {
    const r = mulberry32(5);
    let business = 0;
    let locative = 0;
    for (let n = 0; n < 1500; n++) {
      const text = randomText(r);
      for (let at = 0; at <= text.length; at++) {
        const b = businessBefore(text, at);
        expect(b, JSON.stringify([text, at])).toBe(businessBeforeReference(text, at));
        const l = locativeBefore(text, at);
        expect(l, JSON.stringify([text, at])).toBe(locativeBeforeReference(text, at));
        if (b) business++;
        if (l) locative++;
      }
    }
    // Both patterns match often enough for the comparison to mean something.
    expect(business).toBeGreaterThan(500);
    expect(locative).toBeGreaterThan(500);
  });
});

describe("an idea's particle before a name: the read-back gate gives the pattern's answers", () => {
  it('on random texts, at every position', () => {
    const r = mulberry32(15);
    const pieces = ['of', 'OF', 'von', 'des', 'deſ', 'De', 'du', 'del', 'van', 'di', 'della', 'the', 'THE', "d'", 'D’', 'd', 'theory', 'Hypothese', 'hypothèse', 'x', '-', "'", '’'];
    const glue = [' ', ' ', ' ', '  ', '\n', '\u00A0', '\u2003', '', '-'];
    let found = 0;
    for (let n = 0; n < 1500; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 10); i < k; i++) s += (pieces[Math.floor(r() * pieces.length)] ?? '') + (glue[Math.floor(r() * glue.length)] ?? '');
      for (let at = 0; at <= s.length; at++) {
        const want = ideaOfBefore(s, at, true);
        expect(ideaOfBefore(s, at)?.slice(), JSON.stringify([s, at])).toEqual(want?.slice());
        if (want !== null) found++;
      }
    }
    expect(found).toBeGreaterThan(300);
  });
});

describe('schools and estates before a name: the read-back gate gives the patterns answers', () => {
  it('on random texts, at every position', () => {
    const r = mulberry32(16);
    const l = Object.values(NAMED_PLACE_WORDS);
    const words = [...new Set(l.flatMap((w) => [...w.school, ...w.schoolQualifier, ...w.estate]))];
    const pieces = [...words, ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)), 'ſchule', 'GRUNDſCHULE', 'x', 'Anna', '(', ':', '-', "l'", 'é', 'İ', '\u212A'];
    const glue = [' ', ' ', ' ', '  ', '\n', '\u00A0', '', ',', '-'];
    let school = 0;
    let estate = 0;
    for (let n = 0; n < 1500; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 6); i < k; i++) s += (pieces[Math.floor(r() * pieces.length)] ?? '') + (glue[Math.floor(r() * glue.length)] ?? '');
      for (let at = 0; at <= s.length; at++) {
        const a = namesSchool(s, at, true);
        expect(namesSchool(s, at), JSON.stringify([s, at])).toBe(a);
        const b = estateBefore(s, at, true);
        expect(estateBefore(s, at), JSON.stringify([s, at])).toBe(b);
        if (a) school++;
        if (b) estate++;
      }
    }
    expect(school).toBeGreaterThan(300);
    expect(estate).toBeGreaterThan(300);
  });
});

describe('citation ids and the words after a name: gated tests give the patterns answers', () => {
  const pieces = ['ISBN', 'isbn', 'Issn', 'DOI', 'doi', 'Doi.org/', 'DOI.ORG/', 'xdoi.org/', 'doi.orgx', 'Dois', 'ISBNs', 'é', 'ſ', '\u212A', 'İ', '1', ':', '/', ' ', '', '\n'];
  it('hasCitationId on random texts', () => {
    const r = mulberry32(6);
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 8); i < k; i++) s += pieces[Math.floor(r() * pieces.length)] ?? '';
      expect(hasCitationId(s), s).toBe(hasCitationId(s, true));
      if (hasCitationId(s, true)) found++;
    }
    expect(found).toBeGreaterThan(500);
    expect(found).toBeLessThan(3900);
  });

  it('legal forms and institution words after a name', () => {
    const drop = (text: string, name: string, rule = 'person.gazetteer'): boolean => {
      const start = text.indexOf(name);
      const hits = [{ entity: 'PERSON', rule, score: 0.6, start, end: start + name.length, dataClass: 'pii' as const }];
      dropNonPersonalNames(text, hits);
      return hits.length === 0;
    };
    expect(drop('Contact Gerrit Hoekstra B.V. for the invoice', 'Gerrit Hoekstra')).toBe(true);
    expect(drop('Rossi & Co. ships on Monday', 'Rossi')).toBe(true);
    expect(drop('the Robert Koch Institut says', 'Robert Koch')).toBe(true);
    expect(drop('the Robert Koch-Institut says', 'Robert Koch')).toBe(true);
    expect(drop('Robert Koch called me yesterday', 'Robert Koch')).toBe(false);
    // The gated checks: a country of two words, a key glued to '=', a place's prefix, a month next to a number.
    expect(drop('Shipping to Costa Rica takes a week', 'Costa Rica')).toBe(true);
    expect(drop('Shipping to Costa Brava takes a week', 'Costa Brava')).toBe(false);
    expect(drop('host=10.12.0.4 Dana=compta', 'Dana')).toBe(true);
    expect(drop('host=10.12.0.4 Dana = compta', 'Dana')).toBe(false);
    expect(drop('We drove to Santa Teresa on Sunday', 'Santa Teresa')).toBe(true);
    expect(drop('We drove past Marina di Ravenna on Sunday', 'Marina di Ravenna')).toBe(true);
    expect(drop('We drove past with Marina Rossi on Sunday', 'Marina Rossi')).toBe(false);
    expect(drop('Due on 5 June, said Anna', 'June')).toBe(true);
    expect(drop('Ask June about it', 'June')).toBe(false);
  });

  it('the tokens of a run are split at any whitespace, as split does', () => {
    const r = mulberry32(12);
    const pieces = ['Anna', 'Berg', ' ', '  ', '\n', '\t', '\u00A0', '\u2028', '\u3000', '\uFEFF', '\u200B', 'é', '\uD83D\uDE00', '-', ''];
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let i = 0, k = Math.floor(r() * 8); i < k; i++) s += pieces[Math.floor(r() * pieces.length)] ?? '';
      expect(spanTokens(s), JSON.stringify(s)).toEqual(s.split(/\s+/).filter((t) => t !== ''));
    }
  });

  it('old years found by the search for "1" are the pattern\'s', () => {
    const r = mulberry32(14);
    const pieces = ['1820', '1910', '1899', '1990', '2024', '18201', '1', '0', '9', ' ', '.', ',', ':', '/', '-', '(', ')', 'x', 'é', '\n', 'doi.org/', 'DOI.Org/', 'dOi.org', '/'];
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 8); i < k; i++) s += pieces[Math.floor(r() * pieces.length)] ?? '';
      const want = [...oldYears(s, true)].sort();
      expect([...oldYears(s)].sort(), JSON.stringify(s)).toEqual(want);
      expect(hasCitationId(s), JSON.stringify(s)).toBe(hasCitationId(s, true));
      if (want.length > 0) found++;
    }
    expect(found).toBeGreaterThan(250);
    expect(found).toBeLessThan(3800);
  });
});
