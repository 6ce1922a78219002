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

describe('a route that starts at a named place ends at a private door', () => {
  it.each([
    ['de from a pharmacy', 'Wie komm ich am schnellsten von der Löwen-Apotheke am Markt zur Quittenstraße 21, 45127 Essen?'],
    ['de from the station', 'Wie komm ich am besten vom Bahnhof zur Quittenstraße 21, 45127 Essen?'],
    ['nl from a canal', 'Wat is de snelste fietsroute van de Oudegracht naar Kwartelweg 23, 8671 ED Almere?'],
  ])('%s: the address is kept as the route’s end', (_, text) => {
    expect(evidence(text)).toBe('route');
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('a venue named after the route’s end owns the address', () => {
    expect(classify(request('How do I get from the station to the Rijksmuseum at Museumstraat 1, 1071 XX Amsterdam?')).dataClass).toBe('none');
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

describe('a visit’s time slot right before a bare address', () => {
  it.each([
    ['fr', 'Mail de confirmation : nous passons jeudi entre 14 h et 16 h au 9 allée des Quetsches, 44300 Nantes.'],
    ['nl', 'Bevestiging: we komen donderdag tussen 9 en 11 uur langs aan de Kwartelweg 23, 8671 ED Almere.'],
    ['it', 'Conferma: passiamo giovedì tra le 9 e le 11 in Via dei Quercioli 14, 40127 Bologna.'],
    ['de', 'Bestätigung: Der Techniker kommt am Montag zwischen 8 und 10 Uhr in die Quittenstraße 21, 45127 Essen.'],
  ])('%s: a visit booked at someone’s home', (_, text) => {
    expect(evidence(text)).toBe('slot');
  });

  it('a firm named after the slot owns the address', () => {
    expect(classify(request('Lieferung am Montag zwischen 8 und 10 Uhr an die Muster GmbH, Quittenstraße 21, 45127 Essen.')).dataClass).toBe('none');
  });
});

describe('a sending verb after the address, a resend, an unnamed household living there', () => {
  it.each([
    ['de verb after', 'Bitte freundlicher: Wir haben die Unterlagen erneut an Quittenstraße 21, 45127 Essen versendet.', 'destination'],
    ['nl verb after', 'Herschrijf: we hebben de brief opnieuw naar Kwartelweg 23, 8671 ED Almere gestuurd.', 'destination'],
    ['es resend', 'Reformula: lo hemos reenviado a Calle Quintana 14, 28008 Madrid.', 'destination'],
    ['es family lives', '¿Qué puntos tendría una familia que vive en Calle Quintana 14, 28008 Madrid?', 'household'],
    ['en family lives', 'How many points would a family who live at 14 Quarry Close, Ripon HG4 2QT get?', 'household'],
    ['it child lives', 'Che punteggio ha un bambino che abita in Via dei Quercioli 14, 40127 Bologna?', 'household'],
  ])('%s: evidence %s', (_, text, kind) => {
    expect(evidence(text)).toBe(kind);
  });

  it.each([
    ['de no sending verb', 'Bitte umformulieren: Der Laden ist an Quittenstraße 21, 45127 Essen gelegen.'],
    ['en a named person lives', 'In the novel, Tom Quarry lives at 14 Quarry Close, Ripon HG4 2QT.'],
  ])('%s: none of these', (_, text) => {
    expect(['destination', 'household']).not.toContain(evidence(text));
  });
});

describe('an address apposed to a named place: the words after it are the writer’s purpose', () => {
  it.each([
    ['de publisher', 'Schreib eine Anfrage an die Quellen Lernmedien, Quittenstraße 21, 45127 Essen, für das neue Lesebuch Klasse 5.'],
    ['fr office', "Rédige l'adresse : Rectorat de l'académie de Nantes, 9 allée des Quetsches, 44300 Nantes, pour une demande de poste."],
  ])('%s: no private-word evidence', (_, text) => {
    expect(evidence(text)).toBeUndefined();
  });

  it('a bare address keeps the private words after it', () => {
    expect(evidence('Notitie: Kwartelweg 23, 8671 ED Almere: dossier en betalingsregeling bespreken.')).toBe('words');
  });
});
