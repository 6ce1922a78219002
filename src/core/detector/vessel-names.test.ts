import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { VESSEL_NOUNS, VESSEL_PREFIXES } from './data/vessel-words.js';
import { detect } from './detect.js';
import { shipWordBefore } from './vessel-names.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe("a ship's name is no person (set 52 en-c006)", () => {
  it.each([
    ['en IMO after', 'Why does the Ever Given have IMO 9811000? Also compare with Queen Mary 2, IMO 9241061, call sign GBQM2.'],
    ['en noun before', 'Write a short history of the liner Queen Mary for the museum leaflet.'],
    ['de', 'Die Reederei meldet: das Schiff Anna Maria liegt in Hamburg am Kai.'],
    ['fr', 'Le paquebot Jacques Cartier arrive à Saint-Malo demain matin.'],
    ['es', 'El buque escuela Juan Sebastián de Elcano zarpa de Cádiz el lunes.'],
    ['nl', 'Het containerschip Johan de Witt ligt in Rotterdam voor anker.'],
    ['it', 'Dov\'è la MSC Irina adesso? E la motonave Giulia Rossi?'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['en', 'Captain Anna Berg, master of the MV Dali, phone 07723 418 902.', 'Anna Berg'],
    ['en a verb', "Please ship Anna Berg's order to 12 Hill Road, Leeds LS6 2AB.", 'Anna Berg'],
    ['de', 'Kapitän Jens Petersen vom Schiff Anna Maria, Tel. 0171 4839221.', 'Jens Petersen'],
  ])('%s: the person next to the ship stays found', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('a ship word before a name: the read-back gate gives the patterns answers', () => {
  it('on random texts, at every position', () => {
    const r = mulberry32(52);
    const words = [...VESSEL_PREFIXES, ...Object.values(VESSEL_NOUNS).flat()];
    const pieces = [...words, ...words.map((w) => w.toUpperCase()), ...words.map((w) => w.toLowerCase()), 'Anna', 'x', '/', '-', '(', 'é', 'ſ', '\u212A'];
    const glue = [' ', ' ', ' ', '  ', '\n', '', ',', '-', '/'];
    let found = 0;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = 0, k = 1 + Math.floor(r() * 5); i < k; i++) s += (pieces[Math.floor(r() * pieces.length)] ?? '') + (glue[Math.floor(r() * glue.length)] ?? '');
      for (let at = 0; at <= s.length; at++) {
        const want = shipWordBefore(s, at, true);
        expect(shipWordBefore(s, at), JSON.stringify([s, at])).toBe(want);
        if (want) found++;
      }
    }
    expect(found).toBeGreaterThan(300);
  });
});
