// An aside right after an address or phone that calls it made up ("(example address)", "(Beispieladresse)",
// "(dirección de maqueta)") or an organisation's line ("(main switchboard)", "(centralino)"): nobody's personal data.
// Texts of our own; each "kept" case is a private person's value next to the same kind of aside.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).filter((f) => f.entity === 'STREET_ADDRESS' || f.entity === 'PHONE_NUMBER').map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('a value an aside calls made up', () => {
  it.each([
    ['en', 'Put this in the leaflet draft: Riverside Hall, 18 Mill Lane, Ely CB7 4DQ (example address), doors at 7pm.'],
    ['en, dash', 'Deliveries go to 42 Harbour Road, Whitby YO21 1AB - dummy address for the mock-up, replace before print.'],
    ['de', 'Für den Flyer: Vereinsheim, Lindenallee 14, 04109 Leipzig (Musteradresse, bitte später ersetzen).'],
    ['fr', 'Pour la maquette : Maison des associations, 9 rue des Tanneurs, 67000 Strasbourg (adresse fictive).'],
    ['es', 'Pie de página: Centro Cívico, calle Mayor 21, 50001 Zaragoza (dirección de ejemplo), abierto de 9 a 14.'],
    ['nl', 'Zet in de nieuwsbrief: Buurthuis De Linde, Kerkstraat 8, 3811 CV Amersfoort (voorbeeldadres), vanaf 19 uur.'],
    ['it', 'Nel volantino: Circolo ARCI, via Garibaldi 17, 40121 Bologna (indirizzo fittizio), dalle 21.'],
    ['es phone', 'Centralita del hotel: 958 000 000 (número de maqueta).'],
  ])('%s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps a real address, one with "for example" in its aside, and one the aside does not call made up', () => {
    expect(found('Send it to my flat, 18 Mill Lane, Ely CB7 4DQ (for example by courier).')).toEqual(expect.arrayContaining(['STREET_ADDRESS:18 Mill Lane']));
    expect(found('Ich wohne Lindenallee 14, 04109 Leipzig (Hinterhaus, 2. Stock).')).toEqual(['STREET_ADDRESS:Lindenallee 14, 04109 Leipzig']);
    expect(found('Mi dirección: calle Mayor 21, 50001 Zaragoza (por ejemplo para el paquete).')).toEqual(['STREET_ADDRESS:calle Mayor 21, 50001 Zaragoza']);
    expect(found('Il mio indirizzo è via Garibaldi 17, 40121 Bologna (citofono Rossi).')).toEqual(['STREET_ADDRESS:via Garibaldi 17, 40121 Bologna']);
  });
});

describe('an aside that denies the value is the made-up one', () => {
  // "(not the example address)": the writer says their value is NOT the form's or manual's example, so it stays found.
  it.each([
    ['en', 'Ship the spare part to 31 Foxglove Crescent, Hull HU5 3RT (not the sample address from the brochure).', 'STREET_ADDRESS:31 Foxglove Crescent'],
    ['de', 'Lieferadresse bitte ändern: Ahornweg 6, 34117 Kassel (nicht die Musteradresse im Formular).', 'STREET_ADDRESS:Ahornweg 6, 34117 Kassel'],
    ['fr', "Ma nouvelle adresse : 4 rue des Glycines, 35000 Rennes (pas l'adresse d'exemple du site).", 'STREET_ADDRESS:4 rue des Glycines'],
    ['es', 'Mi domicilio: calle Almendro 12, 46001 Valencia (no la dirección de ejemplo del manual).', 'STREET_ADDRESS:calle Almendro 12, 46001 Valencia'],
    ['nl', 'Mijn huisadres: Beukenlaan 27, 5644 TR Eindhoven (geen voorbeeldadres, echt).', 'STREET_ADDRESS:Beukenlaan 27, 5644 TR Eindhoven'],
    ['it', "Spedite a casa mia, via Carducci 8, 50121 Firenze (non l'indirizzo di esempio).", 'STREET_ADDRESS:via Carducci 8, 50121 Firenze'],
  ])('%s keeps the address', (_what, text, want) => {
    expect(found(text)).toEqual(expect.arrayContaining([want]));
  });

  it('still drops one called made up after a denied other word ("not real, sample only")', () => {
    expect(found('Address line: 31 Foxglove Crescent, Hull HU5 3RT (not real, sample only).')).toEqual([]);
    expect(found('Dorpsplein 2, 1234 AB Ergens (geen echt adres, voorbeeld)')).toEqual([]);
  });
});

describe("a phone an aside calls an organisation's line", () => {
  it.each([
    ['en', 'Visitors: sign in at the desk, phone 01632 960 412 (main switchboard), lifts to the left.'],
    ['de', 'Anmeldung im Foyer, Telefon 0341 998 1200 (Zentrale), Aufzug rechts.'],
    ['fr', "Accueil au rez-de-chaussée, téléphone 04 78 95 21 30 (standard), ascenseur à gauche."],
    ['es', 'Recepción en planta baja, teléfono 963 118 420 (centralita), ascensor a la izquierda.'],
    ['nl', 'Melden bij de balie, telefoon 030 271 8840 (receptie), lift links.'],
    ['it', "Accoglienza al piano terra, telefono 051 644 2210 (centralino), ascensore a sinistra."],
  ])('%s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps the writer's own number and one with a number in its aside", () => {
    expect(found('my mobile 07700 900 412 (switchboard if I am out)')).toEqual(['PHONE_NUMBER:07700 900 412']);
    expect(found('Mein Handy 0171 4452108 (Zentrale weiß Bescheid)')).toEqual(['PHONE_NUMBER:0171 4452108']);
  });
});

describe('a public information line', () => {
  it.each([
    ['en', 'Which museums open on Monday, and is the tourist info number 0161 234 3157 free?'],
    ['de', 'Für Rückfragen: Info-Telefon 0911 231 4400, werktags 9 bis 17 Uhr.'],
    ['fr', 'La ligne info 05 56 00 66 00 répond du lundi au vendredi.'],
    ['es', 'El teléfono de información 948 420 700 atiende de 9 a 14.'],
    ['nl', 'Het informatienummer 050 367 8100 is op werkdagen bereikbaar.'],
    ['it', 'Il numero informazioni 055 276 8224 risponde fino alle 18.'],
  ])('%s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it('keeps a private number next to the same words', () => {
    expect(found("my cousin's number 0161 234 3157, not the tourist info")).toEqual(['PHONE_NUMBER:0161 234 3157']);
  });
});

describe('a document or account number an aside calls its issuer’s example', () => {
  const ids = (text: string): string[] => detect(text).filter((f) => f.dataClass !== 'secret' && f.entity !== 'PERSON').map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
  it.each([
    ['en', 'For the payroll slide: driving licence MORGA753116SM9IJ (DVLA example), and why we never show real ones.'],
    ['de', 'Für die Folie: Steuer-ID 65929970489 (Musterwert des BZSt), Führerschein B072RRE2I55 (Beispiel).'],
    ['fr', 'Pour la formation : permis de conduire 12AB34567 (exemple fictif), passeport 18FV40312 (spécimen).'],
    ['es', 'Para la diapositiva: permiso de conducir 48213657K (ejemplo oficial).'],
    ['nl', 'Voor de training: rijbewijsnummer 4827153960 (voorbeeld van de RDW).'],
    ['it', 'Per la slide: patente di guida U1Z28H4K7L (esempio ufficiale).'],
  ])('%s', (_lang, text) => {
    expect(ids(text)).toEqual([]);
  });

  it('keeps the holder’s own licence, and one whose aside says "for example"', () => {
    expect(ids('Holder: Sarah Morgan, driving licence MORGA753116SM9IJ (valid until 2031).')).toContain('DRIVER_LICENSE:MORGA753116SM9IJ');
    expect(ids('My licence is MORGA753116SM9IJ (for example on the hire form).')).toContain('DRIVER_LICENSE:MORGA753116SM9IJ');
    expect(ids('Steuer-ID 65929970489 (meine, nicht das Muster).')).toContain('DE_STEUER_ID:65929970489');
  });
});

// A health number an aside calls a test value is the documented test record's (NHS Digital's 943 476 5919).
describe('a health number an aside calls a test value', () => {
  const nhs = (text: string): string[] => detect(text).filter((f) => f.entity === 'UK_NHS_NUMBER').map((f) => text.slice(f.start, f.end));
  it('drops it', () => {
    expect(nhs('For our training sandbox we use the dummy patient John Doe, NHS number 943 476 5919 (the documented test value), DOB 01/01/1970.')).toEqual([]);
    expect(nhs('Testfall: NHS number 943 476 5919 (Testpatient), bitte Validierung zeigen.')).toEqual([]);
  });
  it('keeps one the aside does not call a test value', () => {
    expect(nhs('Patient Joan Pike, NHS number 943 476 5919 (Ward 4, bed 2), discharge today.')).toEqual(['943 476 5919']);
  });
});
