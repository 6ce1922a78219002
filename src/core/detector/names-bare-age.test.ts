import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

/** The PERSON spans detect() reports in `text`, as text. */
const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

// A capitalised pair whose first word is not a listed given name (here "Gemma", a model's name too) is a person when a
// bare age between commas and the words a report goes on with follow it.
describe('a bare age between commas after a capitalised pair', () => {
  it.each([
    ['en', 'Background for the piece: Gemma Whitcombe, 29, from Swindon, had a stroke at 27.', 'Gemma Whitcombe'],
    ['de', 'Für den Bericht: Gemma Lührsen, 41, aus Kiel, hatte mit 39 einen Schlaganfall.', 'Gemma Lührsen'],
    ['fr', 'Pour le reportage : Gemma Quéméner, 35, originaire de Brest, a fait un AVC.', 'Gemma Quéméner'],
    ['es', 'Para el reportaje: Gemma Urquiaga, 52, vecina de Bilbao, sufrió un ictus.', 'Gemma Urquiaga'],
    ['nl', 'Voor het stuk: Gemma Wijnbergen, 47, uit Zwolle, kreeg een beroerte.', 'Gemma Wijnbergen'],
    ['it', 'Per il pezzo: Gemma Scarpellini, 38, di Rimini, ha avuto un ictus.', 'Gemma Scarpellini'],
  ])('%s: the pair is a person', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    ['es: a street and its house number', 'La oficina está en Calle Mayor, 12, de Valladolid, abierta de 9 a 14.'],
    ['it: a street and its house number', 'Il negozio è in Via Roma, 12, di fronte alla stazione.'],
    ['en: a model and a count', 'We compared Gemma Instruct, 27, from the same benchmark table.'],
  ])('%s: no person', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});

// A given name that is also an everyday word ("Mark") before a listed name that is no word ("Devlin") opens a sentence about
// someone's health or work as "Tom Devlin" does; an everyday word before a place or product does not.
describe('an everyday-word given name and a listed surname as the subject of a note about health or work', () => {
  it('en: found, as with a given name that is no word', () => {
    const text = 'Mark Devlin in the warehouse has been signed off for 6 weeks with anxiety and depression.';
    expect(people(text)).toEqual(['Mark Devlin']);
    expect(people(text.replace('Mark', 'Tom'))).toEqual(['Tom Devlin']);
  });
  it('en: not in a text about nothing personal', () => {
    expect(people('Mark Devlin in the warehouse has been moved to aisle 4 for the stocktake.')).toEqual([]);
  });
});
