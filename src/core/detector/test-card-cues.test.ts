// A test-card cue ("test card", "Testkarte", "carte de test", ...) names the card in its own sentence: a real card the
// next sentence gives stays found (numbers.ts nearInSentence). Texts of our own; the test cards themselves stay dropped.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const cards = (text: string): string[] => detect(text).filter((f) => f.entity === 'CREDIT_CARD').map((f) => text.slice(f.start, f.end));

describe('a test-card cue speaks of the card in its own sentence', () => {
  it.each([
    ['en', 'Staging takes 4000 0027 6000 3184 as the test card. My own card is 4532 0177 6622 4185, please refund it.', '4532 0177 6622 4185'],
    ['de', 'Im Shop nimm 4000 0027 6000 3184 als Testkarte. Meine echte Karte ist 5167 3200 9871 4439, bitte erstatten.', '5167 3200 9871 4439'],
    ['fr', 'En recette, 4000 0027 6000 3184 sert de carte de test. Ma carte à moi : 4917 6655 0012 3587, merci.', '4917 6655 0012 3587'],
    ['es', 'En pruebas va 4000 0027 6000 3184, tarjeta de pruebas. Mi tarjeta real es 4556 7312 0098 7659.', '4556 7312 0098 7659'],
    ['nl', 'Gebruik 4000 0027 6000 3184 als testkaart. Mijn eigen kaart is 5204 7388 1200 3463, graag terugstorten.', '5204 7388 1200 3463'],
    ['it', 'Usa 4000 0027 6000 3184 come carta di test. La mia carta vera è 4763 1190 2254 8710, grazie.', '4763 1190 2254 8710'],
  ])('%s: the real card after the test card is found', (_lang, text, real) => {
    expect(cards(text)).toEqual([real]);
  });

  it('a card the cue names in its own sentence, or after an abbreviation, is still a test card', () => {
    expect(cards('Test card no. 4556 7312 0098 7659 for the staging checkout.')).toEqual([]);
    expect(cards('Tarjeta de pruebas: 4532 0177 6622 4185, caducidad 12/30.')).toEqual([]);
    expect(cards('4917 6655 0012 3587 is the sandbox card we use in CI.')).toEqual([]);
  });
});
