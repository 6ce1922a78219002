// A named member's body-composition readings (a gym's or dietitian's scale or scan: body fat, visceral fat, muscle mass)
// are one person's body data: private evidence for a name of the lists (private-evidence.ts), even when the health word
// that follows the readings is too far from the name. Frequent French and Dutch given names that are also words
// ('Amandine', 'Benjamin', 'Marjolein') are listed, and PCOS in its French abbreviation ('a un SOPK') is a condition given
// to someone. Sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { askPersons } from './test-support/ask-persons.js';

describe('a named person with body-composition readings is flagged, in each language', () => {
  it.each([
    ['en', 'Write a note to Harriet Lowe on her scans: 1 Sep 81.2 kg, body fat 33.0 %, visceral fat 10; 1 Dec 78.9 kg, body fat 31.4 %.', 'Harriet Lowe'],
    ['de', 'Schreib Jörg Albers ein Feedback zu seiner Körperanalyse: 96,1 kg, Körperfett 27 %, Muskelmasse 61 kg, viszerales Fett 14.', 'Jörg Albers'],
    ['fr', 'Rédige un mot pour Benjamin Perrot : pesée du 3/10, 88 kg, masse grasse 24 %, masse musculaire 63 kg.', 'Benjamin Perrot'],
    ['es', 'Escribe un mensaje a Nerea Soler sobre su báscula: 64 kg, grasa corporal 29 %, grasa visceral 6.', 'Nerea Soler'],
    ['nl', 'Stuur Marjolein Visser een berichtje over haar meting: 71 kg, vetpercentage 30 %, spiermassa 47 kg.', 'Marjolein Visser'],
    ['it', 'Scrivi a Loredana Conti un commento sulla bioimpedenza: 69 kg, massa grassa 31 %, grasso viscerale 8.', 'Loredana Conti'],
  ])('%s', (_lang, text, name) => {
    const { cls, persons } = askPersons(text);
    expect(cls).not.toBe('none');
    expect(persons).toContain(name);
  });

  it('reads the condition far from the name through the readings', () => {
    const text =
      "Écris un message d'encouragement à Amandine Roux à partir de ses deux pesées :\n02/09 : 78,6 kg, masse grasse 35,2 %, masse musculaire 47,9 kg, graisse viscérale 9\n01/12 : 74,3 kg, masse grasse 32,0 %, masse musculaire 48,4 kg, graisse viscérale 7\nElle a un SOPK, donc on reste sur des objectifs réalistes.";
    expect(askPersons(text).persons).toEqual(['Amandine Roux']);
    expect(askPersons(text).cls).toBe('phi');
  });
});

describe('stays clean', () => {
  it.each([
    // readings with no one named, the words in a lesson, a pastry and a plane that are also names
    ['en', 'Explain what body fat and visceral fat mean on a bioimpedance scale, and how accurate they are.'],
    ['fr', 'Explique la différence entre masse grasse et masse musculaire sur un impédancemètre grand public.'],
    ['fr', 'Recette de la tarte amandine aux poires pour 8 personnes, avec une pâte sablée.'],
    ['nl', 'Wat is een gezond vetpercentage voor een vrouw van 40, en hoe meet je visceraal vet?'],
    ['it', 'Spiega la differenza tra massa grassa e massa magra in una bioimpedenza.'],
  ])('%s: %s', (_lang, text) => {
    expect(askPersons(text).cls).toBe('none');
  });

  it('needs the abbreviation given to someone', () => {
    expect(askPersons('Le SOPK touche environ une femme sur dix : écris une fiche pour le site du club.').cls).toBe('none');
  });
});

// A staffing table's post written with a hyphen ("post-doc") or as a French work-time share ("Quotité") is a named
// person's job and pay, as "postdoc" was: the table's names stay found once 'Amandine' is listed.
describe('a named staffing row with a hyphenated post-doc or a quotité is private', () => {
  it.each([
    ['fr', 'Vérifie le total.\nNom | Fonction | Quotité | Mois | Coût\nAmandine Roussel | IE | 100 % | 18 | 61 740\nKevin Tran | post-doc | 100 % | 24 | 98 880'],
    ['en', 'Check the budget line: Kevin Tran, post-doc, 24 months, 98,880 EUR.'],
  ])('%s', (_lang, text) => {
    expect(askPersons(text).cls).not.toBe('none');
  });

  it('stays clean for the post office', () => {
    expect(askPersons('Kevin Tran will post documents on the festival line-up tomorrow.').cls).toBe('none');
  });
});
