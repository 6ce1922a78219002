import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import type { Hit } from './hit.js';
import { scanKinNames } from './kin-names.js';

const kin = (text: string): string[] => {
  const out: Hit[] = [];
  scanKinNames(text, out);
  return out.map((h) => `${h.rule}:${text.slice(h.start, h.end)}`);
};
const persons = (text: string): string[] =>
  detect(text)
    .filter((f) => f.entity === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('a first name tied to one person by a relation, next to a special-category fact', () => {
  it.each([
    [
      'en',
      'so my flatmate priya got diagnosed with epilepsy last month and i dont know how to tell our landlord',
      'person.kin:priya',
    ],
    [
      'de',
      'wie sag ich meinem chef dass meine schwester lena in der psychiatrie ist und ich frei brauche',
      'person.kin:lena',
    ],
    [
      'fr',
      'aide moi a ecrire un mot a mon pote julien il sort de chimio la semaine pro',
      'person.kin:julien',
    ],
    [
      'es',
      'mi prima lucía está embarazada de 8 semanas y no sabe si decirlo en el trabajo',
      'person.kin:lucía',
    ],
    ['nl', "m'n collega, daan, heeft een burn-out en een depressie, hoe ga ik daarmee om", 'person.kin:daan'],
    ['it', 'mia cognata chiara ha avuto un aborto spontaneo, come posso starle vicino', 'person.kin:chiara'],
  ])('%s: relation + first name', (_lang, text, expected) => {
    expect(kin(text)).toEqual([expected]);
    expect(persons(text).map((p) => p.toLowerCase())).toContain(expected.split(':')[1]);
  });

  it.each([
    [
      'en',
      'Please help me write a message to Tomasz, he just came out of rehab and starts back on Monday',
      'person.addressee:Tomasz',
    ],
    [
      'de',
      'kannst du eine nachricht an lukas formulieren, er hatte einen schlaganfall',
      'person.addressee:lukas',
    ],
    [
      'nl',
      'help me een appje aan Femke te schrijven, ze heeft net een miskraam gehad',
      'person.addressee:Femke',
    ],
    ['en', 'Adaeze from my team told me she has cancer and wants it kept quiet', 'person.workmate:Adaeze'],
    [
      'es',
      'Rocío de mi equipo tiene depresión y está de baja, ¿cómo organizo los turnos?',
      'person.workmate:Rocío',
    ],
  ])('%s: addressee or workmate', (_lang, text, expected) => {
    expect(kin(text)).toEqual([expected]);
  });

  it('needs a special-category word near the name', () => {
    expect(kin('my cousin Priya is visiting next week, any ideas for a day trip in Leeds?')).toEqual([]);
    expect(kin('mi prima lucía viene a cenar el sábado')).toEqual([]);
    // Far from the fact: the name is more than a passage away from the diagnosis.
    const far = `my cousin Priya is visiting. ${'We will walk along the river and see the old mill. '.repeat(8)}Separately: what is the prognosis of epilepsy?`;
    expect(kin(far)).toEqual([]);
  });

  it('does not take an everyday word or a pronoun after the relation for a name', () => {
    expect(kin('my friend will have surgery next week')).toEqual([]);
    expect(kin('my colleague is pregnant and I need to plan cover')).toEqual([]);
    expect(kin('mijn man is opgenomen in het ziekenhuis')).toEqual([]);
    expect(kin('a message to the team about cancer screening week')).toEqual([]);
  });

  it('a short form of a given name after a relation word', () => {
    expect(kin('raga mio cugino ale è stato ricoverato in spdc dopo una crisi')).toEqual(['person.kin:ale']);
    expect(kin('mi primo nacho está ingresado por una neumonía')).toEqual(['person.kin:nacho']);
  });

  it('is linear in the input', () => {
    const unit = 'my cousin ';
    const big = `${unit.repeat(100_000)}cancer`;
    const t0 = performance.now();
    scanKinNames(big, []);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('the addressee and a child named at the opening of a pasted message, in a text about health', () => {
  it.each([
    ['en', "tone this down please: 'Megan, Oliver won't be at yours friday, his asthma flared up and he's on steroids till monday'", ['Megan', 'Oliver']],
    ['en', 'can you soften this: "Rose, Ivy stays with me this week, the paediatrician wants her off school with the infection"', ['Rose', 'Ivy']],
    ['de', 'mach das freundlicher: „Sabine, Jonas kommt am Samstag nicht, er hat eine Angststörung und die Therapeutin rät ab“', ['Sabine', 'Jonas']],
    ['fr', "reformule stp : « Céline, Hugo ne vient pas dimanche, il a une otite et le médecin a dit repos »", ['Céline', 'Hugo']],
    ['es', "hazlo más amable: 'Pilar, Mateo no va el sábado, tiene ansiedad y la psiquiatra dice que no cambie de casa'", ['Pilar', 'Mateo']],
    ['nl', "maak dit vriendelijker: 'Roos, Daan blijft bij mij, hij heeft een depressie en de huisarts zegt rust'", ['Roos', 'Daan']],
    ['it', "rendilo più gentile: 'Serena, Tommaso resta da me, ha l'asma e il pediatra ha detto riposo'", ['Serena', 'Tommaso']],
  ])('%s: vocative, then the child', (_lang, text, expected) => {
    expect(persons(text)).toEqual(expect.arrayContaining(expected));
  });
  it('the addressee alone before a lower-case verb, when listed', () => {
    expect(kin("rewrite this: 'Claudia, stop telling everyone I'm on antidepressants'")).toContain('person.addressee:Claudia');
    expect(kin("mach das netter: 'Nicole, ich bin seit zwei Jahren trocken, ich war alkoholkrank'")).toContain('person.addressee:Nicole');
  });
  it('not without a health or special-category word, not a list, not an everyday word alone, not mid-sentence', () => {
    expect(kin("rewrite this: 'Megan, Oliver won't be at yours friday, we are away'")).toEqual([]);
    expect(kin("flights: 'Paris, London, Rome' and my insulin in the hand luggage")).toEqual([]);
    expect(kin("the poem says 'Hope, the thing with feathers' and my therapist likes it")).toEqual([]);
    expect(kin('my therapist said that Megan, Oliver and the others were fine')).toEqual([]);
  });
  it('alcoholism named of someone is a health fact, a drinks list is not', () => {
    expect(kin("mach das ruhiger: 'Jana, Tim bleibt hier, hör auf zu sagen ich sei alkoholkrank'")).toEqual([
      'person.addressee:Jana',
      'person.addressee:Tim',
    ]);
    expect(kin("mach das ruhiger: 'Jana, Tim bleibt hier, er will die Alkohol-Karte sehen'")).toEqual([]);
  });
});
