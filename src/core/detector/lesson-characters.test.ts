// Characters of a class reader in a literacy lesson's request (public-role.ts literature genre, data/public-role-words.ts):
// a compare-and-contrast grid, a reading-comprehension sheet. Texts of our own, characters in no held-out set.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });

describe("a reader's characters in a literacy task: the request is clean", () => {
  it.each([
    ['en', 'Make a compare-and-contrast grid for Mr Grimsditch and Miss Pelham (The Lighthouse Cat), with an extended-writing prompt.'],
    ['de', 'Erstelle einen Figurenvergleich zu Frau Quastenberg und Herrn Pimpernell für die Lesestunde, mit Fragen zum Textverständnis.'],
    ['it', 'Prepara una scheda di comprensione del testo e confronta i personaggi della signora Perpetuini e del maestro Bardolfi.'],
  ])('%s: %s', (_, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it.each([
    ['en', 'Reading comprehension results: Mr Grimsditch says Tobias Fairweather in Year 5 has dyslexia and needs extra time.'],
    ['de', 'Zum Leseverständnis: Lena Quastenberg aus meiner Klasse hat ADHS, bitte Förderplan für die Eltern formulieren.'],
  ])('%s: a pupil with a health fact stays flagged: %s', (_, text) => {
    expect(classify(request(text)).dataClass).not.toBe('none');
  });
});
