// brands.ts's breed-after-a-pet's-name test read by the breeds' tree (phrase-trie.ts) gives PET_AFTER's answer.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { PET_WORDS } from './data/pet-words.js';
import { animalAfter, breedWithAge } from './brands.js';
import { ANIMALS } from './data/brands.js';

const BREEDS = Object.values(PET_WORDS).flatMap((l) => l.breeds);
const OTHER = ['11', 'ans', '6y', 'MN', 'di', '7', 'anni', 'kg', 'x', 'abcde', 'é', '3.5', 'ſ', '\u212A', 'İ', 'λ'];
const GLUE = [' ', ' ', ' ', '', '  ', '\n', '\u00A0', ', ', '.', ';', '-', '’'];

describe('breedWithAge', () => {
  it('equals PET_AFTER on random texts after a name', () => {
    const r = mulberry32(55);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    let found = 0;
    for (let i = 0; i < 20000; i++) {
      let s = pick([',', ', ', ',  ', ' ,', ',\n']);
      for (let k = 0, m = 1 + Math.floor(r() * 6); k < m; k++) {
        const w = r() < 0.35 ? pick(BREEDS) : pick(OTHER);
        s += (r() < 0.15 ? w.toUpperCase() : w) + pick(GLUE);
      }
      const want = breedWithAge(s, true);
      expect(breedWithAge(s), JSON.stringify(s)).toBe(want);
      if (want) found++;
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('animalAfter', () => {
  it('equals ANIMAL_AFTER on random texts after a name', () => {
    const r = mulberry32(56);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    const words = [...ANIMALS, 'the', 'la', 'der', 'Die', 'het', 'x', 'é', 'ſ', '\u212A', 'İ', 'λ', 'dogs', 'chat-bot'];
    let found = 0;
    for (let i = 0; i < 20000; i++) {
      let s = pick([',', '', ', ', ',  ']);
      for (let k = 0, m = 1 + Math.floor(r() * 4); k < m; k++) {
        const w = pick(words);
        s += pick([' ', ' ', '  ', '', '\n', '\u00A0']) + (r() < 0.15 ? w.toUpperCase() : w);
      }
      s += pick(['', ' ', ',', 'x', '-']);
      const want = animalAfter(s, true);
      expect(animalAfter(s), JSON.stringify(s)).toBe(want);
      if (want) found++;
    }
    expect(found).toBeGreaterThan(30);
  });
});
