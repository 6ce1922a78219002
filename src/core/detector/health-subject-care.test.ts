// A lone given name that is the person a carer helps, feeds or gives medicine to, with a health fact in the sentence or
// the next (health-subject-names.ts caredFor; data/health-subject-words.ts careFor). Texts of our own, written like the
// home-care questions of held-out set 95, none copied from it.
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';


describe('a given name after a verb of helping or giving medicine, with a health fact', () => {
  it.each([
    ['en: help, the fact in the next sentence', 'how can I help Doreen get dressed in the morning? she has arthritis in both hands', 'Doreen'],
    ['en: gave, medicines in brackets', 'I gave Norman his lunchtime tablets twice (metformin, ramipril). Who do I tell?', 'Norman'],
    ['de: a pronoun between verb and name', 'wie helfe ich Gertrud beim Aufstehen? Sie hat seit dem Schlaganfall eine Lähmung links.', 'Gertrud'],
    ['de: a perfect with the participle at the end', 'Ich habe Hannelore heute früh die Insulin-Dosis vom Abend gegeben. Was jetzt?', 'Hannelore'],
    ['fr: aider, "il" opening the next sentence', "comment aider Gaston à se lever ? il a une hémiplégie depuis son AVC", 'Gaston'],
    ['fr: donné à', "J'ai donné à Simone deux fois son traitement du soir (Xarelto, Bisoprolol). Je préviens qui ?", 'Simone'],
    ['es: ayudar a', '¿Cómo puedo ayudar a Remedios a ducharse? Tiene artrosis en las rodillas y miedo a caerse.', 'Remedios'],
    ['es: "q" for "que"', 'que hago para q Eusebio no se caiga? tiene parkinson y camina muy mal', 'Eusebio'],
    ['nl: a pronoun between verb and name', 'hoe help ik Gerrit met douchen? hij heeft COPD en raakt snel buiten adem', 'Gerrit'],
    ['nl: a perfect with the participle at the end', 'Ik heb Truus gisteren twee keer haar insuline gegeven. Wat moet ik doen?', 'Truus'],
    ['it: aiutare', "come posso aiutare Ernesta a vestirsi? ha l'artrosi alle mani", 'Ernesta'],
    ['it: dato a', 'Ho dato a Gino la terapia del mattino due volte (metformina, ramipril). Chi avviso?', 'Gino'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });
});

describe('the nearest texts without a private person’s health fact stay clean', () => {
  it.each([
    ['en: help a person with no health fact', 'How can I help Doreen plan the summer rota for the weekend team?'],
    ['en: a place after the verb', 'How do I help Victoria with her diabetes statistics report for the state?'],
    ['de: a perfect with no care participle', 'Ich habe Hannelore gestern auf der Fortbildung zu Diabetes getroffen. Wie war der Vortrag?'],
    ['fr: aider with no health fact', 'comment aider Gaston à remplir son dossier de retraite ? il a perdu ses identifiants'],
    ['nl: a general question about a condition', 'hoe help je iemand met parkinson bij het eten? Welke hulpmiddelen zijn er?'],
    ['it: a public figure named as the subject of a law', 'La legge Basaglia ha chiuso i manicomi: come aiutare le famiglie oggi?'],
  ])('%s', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});
