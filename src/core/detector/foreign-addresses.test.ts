// Addresses abroad and British house names (foreign-addresses.ts, addresses.ts UK_HOUSE_BEFORE), the stops of a delivery
// round (public-addresses.ts STOPS_LEAD) and a worker's or one person's address as the gate's evidence
// (data/address-evidence-words.ts). Sentences of our own, in the six languages.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';
import { scanForeignAddresses } from './foreign-addresses.js';
import type { Hit } from './hit.js';

const ask = (text: string) => classify({ messages: [{ role: 'user', content: text }] });
const lines = (text: string): string[] => {
  const out: Hit[] = [];
  scanForeignAddresses(text, out);
  return out.map((h) => text.slice(h.start, h.end));
};

describe('a postcode, a town and a country after a numbered street line', () => {
  it.each([
    ['PL', 'to his new address: 41 Ulica Lipowa, 33-300 Nowy Sącz, Poland. Keep it short.', '33-300 Nowy Sącz, Poland'],
    ['RO', 'Adresse: Str. Lalelelor nr. 7, bl. A2, sc. 1, ap. 14, 550123 Sibiu, Rumänien.', '550123 Sibiu, Rumänien'],
    ['PT', 'Rua das Flores 27, 4050-262 Porto, Portugal', '4050-262 Porto, Portugal'],
    ['TR', 'Atatürk Caddesi No: 45, 35220 Konak/İzmir, Turkije.', '35220 Konak/İzmir, Turkije'],
    ['MA', 'Send it to 12 Rue Ibn Sina, 20000 Casablanca, Morocco.', '20000 Casablanca, Morocco'],
    ['UA', 'vul. Shevchenka 10, kv. 5, 79000 Lviv, Ucraina', '79000 Lviv, Ucraina'],
    ['a two-word country', 'Flat 2, 14 Queen Street, 1010 Auckland, New Zealand', '1010 Auckland, New Zealand'],
  ])('%s', (_c, text, found) => {
    expect(lines(text)).toEqual([found]);
  });
  it.each([
    ['no number before', 'We export to 33-300 Nowy Sącz, Poland and elsewhere.'],
    ['no country after', '41 Ulica Lipowa, 33-300 Nowy Sącz'],
    ['a count, not a postcode', 'In 2024, 1500 Besucher kamen aus Polen, Tschechien und Österreich.'],
    ['a version', 'Version 41.33.300 released; see build 33-300.'],
  ])('none: %s', (_c, text) => {
    expect(lines(text)).toEqual([]);
  });
  it('the town inside it is no person', () => {
    const t = 'Send the P45 to his new address: 41 Ulica Lipowa, 33-300 Nowy Sącz, Poland.';
    expect(detect(t).filter((f) => f.entity === 'PERSON')).toEqual([]);
  });
});

describe('a lone address told as a worker\'s or one person\'s home keeps its flag', () => {
  it.each([
    ['en, abroad', "Please write the letter to send a former worker's P45 to his new address: 41 Ulica Lipowa, 33-300 Nowy Sącz, Poland. Keep it short."],
    ['nl, abroad', 'Stuur de jaaropgave naar zijn nieuwe adres: Atatürk Caddesi No: 45, 35220 Konak/İzmir, Turkije.'],
    ['de, a seasonal worker', 'Adresse des Saisonarbeiters: Str. Lalelelor nr. 7, bl. A2, sc. 1, ap. 14, 550123 Sibiu, Rumänien.'],
    ['it, an employee', 'Nuova residenza del dipendente: Contrada Piano Grande 12, 85050 Marsico Nuovo (PZ).'],
    ['en, a Welsh house name', 'Client wants the letters sent to his home not the farm: Ty Newydd, Llanfihangel-y-Creuddyn, Aberystwyth SY23 4LA. Rewrite my note.'],
    ['en, an English cottage', 'Please send his payslips to his home: Rose Cottage, Church Lane, Little Snoring, Fakenham NR21 0JB.'],
    ['en, the stops of a delivery round', 'Put these in a sensible driving order from the pharmacy on Whitworth Street: 18 Albion Terrace, Rochdale OL11 3QF; 5 Mellor Street, Rochdale OL12 6UX.'],
    ['de, the stops of a round', 'Bring die Stopps in eine sinnvolle Reihenfolge ab der Apotheke am Markt: Lindenweg 7, 34117 Kassel; Ahornstraße 3, 34119 Kassel.'],
  ])('%s', (_name, text) => {
    expect(ask(text).dataClass).not.toBe('none');
  });
  it.each([
    ['en, a business abroad', 'Our Polish subsidiary: Acme Sp. z o.o., ul. Prosta 20, 00-850 Warszawa, Poland.'],
    ['en, a venue abroad', 'The conference venue is Hotel Bristol, ul. Krakowskie Przedmieście 42/44, 00-325 Warszawa, Poland.'],
    ['en, a hall', 'The Guildhall, Gresham Street, London EC2V 7HH hosts the fair.'],
    ['en, our address', 'Our address: Unit 4, Trafford Park, Manchester M17 1AB.'],
  ])('not a person\'s: %s', (_name, text) => {
    expect(ask(text).dataClass).toBe('none');
  });
});

// Set 68 nl-s001: a letter's address block, the name after an honorific on the line above the street.
describe('a letter\'s address block: an honorific and a name on the line above', () => {
  it.each([
    ['nl', 'Schrijf een vriendelijke herinneringsbrief:\n\nDhr. R. (Ruud) Verhoeven\nKerkstraat 12\n3811 CV Amersfoort\n\nOndertekening: Tandartspraktijk De Eem'],
    ['de, care of', 'Schreib einen Brief an:\nc/o Familie Scholz\nLindenweg 7\n34117 Kassel'],
    ['fr', 'Écris un courrier de relance à :\nMme S. Garnier\n14 rue des Lilas\n69003 Lyon'],
    ['en', 'Draft a reminder letter to:\nMrs J. Whitfield\n22 Harbour Road\nWhitby YO21 3PU'],
  ])('%s', (_lang, text) => {
    expect(ask(text).dataClass).not.toBe('none');
  });
  it.each([
    ['en, a firm\'s block', 'Send the order to:\nAcme Supplies Ltd\n22 Harbour Road\nWhitby YO21 3PU'],
    ['de, a shop', 'Die Filiale:\nBäckerei Sommer\nLindenweg 7\n34117 Kassel\nist montags geschlossen.'],
  ])('no honorific, no person: %s', (_name, text) => {
    expect(ask(text).dataClass).toBe('none');
  });
});
