// Figures of the past and authors in lessons and posters (public-role.ts genresOf, data/public-role-words.ts): a year
// before 1900 and a dated span, a work cited by its author and year, a biography with the author's poems, a book day, a
// treatise and a national chief officer. Texts of our own; pupils, relatives and patients beside the same words stay
// flagged.
import { describe, expect, it } from 'vitest';
import { askPersons } from './test-support/ask-persons.js';

describe('a figure of the past in a lesson, dated before 1900: clean', () => {
  it.each([
    ['en', 'Prepare a Year 6 session on the reforms of Thomas Hartley (1832-1846) with an extract from his letter of 1847 and three questions.'],
    ['de', 'Bereite für die Klasse 4b eine Stunde über die Reformen von Heinrich Vogt (1848-1852) mit einem Auszug aus seinem Brief von 1853 vor.'],
    ['fr', 'Prépare une séance sur les lois Antoine Girard (1871-1875) avec un extrait de sa lettre aux instituteurs de 1876.'],
    ['es', 'Prepara para 5º de primaria una sesión sobre las reformas de Manuel Ortega (1855-1860) con un fragmento de su carta de 1861.'],
    ['nl', 'Maak een les voor groep 7 over de wetten van Pieter de Groot (1862-1866) met een fragment uit zijn brief van 1867.'],
    ['it', 'Prepara per la classe 5A una lezione sulle riforme di Giuseppe Ferri (1859-1864) con un brano della sua lettera del 1865.'],
  ])('%s: %s', (_, text) => {
    expect(askPersons(text).cls).toBe('none');
  });
});

describe('a scene of a work cited by its author and year: clean', () => {
  it.each([
    ['en', 'For my Year 10 set: analyse the scene where the old mayor fools the villagers (Henry Walsh, 1923). 10 lines.'],
    ['de', 'Für die Klasse 9b: Analysiere die Szene, in der der Bürgermeister die Dorfbewohner täuscht (Karl Brenner, 1931).'],
    ['fr', "Pour l'instituteur de CM2 : analyse la scène où le maire trompe les villageois (Louis Perrin, 1923)."],
    ['es', 'Para 6º de primaria: comenta la escena en la que el alcalde engaña al pueblo (Andrés Molina, 1926).'],
    ['nl', 'Voor groep 8: bespreek de scène waarin de burgemeester het dorp bedriegt (Willem Bakker, 1934).'],
    ['it', 'Per la classe 3B: commenta la scena in cui il sindaco inganna il paese (Carlo Rinaldi, 1929).'],
  ])('%s: %s', (_, text) => {
    expect(askPersons(text).cls).toBe('none');
  });
});

describe("an author's biography with their poems, or for a book day: clean", () => {
  it.each([
    ['en', 'For World Book Day, write a short biography of Margaret Ellison for Year 4 to read aloud.'],
    ['de', 'Eine kurze Biografie über Hilde Brandt mit zwei Gedichten zum Besprechen; die Klasse 3b liest sie morgen im Unterricht.'],
    ['fr', "Une courte biographie de Simone Lacroix pour l'instituteur de CE2, avec deux poèmes à étudier."],
    ['es', 'Actividad para el Día del Libro sobre Carmen Robles: ficha breve para trabajar en 3º de primaria.'],
    ['nl', 'Maak voor de Kinderboekenweek een korte biografie van Anke de Vries voor groep 5.'],
    ['it', 'Scrivi una breve biografia di Lucia Benedetti per la classe 3A, con due poesie da commentare.'],
  ])('%s: %s', (_, text) => {
    expect(askPersons(text).cls).toBe('none');
  });
});

describe('a treatise, a pastiche and a chief officer: clean', () => {
  it.each([
    ['fr', "Sur Étienne Morel et son traité d'optique (1746) : un texte court pour la salle d'attente du cabinet dentaire."],
    ['es', 'Escribe un cuento corto para 3º de primaria al estilo de los cuentos de Carmen Robles, con su famoso perro.'],
    ['en', 'Summarise what the Chief Nursing Officer for England, Ruth Hartley, said about safe staffing for patients last year.'],
  ])('%s: %s', (_, text) => {
    expect(askPersons(text).cls).toBe('none');
  });
});

describe('pupils, relatives and patients beside the same words stay flagged', () => {
  it.each([
    ['fr', 'Prépare une séance sur les lois de 1881 (1881-1882) ; mon élève Antoine Girard est dyslexique, prévois un support adapté.', 'Antoine Girard'],
    ['en', 'Write a short biography of my grandmother Margaret Ellison for her 90th birthday, with two of her poems.', 'Margaret Ellison'],
    ['de', 'Eine kurze Biografie von meinem Opa Heinrich Vogt zum 85. Geburtstag, mit seinen Gedichten.', 'Heinrich Vogt'],
    ['es', 'Para el Día del Libro: la alumna Carmen Robles tiene TDAH y necesita el texto en letra grande.', 'Carmen Robles'],
    ['nl', 'Analyseer de scène waarin de leerling valt: Willem Bakker (1934) heeft dementie en woont bij ons.', 'Willem Bakker'],
    ['it', 'Scrivi una biografia di mia nonna Lucia Benedetti con le sue poesie per il suo funerale.', 'Lucia Benedetti'],
  ])('%s: %s', (_, text, name) => {
    const r = askPersons(text);
    expect(r.cls).not.toBe('none');
    expect(r.persons.join(' ')).toContain(name.split(' ')[1]);
  });
});
