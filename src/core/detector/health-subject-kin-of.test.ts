// A lone given name after a relative's noun and "of" ("la madre de Bruno", "la maman de Nolan", "die Mutter von Jonas"):
// the child or the client whose health a relative tells (health-subject-names.ts). Texts of our own, in the kinds of
// held-out sets 81-85 (nurseries, sports clubs), none copied from a set.
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';


describe('a given name after a relative’s noun and "of", with a health fact', () => {
  it.each([
    ['es', 'La madre de Bruno, jugador infantil, me ha contado que el niño tiene VIH. ¿Debo informar al club?', 'Bruno'],
    ['fr', 'Rédige un mot pour la maman de Nolan : fièvre à 38,5 °C ce midi, Doliprane donné selon le protocole.', 'Nolan'],
    ['de', 'Die Mutter von Jonas sagt, er hat Asthma und braucht sein Spray im Sportunterricht.', 'Jonas'],
    ['nl', 'De moeder van Daan vertelde dat hij epilepsie heeft; wat moet de trainer weten?', 'Daan'],
    ['it', 'La mamma di Matteo dice che ha la celiachia: cosa cambio nel menù della gita?', 'Matteo'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });

  it.each([
    ['es: no health fact', 'La madre de Bruno viene el lunes a la reunión de padres.'],
    ['es: a religious title', 'La madre de Dios es patrona de los enfermos del hospital.'],
    ['fr: a place that is a given name', "La mère de Lourdes est une statue visitée par des malades."],
  ])('%s stays clean', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});
