// Organisations' own published addresses and contact blocks: a firm named by its mailbox's domain (org-domains.ts), a
// shop's returns desk and a bar association (data/org-words.ts, data/public-venues.ts), a register's name read as a
// person's (company-addresses.ts), a shop's greeting mailbox (data/struct-cues.ts). Texts of our own. Each "dropped"
// case is nobody's personal data; each "kept" case puts a private person's value in the same layout.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const all = (text: string): string[] => detect(text).filter((f) => f.score >= 0.5).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const has = (text: string, entity: string): boolean => detect(text).some((f) => f.score >= 0.5 && f.entity === entity);

describe("a firm's contact block, named by its own mailbox's domain", () => {
  it.each([
    ['en barristers chambers', 'Make a table: Harcourt Row Chambers, 7-8 Essex Street, London WC2R 3LD, 020 7946 0550, clerks@harcourtrow.co.uk; Pellow Chambers, Temple, London EC4Y 9BW, 020 7946 0770, clerks@pellowchambers.com.'],
    ['de law firm imprint', 'Impressum für Wolkenberg Partner prüfen: Lautenschlagerstraße 21, 70173 Stuttgart, Tel. +49 711 8997-0, stuttgart@wolkenberg.de, Partnerschaftsregister AG Stuttgart PR 136.'],
    ['fr law firm', 'Bloc contact pour la plaquette : Lavoisier Associés, 15 rue de Laborde, 75008 Paris, tél. +33 1 40 75 60 00, info@lavoisier-associes.fr.'],
    ['es law firm', 'Bloque de contacto: Olmedo Abogados, Calle de Hermosilla 3, 28001 Madrid, Tel. +34 91 514 52 00, info@olmedo.es.'],
    ['nl law firm', 'Contactblok: Van Loon Brink Advocaten, Claude Debussylaan 80, 1082 MD Amsterdam, +31 20 577 1771, info@vanloon.nl.'],
    ['it law firm', 'Blocco contatti: Portolano Cavallo, Via Manzoni 12, 20121 Milano, tel. 02 7600 1234, info@portolanocavallo.it.'],
  ])('%s: nothing is reported', (_name, text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['en a clerk at home', 'Harcourt Row Chambers need the home address of their clerk: 12 Elm Road, Leeds LS6 2AB, clerks@harcourtrow.co.uk'],
    ['en a person with a surname like a set of chambers', 'Send it to Sarah Chambers, 12 Elm Road, Leeds LS6 2AB, 020 7946 0770'],
    ['de an employee at home', 'Wolkenberg Partner: Frau Petra Krämer wohnt in der Lautenschlagerstraße 21, 70173 Stuttgart, stuttgart@lindnervoss.de'],
    ['fr a client at home', 'Lavoisier Associés, pour le client Julien Morel, 15 rue de Laborde, 75008 Paris, info@lavoisier-associes.fr'],
    ['es a home next to the firm', 'Olmedo Abogados: mi casa está en Calle de Hermosilla 3, 28001 Madrid, info@olmedo.es'],
    ['nl a person at the firm', 'Van Loon Brink Advocaten, t.a.v. Sanne de Vries, Claude Debussylaan 80, 1082 MD Amsterdam, info@vanloon.nl'],
    ['it a client at home', 'Portolano Cavallo, cliente Marco Bianchi, Via Manzoni 12, 20121 Milano, info@portolanocavallo.it'],
  ])('%s: the address stays', (_name, text) => {
    expect(has(text, 'STREET_ADDRESS')).toBe(true);
  });
});

describe("a shop's returns desk and a bar association", () => {
  it.each([
    ['de returns department', 'Vereinfache: Rücksendung an Gartenhaus Weber – Retourenabteilung, Industriestraße 12, 71229 Leonberg. Frist 14 Tage.'],
    ['fr returns service', 'Simplifie : retours sous 30 jours à Maison Lavande – Service Retours, ZI du Pontet, 150 rue des Entrepreneurs, 84130 Le Pontet.'],
    ['es returns desk after a shop named Casa', 'Simplifica: devoluciones en 30 días a Casa Olivo – Devoluciones, C/ Río Viejo 14, 41703 Dos Hermanas.'],
    ['nl returns department', 'Vereenvoudig: retour naar Fietsbel – Retourafdeling, Kanaaldijk 10, 5683 CR Best.'],
    ['it returns office after a shop named Casa', 'Semplifica: resi entro 30 giorni a Casa Limoni – Ufficio Resi, Via Nuova Marina 2, 80133 Napoli.'],
    ['es bar associations by their acronyms', 'Tabla: ICAB, C/ Mallorca 283, 08037 Barcelona, 93 496 18 80; ICA Valencia, Plaza Tetuán 16, 46003 Valencia.'],
    ['nl a local bar by its district', 'Tabel: Orde Amsterdam, Koningslaan 4, 1071 AB Amsterdam.'],
  ])('%s: nothing is reported', (_name, text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['de a customer at home', 'Rücksendung an Gartenhaus Weber – Retourenabteilung, Kunde wohnt Industriestraße 12, 71229 Leonberg.'],
    ['es a home, not a shop named Casa', 'Envía el paquete a mi casa - Devoluciones, C/ Río Viejo 14, 41703 Dos Hermanas.'],
    ['it a customer at home', 'Resi: la cliente Giulia Conti, Via Nuova Marina 2, 80133 Napoli, Casa Limoni – Ufficio Resi.'],
    ['es a lawyer at home', 'ICAB: el abogado Jordi Puig vive en C/ Mallorca 283, 08037 Barcelona.'],
    ['nl a person in the order', 'Orde Amsterdam: mijn adres is Koningslaan 4, 1071 AB Amsterdam.'],
    ['fr a capitalised private word after the employer', 'Je suis aide-soignant au CHU depuis 3 ans en CDI, 2 050 € net. Adresse actuelle 27 rue Sainte-Catherine, 33000 Bordeaux.'],
  ])('%s: the address stays', (_name, text) => {
    expect(has(text, 'STREET_ADDRESS')).toBe(true);
  });
});

describe("a register's name and a shop's greeting mailbox", () => {
  it('es: a legal notice with its register, desk and mailbox reports nothing', () => {
    expect(all('Revisa el aviso legal: Casa Olivo S.L., CIF B12345674, domicilio social Polígono La Isla, C/ Río Viejo 14, 41703 Dos Hermanas (Sevilla). Inscrita en el Registro Mercantil de Sevilla. Atención al cliente 955 00 11 22, hola@casaolivo.es.')).toEqual([]);
  });
  it("es: the administrator's own home beside the register keeps the address", () => {
    expect(has('Casa Olivo S.L., CIF B12345674, domicilio particular de la administradora: C/ Río Viejo 14, 41703 Dos Hermanas. Inscrita en el Registro Mercantil de Sevilla.', 'STREET_ADDRESS')).toBe(true);
  });
  it.each([
    ['de', 'Schreib an hallo@gartenhaus-weber.de'],
    ['fr', 'Écris à bonjour@maison-lavande.fr'],
    ['nl', 'Mail naar hallo@fietsbel.nl'],
    ['it', 'Scrivi a ciao@casalimoni.it'],
  ])('%s greeting mailbox: not reported', (_lang, text) => {
    expect(has(text, 'EMAIL_ADDRESS')).toBe(false);
  });
  it('a greeting word with a name is still a person', () => {
    expect(has('Schreib an hallo.anna.berg@gartenhaus-weber.de', 'EMAIL_ADDRESS')).toBe(true);
  });
});
