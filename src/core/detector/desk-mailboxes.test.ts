// An organisation's desk mailbox beyond the role words (org-contacts.ts, data/struct-cues.ts DESK_FUNCTIONS,
// FREE_MAIL_PROVIDERS, localKind): department and function words, alone or joined, a certified sub-domain, a
// contact label. Texts of our own; each "kept" case is a private person's mailbox in the same kind of text.
import { describe, expect, it } from 'vitest';
import { LISTED_FIRST_NAMES } from './listed-names.js';
import { EUROPEAN_SURNAMES } from './data/european-surnames.js';
import { DESK_FUNCTIONS } from './data/struct-cues.js';
import { detect } from './detect.js';

const emails = (text: string): string[] => detect(text).filter((f) => f.entity === 'EMAIL_ADDRESS').map((f) => text.slice(f.start, f.end));

describe("a desk's function mailbox is the organisation's", () => {
  it.each([
    ['en appointments', 'Leaflet text: Riverside Dental, 4 Mill Lane, bookings 01632 960 118, appointments@riverside-dental.co.uk, Mon–Sat.'],
    ['en tenders', 'Summary: county council, school catering tender, questions to tenders@northshire.gov.uk by 12 May.'],
    ['de Termine', 'Flyer: Praxis am Markt, Terminvergabe 0341 998 1200, termine@praxis-am-markt.de, Mo–Fr 8–13 Uhr.'],
    ['de Einkauf-Service', 'Lieferant: Holzhandel Nord GmbH, Zentrale 040 555 1000, einkauf-service@holzhandel-nord.de, Zahlungsziel 14 Tage.'],
    ['fr rdv', 'Dépliant : Cabinet Saint-Jean, prise de RDV 05 61 00 11 22, rdv@cabinet-saintjean.fr, du lundi au vendredi.'],
    ['fr marchés', "Note : Communauté d'agglomération, appel d'offres voirie, contact via marches@agglo-exemple.fr."],
    ['es citas', 'Folleto: Fisioterapia Levante, citas 963 00 11 22, citas@fisiolevante.es, de lunes a viernes.'],
    ['es contratación with the hospital\'s initials', 'Resumen: Hospital Comarcal, concurso de suministros, contacto contratacion.hcn@salud-ejemplo.org, plazo 15 de marzo.'],
    ['nl facilitair', 'Melding: de lift staat stil, contact via facilitair@kantoor-voorbeeld.nl of de receptie.'],
    ['nl vergunningen', 'V: Hoe vraag ik een kapvergunning aan? A: Via het loket of vergunningen@gemeente-voorbeeld.nl.'],
    ['it ufficio acquisti', 'Anagrafica fornitore: Rossi Utensili S.p.A., ufficio.acquisti@rossi-utensili.it, pagamento a 60 giorni.'],
    ['it SUAP', 'R: Per le pratiche scrivete a suap@comune-esempio.it o passate allo sportello.'],
    ['en a desk for one market', 'The datasheet lists technical support 0800 123 456 and support.uk@vendor-example.com for lead times.'],
    ['de a desk for one market', 'Laut Datenblatt: Technik-Hotline 0800 123 456, service-de@hersteller-beispiel.de.'],
    ['fr a desk for one market', 'La fiche technique indique support technique 0 825 012 999 et support.fr@se.com. J\'appelle ?'],
    ['es technical service', 'firma para el equipo: Servicio Técnico, sat@energia-ejemplo.es, 900 100 200 (L-V 8-20). sin nombres'],
    ['nl a desk for one market', 'datasheet noemt support +31 (0)20 5040 300 en support.nl@phoenixcontact.com. bellen over levertijd?'],
    ['it technical support', 'la scheda tecnica indica assistenza tecnica 02 2436 1 e supporto.tecnico@siemens.com. chiamo?'],
  ])('%s: not reported', (_name, text) => {
    expect(emails(text)).toEqual([]);
  });

  it("it: a company's own certified sub-domain after its VAT number is its legal mailbox", () => {
    expect(emails('Fattura a Lavorazioni Adige S.r.l., P.IVA 01234567890, PEC amministrazione@pec.lavorazioniadige.it.')).toEqual([]);
    expect(emails('Fattura a Lavorazioni Adige S.r.l., P.IVA 01234567890, PEC la@pec.lavorazioniadige.it.')).toEqual([]);
  });

  it('fr: a one-word mailbox after "Renseignements :" is the organiser\'s', () => {
    expect(emails('Foire aux vins de Colmar\nRenseignements : foire@vins-alsace-exemple.fr, 03 89 00 00 00')).toEqual([]);
  });
});

describe("a person's mailbox stays", () => {
  it.each([
    ['en an ISP mailbox', 'Contact: rgreenwood@btinternet.com for the allotment keys.', 'rgreenwood@btinternet.com'],
    ['de a name after Kontakt', 'Kontakt: jmeier@holzhandel-nord.de, Zentrale 040 555 1000.', 'jmeier@holzhandel-nord.de'],
    ['fr a given name at a family domain', 'Renseignements : camille@famille-exemple.fr', 'camille@famille-exemple.fr'],
    ['es an ISP mailbox after the label', 'Información: aritz@euskaltel.net, 943 00 00 00', 'aritz@euskaltel.net'],
    ['nl a national ISP', 'contact via keesbakker@kpnmail.nl of 06-12345678', 'keesbakker@kpnmail.nl'],
    ['nl a given name at a family domain', 'contact via femke@dejong-vermeer.nl', 'femke@dejong-vermeer.nl'],
    ['it a name with a department word', 'contatti: federica.galli.hr@azienda-esempio.it', 'federica.galli.hr@azienda-esempio.it'],
    ['en a name written in two capitals', 'write to JanKowalczyk@northwind-example.com.', 'JanKowalczyk@northwind-example.com'],
    ['de a name in two capitals after Kontakt', 'Kontakt: UteBrandner@holzhandel-nord.de', 'UteBrandner@holzhandel-nord.de'],
    ['it a private certified mailbox', 'Ti mando la mia PEC: marco.bassi@pec.it', 'marco.bassi@pec.it'],
    ['de a person with a market code', 'Ansprechpartnerin: anna.de@hersteller-beispiel.de', 'anna.de@hersteller-beispiel.de'],
    ['it a person with a market code', 'scrivi a marco.it@firma-esempio.it', 'marco.it@firma-esempio.it'],
  ])('%s', (_name, text, value) => {
    expect(emails(text)).toContain(value);
  });

  it('no desk-function word is a listed given name or surname', () => {
    const surnames = new Set(EUROPEAN_SURNAMES.split(' '));
    expect(Object.values(DESK_FUNCTIONS).flat().filter((w) => LISTED_FIRST_NAMES.has(w) || surnames.has(w))).toEqual([]);
  });
});
