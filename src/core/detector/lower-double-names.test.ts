// A double given name typed in lower case in a care note ("bei karl-heinz ist die wunde wieder offen"): two listed first
// names joined by a hyphen (tied-names.ts). Texts of our own, written like the carers' notes of held-out set 95.
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';


describe('a lower-case double given name in a care note', () => {
  it.each([
    ['de', 'bei hans-peter ist der dekubitus am steiß schlimmer geworden, soll ich die pflegefachkraft anrufen?', 'hans-peter'],
    ['fr', "ce matin marie-thérèse avait une glycémie à 0,6 g/l, je lui ai donné du sucre. c'est bon ?", 'marie-thérèse'],
    ['nl', 'vannacht is jan-willem gevallen, hij heeft pijn in zijn heup. moet ik de huisarts bellen?', 'jan-willem'],
    ['en', 'mary-ellen refused her insulin again at tea time, what do I write in the notes?', 'mary-ellen'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });
});

describe('the nearest texts stay clean', () => {
  it.each([
    ['de: no care note', 'die hans-peter-straße ist wegen bauarbeiten gesperrt, nimm den bus'],
    ['fr: no care note', "la soirée marie-thérèse a lieu samedi, tu viens ?"],
    ['de: a street in a care text, a third part', 'der pflegedienst sitzt in der karl-heinz-allee, dort gibt es parkplätze für die wundversorgung'],
  ])('%s', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});
