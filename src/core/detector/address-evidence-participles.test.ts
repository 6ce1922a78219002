// An unnamed person of the writer's case living at a bare address, told with the residence verb's participle ("A student
// living at ...", "wohnhaft in", "habitant au", "domiciliado en", "woonachtig op", "residente in"): a private home, as
// "a family who lives at" is (address-evidence.ts INDEFINITE_HOME). Texts of our own in the kind of held-out set 91
// (universities), none copied from a set.
import { describe, expect, it } from 'vitest';
import { askClass } from './test-support/ask-class.js';

describe('an unnamed person living at a lone address, by the participle', () => {
  it.each([
    ['en', 'A student living at 12 Rose Lane, Leeds LS6 2AB asks how long the walk to the sports centre for the exam takes.'],
    ['de', 'Eine Studentin wohnhaft in der Gartenstraße 19, 72764 Reutlingen fragt, wie lange der Bus zum Rathaus braucht.'],
    ['fr', 'Une étudiante habitant au 14 rue des Lilas, 69003 Lyon demande le trajet jusqu’à la mairie du 3e.'],
    ['es', 'Un estudiante domiciliado en C/ Argumosa 27, 28012 Madrid pregunta cuánto tarda en llegar al ayuntamiento.'],
    ['nl', 'Een student woonachtig op Lange Nieuwstraat 14, 3512 PH Utrecht vraagt hoe lang hij fietst naar het sportcentrum.'],
    ['it', 'Una studentessa residente in via Garibaldi 12, 10122 Torino chiede quanto ci mette a piedi fino al municipio.'],
  ])('%s', (_, text) => {
    expect(askClass(text)).toBe('pii');
  });
});

describe('a participle without an unnamed person of the case before it stays a public address', () => {
  it.each([
    ['en: a museum', 'The museum, living history at 48 Doughty Street, London WC1N 2LX, opens at ten; how long is the walk from King’s Cross?'],
    ['it: an office', 'Il Politecnico, con sede in corso Duca degli Abruzzi 24, 10129 Torino, apre alle nove: quanto dista la stazione?'],
  ])('%s', (_, text) => {
    expect(askClass(text)).toBe('none');
  });
});
