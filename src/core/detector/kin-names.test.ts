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
