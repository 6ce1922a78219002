// The address gate's delivery destinations and a home's access details (address-evidence.ts): a parcel, a car or a card
// sent to a bare street address goes to someone's home. Texts of our own, none from a held-out set.
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

describe('a delivery, dispatch or collection phrase right before a bare address', () => {
  it.each([
    ['en', 'Write a short note for the box, it is going to 12 Quillfield Close, Ripon HG4 2QT.'],
    ['de', 'Zwei Sätze für den Lieferschein bitte, die Schuhe gehen an Am Quellenhang 9, 48341 Altenberge.'],
    ['de', 'Bitte höflicher: 3 Zustellversuche in der Quittenstraße 21a, 45127 Essen, Sendung geht zurück.'],
    ['fr', 'Deux lignes pour le colis, il part au 9 allée des Quetsches, 44300 Nantes.'],
    ['fr', 'Check-list du chauffeur : véhicule à livrer demain 10 h au 4 rue du Quai, 59800 Lille.'],
    ['es', 'Dos frases para el paquete, se envía a Calle Quintana 14, 28008 Madrid.'],
    ['nl', 'Twee zinnen bij het pakket, het gaat naar Kwartelweg 23, 8671 ED Almere.'],
    ['it', 'Due righe per il pacco, va in Via dei Quercioli 14, 40127 Bologna.'],
  ])('%s: the address is a private destination and the request stays flagged', (_, text) => {
    expect(evidence(text)).toBe('destination');
    expect(classify(request(text)).dataClass).toBe('pii');
  });

  it.each([
    ['en', 'Returns go to Quillfield Trading Ltd, 12 Quillfield Close, Ripon HG4 2QT.'],
    ['de', 'Die Rechnung geht an die Stadtwerke Quellstadt GmbH, Am Quellenhang 9, 48341 Altenberge.'],
    ['fr', 'Le colis part au service après-vente de Quetsches SA, 9 allée des Quetsches, 44300 Nantes.'],
  ])('%s: a firm named between the phrase and the address: the request is clean', (_, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it.each([
    ['en', 'Two lines for the parcel, it is going to the Quillfield Trading stand at the fair, 12 Quillfield Close, Ripon HG4 2QT.'],
    ['de', 'Die Ware geht an die Annahme, Am Quellenhang 9, 48341 Altenberge.'],
  ])('%s: the phrase must end right before the address', (_, text) => {
    const a = detect(text).find((f) => f.entity === 'STREET_ADDRESS');
    if (a !== undefined) expect(addressEvidenceFor(text, a.start, a.end)).not.toBe('destination');
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it('a bare address with no cue keeps no evidence', () => {
    expect(evidence('Our stand at the fair: 12 Quillfield Close, Ripon HG4 2QT.')).toBeUndefined();
  });
});

describe("a home's access details in the address's sentence", () => {
  it.each([
    ['en', 'For the plumber: the key safe is by the side gate at 27 Quarry Road, Colchester CO3 3QE, code 4417.'],
    ['de', 'Für den Handwerker: Quittenweg 4, 04109 Leipzig, Schlüsseltresor am Gartentor, Code 4417.'],
    ['fr', 'Pour l’artisan : 17 chemin des Quetsches, 84000 Avignon, boîte à clés sur le portillon.'],
    ['es', 'Para el técnico: Calle Quintana 14, 28008 Madrid, el portero automático no funciona.'],
    ['nl', 'Voor de monteur: Kwartelweg 23, 8671 ED Almere, sleutelkastje naast de voordeur.'],
    ['it', 'Per il tecnico: Via dei Quercioli 14, 40127 Bologna, il citofono è rotto.'],
  ])('%s: the address is a home', (_, text) => {
    expect(evidence(text)).toBe('access');
    // Flagged: personal data, or a secret where the key safe's code is given too (en, de).
    expect(classify(request(text)).dataClass).not.toBe('none');
  });
});
