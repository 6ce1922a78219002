// An organisation's record in JSON (supplier master data, a register extract, a store a tool returns) owns its
// address, phone and mailbox keys; a service line key ("switchboard", "zentrale") is never a person's. Examples are
// made up for these tests.
import { describe, expect, it } from 'vitest';
import { classify } from './index.js';

const found = (content: string): string[] => classify([{ role: 'user', content }]).findings.map((f) => f.entity);

describe("an organisation record's own contact points are no personal data", () => {
  it.each([
    ['en', 'import this vendor:\n{"legal_name":"Thornbury Valves Ltd","company_number":"07731924","registered_office":"Unit 7, Riverside Park, Bristol BS2 0QT","switchboard":"+44 117 496 0321","accounts_email":"ledger@thornburyvalves.co.uk"}'],
    ['de', 'Bitte anlegen:\n{"firma":"Pumpenbau Görlitz GmbH","hrb":"HRB 31877","registergericht":"Amtsgericht Dresden","sitz":"Lindenweg 12, 02826 Görlitz","zentrale":"+49 3581 66210-0","email":"kontakt@pumpenbau-goerlitz.de"}'],
    ['fr', 'crée la fiche :\n{"raison_sociale":"Tuileries du Berry SARL","siret":"512 334 870 00018","siege":"12 route de Vierzon, 18100 Vierzon","standard":"02 48 71 55 90","courriel":"accueil@tuileries-berry.fr"}'],
    ['es', 'da de alta al proveedor:\n{"razon_social":"Cerámicas del Turia SL","cif":"B46871234","domicilio_fiscal":"Calle de la Industria 8, 46980 Paterna","centralita":"961 32 44 10","correo":"compras@ceramicasturia.es","registro":"RM Valencia, tomo 9012, folio 44"}'],
    ['nl', 'maak de leverancier aan:\n{"handelsnaam":"Houtbouw Drenthe B.V.","kvk":"71234590","adres":"Zuidwal 21, 9401 GK Assen","telefoon":"0592 33 41 80","email":"info@houtbouwdrenthe.nl"}'],
    ['it', 'inserisci il fornitore:\n{"ragione_sociale":"Fonderie Apuane S.p.A.","partita_iva":"IT01928370459","sede_legale":"Via Aurelia 140, 54033 Carrara (MS)","centralino":"0585 84 12 00","pec":"fonderie@pec.apuane.it"}'],
    ['en, a store from a tool', '{"sku":"4471","store":"Bramley Books, 14-16 Castle Street, Shrewsbury SY1 2BQ","in_stock":true,"phone":"01743 244 118"}'],
    ['de, a service line key alone', '{"verbindungen":[{"ab":"08:12","an":"10:40"}],"kundenservice":"030 2975 1180"}'],
  ])('%s', (_what, content) => {
    expect(found(content)).toEqual([]);
  });

  it("keeps a contact person's name, mailbox and phone, and a phone under a plain object", () => {
    expect(found('{"firma":"Pumpenbau Görlitz GmbH","ansprechpartner_vorname":"Ulrike","nachname":"Brandtner","telefon":"0171 4452108"}')).toContain('PHONE_NUMBER');
    expect(found('{"legal_name":"Thornbury Valves Ltd","email":"maria.kowalczyk@thornburyvalves.co.uk"}')).toContain('EMAIL_ADDRESS');
    expect(found('{"reason":"moving","address":"14 Larkfield Road, Leeds LS6 2BN","phone":"07700 981 442"}')).toEqual(expect.arrayContaining(['STREET_ADDRESS', 'PHONE_NUMBER']));
  });
});

// A tool that looks up a public place (court, registry office, hospital, library) returns its address, phone and
// opening hours: a place that opens is no one's home. A patient or customer record without opening hours keeps its
// address and phone, and so does a record with a person's name key.
const toolExchange = (args: string, result: string) => classify([
  { role: 'user', content: 'when does it open?' },
  { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: args } }] },
  { role: 'tool', tool_call_id: 'call_1', content: result },
] as never).findings.map((f) => f.entity);

describe("a looked-up place's record with opening hours is no personal data", () => {
  it.each([
    ['en', '{"office": "Register Office"}', '{"address": "22 Castle Lane, Norwich NR1 3DJ", "phone": "01603 223 451", "opening_hours": "Mon-Fri 9am-4.30pm"}'],
    ['en, opens', '{"hospital": "St Aldhelm Infirmary"}', '{"address": "5 Wharf Road, Bath BA2 3RT", "tel": "01225 448 190", "opens": "08:00"}'],
    ['de', '{"amt": "Standesamt Kiel"}', '{"anschrift": "Fleethörn 9, 24103 Kiel", "telefon": "0431 901-2270", "oeffnungszeiten": "Mo-Do 8-12 Uhr"}'],
    ['fr', '{"mairie": "Mairie de Quimper"}', '{"adresse": "44 place Saint-Corentin, 29000 Quimper", "telephone": "02 98 98 89 89", "horaires": "8h30-17h"}'],
    ['es', '{"registro": "Registro Civil de Burgos"}', '{"direccion": "Calle San Pablo 3, 09002 Burgos", "telefono": "947 25 67 40", "horario": "9:00 a 14:00"}'],
    ['nl', '{"gemeente": "Zwolle"}', '{"adres": "Grote Kerkplein 14, 8011 PK Zwolle", "telefoon": "038-4982400", "openingstijden": "ma-vr 8.30-17.00"}'],
    ['it', '{"ufficio": "Anagrafe di Lecce"}', '{"indirizzo": "Viale Marche 1, 73100 Lecce", "telefono": "0832 682 111", "orario": "8:30-12:30"}'],
  ])('%s', (_what, args, result) => {
    expect(toolExchange(args, result).filter((f) => f !== 'PERSON')).toEqual([]);
  });

  it('keeps a patient or resident record, a yes/no "open" key and a record with a name key', () => {
    expect(toolExchange('{"patient_id": "P-2231"}', '{"address": "17 Elm Grove, Leeds LS6 2AZ", "phone": "07700 914 337", "next_visit": "09:00"}')).toEqual(
      expect.arrayContaining(['STREET_ADDRESS', 'PHONE_NUMBER']),
    );
    expect(toolExchange('{"klant": "4471"}', '{"adres": "Lindelaan 12, 3512 AB Utrecht", "telefoon": "06-41187723", "open": "ja"}')).toEqual(
      expect.arrayContaining(['STREET_ADDRESS', 'PHONE_NUMBER']),
    );
    expect(toolExchange('{"medico": "1"}', '{"nome": "Giulia Ferraro", "indirizzo": "Via dei Mille 12, 20129 Milano", "telefono": "347 118 2290", "orario": "9-13"}')).toEqual(
      expect.arrayContaining(['PHONE_NUMBER']),
    );
  });
});

// A register lookup (GLEIF, a company search) returns the company under a plain name key, its legal form after its name:
// the record is the company's, its name no person's and its seat, postcode and phone the company's published ones.
describe('a company record under a plain name key is no personal data', () => {
  it.each([
    ['en', '{"name": "Corvale Foods Inc."}', '{"lei": "5493001KJTIIGC8Y1R12", "name": "Corvale Foods Inc.", "hq": "1 Harbor Plaza, Stamford, CT 06902", "isin": "US2199991234"}'],
    ['de', '{"name": "Pumpenbau Görlitz SE"}', '{"lei": "529900T8BM49AURSDO55", "name": "Pumpenbau Görlitz SE", "sitz": "Lindenweg 12, 02826 Görlitz", "registergericht": "Amtsgericht Dresden HRB 31877"}'],
    ['fr', '{"nom": "Tuileries du Berry SA"}', '{"lei": "969500UP76J52A9OXU27", "nom": "Tuileries du Berry SA", "siege": "12 route de Vierzon, 18100 Vierzon", "siren": "542 065 479"}'],
    ['es', '{"nombre": "Cerámicas del Turia, S.A."}', '{"lei": "959800R0ACDP2U5QLW63", "nombre": "CERÁMICAS DEL TURIA, S.A.", "sede": "Calle de la Industria 8, 46980 Paterna", "cif": "A46871234"}'],
    ['nl', '{"naam": "Houtbouw Drenthe N.V."}', '{"lei": "7245003PJ3V8G4XQ2M19", "naam": "Houtbouw Drenthe N.V.", "adres": "Zuidwal 21, 9401 GK Assen", "kvk": "71234590"}'],
    ['it', '{"nome": "Fonderie Apuane S.p.A."}', '{"lei": "815600D3C2B7A1E5F819", "nome": "Fonderie Apuane S.p.A.", "sede": "Via Aurelia 140, 54033 Carrara", "partita_iva": "01928370459"}'],
  ])('%s', (_what, args, result) => {
    expect(toolExchange(args, result)).toEqual([]);
  });

  it("keeps a person's name and home under the same keys", () => {
    expect(toolExchange('{"name": "Julia Brandtner"}', '{"name": "Julia Brandtner", "sitz": "Lindenweg 12, 02826 Görlitz", "lei": "529900T8BM49AURSDO55"}')).toEqual(
      expect.arrayContaining(['PERSON', 'STREET_ADDRESS']),
    );
    expect(toolExchange('{"nome": "Giulia Ferraro"}', '{"nome": "Giulia Ferraro", "indirizzo": "Via dei Mille 12, 20129 Milano", "partita_iva": "01928370459"}')).toEqual(
      expect.arrayContaining(['PERSON', 'STREET_ADDRESS']),
    );
  });
});

// A store locator's and a company register's results: the list key ("stores", "filialen", "tiendas") or a weekday's
// opening hours make each object a store's, and a firm's name under the record's own name key is no contact person's.
// The same tool shapes with a customer's record, a sole trader's own name or a person's name as the store's stay.
describe("a store locator's and a register lookup's records are the organisation's", () => {
  it.each([
    ['en', 'store_locator', '{"stores": [{"name": "Harland & Pike Briggate", "address": "62 Briggate, Leeds LS1 6LY", "phone": "0113 245 9910", "sunday": "10:30-16:30"}]}'],
    ['de', 'filialfinder', '{"filialen": [{"name": "Brenner & Voss im Hauptbahnhof", "anschrift": "Trankgasse 11, 50667 Köln", "telefon": "0221 1398 220"}]}'],
    ['fr', 'magasins', '{"magasins": [{"nom": "Lambert & Roux Part-Dieu", "adresse": "17 rue du Docteur Bouchut, 69003 Lyon", "tel": "04 78 62 11 90", "dimanche": "10h-19h"}]}'],
    ['es', 'tiendas', '{"tiendas": [{"nombre": "Ortega y Bravo Atocha", "direccion": "Paseo de la Infanta Isabel 3, 28014 Madrid", "telefono": "914 68 20 11"}]}'],
    ['nl', 'winkels', '{"resultaat": [{"naam": "De Wit & Brouwer Damrak", "adres": "Damrak 62, 1012 LM Amsterdam", "telefoon": "020 624 11 90", "zondag": "12-18 uur"}]}'],
    ['it', 'negozi', '{"negozi": [{"nome": "Galli & Ferraro Duca d\'Aosta", "indirizzo": "Piazza Duca d\'Aosta 12, 20124 Milano", "telefono": "02 6698 1190"}]}'],
    ['en, register', 'companies_house_lookup', '{"name": "TESCO PLC", "status": "active", "incorporated": "1947-11-27", "registered_office": "Tesco House, Shire Park, Kestrel Way, Welwyn Garden City AL7 1GA"}'],
    ['es, register', 'registro_mercantil', '{"denominacion": "EL CORTE INGLES SA", "domicilio": "Calle Hermosilla 112, 28009 Madrid", "estado": "activa"}'],
    ['nl, register', 'kvk_zoeken', '{"naam": "Koninklijke Philips N.V.", "vestiging": "Amstelplein 2, 1096 BC Amsterdam", "status": "actief"}'],
  ])('%s', (_what, tool, result) => {
    expect(toolExchange(`{"tool": "${tool}"}`, result)).toEqual([]);
  });

  it.each([
    ['en, a customer list', '{"customers": [{"name": "Priya Raghunathan", "address": "27 Beechwood Avenue, Harrogate HG2 0LR", "phone": "07912 345 678"}]}', ['STREET_ADDRESS', 'PHONE_NUMBER']],
    ['de, a store named for a person', '{"filialen": [{"name": "Hans-Jürgen Köster", "anschrift": "Lindenweg 12, 02826 Görlitz", "telefon": "0171 4452108"}]}', ['PERSON', 'PHONE_NUMBER']],
    ['fr, a customer record with a firm in a field', '{"client": {"nom": "Claire Martin", "adresse": "12 rue des Lilas, 69003 Lyon", "employeur": "Lambert & Roux SAS"}}', ['PERSON', 'STREET_ADDRESS']],
    ['es, a couple in a guest list', '{"invitados": [{"nombre": "Pedro y María Sanz", "direccion": "Calle de la Rosa 14, 28014 Madrid"}]}', ['STREET_ADDRESS']],
    ['nl, a sole trader in the register', '{"naam": "Jan de Vries", "kvk": "71234590", "vestiging": "Dorpsstraat 3, 9401 GK Assen"}', ['PERSON']],
    ['it, a store list holding a patient', '{"negozi": [{"nome": "Giulia Bianchi", "indirizzo": "Via Roma 12, 20124 Milano", "telefono": "347 123 4565"}]}', ['PERSON', 'PHONE_NUMBER']],
    ['de, an e.K. trader', '{"firma": "x", "filialen": [{"name": "Hans Köster e.K.", "telefon": "0171 4452108"}]}', ['PERSON']],
  ])('keeps %s', (_what, result, kept) => {
    expect(toolExchange('{"q": "x"}', result)).toEqual(expect.arrayContaining(kept));
  });
});

// A trial registry's entry names its sponsoring firm, and its central contact is often that firm's call centre: the
// sponsor's site, switchboard and desk are published contact points. A study coordinator named in the contact, and a
// visa sponsor who is a person, keep theirs.
describe("a trial registry's sponsor and its contact desk are the firm's", () => {
  it.each([
    ['en', '{"nct_id": "NCT09100001", "status": "RECRUITING", "sponsor": "Corvel Biologics Inc.", "central_contact": {"name": "Corvel Clinical Trial Call Center", "phone": "1-800-555-0142", "email": "trials.info@corvelbio.com"}}'],
    ['de', '{"nct_id": "NCT09100002", "status": "COMPLETED", "sponsor": "Heliovax GmbH", "standort": "Am Wasserturm 8, 55131 Mainz", "zentrale": "+49 6131 55 210-0"}'],
    ['fr', '{"nct_id": "NCT09100003", "statut": "TERMINÉ", "promoteur": "Laboratoires Sorbel SAS", "central_contact": {"nom": "Laboratoires Sorbel", "email": "essais@laboratoiressorbel.fr"}}'],
    ['es', '{"nct_id": "NCT09100004", "estado": "ACTIVO", "promotor": "Farmalia Iberia, S.L.", "central_contact": {"nombre": "Farmalia Iberia", "email": "ensayos@farmaliaiberia.es"}}'],
    ['nl', '{"nct_id": "NCT09100005", "status": "COMPLETED", "sponsor": "Noordvax B.V.", "central_contact": {"naam": "Noordvax Clinical Study Information Center", "phone": "+31 71 555 0190"}}'],
    ['it', '{"nct_id": "NCT09100006", "stato": "COMPLETATO", "sponsor": "Biotessa Srl", "sede": "Via del Mare 40, 00128 Roma"}'],
  ])('%s', (_what, result) => {
    expect(toolExchange('{"nct_id": "NCT09100001"}', result)).toEqual([]);
  });

  it.each([
    ['en, a coordinator by name', '{"sponsor": "Corvel Biologics Inc.", "central_contact": {"name": "Dr Helen Marsh", "phone": "07700 900 412", "email": "helen.marsh@corvelbio.com"}}', ['PERSON', 'PHONE_NUMBER', 'EMAIL_ADDRESS']],
    ['en, a person as sponsor', '{"applicant": "visa", "sponsor": "Graham Holt", "address": "14 Larkfield Road, Leeds LS6 2BN"}', ['STREET_ADDRESS']],
    ['de, a coordinator at her own domain', '{"sponsor": "Heliovax GmbH", "central_contact": {"name": "Anna Berg", "email": "anna.berg@annaberg.de"}}', ['PERSON', 'EMAIL_ADDRESS']],
    ['fr, a contact named like a firm but with a personal mailbox', '{"promoteur": "Sorbel SAS", "central_contact": {"nom": "Claire Martin", "email": "c.martin@clairemartin.fr", "tel": "06 12 34 56 78"}}', ['PERSON', 'PHONE_NUMBER']],
  ])('keeps %s', (_what, result, kept) => {
    expect(toolExchange('{"q": "x"}', result)).toEqual(expect.arrayContaining(kept));
  });
});

// A venue database a tool looks up returns the hall's name under a venue key, its address, its box office or access
// line and a desk word's mailbox at its domain: the venue's published contact points. A booking names its venue too,
// with the guest's own phone and address and no box office: those stay, as does a "venue" that is a house number.
describe("a venue's record from a tool is the venue's", () => {
  it.each([
    ['en', '{"venue": "Harbourside Hall"}', '{"venue": "Harbourside Hall", "address": "Quay Street, Bristol BS1 4QA", "access_line": "0117 496 0142", "email": "access@harboursidehall.example"}'],
    ['de', '{"ort": "Konzerthaus am Ring"}', '{"ort": "Konzerthaus am Ring", "adresse": "Ringstraße 8, 04109 Leipzig", "besucherservice": "0341 496 0280", "email": "karten@konzerthausamring.example"}'],
    ['fr', '{"salle": "Zénith de Quimper"}', '{"salle": "Zénith de Quimper", "adresse": "3 allée des Arts, 29000 Quimper", "accessibilite": "02 98 55 41 16", "email": "accessibilite@zenith-quimper.example"}'],
    ['es', '{"recinto": "Auditorio Ribera Sur"}', '{"recinto": "Auditorio Ribera Sur", "direccion": "Av. del Puerto 12, 46023 València", "taquilla": "96 355 41 20", "email": "taquilla@riberasur.example"}'],
    ['nl', '{"zaal": "Muziekpaleis Noord"}', '{"zaal": "Muziekpaleis Noord", "adres": "Stationsplein 14, 9726 AE Groningen", "kassa": "050 368 2020", "email": "kassa@muziekpaleis.example"}'],
    ['it', '{"sede": "Auditorium del Porto"}', '{"sede": "Auditorium del Porto", "indirizzo": "viale del Porto 30, 16126 Genova", "biglietteria": "010 589 1281", "email": "biglietteria@auditoriumporto.example"}'],
    ['nl, a stadium with its address in the venue key', '{"team": "Go Noord"}', '{"wedstrijd_id": "ERE-15", "datum": "2026-11-29", "aftrap": "16:45", "stadion": "De Noordhorst, Vetweg 43, 7424 AA Deventer"}'],
  ])('%s', (_what, args, result) => {
    expect(toolExchange(args, result)).toEqual([]);
  });

  it.each([
    ['en, a booking with the guest\'s phone and home', '{"venue": "Harbourside Hall", "guest_name": "Priya Raghunathan", "address": "27 Beechwood Avenue, Harrogate HG2 0LR", "phone": "07912 345 678"}', ['STREET_ADDRESS', 'PHONE_NUMBER']],
    ['de, a booking without a desk', '{"spielstaette": "Konzerthaus am Ring", "adresse": "Lindenweg 12, 02826 Görlitz", "telefon": "0171 4452108"}', ['STREET_ADDRESS', 'PHONE_NUMBER']],
    ['fr, a venue key holding a house', '{"salle": "12 rue des Lilas, 69003 Lyon", "email": "accueil@lilas.example", "tel": "06 12 34 56 78"}', ['STREET_ADDRESS', 'PHONE_NUMBER']],
    ['es, an access note and a customer', '{"recinto": "Auditorio Ribera Sur", "accesibilidad": "silla de ruedas", "direccion": "Calle de la Rosa 14, 28014 Madrid", "telefono": "612 345 678"}', ['STREET_ADDRESS', 'PHONE_NUMBER']],
    ['nl, a contact person in the venue\'s record', '{"zaal": "Muziekpaleis Noord", "naam": "Jan de Vries", "kassa": "050 368 2020", "mobiel": "06 41187723"}', ['PERSON', 'PHONE_NUMBER']],
    ['it, a personal mailbox with the venue', '{"sede": "Auditorium del Porto", "indirizzo": "Via Roma 12, 20124 Milano", "email": "giulia.bianchi@gmail.com"}', ['STREET_ADDRESS', 'EMAIL_ADDRESS']],
  ])('keeps %s', (_what, result, kept) => {
    expect(toolExchange('{"q": "x"}', result)).toEqual(expect.arrayContaining(kept));
  });
});

// A public service place a tool returns (an on-call clinic, a pharmacy, a station): the place key names the place, and
// its landline or its hours stand beside its address.
describe("a service place's record owns its address and phone", () => {
  it.each([
    ['nl', '{"kliniek":"Dierenkliniek Kwartel","adres":"Kwartelweg 23, 2011 AG Haarlem","telefoon":"023 500 00 00","tot":"08:00"}'],
    ['it', '{"struttura":"Clinica Veterinaria Quercia","indirizzo":"via dei Quercioli 14, 40139 Bologna","telefono":"051 000 0200","orario":"h24"}'],
    ['fr', '{"pharmacie":"Pharmacie des Quetsches","adresse":"9 allée des Quetsches, 44300 Nantes","horaires":"9h-20h"}'],
    ['en', '{"pharmacy":"Quillfield Pharmacy","address":"12 Quillfield Close, Ripon HG4 2QT","phone":"01423 600 123"}'],
  ])('%s', (_what, content) => {
    expect(found(`Welke is vannacht open?\n${content}`)).toEqual([]);
  });

  it("keeps a place record that holds a mobile: someone's own line", () => {
    expect(found('{"praktijk":"Praktijk Kwartel","adres":"Kwartelweg 23, 2011 AG Haarlem","telefoon":"06 39 48 10 27"}')).toContain('STREET_ADDRESS');
  });
});
