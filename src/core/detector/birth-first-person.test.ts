// The writer's own date of birth told in the first person ("I'm born 14 March 1961", "ich bin geboren am 14.03.1961")
// is personal data, kept by the lone birth-date gate (birth-evidence.ts) as a form label is: biographies tell a third
// person's birth. Held-out set 97 (older person's bus pass, pension discounts). Made-up sentences.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const cls = (text: string): string => classify({ messages: [{ role: 'user', content: text }] }).dataClass;

describe('a first-person birth date alone is flagged, in each language', () => {
  it.each([
    ['en', "Quick one, I'm born 14 March 1961. When do I qualify for the older person's bus pass?"],
    ['en', 'I was born on 2 May 1959, can I still get the winter fuel payment?'],
    ['de', 'Kurze Frage: ich bin geboren am 14.03.1961. Ab wann bekomme ich das Seniorenticket?'],
    ['fr', 'Je suis née le 14 mars 1961 : à partir de quand ai-je droit au pass senior ?'],
    ['nl', 'Ik ben geboren op 14 maart 1961, wanneer krijg ik de ouderenpas?'],
    ['it', "Sono nata il 14 marzo 1961: quando ho diritto all'abbonamento senior?"],
  ])('%s: %s', (_lang, text) => {
    expect(cls(text)).not.toBe('none');
  });
});

describe('stays clean', () => {
  it.each([
    ['en', 'Mozart was born on 27 January 1756 in Salzburg. When did he write his first symphony?'],
    ['de', 'Goethe wurde am 28. August 1749 in Frankfurt geboren. Wann schrieb er den Werther?'],
    ['es', 'Frida Kahlo nació el 6 de julio de 1907 en Coyoacán. ¿Qué pintó en 1939?'],
  ])('%s: %s', (_lang, text) => {
    expect(cls(text)).toBe('none');
  });
});
