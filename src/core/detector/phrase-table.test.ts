import { describe, expect, it } from 'vitest';
import { addPhrase, PHRASE_WORD, phraseEnd, type PhrasesByFirst } from './phrase-table.js';

const table: PhrasesByFirst = new Map();
for (const p of ['chez moi', "j'habite", 'fam.', 'siege social']) addPhrase(table, p);
const endOf = (text: string, i: number, phrase: string): number | undefined => {
  const words = [...text.matchAll(PHRASE_WORD)];
  const p = (table.get(words[i]?.[0] ?? '') ?? []).find((x) => x.join(' ') === phrase);
  return p === undefined ? undefined : phraseEnd(text, words, i, p);
};

describe('phrase table', () => {
  it('keys each phrase by its first word, split at non-letters', () => {
    expect(table.get('chez')).toEqual([['chez', 'moi']]);
    expect(table.get('j')).toEqual([['j', 'habite']]);
    expect(table.get('fam')).toEqual([['fam']]);
  });
  it('finds where a phrase ends when its words follow with one to three gap characters', () => {
    expect(endOf('on dort chez moi ce soir', 2, 'chez moi')).toBe(16);
    expect(endOf("ici j'habite", 1, 'j habite')).toBe(12);
    expect(endOf('le siege - social', 1, 'siege social')).toBe(17);
    expect(endOf('fam. dupont', 0, 'fam')).toBe(3);
  });
  it('refuses a phrase whose words are apart, different or missing', () => {
    expect(endOf('chez    moi', 0, 'chez moi')).toBeUndefined();
    expect(endOf('chez toi', 0, 'chez moi')).toBeUndefined();
    expect(endOf('chez, moi', 0, 'chez moi')).toBeUndefined();
    expect(endOf('on va chez', 2, 'chez moi')).toBeUndefined();
  });
});
