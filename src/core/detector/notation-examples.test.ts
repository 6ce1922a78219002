// A number set against itself in another notation, in a question about how to write numbers, is the example of a
// notation (set 40 c010, six languages); the same two notations in a message giving the number, or one number after a
// writing word, stay phones. Texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const phones = (text: string): string[] => detect(text).filter((f) => f.entity === 'PHONE_NUMBER').map((f) => text.slice(f.start, f.end));

describe('two notations of one number compared in a style question are no phone', () => {
  it.each([
    ['en', 'Our style guide question: should phone numbers be written 0161 496 0732 or 0161-496-0732 in press releases?'],
    ['de', 'Nach Duden: schreibt man Telefonnummern 0221 4471 2290 oder 0221/44712290 im Geschäftsbrief?'],
    ['fr', 'Dans notre charte éditoriale, on écrit 04 78 22 61 93 ou 04.78.22.61.93 ?'],
    ['es', 'Según la guía de estilo, ¿se escribe 954 22 71 38 o 954 227 138?'],
    ['nl', 'Huisstijl-vraag: schrijven we 010-4338127 of 010 433 8127 op de website?'],
    ['it', 'Secondo le norme redazionali si scrive 011 562 4478 oppure 011/5624478?'],
  ])('%s', (_lang, text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe("the writer's own number in two notations stays a phone", () => {
  it.each([
    ['en', 'Call me on 0161 496 0732 or 0161-496-0732, whichever your phone takes.', ['0161 496 0732', '0161-496-0732']],
    ['de', 'Ruf mich an unter 0221 4471 2290 oder 0221/44712290, ich bin den ganzen Tag da.', ['0221 4471 2290', '0221/44712290']],
    ['fr', 'Rappelle-moi au 04 78 22 61 93 ou 04.78.22.61.93, merci.', ['04 78 22 61 93', '04.78.22.61.93']],
    ['es', 'Llámame al 954 22 71 38 o 954 227 138 cuando puedas.', ['954 22 71 38', '954 227 138']],
    ['nl', 'Bel me op 010-4338127 of 010 433 8127, ik ben thuis.', ['010-4338127', '010 433 8127']],
    ['it', 'Chiamami allo 011 562 4478 oppure 011/5624478, sono in ufficio.', ['011 562 4478', '011/5624478']],
  ])('%s', (_lang, text, found) => {
    expect(phones(text)).toEqual(found);
  });

  it('a writing word does not make the number an example when the writer says it is theirs', () => {
    expect(phones('Please write down my mobile for the form: 07700 913 482 or 07700-913-482 if it wants hyphens.')).toEqual(['07700 913 482', '07700-913-482']);
    expect(phones('Schreiben Sie bitte meine Handynummer auf: 0171 5523310 oder 0171/5523310.')).toEqual(['0171 5523310', '0171/5523310']);
  });

  it('one number after a writing word, or two different numbers, stay phones', () => {
    expect(phones('I wrote the number down for you: 0161 496 0732.')).toEqual(['0161 496 0732']);
    expect(phones('Wie schreibe ich das? Erreichbar unter 0221 4471 2290 oder 0171 5523310.')).toEqual(['0221 4471 2290', '0171 5523310']);
  });
});
