// A business's public contact block and an event's registration lines (company-addresses.ts's office labels,
// org-contacts.ts's registration cues and certified mailboxes, public-venues.ts's "-beurs"). Texts of our own; each
// "not reported" case was reported before, each "kept" case is a private person's detail in the same kind of text.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe("a business's contact block", () => {
  it.each([
    ['en head office', 'Day 3: a tour of the Northwind Foods head office (22 Wharf Road) and lunch, questions to events@tastetour.co.uk.'],
    ['de Geschäftssitz', 'Fragen? Schreiben Sie an kundenservice@lampenhaus-shop.de. Geschäftssitz: Friedrichstraße 120, 10117 Berlin.'],
    ['fr nos bureaux', 'Écrivez-nous à sav@atelier-bleu.fr. Nos bureaux : 12 rue Victor Hugo, 33000 Bordeaux.'],
    ['es oficinas', 'Escríbenos a atencion@librosdelsur.es. Oficinas: Avenida de la Constitución 12, 41004 Sevilla.'],
    ['nl bezoekadres', 'Mail naar klantenservice@fietsenhuis.nl. Bezoekadres: Oudegracht 210, 3511 NR Utrecht.'],
    ['it sede', 'Scrivi a assistenza@ottica-sole.it. Sede: Via Roma 45, 10121 Torino.'],
  ])('%s: the office address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it('es: a service mailbox "atencion@" and the number next to it are the shop\'s', () => {
    const text = 'Horario de 9:00 a 18:00 en el 954 12 34 56 o en atencion@librosdelsur.es.';
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
    expect(found(text, 'EMAIL_ADDRESS')).toEqual([]);
  });

  it("it: a company's certified mailbox (PEC) next to its VAT number is not reported", () => {
    expect(found('Dati fattura: Ferramenta Nord S.r.l., PEC ferramentanord@pec.it, P.IVA 01234560017.', 'EMAIL_ADDRESS')).toEqual([]);
  });

  it.each([
    ['fr home address after the office', 'Nos bureaux : 12 rue Victor Hugo, 33000 Bordeaux (sav@atelier-bleu.fr). Mon domicile : 8 rue des Lilas, 69003 Lyon.', 'STREET_ADDRESS', '8 rue des Lilas'],
    ["it a named person's mobile in the block", "Sede: Via Roma 45, 10121 Torino, assistenza@ottica-sole.it. Per urgenze il cellulare di Luca Bianchi: 347 123 4567.", 'PHONE_NUMBER', '347 123 4567'],
    ['it a private certified mailbox', 'Ti mando la mia PEC personale: giulia.ferri@pec.it, grazie.', 'EMAIL_ADDRESS', 'giulia.ferri@pec.it'],
    ['de my office', 'Mein Büro: Lindenstraße 5, 50674 Köln, oder schreib an kontakt@lindenhof.de.', 'STREET_ADDRESS', 'Lindenstraße 5'],
  ])('%s: stays', (_name, text, entity, value) => {
    expect(found(text, entity).join(' ')).toContain(value);
  });
});

describe("an event's registration and enquiries lines", () => {
  it('de: the registration mailbox and the enquiries number are the organiser\'s', () => {
    const text = 'Teilnahme frei. Anmeldung bis 15.03. unter workshop@bildungswerk-nord.de, Rückfragen 040 3000 200.';
    expect(found(text, 'EMAIL_ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['es', 'Inscripciones hasta el 10 de mayo en jornadas@colegio-ingenieros.es, plazas limitadas.'],
    ['nl', 'Aanmelden vóór 1 juni via congres@waterschap-oost.nl, deelname gratis.'],
    ['fr', 'Inscriptions avant le 3 mars à colloque@universite-exemple.fr.'],
  ])('%s: a registration mailbox at the organiser\'s domain is not reported', (_lang, text) => {
    expect(found(text, 'EMAIL_ADDRESS')).toEqual([]);
  });

  it('it: the enquiries number after the registration line is the organiser\'s', () => {
    expect(found('Ingresso libero, iscrizioni sul sito del convegno, informazioni 02 8800 1234.', 'PHONE_NUMBER')).toEqual([]);
  });

  it('nl: a trade-fair hall ("-beurs") names a venue: its address is not reported', () => {
    expect(found('Vakdag Bouw 2027 – Graanbeurs Groningen, Vismarkt 12, 9711 KT Groningen\n09:00 Ontvangst', 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['de a private mailbox', 'Anmeldung bei Anna bis Freitag unter anna.berger@gmail.com.', 'EMAIL_ADDRESS', 'anna.berger@gmail.com'],
    ['en my own number', 'Registration for the kids club: call me on 07700 900123 after six.', 'PHONE_NUMBER', '07700 900123'],
    ['it a named person', 'Iscrizioni entro venerdì: chiedete a Marco Galli, 338 765 4321.', 'PHONE_NUMBER', '338 765 4321'],
    ['nl no enquiries label', 'Feestje voor opa, aanmelden bij zijn kleindochter 06-12345678.', 'PHONE_NUMBER', '06-12345678'],
    ['de a customer line after "Anmeldung"', 'Montage bei Familie Roth am Freitag, Anmeldung beim Netzbetreiber erledigt. Tel. 07071 552210.', 'PHONE_NUMBER', '07071 552210'],
  ])('%s: stays', (_name, text, entity, value) => {
    expect(found(text, entity).join(' ')).toContain(value);
  });
});

describe("a desk's one-word mailbox on the organisation's contact line", () => {
  it.each([
    ['en enquiries', 'Doors open at 10. Enquiries: 0161 496 0770, openday@northcollege.ac.uk.'],
    ['de Auskunft', 'Einlass ab 9 Uhr. Auskunft unter 0521 998 12 00 oder versand@holzwerk-ost.de.'],
    ['fr renseignements', 'Entrée libre. Renseignements : 03 20 55 44 33, visites@musee-exemple.fr.'],
    ['es freephone', 'Para averías, el teléfono gratuito es el 900 555 123 y el correo averias@aguasdelnorte.es.'],
    ['nl informatie', 'Toegang gratis. Informatie: 050 123 45 67, rondleidingen@stadsarchief-noord.nl.'],
    ['it freephone', 'Per i guasti chiamate il numero verde 800 123 456 o scrivete a manutenzione@acquedotto-sud.it.'],
  ])('%s: the mailbox is not reported', (_name, text) => {
    expect(found(text, 'EMAIL_ADDRESS')).toEqual([]);
  });

  it.each([
    ['en a person\'s mailbox next to a freephone', 'Call 0800 123 4567 or write to akeller@northcollege.ac.uk about your refund.', 'akeller@northcollege.ac.uk'],
    ['de a surname mailbox after the label', 'Auskunft: 0521 998 12 00, keller@holzwerk-ost.de.', 'keller@holzwerk-ost.de'],
    ['fr my own mailbox', 'Renseignements : écris-moi sur mon adresse bricolage@wanadoo.fr.', 'bricolage@wanadoo.fr'],
    ['es a named person', 'Información: 900 555 123, o pregunta a Lucía Ortega en lortega@aguasdelnorte.es.', 'lortega@aguasdelnorte.es'],
    ['it no contact line', 'Il mio indirizzo nuovo è girasole@studio-ferri.it, aggiornate la rubrica.', 'girasole@studio-ferri.it'],
  ])('%s: stays', (_name, text, value) => {
    expect(found(text, 'EMAIL_ADDRESS')).toContain(value);
  });
});
