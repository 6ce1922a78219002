// A birth told of someone the text never names (birth-subjects.ts): texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { unnamedBirth } from './birth-subjects.js';
import { classify } from './classify.js';
import { detect } from './detect.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
const unnamed = (text: string): boolean => {
  const d = detect(text).find((f) => f.entity === 'DATE_OF_BIRTH');
  if (d === undefined) throw new Error(`no date of birth in: ${text}`);
  return unnamedBirth(text, d.start, d.end);
};
// The date given as written, for texts whose date other rules let go first (a listed figure's).
const unnamedAt = (text: string, date: string): boolean => unnamedBirth(text, text.indexOf(date), text.indexOf(date) + date.length);

describe('a birth date of someone the text does not name is a private person’s', () => {
  it.each([
    ['en role', 'The new trainee was born on 03/05/2009. Can he work past 10 pm on a Saturday?'],
    ['en pronoun, grave plate', 'What should the headstone say? She was born 4 June 1931 and died last month.'],
    ['de bare noun', 'Praktikantin ist am 17.06.2009 geboren. Darf sie samstags arbeiten?'],
    ['de possessive', 'Unsere neue Auszubildende ist am 02.03.2009 geboren. Wie lange darf sie abends bleiben?'],
    ['fr elided article', "L'apprenti est né le 21/04/2009. Peut-il travailler le dimanche matin ?"],
    ['fr no subject', 'Quelle formule pour le faire-part ? Née le 3 mai 1932, décédée le 1er novembre 2026.'],
    ['es role', 'La becaria nació el 8 de junio de 2008. ¿Puede hacer el turno de noche?'],
    ['nl role', 'De nieuwe vakkenvuller is geboren op 19-02-2010. Hoe laat mag hij op zaterdag werken?'],
    ['it no subject', 'Come scrivo il necrologio? Nata il 12 aprile 1939, morta il 2 dicembre 2026.'],
    ['it role', 'Il nuovo apprendista è nato il 30/07/2009. Quante ore può lavorare in estate?'],
  ])('%s: flagged', (_, text) => {
    expect(unnamed(text)).toBe(true);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it.each([
    ['en named figure', 'Plan a lesson on Roald Dahl: born 13 September 1916, a short starter and a plenary.', '13 September 1916'],
    ['en pronoun after a single name', 'Write a quiz on Shakira. She was born 2 February 1977.', '2 February 1977'],
    ['en single name, month in words', 'Pelé was born 23 October 1940 and won three World Cups.', '23 October 1940'],
    ['fr birth place after', "Le fondateur du club est né le 9 juin 1941 à Rennes, c'est exact ?", '9 juin 1941'],
    ['es birth place after', 'El pintor nació el 14 de abril de 1936 en Pamplona, ¿verdad?', '14 de abril de 1936'],
    ['nl a name elsewhere', 'De schrijver werd geboren op 2 juli 1950. Schrijf een stukje over Herman Brusselmans en zijn boeken.', '2 juli 1950'],
    ['it a name before', 'Scrivi due righe su Dario Fo. Lui è nato il 24 marzo 1926.', '24 marzo 1926'],
  ])('%s: not this rule', (_, text, date) => {
    expect(unnamedAt(text, date)).toBe(false);
  });

  it.each([
    ['de lesson genre', 'Referat: Der Spieler ist am 12.03.1958 geboren, stimmt das?'],
    ['fr portrait genre', 'Pour le portrait : la joueuse est née le 02/05/1990, exact ?'],
  ])('%s: a press or lesson genre names its figure by a role, no evidence', (_, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });
});
