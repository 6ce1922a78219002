// Organisations' premises, programme venues, office FAQs and desks' information lines (org-names.ts,
// public-addresses.ts): texts of our own. Each "dropped" case is an organisation's contact data; each "kept" case is a
// private person's address or number in the same layout.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe("an organisation's premises, venue and desk", () => {
  it.each([
    ['en own warehouse', 'Once the parcel reaches our warehouse at Unit 4, Kestrel Park, Daventry NN11 8RT, the refund follows in 3 days.'],
    ['en office with a building spec', 'Summarise: new office at 14 Grace Hopper Way, Leeds LS2 7HY; 2,100 m², 160 desks, EPC B.'],
    ['en depot at a unit', 'Unclaimed parcels go back to the depot at Unit 3, Falcon Park, Swindon SN3 4TZ after a week.'],
    ['de venue label', 'Fachtag Pflege 2027\nOrt: Kongresshaus Stadtgarten, Parkallee 3, 70173 Stuttgart\n9.00 Einlass'],
    ['de programme day line', 'Fachtag Logistik 2027\nMittwoch, 10. März 2027, Forum Nord, Messeweg 7, 30521 Hannover\n\n08:30 Einlass\n09:00 Begrüßung'],
    ['de congress hotel', 'Abends Empfang im Parkside Kongresshotel, Lindenring 8, 30159 Hannover.'],
    ['es office hours', 'P: ¿Dónde está la oficina de atención? R: Plaza de España 3, de lunes a viernes de 9 a 14 h.'],
    ['nl own building', 'Meld aan de installateur: de roltrap in ons pand Beursplein 4, 3011 AA Rotterdam is defect, storingsnummer RT-118.'],
    ['nl programme day line', 'Innovatiedag 2027\nDonderdag 11 maart 2027, Klokgebouw, Klokgebouw 50, 5617 AB Eindhoven\n\n09:00 Ontvangst\n09:30 Opening'],
    ['it company seat', 'Scrivi al fornitore: la caldaia della sede di via Mazzini 12, 40121 Bologna è ferma dal mattino.'],
    ['it clinic named by its type', 'Impagina il volantino: Poliambulatorio Santa Chiara, viale Roma 22, 56124 Pisa, prenotazioni online.'],
    ['it office by appointment', "D: Dove si trova l'ufficio? R: Piazza Garibaldi 2, primo piano, su appuntamento."],
    ['nl firm named with an ampersand', 'Hoe bereikt u ons? Advocatenkantoor Visser & Partners, Oudegracht 44, 3511 AR Utrecht.'],
    ['de firm named with an ampersand', 'So erreichen Sie uns: Kanzlei Roth & Kollegen, Lindenallee 12, 50667 Köln.'],
    ['en own warehouse, then a line about customers', 'Q: Refunds? A: 3-5 days after the box reaches our warehouse at Unit 4, Harbour Park, Daventry NN11 8QL.\nQ: Phone? A: Yes, our customer line is open daily.'],
    ['es own warehouse, a comma and an estate line', 'R: 3-5 días tras llegar a nuestro almacén, Polígono Norte, C/ Lisboa 12, 41007 Sevilla.'],
    ['nl own warehouse and a comma', 'A: 3-5 werkdagen na ontvangst in ons magazijn, Logistiekweg 4, 3861 AB Nijkerk.'],
    ['fr own depot and a comma', 'R : 3 jours après réception dans notre entrepôt, 14 rue de la Logistique, 45000 Orléans.'],
    ['es registered office of a company named Casa', 'R: Casa Sol Muebles S.L., CIF B12345674, domicilio social Calle Mayor 20, 28013 Madrid.'],
    ['es registered office of a company', 'R: Muebles Sol S.L., CIF B12345674, domicilio social Calle Mayor 20, 28013 Madrid.'],
    ['de venue label without a colon after a lead-in', 'Ergänze den Flyer: Veranstaltungsort Kap Nordlicht, Kemptener Straße 40, 88131 Lindau.'],
    ['es venue label without a colon', 'Añade a la invitación: lugar NEXO Ribera, Av. de la Ribera 8, 29006 Málaga.'],
    ['it venue label without a colon', "Aggiungi all'invito: sede FieraZeta Congressi, viale Matteotti, Ingresso 3, 40129 Bologna."],
    ['de venue label mid-line', 'Tagesordnung: 1. Begrüßung 2. Berichte 3. Wahlen. Ort: Vereinsheim, Am Sportpark 3.'],
    ['nl venue label mid-line', 'Agenda ALV: opening, notulen, rondvraag. Locatie: clubhuis, Parklaan 7.'],
    ['en venue label after a lead-in', 'Add to the invite: venue: Halcyon One, 14 Quay Street, Bristol BS1 4DB.'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['fr info line with a desk mailbox', 'Renseignements : accueil@foire-anjou.fr, 02 41 00 00 00\nTarif exposant 900 € HT.'],
    ['es info line with a desk mailbox', 'Información: congreso@agua-levante.es, 963 00 00 00\nInscripción 120 €.'],
    ['de Rückfragen with a desk mailbox', 'Rückfragen an tagung@pflege-bw.de oder 0711 2233 4400. Teilnahme 99 €.'],
    ['en letting agent named before its number', 'Write a blurb: 3-bed semi, garden, £950 pcm. Contact Ribble Lets on 01772 555 210.'],
    ['en school sign-off after a letter to parents', "Write a letter to parents about sports day. Sign off as St Mary's C of E Primary, office 01904 552 441."],
    ['de estate agent', 'Exposé: 3-Zimmer-Wohnung, 85 m², Balkon. Rhein Immobilien, 0221 4455 660.'],
    ['fr estate agent', 'Annonce : T3 lumineux, 68 m², balcon. Loire Immobilier, 02 41 88 12 00.'],
    ['es estate agent', 'Anuncio: piso de 3 habitaciones, terraza. Costa Inmobiliaria, 952 21 44 80.'],
    ['nl estate agent', 'Woningtekst: 2-kamerappartement, balkon. Delfland Makelaars, 015 212 3344.'],
    ['it estate agent', 'Annuncio: trilocale con terrazzo. Arno Immobiliare, 055 234 5678.'],
    ['nl housing business', 'Advertentie: studio in Nijmegen, € 780. Bezichtiging via Van Dijk Wonen, 024 322 1900.'],
    ['en chain branch', 'Listing: 2-bed, £1,100 pcm. Viewings via Hunters Leeds City Centre, 0113 496 0000.'],
    ['de chain branch', 'Exposé: 2-Zimmer-Wohnung. Besichtigung über Engel & Völkers Hamburg Zentrum, 040 3099 8701.'],
    ['fr chain branch', 'Annonce : studio à Rennes, 520 € CC. Visites avec Guy Hoquet Rennes Centre, 02 99 78 45 00.'],
    ['es chain branch', 'Anuncio: piso en Madrid. Visitas con Tecnocasa Madrid Centro, 91 555 12 12.'],
    ['nl chain branch', 'Advertentie: studio in Utrecht. Bezichtiging via Vesteda Utrecht Centrum, 030 234 5678.'],
    ['it chain branch', 'Annuncio: monolocale a Padova, 600 €. Visite tramite Tempocasa Padova Centro, 049 875 3210.'],
  ])('%s: the phone is not reported', (_name, text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['fr school named for a person', 'Mot aux parents : sortie au jardin des plantes le 3/12, départ 9h, goûter à prévoir. École élémentaire Paul Bert, 04 78 55 18 00.'],
    ['de practice named for its doctor', 'Aushang: Praxis geschlossen, Vertretung Praxis Dr. Winter, Kirchplatz 2, Tel. 07031 66420.'],
    ['it school named for a writer', 'Avviso: uscita al museo il 3/12, partenza alle 9, merenda al sacco. Scuola primaria Gianni Rodari, 02 5544 3322.'],
    ['es clinic named for its doctor', 'Cartel: cerrado en agosto, sustituye la Clínica Dra. Serrano, Calle Mayor 20, 28013 Madrid, tel. 91 555 12 12.'],
  ])('%s: neither the name nor the contact is reported', (_name, text) => {
    expect(detect(text).map((f) => f.entity)).toEqual([]);
  });

  it.each([
    ['de a neighbour at the same layout', 'Mein Nachbar Herr Jonas Winter, Kirchplatz 2, Tel. 07031 66420, hat den Schlüssel.'],
    ['en a person who runs a clinic, her number', 'I took Tom to the clinic Anna Weber runs, 020 7946 0958 is her number.'],
  ])('%s: the name and the contact stay', (_name, text) => {
    expect(found(text, 'PERSON')).not.toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).not.toEqual([]);
  });

  it("en a register office's mailbox is not reported", () => {
    expect(found('make a short FAQ: copies cost £12; Register Office, Town Hall, Chorley PR7 1DP, open Mon-Fri 9-4, email registrars@chorley.gov.uk', 'EMAIL_ADDRESS')).toEqual([]);
  });

  it('en a council service: its number and the office after it are not reported', () => {
    const text = 'Draft a notice: recycling moves by one day. Queries to Parks Services, 01484 221 000, Civic House, Huddersfield HD1 2TA.';
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['en our home', 'Please send it to our home at 7 Willow Close, Leeds LS6 2AB, not the office.'],
    ['en tenant record', 'Tenant record: office at 9 Mill Lane, Bath BA1 5QT? No, that is where she lives.'],
    ['de wohnhaft', 'Frau Berger, wohnhaft Parkallee 3, 70173 Stuttgart, hat den Vertrag gekündigt.'],
    ['fr domicilié', 'Le locataire, domicilié 12 rue des Lilas, 49000 Angers, conteste la facture.'],
    ['es domiciliado', 'El cliente, domiciliado en Plaza de España 3, 46001 Valencia, reclama el reembolso.'],
    ['nl woonachtig', 'Mijn adres is Beursplein 4, 3011 AA Rotterdam, stuur de pas daarheen.'],
    ['it residente', 'Il paziente, residente in via Mazzini 12, 40121 Bologna, chiede il referto.'],
    ['es a private domicilio', 'El cliente de Muebles Sol S.L., CIF B12345674, tiene su domicilio en Calle Mayor 20, 28013 Madrid.'],
    ['de a street after Ort without a colon', 'Treffpunkt bei Lena, Ort Kassel, Lindenstraße 4, 34117 Kassel.'],
    ['fr a square after place', 'Rendez-vous chez ma sœur, place Bellecour, 12 rue Victor Hugo, 69002 Lyon.'],
    ['nl my own place after a label', 'Locatie: mijn huis, Parklaan 7, 3581 AB Utrecht.'],
    ['en our home, then another line', 'Please send it to our home at 7 Willow Close, Leeds LS6 2AB.\nThe office is closed.'],
    ['es our flat with a comma', 'Mándalo a nuestro piso, Calle Mayor 20, 28013 Madrid.'],
  ])('%s: a private address stays', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });

  it.each([
    ['en person mailbox', 'Information: anna.berg@gmail.com, 07700 900 123'],
    ['de my number', 'Rückfragen bitte an mich, 0171 2233445.'],
    ['en a person after a lower-case verb', 'Tom lets Zorba use the line, 01772 555 210.'],
    ['en my number after the agent', 'Ribble Lets said to call me on 01772 555 210.'],
    ['en a mobile after the agent', 'Write a blurb: 3-bed semi. Contact Ribble Lets on 07700 900 321.'],
    ['nl my mobile after the agent', 'Delfland Makelaars belt mij op mijn nummer 015 212 3344.'],
    ['en a mobile after a branch', 'Viewings via Hunters Leeds City Centre, 07700 900 321.'],
    ['de she lives in a part of town', 'Sie wohnt jetzt in Bad Homburg Zentrum, 06172 4455 660, ruf sie an.'],
    ['fr she lives in the town centre', 'Ma sœur habite à Rennes Centre, 02 99 78 45 00, appelle-la.'],
    ['es my home in the centre', 'Mi casa está en Sevilla Centro, 954 22 33 44, llámame allí.'],
    ['nl she lives downtown', 'Ze woont in Utrecht Centrum, 030 234 5678, bel haar.'],
    ['it my home number', 'Chiamami pure, il mio numero di casa a Padova Centro, 049 875 3210.'],
  ])('%s: a private number stays', (_name, text) => {
    expect(found(text, 'PHONE_NUMBER')).not.toEqual([]);
  });
});
