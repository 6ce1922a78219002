// Structured hits that are nobody's data (non-personal.ts): published specimens, documentation ranges and domains,
// role mailboxes and desk phones, four-part versions, ledger accounts, log timestamps. Texts of our own; each case
// was flagged before the filter, and each "kept" case guards the filter's edge.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { SPECIMENS } from './data/specimens.js';
import { isIban } from './checksums.js';

const entities = (text: string): string[] => [...new Set(detect(text).map((f) => f.entity))].sort();
const values = (text: string, entity: string): string[] =>
  detect(text)
    .filter((f) => f.entity === entity)
    .map((f) => text.slice(f.start, f.end));

describe('published specimen values', () => {
  it.each([
    ['SWIFT registry GB IBAN', 'My validator rejects GB29 NWBK 6016 1331 9268 19, is the regex wrong?'],
    ['SWIFT registry ES IBAN', "assert is_valid_iban('ES9121000418450200051332')"],
    ['SWIFT registry GB sort code and account', 'Footer template: Bank NatWest, sort code 60-16-13, account number 31926819.'],
    ['SWIFT registry IT IBAN', 'test("iban IT60X0542811101000000123456 passes")'],
    ['test BSN of the 11-test example', "const bsn = '123456782'; // elfproef voorbeeld"],
    [
      'Redsys 3-D Secure test card',
      'En el entorno de integración uso 4548 8100 0000 0003 con caducidad 12/49.',
    ],
    ['validator libraries\' example NINO', "Write a NINO validator; the placeholder 'AB123456C' should pass the format test only."],
    ['validator libraries\' example NINO, spaced', 'Das Formular zeigt AB 12 34 56 C als Beispiel für die britische NI-Nummer.'],
    [
      'Adyen test card',
      'paymentMethod: { number: "4111 1111 4555 1142", expiryMonth: "03", expiryYear: "2030" }',
    ],
  ])('%s is not reported', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });
  it('a specimen is dropped, a valid IBAN that is no specimen is still reported', () => {
    expect(
      values(
        'Im Handbuch steht GB29 NWBK 6016 1331 9268 19, überweisen Sie bitte auf DE90 5001 0517 0987 6543 21.',
        'IBAN_CODE',
      ),
    ).toEqual(['DE90 5001 0517 0987 6543 21']);
  });
  it("another NINO is still a person's", () => {
    expect(entities('My National Insurance number is AB 65 43 21 C, can you fill in the form?')).toContain('UK_NINO');
  });
  it("another sort code and account are still a person's", () => {
    expect(entities('Pay my rent to sort code 20-45-77, account number 43895172, please.').length).toBeGreaterThan(0);
  });
  it('every listed IBAN is valid (a typo would make the entry dead)', () => {
    for (const s of SPECIMENS.filter((x) => /^[A-Z]{2}\d\d /.test(x.value)))
      expect(isIban(s.value.replace(/ /g, ''))).toBe(true);
  });
  it('every entry names its source', () => {
    for (const s of SPECIMENS) expect(s.source.length).toBeGreaterThan(10);
  });
});

describe('documentation address blocks', () => {
  it.each([
    ['RFC 5737 TEST-NET-3 host', 'The proxy forwards to 203.0.113.57 on port 8443 (see diagram).'],
    ['RFC 5737 TEST-NET-1 host', 'curl -H "X-Forwarded-For: 192.0.2.44" https://api.internal/health'],
    ['RFC 3849 IPv6', 'Set listen_address to 2001:db8:85a3::8a2e:370:7334 in the sample config.'],
  ])('%s is not reported', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });
  it('a public address outside the documentation blocks is kept', () => {
    expect(
      values(
        'The docs use 198.51.100.23; please allow-list my home IP 81.2.69.160 on the VPN.',
        'IP_ADDRESS',
      ),
    ).toEqual(['81.2.69.160']);
  });
});

describe('organisation contacts', () => {
  it.each([
    ['en role mailbox', 'Questions about the recall go to enquiries@harbour-bikes.co.uk.'],
    ['de role mailbox', 'Bewerbungen bitte an karriere@elbtal-logistik.de senden.'],
    [
      'fr press desk with phone',
      'Contact presse : relations presse du Département, presse@departement-sud.fr, 04 91 22 33 44.',
    ],
    [
      'es press office with phone',
      'Oficina de prensa de la Diputación: prensa@diputacion-norte.es, 948 22 41 07.',
    ],
    ['it press office with phone', 'Per la stampa: ufficio.stampa@regione-centro.it, tel. 06 5168 2210.'],
    [
      'nl desk phrase before a phone',
      'Bel voor vragen de klantenservice van de woningcorporatie op 020 555 1234.',
    ],
    ["en an event's information desk", 'On the day, the information desk can be reached on 0161 496 0750 for access questions.'],
    ['de Infostand', 'Fragen am Veranstaltungstag beantwortet der Infostand unter Tel. 0341 2290 5500.'],
    ['fr point info', 'Le jour de la visite, le point info répond au 03 88 52 41 00.'],
    ['es punto de información', 'El día de la jornada, el punto de información atiende en el teléfono 963 21 45 00.'],
    ['nl informatiebalie', 'Op de open dag is de informatiebalie bereikbaar op 024 361 22 22.'],
    ['it punto informazioni', "Il giorno dell'evento il punto informazioni risponde al numero 051 209 9610."],
  ])('%s is not reported', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });
  it("a named person's own number next to a role mailbox is kept", () => {
    const found = entities(
      'Bei Rückfragen: Frau Katrin Vollmer, 0171 2345678, oder presse@stadtwerke-nord.de.',
    );
    expect(found).toContain('PHONE_NUMBER');
    expect(found).not.toContain('EMAIL_ADDRESS');
  });
  it("a named person's own mobile at an info desk is kept", () => {
    expect(values('Ask Marta Quiroga at the info desk, her mobile is 07700 900312.', 'PHONE_NUMBER')).toEqual(['07700 900312']);
  });
  it('a personal mailbox is kept', () => {
    expect(
      values('Sende es an info@elbtal-logistik.de und jonas.breitner@posteo.de.', 'EMAIL_ADDRESS'),
    ).toEqual(['jonas.breitner@posteo.de']);
  });
});

describe('four-part versions, ledger accounts, log timestamps', () => {
  it.each([
    ['en, build nearby', 'After the patch our runner reports 7.2.14.9 and the build still fails.'],
    ['de, Version before a clause', 'Nach dem Update zeigt das Programm jetzt 5.3.1.22 an.'],
    ['es, versión nearby', 'La versión instalada en el portátil es la 4.10.2.77, ¿hay otra más nueva?'],
  ])('%s: not an IP address', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });
  it('an address word keeps the quad an IP address', () => {
    expect(values('After the update my IP is 88.14.201.7 and the login fails.', 'IP_ADDRESS')).toEqual([
      '88.14.201.7',
    ]);
    expect(values('After the update the tool shows 88.14.201.7 in its about box.', 'IP_ADDRESS')).toEqual([]);
  });
  it('SKR04 ledger accounts in a DATEV-style export are not bank accounts', () => {
    const text =
      'Buchungsstapel Oktober\nDatum;Beleg;Konto;Gegenkonto;Soll;Haben\n01.10.2026;RE-77;6815;1800;45,00;\n02.10.2026;RE-78;6640;1800;120,00;';
    expect(entities(text)).not.toContain('BANK_ACCOUNT');
  });
  it('a log line that starts with a timestamp is no house number', () => {
    const text = 'x app=havenstraat\n2026-10-02T11:00:00Z argo INFO sync';
    expect(entities(text)).not.toContain('STREET_ADDRESS');
  });
});

describe('placeholder people', () => {
  it.each([
    ['de', 'Beispiel: Sehr geehrter Herr Max Mustermann, vielen Dank für Ihre Anfrage.'],
    ['de', 'Auf dem Muster-Personalausweis steht Erika Mustermann als Inhaberin, wo ist die Zugangsnummer?'],
    [
      'en',
      'In the OpenAPI example the customer is John Doe and the contact is Jane Doe; is the schema valid?',
    ],
    ['es', 'En los tests el titular es Fulano de Tal y el segundo titular Mengano de Tal; ¿cómo genero más?'],
  ])('%s: a published placeholder name is nobody', (_lang, text) => {
    expect(detect(text).filter((f) => f.entity === 'PERSON')).toEqual([]);
  });

  it('keeps a real name beside a placeholder one', () => {
    const text =
      'Replace John Doe in the template with the real tenant, Mrs Sarah Whitfield, before sending.';
    expect(
      detect(text)
        .filter((f) => f.entity === 'PERSON')
        .map((f) => text.slice(f.start, f.end)),
    ).toEqual(['Sarah Whitfield']);
  });
});
