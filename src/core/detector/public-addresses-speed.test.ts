// public-addresses.ts's private-word test read from the text's Latin runs gives the pattern's answer on every window,
// windows that cut words included.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { wordSamples } from './test-support/word-samples.js';
import { PRIVATE_ADDRESS } from './data/company-cues.js';
import { PREMISES } from './data/org-words.js';
import { ACRONYM_PLACED, ADDRESS_OF, AT_THE, DESK_WORDS, PRIVATE_ENDINGS, PRIVATE_NEAR, PUBLISH_WORDS, REVIEW_WORDS, VENUE_WORDS } from './data/public-venues.js';
import { apposedLead, entryHeadName, leadHeads, premisesAt, privateWordIn, venueAt } from './public-addresses.js';

// Mostly the glue of Latin text (where the runs answer); now and then a character that sends the test to the pattern.
const LATIN_GLUE = [' ', '  ', '\n', 'x', 'é', 'ß', '-', '.', '1', 'A', '', ',', ':', '’', 'Ferien'];
const GLUE: readonly string[] = [...LATIN_GLUE, ...LATIN_GLUE, ...LATIN_GLUE, ...LATIN_GLUE, '\u017F', '\u212A', 'İ', 'λ', 'ª'];
const vocabulary = [...Object.values(PRIVATE_NEAR).flat(), ...PRIVATE_ADDRESS, ...PRIVATE_ENDINGS.map((w) => `Miet${w}`), 'holiday', 'address', 'vicino', 'museum', 'ung'];

describe('public-addresses fast path', () => {
  it('privateWordIn equals the pattern on random windows', () => {
    const r = mulberry32(77);
    let found = 0;
    let tried = 0;
    for (const s of wordSamples(vocabulary, 71, { glue: GLUE, maxWords: 6, capitalised: true })) {
      for (let k = 0; k < 3; k++) {
        const from = Math.floor(r() * s.length);
        const to = from + Math.floor(r() * (s.length - from + 1));
        const fast = privateWordIn(s, from, to);
        expect(fast, `${JSON.stringify(s)} [${from}, ${to})`).toBe(privateWordIn(s, from, to, true));
        if (fast) found++;
        tried++;
      }
    }
    expect(found).toBeGreaterThan(tried / 20);
    expect(found).toBeLessThan(tried * 0.9);
  });
});

describe('a venue noun and its preposition before the address: the fast path gives the pattern answers', () => {
  /** venueAt with its fast paths equals the pattern (`venueAt(..., true)`) at every window end of random texts of these words. */
  const matchesPattern = (seed: number, words: readonly string[], glue: readonly string[]): void => {
    const nouns = [...new Set([...Object.values(VENUE_WORDS).flat(), ...Object.values(PREMISES).flat()])];
    const r = mulberry32(seed);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    let found = 0;
    for (let n = 0; n < 2500; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 6); i < k; i++) {
        const w = r() < 0.4 ? pick(nouns) : pick(words);
        s += (r() < 0.2 ? w.toUpperCase() : w) + pick(glue);
      }
      for (let at = 0; at <= s.length; at++) {
        const lo = Math.max(0, at - 40);
        const want = venueAt(s, lo, at, true);
        expect(venueAt(s, lo, at), JSON.stringify([s, at])).toBe(want);
        if (want) found++;
      }
    }
    expect(found).toBeGreaterThan(300);
  };
  it('venueAt (a read-back gate, then the pattern backwards) equals VENUE_AT on every window end of random texts', () => {
    const words = ['di', 'de', 'del', 'della', 'de la', 'in', 'en', 'in der', 'an der', 'am', 'aan de', 'op de', 'à la', 'au', 'at', 'on', 'is', 'nuova', 'x', 'Rossi', 'ſ', 'İ', '\u212A'];
    matchesPattern(78, words, [' ', ' ', ' ', '  ', '\n', '\u00A0', '\u2003', '', ',', '-', ' (', " l'", ' l’', 'é']);
  });
  it('venueAt (the phrase read-back on Latin-1) equals VENUE_AT on every window end of random Latin-1 texts', () => {
    const words = ['di', 'de', 'del', 'della', 'de la', 'in', 'en', 'in der', 'an der', 'am', 'aan de', 'op de', 'à la', 'au', 'at', 'on', 'is', 'nuova', 'Nuova', 'x', 'Rossi', 'ª', 'º', 'µ', 'ß', 'ÿ', 'x1', 'a-b'];
    matchesPattern(92, words, [' ', ' ', ' ', '  ', '\n', '\u00A0', '\t', '', ',', '-', ' (', " l'", 'é', '1']);
  });
});

describe('a review or publication head before the address: the word gate gives the pattern answers', () => {
  it('entryHeadName equals REVIEW_HEAD / PUBLISH_HEAD on random windows', () => {
    const heads = [...new Set([...Object.values(REVIEW_WORDS).flat(), ...Object.values(PUBLISH_WORDS).flat()])];
    const r = mulberry32(79);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    const words = ['my', 'Polish', 'Casa', 'Lucio', 'de', 'The', 'Wolseley', '7', 'Boundary', 'St', 'London', 'W1J', 'xreview', 'Davis', 'ſ', 'İ', '\u212A', 'É'];
    const glue = [' ', ' ', '', ': ', ":'", ': "', ', ', ',', '-', '\n', '.', '\u00A0', "'", '’'];
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 9); i < k; i++) {
        const w = r() < 0.3 ? pick(heads) : pick(words);
        s += (r() < 0.2 ? w.toUpperCase() : r() < 0.2 ? w.charAt(0).toUpperCase() + w.slice(1) : w) + pick(glue);
      }
      // Half of the texts end in a head's shape: a phrase, a colon, a quote, a capitalised name, a comma, an address line.
      if (n % 2 === 0) s += `${pick(heads)}${pick(['', ' for', ' x'])}:${pick([" '", ' "', ' ', '', ' «'])}${pick(['Casa', 'The', 'Dishoom'])} ${pick(['Lucio', 'de', 'Wolseley'])}${pick([', ', ',', ' '])}${pick(['', '7 Boundary St, ', 'London W1J, '])}`;
      for (const publish of [false, true]) {
        for (let k = 0; k < 4; k++) {
          const lo = Math.floor(r() * s.length);
          const to = k === 0 ? s.length : lo + Math.floor(r() * (s.length - lo + 1));
          const want = entryHeadName(s, lo, to, publish, true);
          expect(entryHeadName(s, lo, to, publish), JSON.stringify([s, lo, to, publish])).toEqual(want);
          if (want !== undefined) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('the heads of an address lead: the mark tests give the pattern answers', () => {
  it('leadHeads equals ADDRESS_OF_NAME / ACRONYM_PLACED_BEFORE / APPOSED / SITE_BEFORE on random leads', () => {
    const phrases = [
      ...Object.values(ADDRESS_OF).flat(),
      ...Object.values(ACRONYM_PLACED).flatMap((l) => [...l.verbs, ...l.nouns, ...l.still]),
      ...Object.values(AT_THE).flat(),
      ...Object.values(VENUE_WORDS).flat(),
    ];
    const words = ['CNIL', 'BfArM', 'MHRA', 'ANSM', 'the', "l'", 'de la', 'Autoriteit', 'Persoonsgegevens', 'Garante', 'privacy', 'www.bfarm.de', 'https://ico.org.uk', 'example.com', 'Hoge', 'my', 'ÉCOLE', 'Ärzte', 'x'];
    const glue = [' ', ' ', ' ', '', ', ', ',', '; ', ' (', '(', ' \u00a0', '\u3000', '\n', '.', ')'];
    const r = mulberry32(80);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    const shape = (h: ReturnType<typeof leadHeads>): string =>
      JSON.stringify([h.addressOf?.index, h.addressOf?.[0], h.placed?.index, h.placed?.[0], h.placed?.[1], h.apposed]);
    let found = 0;
    let addressOf = 0;
    let placed = 0;
    for (let n = 0; n < 6000; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 7); i < k; i++) {
        const w = r() < 0.45 ? pick(phrases) : pick(words);
        s += (r() < 0.15 ? w.toUpperCase() : r() < 0.2 ? w.charAt(0).toUpperCase() + w.slice(1) : w) + pick(glue);
      }
      // Some leads end as a head does: a comma or a bracket before the address, an address noun and a name and its
      // bracket, an acronym and its noun or verb.
      if (n % 3 === 0) s += pick([', ', ',', ' (', '(', '; ']);
      if (n % 6 === 1) s += `${pick(Object.values(ADDRESS_OF).flat())}${pick([' ', '', '  '])}${pick(['CNIL', 'BfDI', 'Autoriteit Persoonsgegevens', 'Garante privacy', 'Anna', 'ab'])}${pick([' (', '(', ' ( ', ''])}${pick(['', 'Hoge ', 'x '])}`;
      if (n % 6 === 4) {
        const l = pick(Object.values(ACRONYM_PLACED));
        s += `${pick(['the ', 'die ', "l'", ''])}${pick(['ANSM', 'BfArM', 'MHRA', 'Anna'])} ${r() < 0.5 ? pick(l.verbs) : `${pick(l.nouns)} ${pick(['', 'is ', 'ist ', "c'est "])}`}${pick(['', ...l.still.map((w) => `${w} `)])}${pick(['', 'in ', 'at '])}${pick(['', '10 South', 'Calle ', '(x'])}`;
      }
      const lead = s.slice(-80);
      const want = leadHeads(lead, true);
      expect(shape(leadHeads(lead)), JSON.stringify(lead)).toBe(shape(want));
      if (want.apposed) found++;
      if (want.addressOf !== null) addressOf++;
      if (want.placed !== null) placed++;
    }
    expect(found).toBeGreaterThan(300);
    expect(addressOf).toBeGreaterThan(100);
    expect(placed).toBeGreaterThan(150);
  });
});

describe('premises at a unit before the address: the word gate gives the pattern answers', () => {
  it('premisesAt equals PREMISES_AT on random windows', () => {
    const nouns = [...new Set(Object.values(PREMISES).flat())];
    const words = ['at', 'in', 'on', 'Unit', 'units', 'SUITE', 'Building', 'block', 'ſuite', 'Bloc\u212A', 'Unity', 'subunit', '12', 'Trident', 'Park', 'x'];
    const glue = [' ', ' ', ' ', '  ', '\n', '\u00a0', '', ',', ';', '-'];
    const r = mulberry32(81);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 8); i < k; i++) s += (r() < 0.3 ? pick(nouns) : pick(words)) + pick(glue);
      // Half of the texts end with the shape: a premises noun, a preposition, a unit word and the rest of its line.
      if (n % 2 === 0) s += `${pick(nouns)}${pick([' ', '  ', '\n', ''])}${pick(['at', 'in', 'on', 'AT', 'by'])} ${pick(['Unit', 'units', 'SUITE', 'Building', 'block', 'ſuite', 'Bloc\u212A', 'Unity'])}${pick([' ', '\u00a0', ''])}${pick(['12, Trident Park', '9', '4; x', ''])}${pick(glue)}`;
      for (let k = 0; k < 3; k++) {
        const from = k === 0 ? 0 : Math.floor(r() * s.length);
        const want = premisesAt(s, from, s.length, true);
        expect(premisesAt(s, from, s.length), JSON.stringify([s, from])).toBe(want);
        if (want) found++;
      }
    }
    expect(found).toBeGreaterThan(150);
  });
});

describe('apposedLead: the read-back gives the pattern\'s answers', () => {
  it('on random leads of prepositions, a word and venue, premises or desk nouns before a comma', () => {
    const at = Object.values(AT_THE).flat();
    const nouns = [...Object.values(VENUE_WORDS).flat(), ...Object.values(PREMISES).flat(), ...Object.values(DESK_WORDS).flat()];
    const words = ['grande', 'old', 'x', 'Ärzte', 'ſ', '\u212a', 'µ', 'İ', 'ß', 'é', '1', 'ab-c', "l'", 'dell', 'all', 'the'];
    const glue = [' ', ' ', ' ', '', "'", '’', '  ', '\n', '\u00a0', '\t', '-', '.'];
    const end = [',', ', ', ' , ', ',\n', ' ,', '', ';', ', x'];
    const r = mulberry32(91);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    const cased = (w: string): string => (r() < 0.15 ? w.toUpperCase() : r() < 0.2 ? w.charAt(0).toUpperCase() + w.slice(1) : w);
    let found = 0;
    for (let n = 0; n < 20000; n++) {
      let s = r() < 0.5 ? pick(['', 'x', 'ab ', 'Kontakt: ', 'é', '1 ']) : '';
      s += cased(pick(at)) + pick(glue);
      if (r() < 0.4) s += cased(pick(words)) + pick(glue);
      s += cased(pick(r() < 0.9 ? nouns : words)) + pick(end);
      const want = apposedLead(s, true);
      expect(apposedLead(s), JSON.stringify(s)).toBe(want);
      if (want) found++;
    }
    expect(found).toBeGreaterThan(3000);
  });
});
