// The organisation that introduces an address (org-names.ts introducingName, public-addresses.ts): a company's name and
// legal form before the whole address, not only before the hit (a unit line, the street before a hit that starts at the
// house number), and courts, registry offices and hospitals named before their address. Texts of our own; each "kept"
// case is a private person's address in the same layout.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] =>
  detect(text)
    .filter((f) => f.score >= 0.5)
    .map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe("a company's contact block with its legal form before the address's lead", () => {
  it.each([
    ['en unit line', 'Letterhead: Northgate Joinery Ltd, Unit 12 Hollins Business Park, Bolton BL3 6QH'],
    [
      'en block line',
      'Our footer: Brackley Foods plc, Block C, 7 Mill Road, Luton LU1 3HT, tel 01582 496 010',
    ],
    [
      'de street before the number',
      'Unsere Signatur: Weber Maschinenbau GmbH, Im Gewerbepark 12, 93059 Regensburg, Tel. 0941 123456',
    ],
    [
      'fr building line',
      'Notre en-tête : Martin Conseil SAS, Bâtiment B, 3 allée des Tilleuls, 44300 Nantes',
    ],
    [
      'es unit word and number',
      'Membrete: Gráficas Soler S.A., Parque Empresarial Norte, edificio 3, 41015 Sevilla',
    ],
    ['nl building line', 'Ons briefhoofd: Visser Advies B.V., Gebouw C, Stationsplein 45, 3013 AK Rotterdam'],
    [
      'it street with its article',
      "La nostra firma: Ferrari Trasporti S.r.l., Viale dell'Industria 32, 35129 Padova (PD), tel. 049 123 4567, PEC ferraritrasporti@pec.it",
    ],
    [
      'it estate named as a person',
      'Esposito Alimentari S.r.l., Zona Industriale ASI, Lotto 12, 80011 Acerra (NA)',
    ],
  ])('%s: nothing is reported', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    [
      'en my address',
      'I work for Acme Ltd and my address is 9 Rowan Close, Derby DE22 1AB.',
      'STREET_ADDRESS:9 Rowan Close',
    ],
    [
      'en a person after the company',
      'Signed for Carrow Print Ltd by John Hewitt, who lives at 22 Park Lane, Leeds LS6 2AB.',
      'STREET_ADDRESS:22 Park Lane',
    ],
    [
      'de privat',
      'Grüße, Anna Vogel (Weber GmbH) – privat: Am Lindenhof 4, 93047 Regensburg',
      'STREET_ADDRESS:4, 93047 Regensburg',
    ],
    [
      'es mi domicilio',
      'Talleres García S.A. envió la carta a mi domicilio: Calle Olmo 3, 46001 Valencia.',
      'STREET_ADDRESS:Calle Olmo 3, 46001 Valencia',
    ],
    [
      'nl mijn adres',
      'Jansen B.V. stuurt de brief naar mijn adres Lindelaan 5, 3541 AB Utrecht.',
      'STREET_ADDRESS:Lindelaan 5, 3541 AB Utrecht',
    ],
    [
      'it mio indirizzo',
      'Bianchi S.p.A. ha spedito la lettera al mio indirizzo, Via Verdi 8, 25100 Brescia.',
      'STREET_ADDRESS:Via Verdi 8, 25100 Brescia',
    ],
    [
      'it a person mailbox',
      'Ferrari S.r.l., Viale Roma 3, 35129 Padova, scrivere a m.rossi@ferrari-trasporti.it',
      'EMAIL_ADDRESS:m.rossi@ferrari-trasporti.it',
    ],
  ])('%s: the private value stays', (_name, text, value) => {
    expect(found(text)).toContain(value);
  });
});

describe('courts, registry offices and hospitals named before their address', () => {
  it.each([
    ['en county court', 'Fix the address in our claim template: County Court, 3 Kings Road, Reading RG1 3AS'],
    ['de court', 'Bitte in unsere Vorlage: Landgericht München I, Prielmayerstraße 7, 80335 München'],
    [
      'de hall entrance',
      'Aushang: Die Grippeimpfung findet im Paul-Ehrlich-Saal statt, Eingang Luisenstraße 2.',
    ],
    ['fr court', "Adresse dans notre modèle : Conseil de prud'hommes, 27 rue Louis Blanc, 75010 Paris"],
    ['fr hospital', "Adresse de notre formulaire : CHU de Nantes, 5 allée de l'Île Gloriette, 44000 Nantes"],
    ['es registry', 'Dirección en nuestra carta: Registro Civil, calle Pradillo 66, 28002 Madrid'],
    ['nl court', 'In ons sjabloon: Gerechtshof Den Haag, Prins Clauslaan 60, 2595 AJ Den Haag'],
    ['it court', "Nel nostro modello: Corte d'Appello di Roma, Via Romeo Romei 2, 00136 Roma"],
  ])('%s: nothing is reported', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['en home', 'The court wrote to my home at 12 Elm Road, Leeds LS6 2AB.', 'STREET_ADDRESS:12 Elm Road'],
    [
      'de Wohnung',
      'Meine Wohnung liegt hinter dem Hörsaal, Eingang Lindenweg 4.',
      'STREET_ADDRESS:Lindenweg 4',
    ],
    [
      'fr domicile',
      'Le tribunal a écrit à mon domicile, 5 rue des Lilas, 69005 Lyon.',
      'STREET_ADDRESS:5 rue des Lilas',
    ],
    [
      'it a person after the court',
      'Tribunale di Torino: il convenuto Mario Bianchi, residente in Via Verdi 8, Torino.',
      'STREET_ADDRESS:Via Verdi 8',
    ],
  ])('%s: the private address stays', (_name, text, value) => {
    expect(found(text)).toContain(value);
  });
});
