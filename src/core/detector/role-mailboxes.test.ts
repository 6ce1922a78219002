// Recruiting desks in job adverts (data/struct-cues.ts ROLE_MAILBOXES, dropped by org-contacts.ts): an organisation's
// mailbox, in the six languages; a person's address in the same advert stays.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const emails = (text: string): string[] => detect(text).filter((f) => f.entity === 'EMAIL_ADDRESS').map((f) => text.slice(f.start, f.end));

describe('recruiting mailboxes in job adverts are no person', () => {
  it.each([
    ['it', 'Cercasi autista patente C, tempo indeterminato. Invia il CV a lavora@trasporti-esempio.it entro il 10 gennaio.'],
    ['it', 'Candidature a lavora.con.noi@cantina-esempio.it'],
    ['en', 'Warehouse operative wanted, send your CV to applications@freight-example.co.uk or jobs@freight-example.co.uk.'],
    ['de', 'Wir suchen eine Pflegefachkraft (m/w/d). Bewerbungen an karriere@klinik-beispiel.de oder stellenangebote@klinik-beispiel.de.'],
    ['fr', 'Poste de cuisinier en CDI, envoyez votre candidature à recrutement@brasserie-exemple.fr.'],
    ['es', 'Buscamos camarero/a para la temporada: envía tu currículum a empleo@hotel-ejemplo.es o talento@hotel-ejemplo.es.'],
    ['nl', 'Vacature monteur: stuur je cv naar sollicitatie@installatie-voorbeeld.nl.'],
  ])('%s: %s', (_lang, text) => {
    expect(emails(text)).toEqual([]);
  });

  it("a named recruiter's own address stays", () => {
    expect(emails('Fragen beantwortet Frau Jana Krüger, jana.krueger@klinik-beispiel.de.')).toEqual(['jana.krueger@klinik-beispiel.de']);
  });
});

describe('IT and operations mailboxes (alerting, status pages, service desks) are no person', () => {
  it.each([
    ['en', 'From: Status <noreply@status.vendor-example.io>\nTo: it-alerts@bakery-example.co.uk\nSubject: [Resolved] API errors'],
    ['en', 'page the noc@logistics-example.com list and ops@logistics-example.com'],
    ['de', 'Störungsmeldungen gehen an edv@stadtwerke-beispiel.de und an it-stoerungen@stadtwerke-beispiel.de.'],
    ['fr', 'les alertes de supervision partent vers dsi-astreinte@mairie-exemple.fr'],
    ['es', 'las alertas llegan a sistemas@hospital-ejemplo.es y a incidencias@hospital-ejemplo.es'],
    ['nl', 'de meldingen gaan naar ict-storingen@gemeente-voorbeeld.nl'],
    ['it', 'gli avvisi arrivano a ced@comune-esempio.it e a sistemi.informativi@comune-esempio.it'],
  ])('%s: %s', (_lang, text) => {
    expect(emails(text)).toEqual([]);
  });

  it("a person's address beside them, or an IT word with a name, stays", () => {
    expect(emails('To: it-alerts@bakery-example.co.uk, cc: tom.hargreaves@bakery-example.co.uk')).toEqual(['tom.hargreaves@bakery-example.co.uk']);
    expect(emails('schreib an edv@stadtwerke-beispiel.de oder an jan.becker@stadtwerke-beispiel.de')).toEqual(['jan.becker@stadtwerke-beispiel.de']);
    expect(emails('mail it to pieter.storing@voorbeeld.nl')).toEqual(['pieter.storing@voorbeeld.nl']);
  });
});

describe("accounts payable and receivable desks in a supplier table are no person (set 36 en-c012)", () => {
  it.each([
    ['en', 'supplier_id,company_name,contact_mailbox\nS-001,Northwind Logistics Ltd,accounts@northwind-logistics.co.uk\nS-002,Brightside Packaging plc,ap@brightside-pack.com'],
    ['en', 'Remittance advices go to ar@harlow-freight.co.uk'],
    ['de', 'lieferant;firma;postfach\nL-01;Kestrel GmbH;kreditoren@kestrel-druck.de\nL-02;Rhein Logistik AG;debitoren@rhein-logistik.de'],
    ['fr', 'fournisseur;société;boîte\nF-01;Atelier Lumière SARL;fournisseurs@atelier-lumiere.fr'],
    ['es', 'proveedor;empresa;buzón\nP-01;Envases del Norte S.L.;proveedores@envases-norte.es'],
    ['nl', 'leverancier;bedrijf;mailbox\nL-01;Kaasmakerij Zwart B.V.;crediteuren@kaasmakerij-zwart.nl'],
    ['it', 'fornitore;azienda;casella\nF-01;Tipografia Rossi S.r.l.;fornitori@tipografia-esempio.it'],
  ])('%s', (_lang, text) => {
    expect(emails(text)).toEqual([]);
  });

  it.each([
    ['en', 'S-002,Brightside Packaging plc,jane.hartley@brightside-pack.com', 'jane.hartley@brightside-pack.com'],
    ['de', 'L-01;Kestrel GmbH;j.brandtner@kestrel-druck.de', 'j.brandtner@kestrel-druck.de'],
    ['fr', 'F-01;Atelier Lumière SARL;claire.moreau@atelier-lumiere.fr', 'claire.moreau@atelier-lumiere.fr'],
    ['es', 'P-01;Envases del Norte S.L.;lucia.otero@envases-norte.es', 'lucia.otero@envases-norte.es'],
    ['nl', 'L-01;Kaasmakerij Zwart B.V.;anouk.zwart@kaasmakerij-zwart.nl', 'anouk.zwart@kaasmakerij-zwart.nl'],
    ['it', 'F-01;Tipografia Rossi S.r.l.;giulia.marini@tipografia-rossi.it', 'giulia.marini@tipografia-rossi.it'],
  ])('%s: a person at the supplier stays found', (_lang, text, email) => {
    expect(emails(text)).toContain(email);
  });
});
