// The address gate's pick-ups, key drops, dwellings and letters served at a bare address (address-evidence.ts): a
// taxi's pick-up, a keyholder's letterbox, workers' accommodation, a notice posted to someone's home. Texts of our own,
// none from a held-out set.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
const dataClass = (text: string): string => classify(request(text)).dataClass;

describe('a pick-up, a key drop, a dwelling or a served letter ties a bare address to the people there', () => {
  it.each([
    ['en', 'Turn this into a dispatch note: pick up from 14 Quarrendon Road, Thame OX9 3QZ at 06:10, to Heathrow T5.'],
    ['en', 'Patrol brief: after locking up, keys go back through the keyholder letterbox at 9 Quillet Gardens, Hexham NE46 3QT.'],
    ['de', 'Die Unterkunft Quittenweg 5, 76829 Landau: welche Vorgaben gelten für 10 Erntehelfer?'],
    ['de', 'Der Bote soll das Schreiben einwerfen bei Quellenweg 4, 38446 Wolfsburg. Was gehört ins Protokoll?'],
    ['fr', 'Consigne : les clés sont à laisser dans la boîte aux lettres du 7 allée des Quetsches, 44300 Nantes.'],
    ['fr', 'Le logement des vendangeurs est au 3 chemin des Quilles, 84110 Vaison-la-Romaine. Quelles règles ?'],
    ['es', 'Hay que mandar por burofax la carta de despido a Calle Quintana 21, 41010 Sevilla. ¿Qué debe decir?'],
    ['nl', 'Maak een ritopdracht: ophalen Kwartelweg 23, 3511 NK Utrecht, 05:40, naar Schiphol.'],
    ['nl', 'Het diploma moet per post naar Kwikstaartlaan 8, 1057 GX Amsterdam. Schrijf een korte brief.'],
    ['it', "Serve l'agibilità per l'alloggio dei raccoglitori in Via dei Quercioli 14, 71016 San Severo?"],
    ['it', 'Il nuovo domicilio comunicato è Via dei Quercioli 14, 80121 Napoli. Come rinotifico la lettera?'],
  ])('%s: the request stays flagged', (_, text) => {
    expect(dataClass(text)).toBe('pii');
  });

  it.each([
    ['en', 'Post returns to Quillfield Trading Ltd, 12 Quillfield Close, Ripon HG4 2QT, Monday to Friday.'],
    ['de', 'Der Bahnhof Quellstadt, Quellenweg 4, 38446 Wolfsburg, hat ab Montag ein neues Reisezentrum.'],
    ['fr', 'Hébergement au Novotel Quetsches, 3 chemin des Quilles, 84110 Vaison-la-Romaine, pour le séminaire.'],
    ['nl', 'Het depot van de vervoerder zit aan de Kwartelweg 23, 3511 NK Utrecht, open van 8 tot 17 uur.'],
  ])('%s: an organisation or a public place named at the address: the request is clean', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });

  it.each([
    ['en', "Competitor note: Quillco's head office is at Level 12, The Quill, 32 London Bridge Street, London SE1 9SG."],
    ['en', 'Letterhead: Quillfield Foods UK, 4 Savannah Way, Leeds LS10 1AB.'],
  ])('%s: a street read before its postcode is no name: the request is clean', (_, text) => {
    expect(dataClass(text)).toBe('none');
  });

  it('keeps a name before the postcode', () => {
    expect(dataClass('Label for the parcel: Bridget Holt, 4 Savannah Way, Leeds LS10 1AB.')).toBe('pii');
  });
});
