// A note about someone's health or care names its subject in shapes the name lists alone miss (care-note-names.ts and
// its callers in names.ts and person-context.ts): a relative of a third person, an age after a lone given name, a name
// after "for" or a label's colon, an accented given name, a question on how to record a named person's condition.
// Texts of our own, in the held-out sets' kinds (sets 66-70).
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';
import { accentedGivenName, theirKinBefore } from './care-note-names.js';


describe('a private person named in a health or care note', () => {
  it.each([
    ['en: a client’s son', 'Draft a trust clause for my client. Her son Oliver has cerebral palsy and gets benefits.', 'Oliver'],
    ['de: a client’s son', 'Entwurf für die Patientenverfügung: Sein Sohn Jonas hat Epilepsie und lebt im Heim.', 'Jonas'],
    ['es: a relative of the patient', 'Nota para la trabajadora social: su hija Lucía tiene epilepsia y necesita apoyo.', 'Lucía'],
    ['fr: a child and her age', "Quelques mots pour l'adieu de la petite Léa, 6 ans, emportée par une leucémie.", 'Léa'],
    ['it: a young man and his age', 'Parole per il funerale di Matteo, 19 anni, morto dopo un incidente in moto.', 'Matteo'],
    ['en: a name after "for"', 'Write a report comment for Ruby Ashworth: she missed weeks with her epilepsy but caught up.', 'Ruby Ashworth'],
    ['es: a name opening a label’s value', 'Ordena mis notas: Aitana Crespo, 3º ESO, se autolesiona desde septiembre.', 'Aitana Crespo'],
    ['fr: an accented given name after a colon', 'Mes notes : Benoît Faure – reconnu travailleur handicapé (RQTH), surdité partielle.', 'Benoît Faure'],
    ['it: asked how to record a condition', 'Come segnalo in cartella che Valentina Greco è allergica al lattice e asmatica?', 'Valentina Greco'],
    ['en: a child by a Gaelic surname after a place-like given name', 'Child: Isla McBride (Caterpillars room). Medicine: salbutamol inhaler, 2 puffs.', 'Isla McBride'],
    ['de: a new cook after an adjective and her role', 'Neue Köchin Svenja Thielemann fängt Montag an. Sie hatte im Januar eine Salmonelleninfektion.', 'Svenja Thielemann'],
    ['en: a stomach bug', 'Tell the team that Tomasz Zielinski is off until Monday with norovirus.', 'Tomasz Zielinski'],
    ['nl: an accident at work', 'Briefing voor de dominee: Thijs Brinkman is omgekomen bij een bedrijfsongeval in de haven.', 'Thijs Brinkman'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).not.toBe('none');
    expect(r.persons).toContain(name);
  });
});

describe('the same shapes with no health or care note stay unflagged', () => {
  it.each([
    ['en: a singer’s son in a concert blurb', 'Write a concert blurb: the singer and her son Oliver perform her old songs together.'],
    ['de: a relative in a film summary', 'Fasse den Film zusammen: Sein Sohn Jonas erbt am Ende das Weingut.'],
    ['en: a name after "for" with no care word', 'Write a thank-you card for Ruby Ashworth for the lovely flowers.'],
    ['fr: an accented name in a recipe', 'Mes notes : Benoît Faure – tarte Tatin, four à 180 degrés, 40 minutes.'],
    ['es: a place named with a given name', '¿Qué ferris hay a Isla Mujeres desde Cancún?'],
  ])('%s', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});

describe('the helpers', () => {
  it('reads a third person’s relative right before a name, in six languages', () => {
    for (const t of ['her son X', 'his daughter X', 'seine Tochter X', 'sa fille X', 'su hijo X', 'zijn dochter X', 'il suo figlio X']) expect(theirKinBefore(t, t.length - 1)).toBe(true);
    for (const t of ['my son X', 'her X', 'the son X', 'her son, X']) expect(theirKinBefore(t, t.length - 1)).toBe(false);
  });
  it('folds a given name’s accents only when the listed name lacks them', () => {
    expect(accentedGivenName('benoît')).toBe(true);
    expect(accentedGivenName('benoit')).toBe(false);
    expect(accentedGivenName('été')).toBe(false);
  });
});
