import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { isTwilioMagicNumber, isTypedPlaceholderPhone } from './fictional-phones.js';

const phones = (text: string): string[] => detect(text).filter((f) => f.entity === 'PHONE_NUMBER').map((f) => text.slice(f.start, f.end));

describe('a phone typed as a counting run of digits is a placeholder (set 51 c006)', () => {
  it.each([
    ['en', "make a CV template for school leavers using 'Joe Bloggs, 1 Any Street, Anytown AB1 2CD, 01234 567890' so students replace it", '01234 567890'],
    ['de', 'Erstelle eine Lebenslauf-Vorlage mit Musterstraße 1, 12345 Musterstadt, Tel. 0123 456789 als Platzhalter', '0123 456789'],
    ['fr', 'Fais un modèle de CV avec 1 rue de la Paix, 75000 Paris, 01 23 45 67 89 comme exemple', '01 23 45 67 89'],
    ['es', 'Haz una plantilla de CV con el teléfono 612 345 678 como ejemplo', '612 345 678'],
    ['nl', 'Maak een cv-sjabloon met Voorbeeldstraat 1, 1234 AB Ergens, 06-12345678 als voorbeeldgegevens', '06-12345678'],
    ['it', 'Crea un modello di CV con telefono 0123 456789 come segnaposto', '0123 456789'],
  ])('%s', (_lang, text, phone) => {
    expect(isTypedPlaceholderPhone(phone)).toBe(true);
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ['de', 'Meine Nummer ist 030 12345678, ab 18 Uhr erreichbar.', '030 12345678'],
    ['nl', 'app even naar 06-12345678 als je er bent', '06-12345678'],
  ])('%s: outside a template or an example a typed run stays a finding', (_lang, text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it('counts down, and eight alike at the end, too', () => {
    expect(isTypedPlaceholderPhone('0987 654321')).toBe(true);
    expect(isTypedPlaceholderPhone('06 00 00 00 00')).toBe(true);
    expect(isTypedPlaceholderPhone('06 48 21 39 77')).toBe(false);
  });

  it.each([
    ['en', 'Update the record: Jordan Ellery, 01234 582913, moved to flat 2.', '01234 582913'],
    ['nl', 'Noteer voor Jan de Vries het nummer 06-48213977, hij belt terug.', '06-48213977'],
    ['fr', 'Rappeler Claire Morel au 01 42 68 53 07 demain.', '01 42 68 53 07'],
  ])('%s: a real-looking number next to a person stays found', (_lang, text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });
});

describe("a landline in Ofcom's or ARCEP's fiction ranges names no one (set 42 en-c020, fr-c023; set 51 en-c004)", () => {
  it.each([
    ['en school office', "the school website says office is 01632 960 000, term starts 3 Sept. write a short email asking about breakfast club"],
    ['en branch line', "write a Google Business post: 'Teach First Supply, Leeds, call 0113 496 0123' hiring TAs for September"],
    ['en placeholder person', 'Use obviously fake people like John Smith at 123 Example Street, and phone 01632 960 123 (Ofcom drama range).'],
    ['fr', 'Crée 3 cas pratiques RGPD pour une formation avec le numéro 01 99 00 12 34 (tranche réservée fiction).'],
    ['fr second block', 'Pour la maquette du site, mettez le standard au 02 61 91 55 99.'],
  ])('%s', (_lang, text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ['en a person named', 'Call back Mrs Eunice Barraclough on 01632 960 457 about the results.', '01632 960 457'],
    ['en a private word', 'please call after lunch, my number is 0117 496 0907.', '0117 496 0907'],
    ['en a drama-range mobile', 'Send the code via SMS to 07700 900431 tonight.', '07700 900431'],
    ['fr a person named', 'Mme Claire Morel, joignable au 01 99 00 45 67, attend un rappel.', '01 99 00 45 67'],
  ])('%s: the number stays found', (_lang, text, phone) => {
    expect(phones(text)).toEqual([phone]);
  });

  it('an Italian number with the digits of a French fiction block is no French number', () => {
    expect(phones('Segreteria studio: 02 6191 5599, chiedere della dottoressa.')).toEqual(['02 6191 5599']);
  });
});

// Twilio's magic test numbers (+1 500-555-000x) are only ever test inputs; a real US number beside them stays.
describe("Twilio's magic test numbers", () => {
  it.each([
    ['en', "In Twilio's docs they mention magic test numbers like +15005550006. How do I use test credentials?"],
    ['it', 'Come uso le Test Credentials di Twilio con +15005550006 per provare gli SMS?'],
    ['de', 'Sende an +1 (500) 555-0001, um den Fehler für ungültige Nummern zu prüfen.'],
  ])('%s: nothing is reported', (_lang, text) => {
    expect(phones(text)).toEqual([]);
  });
  it('a real number next to one stays', () => {
    const text = 'From +15005550006 in tests; in production the reminder goes to Dana Reyes at +1 415 555 2671.';
    expect(phones(text)).toContain('+1 415 555 2671');
  });
  it('isTwilioMagicNumber reads the digits only', () => {
    expect(['+15005550006', '+1 (500) 555-0009', '1-500-555-0000'].map(isTwilioMagicNumber)).toEqual([true, true, true]);
    expect(['+15005550106', '+15005550010', '+14155550006'].map(isTwilioMagicNumber)).toEqual([false, false, false]);
  });
});

// A template word inside a mailbox's domain ("@example.org") does not make the text a template.
describe('an example domain is no template word', () => {
  it('keeps a counting-run mobile next to a mailbox at example.org', () => {
    const text = 'Mon numéro de téléphone est le 06 12 34 56 78 et mon e-mail amelie.forestier@example.org.';
    expect(phones(text)).toEqual(['06 12 34 56 78']);
  });
});

describe('a drama-range number in a text that says its numbers exist for no one', () => {
  const phones = (text: string): string[] =>
    detect(text)
      .filter((f) => f.entity === 'PHONE_NUMBER')
      .map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', "We need a fake mobile for the training video. Is 07700 900461 in Ofcom's drama range? Rewrite: 'Hi Sam, your parcel comes today, call us on 07700 900461.'", '07700 900461'],
    ['fr', "Pour la vidéo, des numéros qui n'existent pas : la plage 06 39 98 est-elle réservée ? Réécris : 'Bonjour, rappelez-nous au 06 39 98 41 27.'", '06 39 98 41 27'],
    ['de', "Für die Schulung brauchen wir fiktive Rufnummern: ist 0151 23456 789 ... nein, nimm +44 7700 900317 für die Mustermail 'Hallo, ruf uns an unter +44 7700 900317.'", '+44 7700 900317'],
    ['es', "Para el vídeo queremos números ficticios: ¿sirve el 07700 900582 del rango británico? Plantilla: 'Hola, llámanos al 07700 900582.'", '07700 900582'],
    ['nl', "Voor de demo willen we nummers die niet bestaan. Valt 07700 900274 in de Britse dramareeks? Tekst: 'Hoi, je pakket komt vandaag, vragen? 07700 900274.'", '07700 900274'],
    ['it', "Per il video servono numeri che non esistono: il 07700 900733 è nella serie per la TV? Testo: 'Ciao, chiamaci al 07700 900733.'", '07700 900733'],
  ])('%s: no finding', (_l, text, number) => {
    expect(phones(text)).not.toContain(number);
  });
  it.each([
    ['en, fiction word but a real-range number', "We need a fake mobile for the video, but for now use mine: 07912 845 331.", '07912 845 331'],
    ['en, drama range claimed as my own', "Not a fake number story: my mobile 07700 900461 keeps getting spam calls.", '07700 900461'],
    ['fr, drama range without a fiction word', "Rappelez Mme Durand au 06 39 98 41 27 demain matin.", '06 39 98 41 27'],
    ['de, drama range, no fiction word', 'Bitte Frau Keller zurückrufen: +44 7700 900317, sie wartet auf den Befund.', '+44 7700 900317'],
  ])('%s: stays', (_l, text, number) => {
    expect(phones(text)).toContain(number);
  });
});
