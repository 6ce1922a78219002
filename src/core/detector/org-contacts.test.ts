// A mailbox whose local part is a word and no name, at an organisation's own domain, is that organisation's desk
// (org-contacts.ts localKind, isDeskWordMailbox); a person's mailbox at a company, on free mail or an ISP, or one the
// writer claims stays. Texts of our own; the desk words here are in no role list of data/struct-cues.ts.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { ROLE_MAILBOXES, DESK_FUNCTIONS, wordSet } from './data/struct-cues.js';
import { isDeskWordMailbox, localKind } from './org-contacts.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));
const emails = (text: string): string[] => found(text, 'EMAIL_ADDRESS');

describe('localKind', () => {
  it.each([
    ['salon', 'desk'],
    ['termine', 'desk'],
    ['einkauf-service', 'desk'],
    ['rezeption', 'word'],
    ['balie', 'word'],
    ['cantina', 'word'],
    ['contratacion.hulp', 'word'],
    ['anna.schmidt', 'person'],
    ['j.smith', 'person'],
    ['jsmith', 'person'],
    ['mrossi', 'person'],
    ['UtaKortig', 'person'],
    ['annaschmidt', 'person'],
    ['annak', 'person'],
    ['camille', 'person'],
    ['info2027', 'unknown'],
    ['aritz.etxeberria', 'unknown'],
  ])('%s: %s', (local, kind) => {
    expect(localKind(local)).toBe(kind);
  });

  it("a provider given with its domain is consumer mail there only, not at its company's domain", () => {
    const desk = (e: string): boolean => isDeskWordMailbox(e, 0, e.length);
    expect([desk('lettings@virgin.net'), desk('lettings@virgin.com'), desk('lettings@gmx.net'), desk('lettings@harbour-example.com')]).toEqual([false, true, false, true]);
  });

  it('no role or desk word reads as anything but a desk', () => {
    const words = [...wordSet(ROLE_MAILBOXES), ...wordSet(DESK_FUNCTIONS)];
    expect(words.filter((w) => localKind(w) !== 'desk')).toEqual([]);
  });
});

describe("a desk's word at the organisation's domain is not reported", () => {
  it.each([
    ['en', 'Referral letter: please send the echo report to cardiology@stmarys-example.nhs.uk before Friday.'],
    ['en', 'The allotment society takes waiting-list requests at allotments@northfield-example.org.uk.'],
    ['de', 'Bitte melden Sie sich an der Rezeption oder unter rezeption@hotel-lindenhof-example.de an.'],
    ['de', 'Schäden am Fahrzeug bitte an schadenmeldung@autohaus-example.de mit Fotos schicken.'],
    ['fr', 'Pour les Journées du patrimoine, écrivez à patrimoine@ville-example.fr avant le 10 septembre.'],
    ['fr', "Les billets de groupe se commandent à billets@theatre-example.fr, paiement à l'avance."],
    ['es', 'Para la visita guiada a la bodega, escriban a bodega@vinos-riberaexample.es con el número de personas.'],
    ['es', 'Las matrículas del curso se tramitan en matriculas@academia-example.es hasta el 30 de junio.'],
    ['nl', 'Wijzigingen in de bezoektijden kunt u doorgeven aan de balie: balie@zorgcentrum-example.nl.'],
    ['nl', 'Voor een afspraak in de werkplaats mailt u werkplaats@garage-example.nl.'],
    ['it', 'Per le degustazioni in cantina scrivere a cantina@vigneti-example.it indicando la data.'],
    ['it', 'Il rinnovo della tessera si fa via tesseramento@circolo-example.it entro marzo.'],
  ])('%s: %s', (_lang, text) => {
    expect(emails(text)).toEqual([]);
  });

  it("en: a department's mailbox next to a doctor's name is still the department's", () => {
    expect(emails('Follow-up: Dr. Hollins, cardiology@stmarys-example.nhs.uk, within six weeks.')).toEqual([]);
  });

  it("a phone on the desk mailbox's contact line is the organisation's; a named person's number is kept", () => {
    expect(found('Kontakt: rezeption@hotel-lindenhof-example.de, Tel. 0341 998 1200.', 'PHONE_NUMBER')).toEqual([]);
    expect(found('Prenotazioni: cantina@vigneti-example.it oppure 0438 123456.', 'PHONE_NUMBER')).toEqual([]);
    expect(found('cantina@vigneti-example.it; per urgenze Giulia Ferraresi 347 123 4567.', 'PHONE_NUMBER')).toEqual(['347 123 4567']);
  });
});

describe("the classifier is the same for every mailbox test", () => {
  it('de: a given name after a registration cue is the contact person, a word with a year the desk', () => {
    expect(emails('Anmeldung bis 31.01. unter lena@fachtag-beispiel.de')).toEqual(['lena@fachtag-beispiel.de']);
    expect(emails('Anmeldung bis 31.01. unter fachtag2027@fachtag-beispiel.de')).toEqual([]);
  });

  it.each([
    ['nl', 'Bezoekadres: Stationsweg 12, 3511 AB Utrecht, balie@bibliotheek-voorbeeld.nl'],
    ['de', 'Geschäftssitz: Hafenstraße 3, 20457 Hamburg, rezeption@hotel-hafen-beispiel.de'],
    ['es', 'Oficinas: Calle Mayor 5, 28013 Madrid, tienda@ceramica-ejemplo.es'],
    ['it', 'Sede: Via Roma 12, 20121 Milano, cantina@tenuta-esempio.it'],
  ])("%s: an office address with a desk's word mailbox is the organisation's premises", (_lang, text) => {
    expect(detect(text)).toEqual([]);
  });
});

describe("a person's mailbox stays", () => {
  it.each([
    ['en a person at a company', 'Please copy j.smith@northwind-example.com on the invoice.', 'j.smith@northwind-example.com'],
    ['en initial and surname run together', 'Escalate to rgreenwood@northwind-example.com if it fails again.', 'rgreenwood@northwind-example.com'],
    ['de given name and surname', 'Rückfragen an anna.schmidt@holzhandel-example.de bitte.', 'anna.schmidt@holzhandel-example.de'],
    ['de camel case', 'Bitte an UtaKortig@holzhandel-example.de weiterleiten.', 'UtaKortig@holzhandel-example.de'],
    ['it initial and surname', 'Il preventivo lo manda mrossi@rossi-utensili-example.it.', 'mrossi@rossi-utensili-example.it'],
    ['nl a word at an ISP', 'Mail de foto’s naar zonnebloem@ziggo.nl.', 'zonnebloem@ziggo.nl'],
    ['fr a word at free mail', 'Écris à papillon@free.fr pour le covoiturage.', 'papillon@free.fr'],
    ['en a word at an ISP domain given whole', 'Send the minutes to allotments@virgin.net please.', 'allotments@virgin.net'],
    ['de a word at a regional cable ISP', 'Die Fotos gingen an werkstatt@kabelbw.de.', 'werkstatt@kabelbw.de'],
    ['es a word at a regional ISP', 'Las fotos están en bodega@mundo-r.com.', 'bodega@mundo-r.com'],
    ['it a word at an ISP', 'Mandale a cantina@katamail.com.', 'cantina@katamail.com'],
    ['es the surname of the person named', 'Contacto: Marta Ibarguren, ibarguren@clinica-example.es', 'ibarguren@clinica-example.es'],
  ])('%s', (_name, text, value) => {
    expect(emails(text)).toContain(value);
  });

  it.each([
    ['en', 'You can reach me at lettings@harbourview-example.co.uk until Friday.', 'lettings@harbourview-example.co.uk'],
    ['en', 'my address is atelier@glassworks-example.co.uk', 'atelier@glassworks-example.co.uk'],
    ['de', 'Du erreichst mich unter werkstatt@schreinerei-example.de.', 'werkstatt@schreinerei-example.de'],
    ['fr', 'Écris-moi à atelier@poterie-example.fr pour le devis.', 'atelier@poterie-example.fr'],
    ['es', 'Escríbeme a tienda@ceramica-example.es y te paso fotos.', 'tienda@ceramica-example.es'],
    ['es', 'mi correo es tienda@ceramica-example.es', 'tienda@ceramica-example.es'],
    ['nl', 'Mijn mail is kantoor@klusbedrijf-example.nl.', 'kantoor@klusbedrijf-example.nl'],
    ['it', 'Scrivimi a bottega@liuteria-example.it quando vuoi.', 'bottega@liuteria-example.it'],
  ])('%s: a first-person claim keeps it', (_lang, text, value) => {
    expect(emails(text)).toContain(value);
  });
});

describe("a desk phrase names the writer's employer; the number the writer gives after it is theirs", () => {
  it.each([
    ['en', 'I work at Bristol City Council; for the handover my number is 0117 496 3382.', '0117 496 3382'],
    ['de', 'Ich bin beim Rathaus Kassel beschäftigt, mich erreichen Sie abends unter 0561 733 4190.', '0561 733 4190'],
    ['fr', "Je suis agent à la mairie de Nancy, appelez-moi chez moi au 03 83 41 27 66.", '03 83 41 27 66'],
    ['es', 'Trabajo en el Ayuntamiento de Burgos, mi teléfono fijo es el 947 22 41 83.', '947 22 41 83'],
    ['nl', 'Ik werk bij de gemeente Zwolle, mijn vaste nummer is 038 421 7760.', '038 421 7760'],
    ['it', 'Lavoro in Comune a Pavia, il mio fisso è 0382 41 7733.', '0382 41 7733'],
  ])('%s', (_lang, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });

  it.each([
    ['en', 'Next of kin: son, works in the press office at the council, home 01904 557 218.', '01904 557 218'],
    ['de', 'Patientin arbeitet im Bürgeramt der Stadt, Tel. privat 0345 681 2279.', '0345 681 2279'],
    ['fr', 'La patiente travaille au service client de la mairie ; téléphone domicile : 02 99 31 45 80.', '02 99 31 45 80'],
    ['es', 'La paciente trabaja en atención al cliente de una eléctrica. Teléfono de casa: 983 21 44 97.', '983 21 44 97'],
    ['nl', 'De cliënt werkt bij de klantenservice van een bank; thuisnummer 050 312 6684.', '050 312 6684'],
    ['it', "Il paziente lavora all'ufficio stampa del Comune; telefono di casa 049 823 1176.", '049 823 1176'],
  ])('%s: a private line after the employer\'s desk phrase', (_lang, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });

  it.each([
    ['en', 'Service desk note: the caller left her landline, 01904 557 302, and asked for a call after five.', '01904 557 302'],
    ['de', 'Kundenservice: Die Kundin hat ihre Festnetznummer 0345 681 2004 hinterlassen, bitte zurückrufen.', '0345 681 2004'],
    ['fr', "Accueil de la mairie : la dame a laissé son fixe, 02 99 31 45 12, pour être rappelée.", '02 99 31 45 12'],
    ['es', 'Atención al cliente: la clienta dejó su fijo, 983 21 40 55, para que la llamemos.', '983 21 40 55'],
    ['nl', 'Klantenservice: mevrouw liet haar vaste nummer achter, 050 312 6610, graag terugbellen.', '050 312 6610'],
    ['it', 'Servizio clienti: la signora ha lasciato il suo fisso, 049 823 1140, da richiamare.', '049 823 1140'],
  ])("%s: a desk's note of a caller's number", (_lang, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });

  it.each([
    ['en', 'Forwarded from enquiries@harrogate-water.co.uk: a customer asks for a callback on her landline 01423 557 302.', '01423 557 302'],
    ['de', 'Weitergeleitet von service@stadtwerke-hamm.de: Kundin bittet um Rückruf unter 02381 274 4410.', '02381 274 4410'],
    ['fr', "Transmis par contact@ville-agen.fr : l'usager demande à être rappelé au 05 53 66 12 84.", '05 53 66 12 84'],
    ['es', 'Reenviado desde info@ayto-soria.es: la vecina pide que la llamen al 975 21 33 06.', '975 21 33 06'],
    ['nl', 'Doorgestuurd van info@gemeente-assen.nl: bewoner vraagt terugbellen op 0592 36 6218.', '0592 36 6218'],
    ['it', 'Inoltrato da info@comune.cremona.it: il cittadino chiede di essere richiamato al 0372 40 7734.', '0372 40 7734'],
  ])("%s: a caller's number after a desk's mailbox", (_lang, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });

  it("the desk's own line, with no first-person word before it, is still the organisation's", () => {
    expect(found('Bristol City Council, general enquiries 0117 922 2000.', 'PHONE_NUMBER')).toEqual([]);
    expect(found('Rathaus Kassel, Zentrale: 0561 787 0.', 'PHONE_NUMBER')).toEqual([]);
    expect(found('Questions: info@stadtwerke-hamm.de or 02381 274 0.', 'PHONE_NUMBER')).toEqual([]);
  });
});

// Set 74 de-s011, fr-s012: the desk named is the one NOT to call; the number after it is the person's to call instead.
describe('a negated desk phrase does not make the number after it the desk\'s', () => {
  const phones = (text: string): string[] => found(text, 'PHONE_NUMBER');
  it.each([
    ['de', 'Bei Problemen bitte nicht mehr die Zentrale anrufen, sondern direkt den Objektleiter unter 0157 8243 1196.', '0157 8243 1196'],
    ['fr', 'En cas de souci, ne pas appeler le standard, appeler directement le 06 48 91 27 05.', '06 48 91 27 05'],
    ['fr, a car park named before the desk', 'En cas de souci sur le parking B cette nuit, ne pas appeler le standard, appeler directement le 06 31 52 77 14.', '06 31 52 77 14'],
    ['en', "Don't ring the switchboard tonight, call the site manager directly on 07700 914 382.", '07700 914 382'],
    ['es', 'No llaméis a la centralita, llamad directamente al encargado al 612 48 93 27.', '612 48 93 27'],
    ['nl', 'Niet de centrale bellen, maar rechtstreeks de ploegleider op 06 41 83 02 57.', '06 41 83 02 57'],
    ['it', 'Non chiamate il centralino, ma direttamente il capoturno al 347 812 4490.', '347 812 4490'],
  ])('%s', (_lang, text, number) => {
    expect(phones(text)).toContain(number);
  });
  it.each([
    ['en', 'Call our switchboard on 0113 243 3144 for opening hours.'],
    ['en, a clause with a negation before it', 'If you are not sure, call the switchboard on 0113 243 3144.'],
    ['de', 'Für Rückfragen erreichen Sie unsere Zentrale unter 030 2093 0000.'],
    ['fr', 'Pour toute question, contactez le standard de la mairie au 01 42 76 40 40.'],
    ['es', 'Para más información llame a la centralita del ayuntamiento al 915 88 10 00.'],
    ['nl', 'Bel voor vragen de klantenservice op 020 123 4567.'],
    ['it', "Per informazioni chiamate il centralino dell'ospedale al 02 6444 1234."],
  ])('the desk\'s own number stays the desk\'s: %s', (_lang, text) => {
    expect(phones(text)).toEqual([]);
  });
});
