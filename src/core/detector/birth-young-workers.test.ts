// The birth-evidence gate on a young worker's date of birth (data/birth-evidence-words.ts `persons`): an employer asking
// what an apprentice, a trainee or a pupil with a holiday job may do. Texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { askClass } from './test-support/ask-class.js';

describe("a young worker's lone date of birth keeps its flag", () => {
  it.each([
    ['en', 'Our new apprentice was born 04/11/2009. Can she work Saturday mornings under the Working Time Regulations?'],
    ['en', 'Funding form wants her age on 31 August 2026. DOB is 12 October 2008, which band is that?'],
    ['de', 'Darf ein Azubi Mechatronik, geboren am 03.05.2010, in der Spätschicht arbeiten? Was sagt das JArbSchG?'],
    ['fr', "L'apprentie Maintenance Industrielle, née le 08/02/2010, peut-elle travailler le samedi ?"],
    ['es', 'Queremos contratar a un aprendiz nacido el 03/05/2010. ¿Puede trabajar en turno de tarde según el Estatuto?'],
    ['nl', 'Mag een scholier geboren op 03-05-2011 in de zomer in de kas werken? Hoeveel uur per dag?'],
    ['it', "L'apprendista Meccanico Industriale è nato il 03/05/2010: può fare il turno serale?"],
  ])('%s', (_, text) => {
    expect(askClass(text)).not.toBe('none');
  });

  it.each([
    ['en', 'For the museum panel: the Victorian engineer Isambard Brunel was born 9 April 1806 in Portsmouth.'],
    ['de', 'Für die Festschrift: Der Gründer Werner Quellmann wurde am 3. Mai 1921 in Jena geboren.'],
  ])('%s: a figure told by name stays clean', (_, text) => {
    expect(askClass(text)).toBe('none');
  });
});
