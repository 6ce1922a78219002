// Public institutions' published contacts, message templates' sender lines, and numbers that only look like personal
// ones (template-phones.ts, public-addresses.ts, street-places.ts, context-ids.ts, phone.ts, addresses.ts, data/): texts
// of our own. Each "dropped" case is nobody's personal data; each "kept" case puts a private person's value in the same
// layout.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));
const all = (text: string): string[] => detect(text).filter((f) => f.score >= 0.5).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe("a public institution's published address, switchboard and mailbox", () => {
  it.each([
    ['en hospital with its patient-liaison mailbox', 'Poster: Riverside General Hospital, Mill Lane, Norwich NR3 1QE. Switchboard 01603 286000. PALS: pals@riverside-gh.nhs.uk'],
    ['en practice named by its surgery', 'Draft a banner for Elmfield Surgery, we are on 01865 240111'],
    ['de university medicine', 'Kürze: Universitätsmedizin Halle, Ernst-Grube-Straße 40, 06120 Halle, Zentrale 0345 557 0'],
    ['fr hospices and a street named for a person', 'Fiche : CHU de Rennes, place Léon Bernard, 35000 Rennes, standard 02 99 28 43 21'],
    ['fr hospices', 'Résume : Hospices Civils de Dijon, 2 rue Paul Cabet, 21000 Dijon, 03 80 29 30 31'],
    ['es hospital listing longer than a clause', 'Tabla: Hospital Universitario Reina Leonor del Carmen, Avda. Isabel Torres s/n, 39008 Santander, 942 20 25 20'],
    ['es bank branch', 'Formatea: Banco Marítimo, Paseo de Colón 14, 08002 Barcelona, tel. 932 001 001'],
    ['nl university medical centre', 'Kort: UMC Groningen, Hanzeplein 1, 9713 GZ Groningen, 050 361 6161'],
    ['nl medical centre after its name', 'Poster: Maasstad MC, Maasstadweg 21, 3079 DZ Rotterdam, 010 291 1911'],
    ['it local health authority', 'Riassumi: ASL Nord Ovest, via Roma 10, 56100 Pisa, centralino 050 954 111'],
    // Dutch names the switchboard "centrale" or "algemene nummer", as German "Zentrale" and Spanish "centralita"
    ['nl switchboard of a university', 'Voor een reactie: bel ik de centrale van de Hogeschool Leiden, 071 518 8800, of mail ik de persvoorlichting?'],
    ['nl general number of a court', 'Klopt het algemene nummer van de rechtbank, 088 361 1000?'],
  ])('%s: nothing is reported', (_name, text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['en a patient beside the hospital', 'Letter for Mr Tom Hale, 4 Birch Close, Norwich NR4 7TJ, seen at Riverside General Hospital, Mill Lane.', 'STREET_ADDRESS'],
    ['fr a private person on a street named for a person', 'Envoyer à Claire Morel, place Léon Bernard, 35000 Rennes, tél. 06 71 22 33 44', 'PHONE_NUMBER'],
    ['es a private home after the hospital', 'Hospital Universitario Reina Leonor, mi casa está en Avda. Isabel Torres 4, 39008 Santander, 942 20 25 20', 'PHONE_NUMBER'],
    ['nl "via" a person is no street', 'Ik kreeg het nummer via Anouk Verbeek, 06 41 22 38 90', 'PERSON'],
    ['nl a stage name with MC before it', 'Bedankje naar MC Daan, Lindelaan 12, 3532 AB Utrecht, graag vandaag', 'STREET_ADDRESS'],
    ['de a private person after a bank', 'Konto bei der Sparkasse Köln; ich wohne Lindenweg 3, 50667 Köln', 'STREET_ADDRESS'],
    ['it a patient beside the health authority', 'ASL Nord Ovest: il paziente Marco Neri abita in via Verdi 8, 56100 Pisa', 'STREET_ADDRESS'],
    ['nl the switchboard passed a person\'s mobile', 'De centrale gaf me het nummer van Anouk Verbeek, 06 41 22 38 90', 'PHONE_NUMBER'],
    ['nl my own number after the switchboard', 'Ik werk bij de centrale van de gemeente, mijn nummer: 06 41 22 38 90', 'PHONE_NUMBER'],
  ])('%s: the private value is found', (_name, text, entity) => {
    expect(found(text, entity)).not.toEqual([]);
  });
});

describe("a message template's sender line", () => {
  it.each([
    ['en', "Shorten: 'Dear {{ patient_name }}, your check-up at Larchwood Dental is on {{ date }}. Ring 01632 960400 to rebook.'"],
    ['de practice named for its doctor', "Kürze: 'Hallo {{ vorname }}, Ihr Termin in der Praxis Dr. Albers ist am {{ datum }}. Absage unter 0711 845500.'"],
    ['fr', "Reformule : 'Bonjour {prenom}, votre séance au cabinet des Tilleuls est le {date}. Report au 02 40 11 22 33.'"],
    ['es', "Acorta: 'Hola {{ nombre }}, su cita en Clínica Mar es el {{ fecha }}. Para cambiarla llame al 954 11 22 33.'"],
    ['nl', "Maak korter: 'Beste %NAAM%, uw afspraak bij Tandartspraktijk Oost is op %DATUM%. Verzetten via 024 350 1100.'"],
    ['it', "Accorcia: 'Gentile {{ nome }}, la visita allo Studio Medico Aurora è il {{ data }}. Per spostarla chiami lo 051 640 2200.'"],
    ['en bracketed fields', "Tidy up: 'Hello [First Name], your review at Oakfield Surgery is on [Date] at [Time]. Call 01632 960700 to rebook.'"],
    ['it bracketed fields', "Sistema: 'Gentile [nome], la visita è il [data]. Per disdire: 051 640 2201.'"],
  ])('%s: the number (and the name it is named for) is not reported', (_name, text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['en a filled-in recipient', "Check: 'Dear Harriet Vale, your check-up at Larchwood Dental is on {{ date }}. Ring 01632 960400 to rebook.'"],
    ['en a mobile in a template', "Check: 'Hi {{ name }}, your slot is {{ date }}. Text 07700 900461 to rebook.'"],
    ['de the recipient\'s own number', "Prüfe: 'Hallo {{ vorname }}, wir rufen Sie am {{ datum }} unter Ihrer Nummer 0711 845599 an.'"],
    ['it the writer\'s own number', "Modello: 'Ciao {{ nome }}, per info chiamami al 051 640 2299.'"],
    ['en a log tag is no template field', '[INFO] 2026-12-01 inbound call from 01632 960701 routed to queue 3'],
  ])('%s: the number is found', (_name, text) => {
    expect(found(text, 'PHONE_NUMBER')).not.toEqual([]);
  });
});

describe('numbers that look personal', () => {
  it('a clinical-trial id after Dutch "vat" (summarise) is no VAT number', () => {
    expect(found('Vat NCT04421116 samen voor de poli', 'TAX_ID')).toEqual([]);
  });
  it('a VAT number after a bare VAT cue is still found', () => {
    expect(found('VAT GB123456782 for my sole-trader invoice', 'TAX_ID')).not.toEqual([]);
  });
  it('a GTIN-14 under an ean column is no phone', () => {
    expect(found('sku,ean,title\nCUP-02,00012345600012,Tin cup', 'PHONE_NUMBER')).toEqual([]);
  });
  it('an international number without a barcode word stays a phone', () => {
    expect(found('ring me: 00442079460958', 'PHONE_NUMBER')).not.toEqual([]);
  });
  it("Nexi's published Mastercard test number is no card", () => {
    expect(found('Il sandbox accetta 5255 0000 0000 0019? Devo avere un rifiuto.', 'CREDIT_CARD')).toEqual([]);
  });
  it.each([
    ['en', 'Oak desk lamp\nWarranty 2 years, spare parts for sale'],
    ['de', 'Tischleuchte aus Messing\nGarantie 5 Jahre, Ersatzteile lieferbar'],
    ['fr', 'Applique en laiton\nGarantie 2 ans, pièces disponibles'],
    ['es', 'Lámpara de latón\nGarantía 3 años, repuestos disponibles'],
    ['nl', 'Messing lamp\nGarantie 2 jaar, onderdelen leverbaar'],
    ['it', 'Lampada in ottone\nGaranzia 2 anni, ricambi disponibili'],
  ])('%s: a warranty term is no street and house number', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });
  it('a street and house number before a postcode is still found', () => {
    expect(found('Schick es an Jonas Weber, Garantiestraße 3, 10115 Berlin', 'STREET_ADDRESS')).not.toEqual([]);
  });
  it('a count of things and a title before a brand is no address', () => {
    expect(found('mach 5 Ideen im Stil von Dr. Best für die Zahnpasta', 'STREET_ADDRESS')).toEqual([]);
    expect(found('Lieferung an 14 Elm St. Boston', 'STREET_ADDRESS')).not.toEqual([]);
  });
});

describe("a regulator's, ombudsman's, court's or complaint body's published address", () => {
  it.each([
    ['en ombudsman', 'Add to the letter: you may escalate to the Financial Ombudsman Service, Exchange Tower, London E14 9SR.'],
    ['de arbitration board by its PO box', 'Hinweis: Beschwerden an die Schlichtungsstelle Energie, Postfach 12 04 40, 10594 Berlin.'],
    ['fr authority by its acronym', 'Ajoute : recours possible auprès de l’ARCEP, 14 rue Gerty Archimède, 75012 Paris.'],
    ['fr a Cedex town is no person', 'Le Défenseur des droits, c’est bien 7 rue Saint-Florentin, 75409 Paris Cedex 08 ?'],
    ['es authority by its acronym', 'Redacta: puede acudir a la CNMV, Calle Edison 4, 28006 Madrid.'],
    ['nl complaint body by its PO box', 'Zet erbij: klachten via de Geschillencommissie Zorg, Postbus 90600, 2509 LP Den Haag.'],
    ['it arbitration body', 'Aggiungi: ricorso all’Arbitro Bancario Finanziario, Via Nazionale 91, 00184 Roma.'],
  ])('%s: nothing is reported', (_name, text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['en a complainant beside the ombudsman', 'Financial Ombudsman Service case for Mrs Ruth Ellery, 8 Pine Close, Leeds LS6 2AB.', 'STREET_ADDRESS'],
    ['de a private PO box of a named person', 'Brief an Jonas Weber, Postfach 1123, 34117 Kassel', 'PERSON'],
    ['fr my home after the authority', 'La CNIL m’a répondu chez moi, 5 rue des Lilas, 35000 Rennes.', 'STREET_ADDRESS'],
    ['es a claimant beside the authority', 'Reclamación ante la AEPD de Lucía Ferrer, calle Olmo 3, 46001 Valencia.', 'STREET_ADDRESS'],
    ['nl my own PO box', 'Mijn adres is Postbus 77, 8000 AB Zwolle', 'STREET_ADDRESS'],
    ['fr a file at the central bank for a person', 'Courrier à la Banque de France pour Hélène Marchal, 14 rue des Tanneurs, 67000 Strasbourg', 'PERSON'],
    ['it a complainant beside the arbitration body', 'Arbitro Bancario Finanziario: il ricorrente Paolo Galli abita in via Manin 6, 00185 Roma.', 'STREET_ADDRESS'],
  ])('%s: the private value is found', (_name, text, entity) => {
    expect(found(text, entity)).not.toEqual([]);
  });
});

describe("a service's information or booking line", () => {
  it.each([
    ['en booking line', 'Shorten the menu card: Sunday roast from noon. Bookings on 0161 496 0321.'],
    ['en a desk named for a saint', "Poster text: please ring St Mary's main switchboard on 0113 496 0000, not the ward."],
    ['de booking line', 'Speisekarte kürzen: Mittagstisch ab 12 Uhr. Reservierung unter 0221 9876543.'],
    ['fr booking line', 'Raccourcis : menu du jour à 14 €. Réservation au 04 78 12 34 56.'],
    ['es booking line', 'Resume: menú del día 12 €. Reservas al 963 12 34 56.'],
    ['nl booking line', 'Korter: dagmenu vanaf 12 uur. Reserveren via 030 123 4567.'],
    ['nl a company number in its 1-3-3 grouping', 'Maak korter: verhuizen? Geef het door of bel 088 0 456 789 (ma–vr 8–18 uur).'],
    ['it an Italian landline is no Dutch mobile', 'Rendilo un avviso per i clienti: i treni regionali della linea sono sospesi per la domenica. Informazioni: 06 48201234.'],
  ])('%s: nothing is reported', (_name, text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['en a mobile on a booking line', 'Party table: bookings on 07700 900461.'],
    ['de a mobile on a booking line', 'Tisch für die Feier: Reservierung unter 0171 2345678.'],
    ['fr my own number', 'Pour la fête, réservation chez moi au 04 78 98 76 54.'],
    ['nl a Dutch mobile on an information line', 'Fiets te koop. Informatie: 06 48213977.'],
    ['it a mobile on an information line', 'Vendo divano. Informazioni: 347 812 3344.'],
    ['es a named person on a booking line', 'Reservas al 963 12 34 99, pregunta por Marta Gil.'],
    ['en a person\'s own mobile near the switchboard', "Ring Anna Berg's mobile on 07700 900123 rather than the switchboard."],
  ])('%s: the number is found', (_name, text) => {
    expect(found(text, 'PHONE_NUMBER')).not.toEqual([]);
  });
});

describe("a business's own shop in its copy", () => {
  it.each([
    ['en', 'Draft an FAQ: our main store is at 14 Market Street, Leeds LS1 6DT, open 9–6, customer helpline 0113 496 0999.'],
    ['de', 'FAQ: Unser Laden ist in der Lindenstraße 8, 04109 Leipzig, Mo–Fr 9–18 Uhr, Kundenhotline 0341 1234567.'],
    ['fr', 'FAQ : notre magasin phare est au 8 rue Sainte-Catherine, 33000 Bordeaux, service client 05 56 00 11 22.'],
    ['es', 'FAQ: nuestra tienda insignia está en Calle Colón 12, 46004 Valencia, atención al cliente 963 00 11 22.'],
    ['nl', 'FAQ: onze winkel zit aan de Oudegracht 120, 3511 AX Utrecht, klantenservice 030 123 4500.'],
    ['it', 'FAQ: il nostro negozio principale è in Via Roma 40, 10121 Torino, servizio clienti 011 123 4500.'],
  ])('%s: nothing is reported', (_name, text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['en a customer at home after the store', 'Our store is at 14 Market Street. The customer Ruth Vale lives at 3 Oak Road, Leeds LS6 1AA.'],
    ['de the owner\'s home after the shop', 'Unser Laden ist in der Lindenstraße 8; ich wohne in der Bergstraße 3, 04109 Leipzig.'],
    ['nl a private home after the shop', 'Onze winkel zit aan de Oudegracht 120; mijn woning is Lange Nieuwstraat 7, 3512 PA Utrecht.'],
  ])('%s: the private address is found', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

describe("a utility meter's serial", () => {
  it.each([
    ['en tool result', 'tool result: {"meter_serial":"E10CD77821","reading_kwh":31877,"kind":"smart"}'],
    ['de', 'Zählerstand erfassen: Stromzähler, Serial 1ESY1160012345, Stand 48211 kWh'],
    ['fr', 'Relevé du compteur Linky, serial 0212345678901, index 48211'],
    ['es', 'Lectura del contador, serial ZIV0045678, 48211 kWh'],
    ['nl', 'Slimme meter uitlezen: serial E0031003456789, meterstand 48211'],
    ['it', 'Lettura contatore gas, serial 00123456789, consumo 48211'],
  ])('%s: is no personal device id', (_name, text) => {
    expect(found(text, 'DEVICE_SERIAL')).toEqual([]);
  });

  it.each([
    ['en a tenant\'s meter', 'Meter for tenant Ruth Vale: serial E10CD77899'],
    ['de a customer\'s meter', 'Kunde Jonas Weber, Stromzähler Serial 1ESY1160099999'],
    ['es my meter', 'Mi contador de casa, serial ZIV0045699'],
  ])('%s: the serial is found', (_name, text) => {
    expect(found(text, 'DEVICE_SERIAL')).not.toEqual([]);
  });
});
