// The address-evidence gate (address-evidence.ts): texts of our own, none from a held-out set. Each text's only finding is
// a street address (checked with detect, which has no gate); classify keeps it when a private person is tied to it and
// drops it beside a public place, a firm's desk or a story's setting.
import { describe, expect, it } from 'vitest';
import { addressEvidenceFor, landlineShaped, registerHeaderAt } from './address-evidence.js';
import { classify } from './classify.js';
import { detect } from './detect.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
const onlyAddresses = (text: string): boolean => {
  const found = detect(text).filter((f) => f.score >= 0.5);
  return found.length > 0 && found.every((f) => f.entity === 'STREET_ADDRESS');
};
/**
 * The evidence the gate reads for the address `text` holds: the first one detect finds, else the first number and what
 * follows it on its line (other rules drop some of these addresses before the gate; the gate's reading is tested alone).
 */
const evidence = (text: string): string | undefined => {
  const a = detect(text).find((f) => f.entity === 'STREET_ADDRESS');
  if (a !== undefined) return addressEvidenceFor(text, a.start, a.end);
  const m = /\p{Lu}[\p{L}-]+ \d+, \d{5} \p{Lu}\p{L}+/u.exec(text);
  if (m === null) throw new Error(`no address in: ${text}`);
  return addressEvidenceFor(text, m.index, m.index + m[0].length);
};

describe('a request whose only findings are addresses keeps them only with a private person tied to one', () => {
  it.each([
    ['en moved', 'I moved to 5 Fern Court, Bath BA2 4QQ last week, please update my account.'],
    ['en his house', "We're posting the get-well card to his house at 30 Cedar Drive, Norwich NR4 6TJ."],
    ['en my customer', "write a quick note to my customer: I'll fit the blinds at 22 Holly Road, Hove BN3 5AP tomorrow at 9."],
    ['de wohnhaft', 'Bitte bestätigen: Kundin wohnhaft in Am Lindenhof 7, 01445 Radebeul, Vertrag ab März.'],
    ['fr chez moi', "J'ai déménagé, l'échange des enfants se fait chez moi, 8 rue des Tanneurs, 21000 Dijon."],
    ['es con domicilio en', 'Solicita cita, con domicilio en Calle Ruiseñor 5, 30007 Murcia.'],
    ['nl household', 'Graag netjes: Fam. Dijkstra, Kastanjelaan 19, 8912 AB Leeuwarden, melding lekkage.'],
    ['it alla cliente', 'Scrivi alla cliente: domani alle 10 monto le tende in Via dei Tigli 4, 40127 Bologna.'],
    ['de health after', 'Tour: Birkenweg 4, 53175 Bonn: Insulin 8 Einheiten, Wundversorgung'],
    ['fr household note in a list', 'Le géocodeur rejette : 4 rue des Ormes, 21000 Dijon (famille Perrin) et 9 rue Basse, 21000 Dijon.'],
  ])('%s: kept', (_, text) => {
    expect(onlyAddresses(text)).toBe(true);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it.each([
    ['en ombudsman', 'Where do I send a complaint about a bank? Is the ombudsman still at 14 Harbour Exchange Square, London?'],
    ['en customer services', 'Our customer services team is at 40 Wharf Road, Leeds LS1 4DT, open 9-5.'],
    ['en returns desk', 'Send items to our returns desk, Unit 7 Sawmill Lane, Daventry NN6 7GX.'],
    ['en story setting', 'Write a short story set at 221 Elm Street where a detective solves a puzzle.'],
    ['en historical home', 'Charles Dickens lived at 48 Doughty Street, London, now a museum.'],
    ['de court', 'Wie lautet die Anschrift des Amtsgerichts Mitte, Littenstraße 12, Berlin?'],
    ['de goods-in', 'Tour: Birkenweg 4, 53175 Bonn: Lieferung Paletten, Rampe 3'],
    ['fr court', "Quelle est l'adresse du tribunal judiciaire de Lyon, 67 rue Servient ?"],
    ['es museum', '¿Dónde está el museo? Creo que en Calle Montalbán 2, Madrid.'],
    ['nl town hall', 'Het gemeentehuis, Kastanjelaan 19, 8912 AB Leeuwarden, is dicht op maandag.'],
  ])('%s: dropped', (_, text) => {
    expect(onlyAddresses(text)).toBe(true);
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it('runs only when every finding is an address: a phone beside it keeps it', () => {
    const r = classify(request('Ruf an: 0171 2345678, Littenstraße 12, Berlin'));
    expect(r.findings.map((f) => f.entity).sort()).toEqual(['PHONE_NUMBER', 'STREET_ADDRESS']);
  });

  it('is a request-level gate: detect() still reports the address', () => {
    const text = 'Wie lautet die Anschrift des Amtsgerichts Mitte, Littenstraße 12, Berlin?';
    expect(detect(text).some((f) => f.entity === 'STREET_ADDRESS')).toBe(true);
  });
});

describe('evidence near one address', () => {
  it('a word of private life counts in its own sentence, not in a sentence about patients in general', () => {
    // "Patienten" is 90 characters before the address, in a clause about an authority: no evidence.
    expect(
      evidence(
        'Patienten können Nebenwirkungen beim BfArM melden (Bundesinstitut für Arzneimittel und Medizinprodukte, Kurt-Georg-Kiesinger-Allee 3, 53175 Bonn).',
      ),
    ).toBeUndefined();
    expect(evidence('Tour: Birkenweg 4, 53175 Bonn: Insulin 8 Einheiten, Wundversorgung')).toBe('words');
  });

  it("a client word is a firm's desk next to a service word", () => {
    expect(evidence('Servicio de atención al cliente: Calle Ruiseñor 5, 30007 Murcia.')).toBeUndefined();
    expect(evidence('Nota para la clienta: mañana a las 10 en Calle Ruiseñor 5, 30007 Murcia.')).toBe('anchor');
  });

  it("a person's name in lower case after a recipient's preposition, or a listed first name and surname", () => {
    expect(evidence('maak het netjes: pakket voor anke terpstra, Molenweg 3, 7421 BK Deventer, in de schuur')).toBe('name');
    expect(evidence('bitte kürzen: paket für dieter schwanitz, Lindenweg 7, 04178 Leipzig')).toBe('name');
    expect(evidence('bitte kürzen: paket für das lager, Lindenweg 7, 04178 Leipzig')).toBeUndefined();
  });

  it('a household before the street whose number the address was read from', () => {
    expect(evidence('Einsatz bei Familie Demir, Karl-Marx-Ring 51, 81735 München, erledigt.')).toBe('household');
    expect(evidence('Einsatz im Jugendzentrum, Karl-Marx-Ring 51, 81735 München, erledigt.')).toBeUndefined();
  });

  it("a person's name right before the address, not a hotel's or a firm's", () => {
    // Four capitalised words are a firm's name, though one of them is a listed first name.
    expect(evidence('Kontakt: Van Dam Blackstone Westerveld, Lindenweg 7, 04178 Leipzig')).toBeUndefined();
    expect(evidence('Wim Brouwer, Dorpsstraat 14, 1687 AB Wognum: steunkousen aan')).toBe('name');
    expect(evidence('Notiz: D. Anselmo Quiroga, Calle Ruiseñor 5, 30007 Murcia.')).toBe('name');
    expect(evidence('Etiquette : LEMAIRE, Odile – 12 rue des Ormes, 21000 Dijon')).toBe('name');
    expect(evidence('Hotel Bellavista, Via Roma 7, 72017 Ostuni, per due notti.')).toBeUndefined();
    // A bracket after a name is a venue's address in brackets ("Grace Hotel München (Dachauer Straße 37)").
    expect(evidence('Auslastung: Grace Hotel München (Dachauer Straße 37, 80335 München): 92 %.')).toBeUndefined();
  });

  it('a household right before the address, or in brackets after it', () => {
    expect(evidence('Hausbesuch bei Familie Brandt, Lindenweg 2, 06114 Halle.')).not.toBeUndefined();
    expect(evidence('Das Standesamt, Lindenweg 2, 06114 Halle, hat montags zu.')).toBeUndefined();
  });

  it("a residence field after the street on its line (a payroll record's town of residence)", () => {
    expect(evidence('<Str>Oudegracht 201</Str><Pc>3511NH</Pc><Woonpl>Utrecht</Woonpl>')).toBe('residence');
    expect(evidence('<Str>Oudegracht 201</Str><Pc>3511NH</Pc><Vestiging>Utrecht</Vestiging>')).toBeUndefined();
  });

  it("a register header with a person's column above the address", () => {
    const round = 'klient;adresse;pflegegrad\nmargot weiss;Lindenweg 2, 06114 Halle;3';
    const branches = 'filiale;adresse;öffnungszeiten\nMitte;Lindenweg 2, 06114 Halle;9-18';
    expect(registerHeaderAt(round)).toBe(0);
    expect(registerHeaderAt(branches)).toBe(-1);
    expect(evidence(round)).toBe('register');
    expect(evidence(branches)).toBeUndefined();
  });
});

describe('a landline-shaped phone number alone keeps its flag only with a private person tied to it', () => {
  const onlyPhones = (text: string): boolean => {
    const found = detect(text).filter((f) => f.score >= 0.5);
    return found.length > 0 && found.every((f) => f.entity === 'PHONE_NUMBER');
  };
  it.each([
    ['en gallery', 'Harbour Gallery, Quay Street, Bristol. Tel. 0117 927 7001. Closed 25 December.'],
    ['it helpline', 'Aggiungi il box: Telefono Amico Lombardia, ascolto tutti i giorni al 02 8765 4321, anche via chat.'],
    ['nl helpline reachable', 'Voor de nieuwsbrief: de luisterlijn, dag en nacht bereikbaar op 030 234 5678.'],
  ])('%s: dropped', (_, text) => {
    expect(onlyPhones(text)).toBe(true);
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it.each([
    ['fr client', 'Rappelle le client au 01 44 55 66 77 pour confirmer la livraison.'],
    ['es possessive', 'Llame a su fijo, su tlf 952 46 31 87, por la tarde.'],
    ['nl text message', 'Stuur een sms naar 0570 612 984 dat de monteur dinsdag komt.'],
    ['nl reachable, first person', 'Zet in mijn mail: ik ben bereikbaar op 0570 612 984 na zes uur.'],
    ['en mobile by its shape', 'Harbour Gallery, Quay Street, Bristol. Ring Sam on 07700 900 123 before Friday.'],
  ])('%s: kept', (_, text) => {
    expect(onlyPhones(text)).toBe(true);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('reads the shape: landlines and service numbers, not numbers some plan reads as mobiles', () => {
    for (const n of ['0117 496 0123', '+44 117 496 0123', '030 12345678', '+49 (0)89 2180 4471', '01 44 55 66 77', '952 46 31 87', '020 531 3233', '02 8765 4321', '0800 123 4567'])
      expect(landlineShaped(n)).toBe(true);
    for (const n of ['07700 900 123', '0176 22819034', '06 12 87 45 30', '612 48 30 97', '06-12345678', '339 204 8176', '+34 655 091 478', '+1 415 555 0100', '(816) 383-3283', '+32 470 12 34 56'])
      expect(landlineShaped(n)).toBe(false);
  });
});

describe("a household's name joined to a landline by its preposition", () => {
  const phoneClass = (text: string): string => {
    const found = detect(text).filter((f) => f.score >= 0.5);
    expect(found.length > 0 && found.every((f) => f.entity === 'PHONE_NUMBER'), text).toBe(true);
    return classify(request(text)).dataClass;
  };
  it.each([
    ['de', 'Rückmeldung: Anruf bei Familie Wächter unter 08441 3827 64 wegen der Abholung.'],
    ['es', 'Nota: llamamos a la familia Echeverría al 948 31 52 07 para la devolución.'],
    ['nl', 'Voicemail: we bellen familie Hoekstra op 050 318 27 64 over de ophaling.'],
    ['it', 'Messaggio: chiamiamo la famiglia Zanella allo 0471 635 208 per il ritiro.'],
  ])('%s: kept', (_, text) => {
    expect(phoneClass(text)).not.toBe('none');
  });
  it.each([
    ['de branch', 'Rückmeldung: Anruf bei der Filiale Rosenheim unter 08441 3827 64 wegen der Abholung.'],
    ['es household not joined to the number', 'Nota: la familia Echeverría vive en Pamplona; la oficina atiende al 948 31 52 07.'],
    ['nl branch', 'Voicemail: de vestiging Groningen is bereikbaar op 050 318 27 64.'],
  ])('%s: no household, clean', (_, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });
});
