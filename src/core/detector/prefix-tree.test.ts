// data/struct-cues.ts's prefixTree: the same matches as alternation()'s longest-first list, for case-insensitive
// patterns, in the six languages' words (our own lists and sentences).
import { describe, expect, it } from 'vitest';
import { alternation, prefixTree, wordAlternation, wordPrefixTree } from './data/struct-cues.js';

const TABLE = {
  en: ['museum', 'museums', 'town hall', 'town', 'market hall', 'shop', 'shopping centre'],
  de: ['rathaus', 'markthalle', 'markt', 'museen', 'kirche'],
  fr: ['musée', 'musées', 'hôtel de ville', 'hôtel', 'marché couvert', 'marché'],
  es: ['museo', 'mercado', 'mercado central', 'ayuntamiento'],
  nl: ['museum', 'stadhuis', 'markt', 'markthal'],
  it: ['museo', 'mercato', 'municipio', 'duomo'],
};
const TEXTS = [
  'We met at the Town  Hall, then the museums and the shopping centre; the shop was shut.',
  'Das Rathaus und die Markthalle am Markt, zwei Museen und eine Kirche.',
  "L'Hôtel de Ville, l'hôtel, le Marché couvert et les musées du marché.",
  'El Ayuntamiento junto al Mercado Central y el museo; el mercado abre tarde.',
  'Het stadhuis, de markthal en de markt bij het Museum.',
  'Il Duomo, il municipio, il mercato e il museo civico.',
  'townhall markets musées-bis MUSEUMS town-hall shopping  centre shoppingcentre',
];
const all = (source: string, text: string): string[] => [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, 'giu'))].map((m) => `${m.index}:${m[0]}`);

describe('prefixTree', () => {
  it('factors shared starts', () => {
    expect(prefixTree({ en: ['museum', 'museums', 'music'], de: [], fr: [], es: [], nl: [], it: [] })).toBe('mus(?:eum(?:s)?|ic)');
  });
  it('matches what the longest-first alternation matches, in every language', () => {
    for (const t of TEXTS) expect(all(prefixTree(TABLE), t)).toEqual(all(alternation(TABLE), t));
    expect(all(prefixTree(TABLE), TEXTS.join(' ')).length).toBeGreaterThan(25);
  });
  it('reads a plain word list with punctuation and spaces as wordAlternation does (birth-dates TIED)', () => {
    const words = ['my', 'my son', 'mein sohn', 'herr', 'hr.', 'name:', 'd.ª', 'la mia collega', 'mon fils', 'mijn zoon', 'mi hijo'];
    const texts = [...TEXTS, 'Hr. Müller, NAME: Jan, my  son and mein Sohn; D.ª Ana, la mia collega, mon fils, mijn zoon, mi hijo.', 'mysonhr.x name:y'];
    for (const t of texts) expect(all(wordPrefixTree(words), t)).toEqual(all(wordAlternation(words), t));
    expect(all(wordPrefixTree(words), texts.join(' ')).length).toBeGreaterThan(8);
  });
});
