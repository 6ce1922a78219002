// Public and fictional figures named with a title the name run leaves out ("Don Camillo", "Don Abbondio"), a companion
// of a listed figure after a courtesy title ("il ragionier Fantozzi e la signorina Silvani"), church offices before a
// name (data/public-role-words.ts), and the listed ministers, church leaders, saints and founders of pedagogy
// (data/public-names.ts); private people with the same titles and names stay found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const persons = (text: string): string[] =>
  detect(text)
    .filter((f) => f.entity === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('a public or fictional figure is no one’s data', () => {
  it.each([
    ['de', 'Für den Filmabend: Was unterscheidet Don Camillo von Peppone in der ersten Verfilmung?'],
    ['it', 'Perché Don Abbondio ha paura dei bravi? Spiegalo a una terza media.'],
    ['es', 'Compara a Don Matteo con el padre Brown en tres frases.'],
    ['it', 'Scrivi una gag con il ragionier Fantozzi e la signorina Silvani alla mensa aziendale.'],
    ['en', 'What did Rachel Reeves announce in the autumn budget about employer national insurance?'],
    ['en', 'Compare what Kemi Badenoch and Ed Davey said about social care funding.'],
    ['en', 'Summarise Archbishop Justin Welby’s remarks on assisted dying.'],
    ['de', 'Was hat Kardinal Reinhard Marx zum Synodalen Weg gesagt?'],
    ['fr', 'Résume la pensée de Thérèse de Lisieux pour une catéchèse de CM2.'],
    ['nl', 'Wat zei kardinaal Wim Eijk over euthanasie?'],
    ['it', 'Una lezione su Loris Malaguzzi e il Reggio Emilia Approach per il nido.'],
    ['es', 'Resume las ideas de Johann Heinrich Pestalozzi para una clase de magisterio.'],
  ])('%s: %s', (_lang, text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('private people with the same titles or names stay found', () => {
  it.each([
    ['en', 'Mrs Hudson from flat 3 called, her boiler is broken again.', 'Hudson'],
    ['it', 'Il nostro custode Don Camillo Rossi è caduto dalla scala martedì, polso rotto.', 'Camillo Rossi'],
    ['en', 'My patient Wes Streeting, DOB 03/04/1978, needs a repeat prescription.', 'Wes Streeting'],
  ])('%s: %s', (_lang, text, name) => {
    expect(persons(text).join(' ')).toContain(name);
  });
});
