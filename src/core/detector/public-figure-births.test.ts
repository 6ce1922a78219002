// A public figure's birth in a text about their work (birth-dates.ts publicLife, data/public-life-words.ts DEEDS, PRESS):
// an author's, an illustrator's or a founder's life told for a poster, a blurb or a class. Private elderly people with a
// birth date in a care, HR, insurance or admin text stay flagged. Texts of our own, names in no held-out set.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });

describe("a figure's published life: the request is clean", () => {
  it.each([
    ['en', 'Write a short blurb for the library display: Harriet Quarrington, born 4 March 1941, author of The Lantern Keepers and three picture books.'],
    ['de', 'Klappentext für die Schulbibliothek: Ottilie Brandenstein, geb. 12. März 1936, gest. 9. Mai 2019, Kinderbuchautorin und Gründerin von Lesefuchs.'],
    ['fr', 'Rédige un encadré : Armand Quellec, né le 3 juin 1931, mort le 2 avril 2015, illustrateur et auteur de la série Les Marins du Ponant.'],
    ['es', 'Escribe una reseña biográfica: Remedios Ocharán, nacida el 7 de mayo de 1929, fallecida el 1 de julio de 2011, autora de La casa de las almenas.'],
    ['nl', 'Schrijf een kort portret: Hendrikje Zwanenburg, geboren 9 april 1938, overleden 3 maart 2016, illustratrice en auteur van prentenboeken.'],
    ['it', 'Scrivi una scheda biografica: Ottavio Lanfranchi, nato il 2 febbraio 1925, morto il 5 ottobre 2008, illustratore e autore di fiabe.'],
  ])('%s: %s', (_, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });
});

describe('a private elderly person with a birth date stays flagged', () => {
  it.each([
    ['en', 'Care plan review for our resident Harriet Quarrington, born 4 March 1941, falls risk, needs a walking frame at night.'],
    ['de', 'Bitte Antrag auf Pflegegrad vorbereiten: Versicherte Ottilie Brandenstein, geb. 12. März 1936, wohnhaft im Seniorenheim.'],
    ['fr', "Dossier de l'EHPAD : M. Armand Quellec, né le 3 juin 1931, chambre 12, régime sans sel."],
    ['es', 'Solicitud de pensión: la titular Remedios Ocharán, nacida el 7 de mayo de 1929, pide el complemento por dependencia.'],
    ['nl', 'Intake thuiszorg: mevrouw Hendrikje Zwanenburg, geboren 9 april 1938, woont alleen en heeft hulp nodig bij het douchen.'],
    ['it', "Pratica INPS per il pensionato Ottavio Lanfranchi, nato il 2 febbraio 1925: richiesta dell'assegno di accompagnamento."],
    ['en', 'HR leaver letter for Harriet Quarrington, born 4 March 1941, retiring after 40 years as our illustrator.'],
  ])('%s: %s', (_, text) => {
    expect(classify(request(text)).dataClass).not.toBe('none');
  });
});

describe("a figure named with an academic title or an honour in a lecture's or a portrait's notice", () => {
  it.each([
    ['de', 'Redigiere die Ankündigung: Die Fakultät begrüßt Prof. Dr. Konstantin Wehrhahn (geb. 3. Juni 1957 in Kassel) zur Jahresvorlesung über Katalyse.'],
    ['nl', 'Redigeer de aankondiging: de faculteit verwelkomt prof. dr. Gerrit Hoogkamp (geboren 12 maart 1949 in Zwolle) voor de jaarlijkse lezing.'],
    ['en', 'Edit the notice: the department welcomes Professor Imogen Threlkeld (born 8 July 1955 in Leeds) for the annual lecture on glaciers.'],
  ])('%s: the request is clean: %s', (_, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it.each([
    ['de', 'Arztbrief: unser Patient Prof. Dr. Konstantin Wehrhahn (geb. 3. Juni 1957 in Kassel) kam mit Brustschmerzen.'],
    ['en', 'Residents list update: our resident Professor Imogen Threlkeld (born 8 July 1955 in Leeds) moves to room 4.'],
    ['nl', 'Intake: mijn vader prof. dr. Gerrit Hoogkamp (geboren 12 maart 1949 in Zwolle) heeft hulp nodig bij het douchen.'],
  ])('%s: a title after a tie stays flagged: %s', (_, text) => {
    expect(classify(request(text)).dataClass).not.toBe('none');
  });
});
