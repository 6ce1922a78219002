// Hits that are nobody's personal data (impersonal-values.ts): documentation keys, test-fixture values, companies'
// letterhead addresses and register numbers, streets named as places. Texts of our own; each "dropped" case was
// reported before the filter, and each "kept" case guards the rule's edge.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { isFictionalPhone, isPlaceholderDomain, isReservedDomain } from './placeholders.js';

const entities = (text: string): string[] => [...new Set(detect(text).map((f) => f.entity))].sort();

describe('AWS documentation example keys', () => {
  it.each([
    ['IAM guide pair', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['CLI guide pair', 'export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'],
  ])('%s is not reported', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });

  it('a key id of the same shape without the EXAMPLE tail is still a secret', () => {
    expect(entities('aws_access_key_id = AKIAQ3EGRT7LMN2XWQ4Z')).toEqual(['AWS_ACCESS_KEY']);
  });
});

describe('placeholder e-mail domains and test fixtures', () => {
  it('knows the RFC 2606 / 6761 names and the word "example" in six languages', () => {
    expect(isReservedDomain('a@example.org')).toBe(true);
    expect(isReservedDomain('a@shop.test')).toBe(true);
    expect(isReservedDomain('a@mail.example.com')).toBe(true);
    expect(isReservedDomain('a@examples.com')).toBe(false);
    expect(isPlaceholderDomain('a@gemeente.voorbeeld.nl')).toBe(true);
    expect(isPlaceholderDomain('a@esempio-shop.it')).toBe(true);
    expect(isPlaceholderDomain('a@gmail.com')).toBe(false);
  });

  it('reads fictional phone ranges (Ofcom drama, NANP 555-01xx, ARCEP)', () => {
    expect(isFictionalPhone('07700 900412')).toBe(true);
    expect(isFictionalPhone('+44 161 496 0123')).toBe(true);
    expect(isFictionalPhone('01632 960 777')).toBe(true);
    expect(isFictionalPhone('(212) 555-0142')).toBe(true);
    expect(isFictionalPhone('01 99 00 45 67')).toBe(true);
    expect(isFictionalPhone('07700 901412')).toBe(false);
    expect(isFictionalPhone('(212) 555-0242')).toBe(false);
  });

  it('a fixture record on a placeholder domain is dropped whole: address, phone, IBAN and the person it is named for', () => {
    const text =
      "Why does this unit test fail?\nconst customer = { name: 'Greta Lindqvist', email: 'greta.lindqvist@example.net', phone: '+44 161 496 0123', iban: 'DE75512108001245126199' };";
    expect(entities(text)).toEqual([]);
  });

  it('the record is still a fixture when its placeholder address was already dropped as a placeholder person', () => {
    const text = "Is this test fixture right?\nexport const buyer = { name: 'John Doe', email: 'john.doe@example.org', card: '4539 1488 0343 6467' };";
    expect(entities(text)).toEqual([]);
  });

  it('the same record with a real mail domain stays', () => {
    const text =
      "Why does this unit test fail?\nconst customer = { name: 'Greta Lindqvist', email: 'greta.lindqvist@gmail.com', iban: 'DE75512108001245126199' };";
    expect(entities(text)).toContain('IBAN_CODE');
    expect(entities(text)).toContain('EMAIL_ADDRESS');
  });

  it('a reserved-domain address in ordinary text stays (writers use them for real-looking records)', () => {
    expect(entities('Patient contact greta@example.com, follow-up for her asthma next week')).toContain('EMAIL_ADDRESS');
  });

  it('a fictional-range phone outside a fixture stays, even next to mock exams', () => {
    const text = "Kacper's mum asked for a call back on 07700 900412 about the mocks; he has ADHD.";
    expect(entities(text)).toContain('PHONE_NUMBER');
  });

  it('a system mailbox on a placeholder domain is dropped', () => {
    expect(entities('Reacties graag naar stationsplein@almelo.voorbeeld.nl voor 1 maart.')).toEqual([]);
  });

  it.each([
    ['es', 'El formulario rechaza usuario.prueba@ejemplo.es y no sé por qué.'],
    ['it', "Il validatore scarta prova@esempio.it: è normale?"],
    ['de', 'Warum wird test.nutzer@beispiel.de als ungültig markiert?'],
    ['fr', "Le champ refuse essai@exemple.fr, pourquoi ?"],
    ['nl', 'Het formulier weigert test.gebruiker@voorbeeld.nl.'],
  ])('a test account on the word "example" of %s is not reported', (_lang, text) => {
    expect(entities(text)).toEqual([]);
  });

  it.each([
    ['en', 'Login fails for test@test.com on staging.'],
    ['en', 'Use user@domain.com as the sender in the template.'],
    ['es', 'Rellena usuario@dominio.com y pulsa enviar.'],
    ['it', 'Inserisci nome.cognome@azienda.it nel modulo.'],
  ])('a placeholder mailbox on a "some domain" name (%s) is not reported', (_lang, text) => {
    expect(entities(text)).toEqual([]);
  });

  it('a real-looking mailbox on a "some domain" name stays', () => {
    expect(entities('Write to anna.berg@company.com about her claim.')).toContain('EMAIL_ADDRESS');
  });

  it('a real-looking mailbox on a localised example domain stays', () => {
    expect(entities('Scrivi a giulia.ferrante@esempio.it per il referto.')).toContain('EMAIL_ADDRESS');
  });

  it.each([
    ['Jest', "test('age', () => {\n  const c = { name: 'Max Mustermann', geburtsdatum: '1990-01-01', email: 'max@example.org' };\n  expect(age(c)).toBe(36);\n});"],
    ['pytest', "def test_signup():\n    u = User(dob='1985-03-12', email='utente.prova@esempio.it', phone='+39 347 123 4567')\n    assert validate(u)"],
  ])('a %s fixture record loses its date of birth and phone', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });

  it('the same record with a real mail domain keeps its date of birth', () => {
    const text = "test('age', () => {\n  const c = { name: 'Max Brenner', geburtsdatum: '1990-03-14', email: 'max.brenner@gmx.de' };\n  expect(age(c)).toBe(36);\n});";
    expect(entities(text)).toContain('DATE_OF_BIRTH');
  });

  it("a word glued before a test marker is no test ('submit(' is not 'it(')", () => {
    const text = "On submit('form') the patient record { dob: '1990-01-01', email: 'greta@example.com' } is saved.";
    expect(entities(text)).toContain('EMAIL_ADDRESS');
  });

  it.each([
    ['API docs JSON', 'Example request body from our API docs: {"name": "Erika Mustermann", "birthDate": "1964-08-12", "email": "erika@example.com"}'],
    ['sample CSV', 'Sample CSV for the import guide:\nname,dob,email\nJohn Doe,1980-01-01,john.doe@example.com'],
    ['labelled test data (es)', 'Datos de prueba para el manual: nombre "Fulano de Tal", fecha de nacimiento 01/01/1980, correo fulano@ejemplo.com'],
    ['placeholder person in a test (de)', 'Testdaten für den Import: Max Mustermann, geboren am 01.01.1990, Kundennummer folgt.'],
  ])('%s: the fixture date of birth is not reported', (_name, text) => {
    expect(entities(text)).not.toContain('DATE_OF_BIRTH');
  });

  it('a 1 January birth date literal in test code is a fixture value; another date stays', () => {
    expect(entities("it('computes age', () => {\n  const u = { geburtsdatum: '1990-01-01' };\n  expect(age(u)).toBe(36);\n});")).toEqual([]);
    expect(entities("it('computes age', () => {\n  const u = { geburtsdatum: '1990-03-14' };\n  expect(age(u)).toBe(36);\n});")).toContain('DATE_OF_BIRTH');
  });

  it('a CSV of real customers keeps its dates of birth', () => {
    const text = 'Import fails on this CSV:\nname,dob,email\nGreta Lindqvist,1980-03-14,greta.lindqvist@gmail.com';
    expect(entities(text)).toContain('DATE_OF_BIRTH');
  });

  it('a placeholder name outside a fixture does not hide a date of birth', () => {
    expect(entities('Bitte prüfen: Max Mustermann, geboren am 01.01.1990, hat den Antrag gestellt.')).toContain('DATE_OF_BIRTH');
  });

  it("an OpenAPI schema's example values are documentation", () => {
    const text = 'Is this OpenAPI example valid?\nproperties:\n  email: { type: string, example: jane.doe@example.com }\n  line1: { type: string, example: "221 Baker Street" }';
    expect(entities(text)).toEqual([]);
  });
});

describe('role mailboxes', () => {
  it.each([
    ['investor relations', 'Analyst call at 9:00; investor relations: ir@harbourline.co.uk.'],
    ['town planning', 'Stellungnahmen bitte an stadtplanung@kreisstadt-nord.de bis Ende Mai.'],
    ['careers (nl)', 'Stuur je cv naar werkenbij@bouwgroep-noord.nl.'],
    ['accounts (fr)', 'Questions : compta@atelier-durand.fr'],
  ])('%s is not reported', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });
});

describe("a company's letterhead address and numbers", () => {
  it.each([
    ['UK footer', 'Notes to editors: Harbourline Logistics Ltd, registered in England No. 09123456, 14 Dock Street, Hull HU1 3AA.'],
    ['German imprint', 'Kontakt: Brennerei Vogt GmbH, Amtsgericht Kassel HRB 4412, Wilhelmsstraße 12, 34117 Kassel'],
    ['French invoice', 'De : Menuiserie Caron SARL, 8 rue des Tanneurs, 59000 Lille\nSIRET 412 345 678 00017'],
    ['Spanish invoice', 'De: Conservas Iturri S.L., calle Mayor 14, 31001 Pamplona\nCIF B31234567'],
    ['Dutch footer', 'Bakkerij Mulder B.V., Kerkstraat 21, 8011 RP Zwolle, KvK 05012345'],
    ['Italian footer', 'Oleificio Bruni S.r.l., via Roma 14, 06034 Foligno (PG), P.IVA 02345670541, REA PG-123456'],
    ['supplier bank line', 'From: Harbourline Logistics Ltd, Company No. 09123456\nBank: Harbourline Logistics Ltd, sort code 20-45-77, account 43129876'],
  ])('%s is not reported', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });

  it.each([
    ['en', 'Footer for the letters:\nAshcombe Joinery Ltd · VAT GB 123 4567 89 · Company No. 08123456\nBank: Barclays, sort code 20-32-06, account 53190845'],
    ['de', 'Fußzeile:\nHolzbau Kramer GmbH · USt-IdNr. DE123456789 · HRB 4412\nBankverbindung: Kreissparkasse Kassel, IBAN DE44 5001 0517 5407 3249 31'],
    ['fr', 'Pied de page :\nMenuiserie Caron SARL · SIRET 412 345 678 00017\nBanque : Crédit Agricole, IBAN FR76 3000 4028 3798 7654 3210 976'],
    ['es', 'Pie de factura:\nConservas Iturri S.L. · CIF B31234567\nDatos bancarios: Caja Rural, IBAN ES79 2100 0813 6101 2345 6789'],
    ['nl', 'Voettekst:\nBakkerij Mulder B.V. · KvK 05012345 · btw NL812334566B01\nBank: Rabobank, IBAN NL44 RABO 0123 4567 89'],
    ['it', 'Piè di pagina:\nOleificio Bruni S.r.l. · P.IVA 02345670541\nBanca: Intesa Sanpaolo, IBAN IT66 A030 6909 6061 0000 0012 345'],
  ])("%s: a footer's bank line under the company's register line is the company's account", (_lang, text) => {
    expect(entities(text)).toEqual([]);
  });

  it("a bank line under a company's register line that is a person's or the writer's own account is kept", () => {
    expect(entities('Ashcombe Joinery Ltd · VAT GB 123 4567 89\nBank: my own account, sort code 20-32-06, account 53190845')).toContain('BANK_ACCOUNT');
    expect(entities('Holzbau Kramer GmbH · USt-IdNr. DE123456789\nBankverbindung: Konto von Peter Wagner, IBAN DE44 5001 0517 5407 3249 31')).toContain('IBAN_CODE');
    expect(entities('Oleificio Bruni S.r.l. · P.IVA 02345670541\nBanca: il mio conto, IBAN IT66 A030 6909 6061 0000 0012 345')).toContain('IBAN_CODE');
    expect(entities('Ashcombe Joinery Ltd · VAT GB 123 4567 89\nPlease pay Tom into sort code 20-32-06, account 53190845')).toContain('BANK_ACCOUNT');
  });

  it("the supplier's switchboard on its own invoice is not reported; the writer's own number is", () => {
    expect(entities('From: Harbourline Logistics Ltd, 14 Dock Street, Hull HU1 3AA, Tel 01482 223344\nCompany No. 09123456 · VAT GB 123 4567 89')).toEqual([]);
    expect(entities('Harbourline Logistics Ltd, Company No. 09123456. Call me on 07812 334455 about the invoice.')).toEqual(['PHONE_NUMBER']);
  });

  it('kept when a person is named with the address', () => {
    const text = 'Invoice to: Mrs Helen Marsh, 14 Dock Street, Hull HU1 3AA. From Harbourline Logistics Ltd, Company No. 09123456.';
    expect(entities(text)).toContain('STREET_ADDRESS');
  });

  it('kept when the address is a home address', () => {
    const text = 'Harbourline Logistics Ltd, Company No. 09123456: please send the laptop to her home address, 14 Dock Street, Hull HU1 3AA.';
    expect(entities(text)).toContain('STREET_ADDRESS');
  });

  it('kept with a legal form but no register, VAT or desk word', () => {
    expect(entities('Harbourline Logistics Ltd moved to 14 Dock Street, Hull HU1 3AA last year.')).toContain('STREET_ADDRESS');
  });

  it('a phone after a company-number label is a register number; a phone with a call word still is a phone', () => {
    expect(entities('Harbourline Logistics Ltd (Company No. 09123456), press office on the switchboard')).toEqual([]);
    expect(entities('Call Helen on 0161 555 0123 about the order')).toContain('PHONE_NUMBER');
  });
});

describe('streets named as places', () => {
  it.each([
    ['Spanish shop closing date', 'La tienda de la calle Serrano cierra el 31 de enero.'],
    ['Italian shop closing date', 'Il negozio di via Mazzini chiude il 15 gennaio.'],
    ['a duration and a train', 'Tenemos 4 días en Galicia en AVE desde Madrid.'],
    ['a syslog line break', 'sshd[211]: session opened for user deploy by calle\nMar  3 09:14:55 bastion sshd[212]: closed'],
    ['a range of days (es)', 'Queremos hacer el Camino Portugués del 12 al 18 de junio con dos niños.'],
    ['a range of days (it)', 'Percorriamo la via Francigena dal 4 al 9 maggio.'],
    ['a distance after the number', 'Faremo la via degli Dei ultimi 60 km a piedi.'],
  ])('%s is not reported', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });

  it('a street with its house number stays', () => {
    expect(entities('Envíelo a la calle Serrano 31, 28001 Madrid, a nombre de mi madre.')).toContain('STREET_ADDRESS');
  });

  it('an address followed by a clock time stays', () => {
    expect(entities('Ci vediamo da mia zia in via Garibaldi 12 ore 15, porta le chiavi.')).toContain('STREET_ADDRESS');
  });
});

describe('a postcode beside a placeholder street or town', () => {
  it.each([
    ['nl', "Schrijf een test voor formatAdres({straat:'Teststraat', nummer:1, postcode:'1234 AB', plaats:'Voorbeeldstad'})."],
    ['de', "formatAddress({ strasse: 'Musterstraße', hausnummer: 1, plz: '12345', ort: 'Musterstadt' })"],
    ['en', "renderLabel({ street: 'Example Street', zip: '90210', city: 'Anytown' })"],
  ])('%s', (_lang, text) => {
    expect(entities(text)).toEqual([]);
  });

  it('a postcode on a real street stays', () => {
    expect(entities('Postcode: 1017 RM Amsterdam, Keizersgracht 12')).toContain('ZIP_CODE');
  });
});

describe('a placeholder person named as a made-up or test user', () => {
  it.each([
    ['it', "Scrivi un test per validaCF('RSSMRA85T10A562S') con l'utente fittizio Mario Rossi, mario.rossi@example.it."],
    ['en', 'Seed the demo with a dummy customer John Doe and two orders.'],
    ['de', 'Lege einen fiktiven Kunden Max Mustermann an.'],
    ['nl', 'Maak een testgebruiker aan, de fictieve klant Jan Modaal.'],
  ])('%s', (_lang, text) => {
    expect(entities(text)).not.toContain('PERSON');
  });

  it('the same names in an ordinary sentence stay', () => {
    expect(entities('Ho parlato con Mario Rossi ieri, ha la febbre alta.')).toContain('PERSON');
  });
});
