// A lone given name that opens a sentence as its subject (a third-person verb after it, or a short description of
// where the person works first) or owns a caseload in an English possessive, with a health fact in that sentence or
// the next: a colleague's, a driver's or a guest's note (health-subject-names.ts). Texts of our own, in the kinds of
// held-out sets 76-80 (hotels, insurance, utilities, logistics, legal aid), none copied from a set.
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';
import { datedStop, sentenceEndAfter, sentenceStartBefore } from './sentence-bounds.js';


describe('a lone given name opening a sentence about its health', () => {
  it.each([
    ['en: verb', 'Rebecca was taken to A&E with a suspected stroke last night; please rearrange her Tuesday clients.', 'Rebecca'],
    ['en: a description first', 'Kieran from the loading bay has a fractured ankle and won’t be in until March.', 'Kieran'],
    ['en: a possessive, the fact in the next sentence', 'Please pick up Nadia’s shifts next week. She’s having chemotherapy again.', 'Nadia'],
    ['de: verb', 'Lukas hat seit gestern eine Lungenentzündung und fällt die ganze Woche aus. Bitte Dienstplan anpassen.', 'Lukas'],
    ['de: a description first', 'Svenja aus der Buchhaltung ist nach ihrer Knie-OP bis Ende März krankgeschrieben.', 'Svenja'],
    ['de: an ordinal’s dot in the sentence', 'Jonas ist in der 3. Woche einer Reha wegen Depression, bitte Vertretung planen.', 'Jonas'],
    ['fr: verb', 'Camille est enceinte de cinq mois et ne peut plus porter de charges. Adapte son planning.', 'Camille'],
    ['fr: an apposition in commas', "Hugo, du service client, a fait une crise d'épilepsie ce matin au bureau.", 'Hugo'],
    ['es: verb', 'Lucía tiene una hernia discal y no puede coger peso hasta nuevo aviso.', 'Lucía'],
    ['es: an apposition in commas', 'Álvaro, del turno de noche, está de baja por una depresión.', 'Álvaro'],
    ['nl: verb', 'Thijs heeft diabetes type 1 en moet tussendoor kunnen eten.', 'Thijs'],
    ['nl: a description first', 'Eva van de receptie is zwanger en mag geen nachtdiensten meer doen.', 'Eva'],
    ['it: a reflexive verb', 'Matteo si è rotto il polso giocando a calcio, starà a casa tre settimane.', 'Matteo'],
    ['it: a description first', "Giulia del magazzino ha l'asma e non può lavorare vicino alle vernici.", 'Giulia'],
    ['en: a second clause after "and"', 'The night shift is short and Callum had a seizure on Monday.', 'Callum'],
    ['fr: after "et"', "Léa est en congé et Mathieu s'est cassé le poignet.", 'Mathieu'],
    ['es: after "y"', 'Lucía está de vacaciones y Pablo tiene una hernia discal.', 'Pablo'],
    ['nl: after "en"', 'Sanne is op vakantie en Bas heeft griep, wie neemt de dienst over?', 'Bas'],
    ['it: after "e"', 'Chiara è in ferie e Matteo ha la febbre alta da ieri.', 'Matteo'],
    ['fr: a health noun of the name', "Comment annoncer à l'équipe la grossesse de Camille sans entrer dans les détails ?", 'Camille'],
    ['es: the duties of the name', 'Hay que cubrir los turnos de Pablo, tiene una hernia discal.', 'Pablo'],
    ['de: the shifts of the name, the fact next', 'Wie übernimmt die Schichten von Timo? Er hat einen Bandscheibenvorfall.', 'Timo'],
    ['it: a health noun of the name', 'Come comunico la gravidanza di Giulia ai capiturno?', 'Giulia'],
    ['nl: the duties of the name, the fact next', 'Hoe vang ik de diensten van Bas op? Hij heeft een hernia.', 'Bas'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).not.toBe('none');
    expect(r.persons).toContain(name);
  });
});

describe('the same openings that name no private person’s health stay clean', () => {
  it.each([
    ['it: a pronoun the lists hold as a name', 'Lei ha il diabete da quanto tempo?'],
    ['fr: a pronoun', 'Elle a un cancer du sein, que faire ?'],
    ['es: a pronoun', 'Ella tiene asma desde pequeña, ¿qué inhalador es mejor?'],
    ['en: a place that is a given name', 'Victoria has the highest rate of melanoma in Australia.'],
    ['fr: a place of pilgrimage', 'Lourdes is visited by many sick pilgrims hoping for a cure for cancer.'],
    ['en: an eponym', "Addison's disease is treated with hydrocortisone."],
    ['en: a law named after a child', "Natasha's Law requires full allergen labelling on prepacked food."],
    ['nl: an everyday word after a label', 'Korte vraag: is diabetes type 2 erfelijk?'],
    ['it: an everyday word opening the text', 'Manca il referto della visita cardiologica.'],
    ['en: a character in a book club', 'Julie is pregnant in chapter three of the novel; summarise her arc for the book club.'],
    ['en: a model name', 'Gemma has 27 billion parameters and was trained on medical data.'],
    ['en: a general question', 'Can someone with epilepsy work night shifts? Our policy says no.'],
    ['fr: diseases named after people', 'Explique la maladie de Parkinson et la maladie de Crohn.'],
    ['it: diseases named after people', 'La sindrome di Down e la malattia di Alzheimer: differenze?'],
    ['de: a noun that is a given name after "und"', 'Sport und Ernst ist wichtig bei Diabetes.'],
    ['en: places after "and"', 'Rome and Florence are famous; Milan and Victoria have great hospitals.'],
  ])('%s', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});

// A traveller's note: the name opens a sentence about the journey (flies, travels, returns) that states the condition;
// or a condition that a health lexicon lacked (a stoma, hives, profound deafness).
describe('a lone given name opening a traveller’s sentence about their health', () => {
  it.each([
    ['en: a journey verb', 'Harriet flies back from Orlando at 31 weeks pregnant; what does the airline ask for?', 'Harriet'],
    ['de: a journey verb', 'Jannik fliegt nächste Woche nach Teneriffa und ist seit März an Epilepsie erkrankt. Was muss er mitnehmen?', 'Jannik'],
    ['fr: a stoma', "Jean-Marc a une stomie depuis son opération et doit emporter ses poches en cabine. C'est accepté ?", 'Jean-Marc'],
    ['fr: hives', "Sylvie fait des crises d'urticaire géante avec son nouveau chaton. Que lui conseiller ?", 'Sylvie'],
    ['es: a journey verb', 'Noelia vuelve de Cancún en la semana 32 de embarazo. ¿Qué pide la aerolínea?', 'Noelia'],
    ['nl: a journey verb', 'Thijs vliegt in mei naar Bonaire en heeft diabetes type 1. Mag de insulinepen mee in de cabine?', 'Thijs'],
    ['it: a journey verb', 'Matteo rientra da Sharm con il gesso dopo una frattura al polso. Serve un certificato?', 'Matteo'],
    ['en: profound deafness, a full name', 'Tobias Wren is profoundly deaf and travels alone on Thursday. How should the gate team flag boarding?', 'Tobias Wren'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).not.toBe('none');
    expect(r.persons).toContain(name);
  });

  it.each([
    ['en: a place', 'Victoria flies the most tourists to Bali, and diabetes rates there are rising.'],
    ['fr: a pronoun', 'Elle voyage enceinte de 30 semaines, est-ce autorisé ?'],
    ['es: a general question', '¿Una persona con epilepsia vuela sin problemas en vuelos largos?'],
    ['it: a pronoun', 'Lei viaggia incinta di 30 settimane, è permesso?'],
  ])('stays clean: %s', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});

describe('dated sentence bounds', () => {
  it('reads a date’s and an ordinal’s dots as no end', () => {
    const t = 'Timo ist bis 20.12. krankgeschrieben. Neuer Satz.';
    expect(t.slice(0, sentenceEndAfter(t, 0, Infinity, datedStop))).toBe('Timo ist bis 20.12. krankgeschrieben');
    expect(t.slice(0, sentenceEndAfter(t, 0))).toBe('Timo ist bis 20');
    const u = 'Sie ist in der 20. Woche schwanger.';
    expect(sentenceStartBefore(u, u.indexOf('Woche'), Infinity, datedStop)).toBe(0);
  });
});
