// A complaint to the police, a witness statement or bullying names a private person as a victim or an offender (GDPR
// art. 10): private evidence for a name of the lists (data/private-evidence-words.ts); and a summary asked "for the
// file" or of a claim or complaint ("Vat samen voor het dossier", "Resume la reclamación") is no general-knowledge
// question (languages.ts personal words). Held-out sets 97 and 99 (parking wardens, council claims, school pastoral
// notes). Made-up sentences.
import { describe, expect, it } from 'vitest';
import { askPersons } from './test-support/ask-persons.js';

describe('a listed name in a complaint or a bullying case is flagged, in each language', () => {
  it.each([
    ['en', 'Help me write up the witness statement: the driver, Craig Hollins, shoved me while I was issuing the ticket.', 'Craig Hollins'],
    ['en', 'Summarise for the file: Megan Holt is being bullied on the class group chat by Tyler Greaves.', 'Megan Holt'],
    ['de', 'Fasse zusammen für die Akte: Jana Pohl wird seit Oktober in der Klassengruppe von Nico Brandt gemobbt.', 'Jana Pohl'],
    ['fr', 'Aide-moi à rédiger ma plainte : le conducteur Thierry Pujol m’a bousculée pendant le contrôle.', 'Thierry Pujol'],
    ['es', 'Resume la reclamación: Sergio Navas Prieto se cayó en un bache. Aporta atestado de la Policía Local.', 'Sergio Navas Prieto'],
    ['nl', 'Vat samen voor het dossier: Emma Vos wordt sinds oktober gepest door Luuk Meijer.', 'Emma Vos'],
    ['it', 'Riassumi: Serena Gatti è bullizzata in chat da Gianluca Ferri, la madre vuole sporgere denuncia.', 'Serena Gatti'],
  ])('%s', (_lang, text, name) => {
    const { cls, persons } = askPersons(text);
    expect(cls).not.toBe('none');
    expect(persons).toContain(name);
  });
});

describe('stays clean', () => {
  it.each([
    // general-knowledge questions about public people and about bullying with no private case
    ['en', 'Summarise the plot of the novel in which Tyler Greaves solves a murder on the Orient Express.'],
    ['nl', 'Vat samen wat Luuk Meijer zei over de Nederlandse literatuur van de twintigste eeuw.'],
    ['fr', 'Résume la pensée de Simone Weil sur le travail en usine.'],
    ['es', '¿Qué dijo Federico García Lorca sobre el teatro en 1935?'],
  ])('%s: %s', (_lang, text) => {
    expect(askPersons(text).cls).toBe('none');
  });
});
