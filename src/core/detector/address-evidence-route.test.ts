// The address gate's routes to a bare address, a flat's access details and door, and a dwelling before the address
// (address-evidence.ts): the way to someone's door. Texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { addressEvidenceFor } from './address-evidence.js';
import { classify } from './classify.js';
import { detect } from './detect.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
/** The gate's evidence for the first address found in `text` (detect has no gate). */
const evidence = (text: string): string | undefined => {
  const a = detect(text).find((f) => f.entity === 'STREET_ADDRESS');
  if (a === undefined) throw new Error(`no address in: ${text}`);
  return addressEvidenceFor(text, a.start, a.end);
};

describe('a route asked for to a bare street address', () => {
  it.each([
    ['en', 'What is the fastest way by van from the depot to 14 Quarry Close, Ripon HG4 2QT?'],
    ['de', 'Wie komm ich am besten mit dem Rad vom Bahnhof zu Quittenstraße 21, 45127 Essen?'],
    ['es', '¿Cómo llego en bici a Calle Quintana 14, 28008 Madrid desde Moncloa?'],
    ['nl', 'Wat is de snelste route van het station naar Kwartelweg 23, 8671 ED Almere?'],
    ['it', 'Qual è il percorso più breve per arrivare in Via dei Quercioli 14, 40127 Bologna?'],
  ])('%s: the address is someone’s door and the request stays flagged', (_, text) => {
    expect(evidence(text)).toBe('route');
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it.each([
    ['en route in another sentence', 'What is the fastest way to get there? The address is 14 Quarry Close, Ripon HG4 2QT.'],
    ['de no route', 'Bitte umformulieren: Quittenstraße 21, 45127 Essen, montags geschlossen.'],
  ])('%s: no route evidence', (_, text) => {
    expect(evidence(text)).not.toBe('route');
  });
});

describe('a flat’s access details, its door, a dwelling before the address', () => {
  it.each([
    ['de no lift', 'Notiz für den Fahrer: Quittenstraße 21, 45127 Essen, 4. OG ohne Aufzug.', 'access'],
    ['de bell', 'Hinweis: Quittenstraße 21, 45127 Essen, bei Schmitz klingeln.', 'access'],
    ['nl bell', 'Bezorgnotitie: Kwartelweg 23, 8671 ED Almere, bellen bij 2 hoog.', 'access'],
    ['it staircase', 'Nota per il corriere: Via dei Quercioli 14, 40127 Bologna, scala B, citofonare Rossi.', 'access'],
    ['fr no lift', 'Note pour le livreur : 9 allée des Quetsches, 44300 Nantes, sans ascenseur.', 'access'],
    ['es door', 'Correo de confirmación: pasamos el lunes por Calle Quintana 14, 3.º B, 28008 Madrid.', 'floor'],
    ['de dwelling', 'Info für das Team: Abholung morgen in der Wohnung Quittenstraße 21, 45127 Essen.', 'anchor'],
    ['it dwelling', "Indicazioni per la squadra: intervento all'abitazione in Via dei Quercioli 14, 40127 Bologna.", 'anchor'],
  ])('%s: evidence %s', (_, text, kind) => {
    expect(evidence(text)).toBe(kind);
  });

  it('an office’s floor is no flat’s door', () => {
    expect(evidence('Nuestra sede: Calle Quintana 14, planta 4, 28008 Madrid.')).toBeUndefined();
  });
});
