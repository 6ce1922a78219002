import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

// Listed surnames that are also German nouns (a language, the seasons): German capitalises them at every use, so alone and
// uncued they are the noun, even two of them in one text (which would otherwise pair as two different names).
describe('a listed surname that is also a German noun, alone', () => {
  it('de: a language and a season are no names', () => {
    expect(people('Aushang zweisprachig Deutsch/Türkisch. Predigt auf Deutsch, Beginn 13:15 Uhr, im Sommer 14:00 Uhr.')).toEqual([]);
    expect(people('Seit dem Herbst hat sie eine depressive Episode; im Winter wurde es schlimmer.')).toEqual([]);
  });
  it('de: a cue or a given name still makes them a person', () => {
    expect(people('Wir haben mit Frau Sommer gesprochen, sie ist im Urlaub.')).toEqual(['Sommer']);
    expect(people('Herr Winter hat seit März Depressionen.')).toEqual(['Winter']);
    expect(people('Karin Deutsch aus der Buchhaltung ist seit Montag krankgeschrieben.')).toEqual(['Karin Deutsch']);
  });
});
