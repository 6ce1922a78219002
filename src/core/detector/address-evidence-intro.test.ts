// The address gate's self-introductions, plural sender/recipient labels and floor-level homes (address-evidence.ts), and
// the given names 'Jonathan' and 'Íñigo' (data/top-given-names.ts). Texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { addressEvidenceFor } from './address-evidence.js';
import { classify } from './classify.js';
import { detect } from './detect.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
/** The gate's evidence for the address found in `text` (detect has no gate). */
const evidence = (text: string): string | undefined => {
  const a = detect(text).find((f) => f.entity === 'STREET_ADDRESS');
  if (a === undefined) throw new Error(`no address in: ${text}`);
  return addressEvidenceFor(text, a.start, a.end);
};
const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('a first-person self-introduction and a name right before the address: the writer’s home', () => {
  it.each([
    ['en', "Draft the appeal for me. I'm Tobiah Quennell, 14 Larkfield Road, Bath BA2 4QQ."],
    ['de', 'Bitte den Widerspruch aufsetzen. Ich bin Wendelin Quast, Lindenstraße 14, 04109 Leipzig.'],
    ['fr', 'Rédige la réclamation. Je suis Aurèle Quintard, 8 rue des Tanneurs, 21000 Dijon.'],
    ['es', 'Redacta la reclamación. Soy Zuriñe Olazabal, C/ Mayor 5, 3º dcha, 28013 Madrid.'],
    ['nl', 'Schrijf het bezwaar. Ik ben Tjitske Quaedvlieg, Kerkstraat 17, 1017 GC Amsterdam.'],
    ['it', 'Scrivi il reclamo. Sono Ottavina Quaglieri, Via dei Tigli 4, 40127 Bologna.'],
  ])('%s: evidence', (_, text) => {
    expect(evidence(text)).toBe('name');
  });

  it.each([
    ['en', 'I am sure, 14 Larkfield Road, Bath BA2 4QQ is the venue of the fair.'],
    ['es', 'Soy de Madrid, C/ Mayor 5, 28013 Madrid es la dirección de la oficina.'],
    ['it', 'Le sedi sono in Via dei Tigli 4, 40127 Bologna.'],
  ])('%s: lower-case words after the intro are no name', (_, text) => {
    expect(evidence(text)).toBeUndefined();
  });
});

describe('a plural sender or recipient label with its colon', () => {
  it.each([
    ['en', 'Senders: Tobiah and Mirren Quennell, 14 Larkfield Road, Bath BA2 4QQ.'],
    ['nl', 'Afzenders: Tjitske en Wopke Quaedvlieg, Kerkstraat 17, 1017 GC Amsterdam.'],
    ['es', 'Remitentes: Zuriñe y Aitor Olazabal, C/ Mayor 5, 28013 Madrid.'],
  ])('%s: evidence', (_, text) => {
    expect(evidence(text)).toBe('anchor');
  });

  it('without its colon the plural is a general word', () => {
    expect(evidence('Afzenders van klachten schrijven naar Kerkstraat 17, 1017 GC Amsterdam.')).toBeUndefined();
  });
});

describe("a third person's home told down to its floor or door", () => {
  it.each([
    ['es', 'La denunciada vive en el 2º B de la calle Ruiseñor 5, 30007 Murcia.'],
    ['de', 'Der Nachbar wohnt im 2. Stock, Lindenstraße 14, 04109 Leipzig.'],
    ['it', "Il vicino abita al terzo piano di Via dei Tigli 4, 40127 Bologna."],
  ])('%s: evidence', (_, text) => {
    expect(evidence(text)).toBe('floor');
  });

  it('the verb alone, or a number that is no ordinal, is none', () => {
    expect(evidence('El museo vive en la calle Ruiseñor 5, 30007 Murcia, desde 1990.')).toBeUndefined();
    expect(evidence('Il festival vive da 20 e più anni in Via dei Tigli 4, 40127 Bologna.')).toBeUndefined();
  });
});

describe("'Jonathan' and 'Íñigo' before a surname are people; a request of the name and an address keeps both", () => {
  it('finds the names', () => {
    expect(people('Mi vecino Jonathan Quevedo pone música hasta las cuatro.')).toContain('Jonathan Quevedo');
    expect(people('Firmado: Íñigo Olazabal, Bilbao.')).toContain('Íñigo Olazabal');
  });

  it('keeps the request flagged, and a public address alone stays clean', () => {
    expect(classify(request('Queja: el vecino Jonathan Quevedo, calle Ruiseñor 5, 30007 Murcia, hace ruido.')).dataClass).not.toBe('none');
    expect(classify(request('La oficina de turismo está en calle Ruiseñor 5, 30007 Murcia.')).dataClass).toBe('none');
  });
});
