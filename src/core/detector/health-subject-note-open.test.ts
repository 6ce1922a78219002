// A lone given name opening a note after its label's colon (in quotes or not), then where the person lives or studies
// (a house number, a class), then a verb and a health fact: "Écris une fiche : Inès en CE1 est diabétique", "crew sheet:
// 'Margaret at no 9 is registered blind'", "Kees van nummer 7 zit sinds zijn herseninfarct in een rolstoel"
// (health-subject-names.ts opensAsSubject). Held-out sets 97 and 99 (bin rounds, school canteens). Made-up sentences.
import { describe, expect, it } from 'vitest';
import { askPersons } from './test-support/ask-persons.js';

describe('a first name opening a note, with a house number or a class, and a health fact', () => {
  it.each([
    ['en', "Add this to the round sheet: 'Brenda at no 14 is on dialysis, leave the bin by the gate.'", 'Brenda'],
    ['en', 'Note for the dinner ladies: Oliver in 3B has coeliac disease, gluten-free tray only.', 'Oliver'],
    ['de', 'Hinweis für die Mensa: Jonas aus der 4b hat Zöliakie, nur glutenfreies Essen.', 'Jonas'],
    ['de', "Für die Tourenliste: 'Helga aus der 5 ist seit dem Schlaganfall im Rollstuhl.'", 'Helga'],
    ['fr', 'Fiche pour la cantine : Jules en CM2 est allergique aux arachides, stylo d’adrénaline dans son sac.', 'Jules'],
    ['fr', "Consigne pour les ripeurs : 'Odette au 12 est sous oxygène, récupérer le bac dans la cour.'", 'Odette'],
    ['es', 'Nota para el comedor: Lucía de 3ºB es celíaca, solo menú sin gluten.', 'Lucía'],
    ['nl', "Instructie voor de ronde: 'Kees van nummer 7 zit sinds zijn herseninfarct in een rolstoel.'", 'Kees'],
    ['nl', 'Briefje voor de overblijf: Sanne uit groep 5 heeft diabetes en mag om 10 uur eten.', 'Sanne'],
    ['it', 'Avviso per la mensa: Matteo della 2B è celiaco, niente pane dal cestino comune.', 'Matteo'],
  ])('%s: %s', (_lang, text, name) => {
    const { cls, persons } = askPersons(text);
    expect(cls).toBe('phi');
    expect(persons).toContain(name);
  });
});

describe('stays clean', () => {
  it.each([
    // a note's opening with no health fact, a place and a plant after the colon, a condition named after someone
    ['en', "Add this to the round sheet: 'Brenda at no 14 is away until Friday, leave the bin by the gate.'"],
    ['fr', 'Consigne : Florence en Italie est une ville à voir au printemps, hôpital des Innocents compris.'],
    ['it', 'Scheda: Rosa del deserto è una pianta grassa, da non confondere con la rosa canina.'],
    ['de', 'Thema: Parkinson im Alter ist eine Erkrankung, die viele betrifft.'],
  ])('%s: %s', (_lang, text) => {
    expect(askPersons(text).persons).toEqual([]);
  });
});
