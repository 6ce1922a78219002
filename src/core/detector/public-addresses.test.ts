// Addresses of public places and businesses (public-addresses.ts). Texts of our own; each "dropped" case was reported
// before the filter, and each "kept" case is a private person's address next to the same kind of place.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe('addresses of named public places', () => {
  it.each([
    ['en museum', 'Plan the class trip: the Horniman Museum (100 London Road) at 10:30, lunch in the gardens, train back at 14:00.'],
    ['de theatre', 'Treffpunkt ist das Staatstheater am Schillerplatz 6, die Führung beginnt um 11 Uhr.'],
    ['de compound station', 'Abfahrt vom Hauptbahnhof Leipzig, Willy-Brandt-Platz 5, um 9:12 nach Dresden.'],
    ['fr town hall', "Rendez-vous devant l'Hôtel de Ville (2 place de la Mairie) à 14 h pour la visite."],
    ['es museum', 'Itinerario: Museo Thyssen (paseo del Prado 8) por la mañana y el Retiro por la tarde.'],
    ['nl compound museum', 'Eerst naar het Stedelijk Museum (Museumplein 10), daarna lunch in De Pijp.'],
    ['it palace', 'Avviso: lo sportello di Palazzo Madama (piazza Castello 10) resta chiuso il 26 dicembre.'],
    ['fr consulate, adjective between', "Rendez-vous au consulat général d'Italie, 5 boulevard Émile Augier, 75116 Paris, à 10 h."],
    ['it public office', "Appuntamento all'Agenzia delle Entrate, via Giorgione 106, 00147 Roma, alle 11."],
    ['fr exhibition centre phrase', 'Le salon a lieu au Parc des expositions, 1 place de la Porte de Versailles, 75015 Paris, hall 7.'],
    ['it venue at its street', 'La biblioteca comunale di via Senato 10 è chiusa per inventario.'],
    ['de adult school (compound)', 'Anmeldung zum Sprachkurs an der Volkshochschule, Fürstenwall 90, 40217 Düsseldorf, bis 15. Januar.'],
    ['es hospital', 'El Hospital Universitario La Paz, paseo de la Castellana 261, cambia el horario de visitas.'],
    ['nl swimming pool', 'Het zwembad De Kuil, Sportlaan 4, is gesloten tijdens de kerstvakantie.'],
    ['en venue on its street', 'The leisure centre on 40 Park Road reopens on Monday.'],
    ['an abbreviation is no sentence end', 'Concert at the Abbey of St. Albans, 12 Holywell Hill, at 6pm.'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it('a pharmacy listing loses its address and its phone', () => {
    const text = 'Cartel: farmacia de guardia el domingo, Farmacia San Roque (calle Mayor 14, 941 22 31 07), abierta 24 h.';
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it('a duty rota of pharmacies loses addresses and phones', () => {
    const text = 'Notdienst am Wochenende: Löwen-Apotheke, Hauptstraße 12, Tel. 07071 23344; Stern-Apotheke, Marktplatz 3, Tel. 07071 55120.';
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it('a city guide loses the addresses it gives without naming the venue right before', () => {
    const text =
      'Een dag in Haarlem\n\nBegin bij de Grote Kerk (Grote Markt 22) en loop naar het Frans Hals Museum. De tentoonstelling is open van 10 tot 17 uur en alleen met een rondleiding te bezoeken; de ingang ligt aan de Barteljorisstraat 19.';
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });
});

describe('phone numbers and mailboxes of named public places', () => {
  it.each([
    ['de museum', 'Das Deutsche Museum erreichen Sie unter 089 2179 333, Besucherservice.'],
    ['fr museum', "Pour réserver, appelez le musée d'Orsay au 01 40 49 48 14."],
    ['es restaurant', 'Reservas en el restaurante Botín: 913 66 42 17, cierra los lunes.'],
    ['nl compound museum', 'Het Rijksmuseum is bereikbaar via 020 674 7000, dagelijks open van 9 tot 17 uur.'],
    ['en box office', 'Book tickets by calling the box office on 020 7452 3000 before Friday.'],
    ['it ticket desk', 'Biglietteria del teatro: 055 277 9350, dal martedì al sabato.'],
  ])('%s: the phone is not reported', (_name, text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['ticket desk', 'Questions about the exhibition? Write to tickets@harbour-museum.org.'],
    ['visitor service (de)', 'Infos zur Ausstellung: besucherservice@stadtmuseum-nord.de.'],
    ['group bookings (it)', 'Prenotazioni per le scuole: didattica@museo-civico.it'],
  ])('%s: the mailbox is not reported', (_name, text) => {
    expect(found(text, 'EMAIL_ADDRESS')).toEqual([]);
  });

  it("a guest's mobile next to the hotel stays", () => {
    const text = 'Guest in room 412 at the Hotel Adlon asked us to ring her mobile 07700 912345 at seven.';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['07700 912345']);
  });

  it("a school's enrolment form keeps the parent's phone", () => {
    const text =
      'Anmeldung Klasse 4, Grundschule am Stadtpark\nBisherige Schule: Grundschule Elsen\nErziehungsberechtigte: Mutter, Sorgerecht allein\nTelefon tagsüber: 05251 874433\nSchwimmen: Seepferdchen vorhanden';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['05251 874433']);
  });

  it('a named person at the museum keeps the number', () => {
    const text = 'Das Deutsche Museum: Frau Katrin Oberle erreichen Sie unter 0171 2345678.';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['0171 2345678']);
  });
});

describe('private addresses next to public places stay', () => {
  it.each([
    ['a person named with the address', 'Note: Mrs Deborah Whitcombe (100 London Road) cannot attend the Horniman Museum trip.', '100 London Road'],
    ['a home word', 'Die Führung im Staatstheater fällt aus; bitte die Tickets an meine Wohnung, Schillerstraße 6, schicken.', 'Schillerstraße 6'],
    ['a tenant', 'Près de la mairie, mon locataire au 2 place de la Mairie ne paie plus.', '2 place de la Mairie'],
    ['an unnamed place', 'The restaurant is at 2450 Crown Street.', '2450 Crown Street'],
    ['a word that ends like a compound venue', 'Insgesamt offen: Gartenweg 3, 72070 Tübingen, zwei Raten.', 'Gartenweg 3'],
    ['a holiday flat by the station (compound)', 'Die Ferienwohnung liegt direkt am Hauptbahnhof, Bahnhofplatz 3, 80335 München.', 'Bahnhofplatz 3'],
    ['a resident next to a church', 'de bewoner naast de Domkerk, Domplein 5, klaagt over geluidsoverlast', 'Domplein 5'],
    ['the writer lives there', 'I live opposite the British Museum at 40 Bloomsbury Street and the noise at night is unbearable.', '40 Bloomsbury Street'],
    ['a surname that is also a venue noun', 'Etiqueta: GARCÍA DE LA TORRE, Mª Carmen – Avda. Blasco Ibáñez 118, 46022 Valencia.', 'Avda. Blasco Ibáñez 118, 46022 Valencia'],
  ])('%s', (_name, text, address) => {
    expect(found(text, 'STREET_ADDRESS').join(' ')).toContain(address);
  });

  it("a private phone after a pharmacy's address stays when the writer gives it as theirs", () => {
    const text = 'Farmacia San Roque (calle Mayor 14) no me contesta: llamadme a mi móvil 612 845 372.';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['612 845 372']);
  });
});

describe("a venue's information or booking line", () => {
  it.each([
    ['en', 'For the leaflet: The Fitzwilliam Museum, Trumpington Street, Cambridge CB2 1RB. Open Tuesday to Sunday, admission free. Enquiries 01223 332900.'],
    ['es', 'Para el folleto: Museo del Prado, paseo del Prado, abierto de lunes a sábado de 10 a 20 h, información 913 30 28 00.'],
    ['nl', 'Voor de folder: Rijksmuseum, dagelijks 9-17 uur, De Nachtwacht in de Eregalerij, informatie 020 674 7000.'],
    ['it', 'Per il volantino: Museo Egizio di Torino, aperto tutti i giorni, informazioni 011 440 6903.'],
    ['de', 'Für den Flyer: Städel Museum, Dienstag bis Sonntag geöffnet, Auskunft: 069 605098200.'],
  ])('%s', (_lang, text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it('an information line with no venue named, or with a person, stays', () => {
    expect(found('Vendo bici da corsa, per informazioni 347 182 6459.', 'PHONE_NUMBER')).toEqual(['347 182 6459']);
    expect(found('Para más información: 612 34 56 78, pregunta por Lucía Gómez.', 'PHONE_NUMBER')).toEqual(['612 34 56 78']);
  });
});

describe("a person's mobile next to a venue's name", () => {
  it.each([
    ['de booking on a name', 'Tisch für 4 im Restaurant Zur Post, Samstag 20:00, auf Namen Jörg Hellmich, Handy 0171 4482910.', '0171 4482910'],
    ['de greeting', 'Hallo Till, deine Führung im Museum Folkwang ist am Sonntag 11 Uhr. Rückfragen per SMS an 0152 38847120.', '0152 38847120'],
    ['nl greeting, reply to', 'Hoi Sanne, je afspraak bij Fysiotherapie Centrum Noord is woensdag 14:20, bevestig met J (naar 06 41 22 87 90)', '06 41 22 87 90'],
    ['nl booking on a name', 'Tafel voor 2 in Restaurant De Kas, vrijdag 19:00, op naam van Pieter de Groot, mobiel 06-28374615.', '06-28374615'],
    ['fr booking on a name', 'Table pour 3 au Restaurant Le Procope, jeudi 20h, au nom de Claire Fontaine, portable 06 12 44 87 90.', '06 12 44 87 90'],
    ['fr greeting', 'Bonjour Mathis, votre rendez-vous au Cabinet dentaire Saint-Michel est lundi 9h40, répondez OUI par SMS au 07 81 22 34 56.', '07 81 22 34 56'],
    ['es booking on a name', 'Mesa para 5 en el Restaurante Botín, sábado 21:30, a nombre de Lucía Herrera, móvil 612 345 987.', '612 345 987'],
    ['es greeting', 'Hola Álvaro, tu cita en la Clínica Dental Sonrisa es el martes a las 10:15, responde SÍ al 654 22 31 09.', '654 22 31 09'],
    ['it booking on a name', 'Tavolo per 2 al Ristorante Da Vittorio, venerdì 20:30, a nome di Giulia Ferri, cellulare 347 882 1049.', '347 882 1049'],
    ['it greeting', 'Ciao Matteo, la tua visita allo Studio Dentistico Centro è martedì alle 10:40, rispondi SI al 333 918 2746.', '333 918 2746'],
    ['en booking on a name', 'Table for 6 at Restaurant Gordon Ramsay, Friday 7:30pm, under the name Harriet Cole, mobile 07700 918273.', '07700 918273'],
    ['en greeting, send to', 'Hi Priya, your check-up at Riverside Dental Clinic is Tuesday 10:40, reply Y (send to 07911 223344).', '07911 223344'],
    ['de international', 'Reservierung im Hotel Adlon, 2 Nächte, auf Namen Petra Vollmer, Handy +49 176 55320198.', '+49 176 55320198'],
  ])('%s: the mobile is reported', (_name, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });

  it.each([
    ['de booking line', 'Restaurant Zur Post, Reservierungen: 0171 4482910, täglich 12–23 Uhr.'],
    ['nl booking line and hours', 'Restaurant De Kas, reserveringen: 06 28 37 46 15, geopend di-za 12:00-22:00'],
    ['fr booking line', 'Restaurant Le Procope, réservations : 06 12 44 87 90'],
    ['es booking line and hours', 'Restaurante Botín, reservas: 612 345 987, abierto de lunes a domingo 13:00-24:00'],
    ['it booking line', 'Ristorante Da Vittorio, prenotazioni: 347 882 1049'],
    ['it role mailbox on the line', 'Bar Aurora, Via Roma 3, 20121 Milano, info@baraurora.it, 333 918 2746'],
    ['de landline (an area code 06...)', 'Aushang: Tierklinik Bergen, Notdienst 06172 48810.'],
  ])("%s: the venue's own number is not reported", (_name, text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });
});

describe("a company's PO box after its desk line", () => {
  it.each([
    ['en', 'Letterhead: Brightwell Energy Ltd, Customer Care, PO Box 4410, Sheffield S1 9AA, 0345 600 1234'],
    ['de', 'Briefkopf: Halvorsen Energie GmbH, Kundendienst, Postfach 12 04 33, 10594 Berlin'],
    ['nl', 'Briefhoofd: Windhoek Energie B.V., Klantendienst, Postbus 4410, 3000 AA Rotterdam'],
    ['it', 'Intestazione: Luceverde S.p.A., Assistenza clienti, Casella Postale 4410, 20100 Milano'],
    ['fr, desk line in lower case', 'En-tête : Lumivolt SAS, service clientèle, BP 4410, 69003 Lyon'],
    ['es, desk line in lower case', 'Membrete: Energías Brisa S.L., servicio al cliente, Apartado de Correos 4410, 28080 Madrid'],
    ['en, desk line in lower case', 'Letterhead: Brightwell Energy Ltd, customer care, PO Box 4410, Sheffield S1 9AA'],
  ])('%s: the PO box is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it("a private person's PO box stays", () => {
    expect(found('Please send it to my home: Anna Clarke, PO Box 4410, Sheffield S1 9AA', 'STREET_ADDRESS')).toEqual(['PO Box 4410']);
  });
});

describe('a practice or firm that receives clients at its premises (holdout-18 gap: practice footers)', () => {
  it.each([
    ['en dental practice', 'Footer for the letters: Meadowbank Dental Care, 7 Orchard Lane, Ludlow SY8 1AB, reception 01584 870 221.'],
    ['de compound practice', 'Bitte in die Fußzeile: Tierarztpraxis am Stadtpark, Lindenallee 12, 79098 Freiburg.'],
    ['de law firm compound', 'Absender: Rechtsanwaltskanzlei Brenner & Vogt, Kaiserstraße 40, 60329 Frankfurt.'],
    ['fr dental practice', 'En pied de page : Cabinet dentaire des Tilleuls, 14 rue Pasteur, 69007 Lyon.'],
    ['es dental clinic', 'Para el pie de página: Clínica Dental Arenal, calle Mayor 22, 28013 Madrid.'],
    ['nl compound practice', 'Voor de voettekst: Fysiotherapiepraktijk Het Anker, Havenweg 3, 1781 AA Den Helder.'],
    ['it dental practice', "Nel piè di pagina: Studio Dentistico Marini, via Roma 18, 40121 Bologna."],
    ['de practice with its vets as "Dr. med. vet. Team"', 'Kontakt für die Website: Tierarztpraxis am Stadtpark, Dr. med. vet. Team, Lindenallee 12, 79098 Freiburg, Tel. 0761 3309870.'],
    ['nl clinic compound', 'Schrijf de contactpagina: Dierenkliniek De Eik, Eikenlaan 3, 3818 EA Amersfoort, 033-4618250.'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });
  it.each([
    ['de, a private word near', 'Ich wohne direkt über der Zahnarztpraxis, Lindenallee 12, 79098 Freiburg, 2. Stock.'],
    ['nl, a person named', 'Stuur de brief naar Anneke Verhoeven, Tandartspraktijk, Havenweg 3, 1781 AA Den Helder.'],
    ['en, a practice word in prose, a private address', 'I live at 7 Orchard Lane, Ludlow, next to the dental practice.'],
    ['de, a doctor by name after his degree', 'Dr. med. Klaus Weber, Lindenallee 12, 79098 Freiburg'],
    ['nl, a client of the clinic', 'Dierenkliniek De Eik: de kat van mevrouw Jansen, Eikenlaan 3, 3818 EA Amersfoort.'],
  ])('kept: %s', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS').length).toBeGreaterThan(0);
  });
});

describe("an organisation's address among its own contact channels", () => {
  it.each([
    ['en visit', 'Opening times: Mon–Fri 9–5. Questions? Write to hello@brightlane-dental.co.uk or visit us at 18 Castle Street, Shrewsbury SY1 2BQ.'],
    ['en own office', 'Our office is at 4 Mill Lane, Frome BA11 1AA; bookings by e-mail to studio@lanternprint.co.uk.'],
    ['de in person', 'So erreichen Sie uns: per Mail an praxis@physio-lindenau.de oder persönlich in der Merseburger Straße 12, 04177 Leipzig.'],
    ['de own office', 'Unser Büro befindet sich in der Merseburger Straße 12, 04177 Leipzig. Anfragen an buero@lindenau-immobilien.de.'],
    ['fr in person', 'Nous contacter : accueil@mutuelle-rhone.fr, ou en personne au 14 rue Garibaldi, 69006 Lyon.'],
    ['es in person', 'Contacto: atencion@gestoria-prado.es o presencialmente en la calle Alcalá 120, 28009 Madrid.'],
    ['nl drop in', 'Vragen? Mail naar info@fysio-zuid.nl of kom langs op de Vestdijk 40, 5611 CD Eindhoven.'],
    ['it in person', 'Per informazioni scrivete a segreteria@studiorossi.it oppure di persona in via Garibaldi 18, 10122 Torino.'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['without a mailbox or desk, a sentence about any office', 'Our office is at 4 Mill Lane, Frome BA11 1AA.'],
    ['a person named with the mailbox', 'Mail Frau Berger unter kanzlei@berger-recht.de oder persönlich in der Merseburger Straße 12, 04177 Leipzig.'],
    ['a private word', 'Write to hello@brightlane.co.uk, or visit my flat at 12 Elm Road, Leeds LS6 2AB.'],
    ['no channel word: a delivery', 'Questions to support@shop.co.uk. Please send the parcel to 12 Elm Road, Leeds LS6 2AB.'],
  ])('kept: %s', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

describe('an address set after a counter, premises or venue noun', () => {
  it.each([
    ['en', 'Collect your card at the front desk, 1 Market Street, Leeds LS1 6DT.'],
    ['de', 'Den Ausweis gibt es am Schalter, Marktplatz 1, 37073 Göttingen.'],
    ['fr', 'Le colis est à retirer au guichet, 8 place Bellecour, 69002 Lyon.'],
    ['fr, a question before', 'Q : Où retirer ma carte ? R : À la mairie, 2 place de la Comédie, sur rendez-vous.'],
    ['es', 'El DNI se recoge en la ventanilla, plaza Mayor 1, 28012 Madrid.'],
    ['nl', 'Het paspoort haal je op aan de balie, Markt 1, Delft.'],
    ['it', 'Il certificato si ritira allo sportello, piazza Castello 1, 10121 Torino.'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['de', 'Meine Mutter wohnt am Bahnhof, Bahnhofstraße 3, 37073 Göttingen.'],
    ['fr', 'Ma cliente habite à la gare, 5 rue Victor Hugo, 69002 Lyon.'],
    ['nl', 'Hij woont bij de bakkerij, Dorpsstraat 5, Delft.'],
  ])('%s: kept when someone lives there', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

describe("an institution's address after its address noun and name", () => {
  it.each([
    ['en', 'Add the contact address of the ICO (45 Melville Street, Edinburgh EH3 7HL) to the leaflet.'],
    ['de', 'Ergänze die Anschrift der BNetzA (Tulpenfeldstraße 4, 53113 Bonn) im Merkblatt.'],
    ['fr', "Ajoute l'adresse de la DGCCRF (59 boulevard Vincent Auriol, 75013 Paris) dans la note."],
    ['es', 'Incluye la sede de la CNMC (calle Alcalá 47, 28014 Madrid) en la ficha.'],
    ['nl', 'Zet het adres van de Nederlandse Zorgautoriteit (Hoge Hereweg 4, 3511 AB Utrecht) in de brief.'],
    ['it', "Aggiungi la sede dell'AGCOM (via Isonzo 21, 00198 Roma) nella scheda."],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['a private word in the clause', 'Meine Mutter hat die Anschrift der BNetzA (Tulpenfeld 4, 53113 Bonn) als Wohnung angegeben.'],
    ['a German noun, no name', 'Trag die Anschrift des Vermieters (Tulpenfeld 4, 53113 Bonn) ein.'],
  ])('kept: %s', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

// Car parks, garages and congress halls are public places: a notice about the garage at a street named after a person
// ("calle Clara Campoamor 12") speaks of the building, not of someone living there. A private word keeps the address.
describe('addresses of car parks, garages and congress halls', () => {
  it.each([
    ['en', 'Notice: the car park at 14 Florence Nightingale Way closes for resurfacing on 3 May, please move cars by 7am.'],
    ['de', 'Hinweis: Die Tiefgarage in der Sophie-Scholl-Straße 22 wird am 5.3. gereinigt, bitte bis 7 Uhr ausparken.'],
    ['de congress hall', 'Tagungsort: Kongresshaus Seepark, Uferpromenade 4, 88045 Friedrichshafen. Anmeldung über das Portal.'],
    ['fr', "Avis : le parking de la rue Simone Veil 8 sera nettoyé le 5 mars, merci de sortir les voitures avant 7 h."],
    ['es', 'Aviso: el aparcamiento de la calle Federico García Lorca 16 se pinta el 5/3, retiren los coches antes de las 7.'],
    ['nl', 'Mededeling: de parkeergarage aan de Anne Frankstraat 30 wordt 5 maart geveegd, auto’s voor 7 uur weg.'],
    ['it', "Avviso: il garage di via Grazia Deledda 9 sarà chiuso il 5/3, spostare le auto entro le 7."],
  ])('%s', (_what, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it("keeps a person's own garage or flat at such a street", () => {
    expect(found('I rent my garage at 14 Florence Nightingale Way to a neighbour.', 'STREET_ADDRESS')).toEqual(['14 Florence Nightingale Way']);
    expect(found('Mi piso y mi garaje están en la calle Federico García Lorca 16, 3º B.', 'STREET_ADDRESS')).toEqual(expect.arrayContaining([expect.stringContaining('Federico García Lorca 16')]));
  });
});

describe("a reviewed place's listing at the head of a review's quoted entry", () => {
  it.each([
    ['en', "Tidy up my review: 'The Wolseley, 160 Piccadilly, London W1J 9EB. Brunch was superb, book ahead on 020 7499 6996.'"],
    ['de', "Verbessere meine Rezension: 'Zur Letzten Instanz, Waisenstraße 14, 10179 Berlin. Eisbein top, Tel. 030 2425528.'"],
    ['fr', "Corrige mon avis : 'Chez Janou, 2 rue Roger Verlomme, 75003 Paris. Mousse au chocolat géniale. Tél 01 42 72 28 41.'"],
    ['es', "Mejora mi reseña: 'Sobrino de Botín, Calle de Cuchilleros 17, 28005 Madrid. Cochinillo perfecto.'"],
    ['nl', "Verbeter mijn recensie: 'Moeders, Rozengracht 251, 1016 SX Amsterdam. Stamppot top. Bel 020 626 7957.'"],
    ['it', "Sistema la mia recensione: 'Da Enzo, Via dei Vascellari 29, 00153 Roma. Carbonara perfetta. Tel 06 581 2260.'"],
  ])('%s: its address and landline are not reported', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['en, a person reviewed', "Polish my review: 'Maria Lopez, 12 High Street, Luton LU1 3RS. Great nanny.'", 'STREET_ADDRESS'],
    ['de, a person reviewed', "Bewertung für meine Putzfrau: 'Jana Nowak, Lindenstraße 4, 10115 Berlin, sehr zuverlässig.'", 'STREET_ADDRESS'],
    ['fr, a person reviewed', "Mon avis sur la nounou : 'Claire Martin, 12 rue des Lilas, 69003 Lyon, très douce.'", 'STREET_ADDRESS'],
    ['es, the writer lives there', "Corrige mi reseña: 'Casa Lucio, Cava Baja 35, 28005 Madrid, justo debajo de mi piso.'", 'STREET_ADDRESS'],
    ['nl, the owner’s mobile', "Verbeter mijn recensie: 'Moeders, Rozengracht 251, 1016 SX Amsterdam. Eigenaar Kees: 06 18273645.'", 'PHONE_NUMBER'],
    ['it, a second address that is a home', "Correggi la recensione: 'Da Enzo, Via dei Vascellari 29, Roma. Abito di fronte, via della Lungaretta 12, 00153 Roma.'", 'STREET_ADDRESS'],
  ])('kept: %s', (_name, text, entity) => {
    expect(found(text, entity)).not.toEqual([]);
  });
});

describe("bar associations, chambers of the legal professions and high courts: their published address", () => {
  it.each([
    ['en', 'Table please: Law Society of Scotland, 3 Atlantic Quay, 20 York Street, Glasgow G2 8AQ; Bar Council, 289-293 High Holborn, London WC1V 7HZ'],
    ['de', 'Tabelle: Rechtsanwaltskammer Köln, Riehler Straße 30, 50668 Köln; RAK Hamm, Ostenallee 18, 59063 Hamm'],
    ['de compound', 'Bundesgerichtshof, Herrenstraße 45a, 76133 Karlsruhe'],
    ['fr', 'Tableau : Barreau de Bordeaux, 18-20 rue du Maréchal Joffre, 33000 Bordeaux ; Ordre des avocats de Nantes, 5 mail du Front Populaire, 44200 Nantes'],
    ['es', 'Tabla: Ilustre Colegio de la Abogacía de Bizkaia, Calle Rampas de Uribitarte 3, 48001 Bilbao'],
    ['nl', 'Tabel: Nederlandse orde van advocaten, Neuhuyskade 94, 2596 XM Den Haag'],
    ['it', 'Tabella: Ordine degli Avvocati di Torino, Corso Vittorio Emanuele II 130, 10138 Torino'],
  ])('%s', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    // A private word or a person near the address: a client's or a lawyer's home.
    ['en', 'Letter to the Law Society of Scotland about my client Fraser Dunn, who lives at 14 Comely Bank Row, Edinburgh EH4 1DY', '14 Comely Bank Row, Edinburgh EH4 1DY'],
    ['de', 'Beschwerde an die Rechtsanwaltskammer Köln: mein Mandant wohnt Riehler Straße 30, 50668 Köln', 'Riehler Straße 30, 50668 Köln'],
    ['fr', 'Courrier au Barreau de Lyon pour mon client, demeurant 176 rue de Créqui, 69003 Lyon', '176 rue de Créqui'],
    ['it', "Esposto all'Ordine degli Avvocati di Milano: il mio cliente abita in Via Freguglia 1, 20122 Milano", 'Via Freguglia 1, 20122 Milano'],
  ])('kept in %s', (_lang, text, kept) => {
    expect(found(text, 'STREET_ADDRESS').join(' ')).toContain(kept.split(',')[0]);
  });
});

describe('the answer to a question that asks where a named institution is', () => {
  it.each([
    ['en', 'Where is the Crown Court at Leeds? 1 Oxford Row, Leeds LS1 3BG, right?'],
    ['de', 'Adresse vom Oberlandesgericht Köln für die Berufung? Reichenspergerplatz 1, 50670 Köln stimmt oder?'],
    ['fr', 'Où se trouve le tribunal judiciaire de Lyon ? 67 rue Servient, 69003 Lyon ?'],
    ['es', '¿Dirección de la Audiencia Provincial de Sevilla para presentar el recurso? Calle Almirante Apodaca 4, 41003 Sevilla'],
    ['nl', 'Waar zit het gerechtshof Arnhem? Walburgstraat 2, 6811 CG Arnhem?'],
    ['it', 'Indirizzo del Tribunale di Bologna per il deposito? Via Farini 1, 40124 Bologna giusto?'],
  ])('%s', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    // No institution named in the question, or a private word in it: the answer is a person's address.
    ['en', "Where is my client's flat near the Crown Court? 14 Park Square, Leeds LS1 2NE", '14 Park Square'],
    ['de', 'Adresse vom Mandanten für die Klage? Reichenspergerplatz 1, 50670 Köln', 'Reichenspergerplatz 1, 50670 Köln'],
    ['es', '¿Dirección del demandado? Calle Almirante Apodaca 4, 41003 Sevilla', 'Calle Almirante Apodaca 4, 41003 Sevilla'],
    ['nl', 'Waar woont de getuige bij de rechtbank Den Haag? Prins Clauslaan 60, 2595 AJ Den Haag', 'Clauslaan 60'],
  ])('kept in %s', (_lang, text, kept) => {
    expect(found(text, 'STREET_ADDRESS').join(' ')).toContain(kept.split(',')[0]);
  });
});

describe('the answer to a question that opens with "what is" and asks for an institution known by its acronym', () => {
  it.each([
    ['en', 'What is the address of the MHRA? Is it still 10 South Colonnade, London E14 4PU?'],
    ['de', 'Wie lautet die Adresse des BfArM? Ist das noch Kurt-Georg-Kiesinger-Allee 3, 53175 Bonn?'],
    ['fr', "Quelle est l'adresse de l'ANSM ? C'est toujours 143-147 boulevard Anatole France, 93200 Saint-Denis ?"],
    ['es', '¿Cuál es la dirección del IMSERSO? ¿Sigue siendo Avenida de la Ilustración 12, 28029 Madrid?'],
    ['nl', 'Wat is het adres van het CIZ? Is dat nog Kobaltweg 6, 3542 CE Utrecht?'],
    ['it', "Qual è l'indirizzo dell'INPS? È ancora Via Ciro il Grande 21, 00144 Roma?"],
  ])('%s', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    // A person asked about, not an acronym: the answer is that person's address.
    ['en', 'What is the address of the new client? Is it 10 Ashby Road, Leeds LS6 2DQ?', '10 Ashby Road'],
    ['fr', "Quelle est l'adresse de la cliente ? C'est bien 66 avenue du Maine, 75014 Paris ?", '66 avenue du Maine'],
    ['it', "Qual è l'indirizzo della signora Bianchi? È ancora Via Garibaldi 21, 00144 Roma?", 'Via Garibaldi 21'],
  ])('kept in %s', (_lang, text, kept) => {
    expect(found(text, 'STREET_ADDRESS').join(' ')).toContain(kept);
  });
});

describe("a venue's listing whose phone opens the next sentence ('..., 80538 München. Tel. ...')", () => {
  it.each([
    ['en museum, British postcode', 'Riverside Toy Museum, 14 Quay Street, Bristol BS1 4DJ. Tel 0117 496 0321. Open daily 10:00-17:00.'],
    ['de museum named at the sentence start, daily hours', 'Städtisches Museum, Marktplatz 2, 37073 Göttingen. Tel. 0551 400 2843. Sonst täglich 10-17 Uhr.'],
    ['fr museum', 'Musée de la Poupée, 12 rue Beaubourg, 75003 Paris. Tél. 01 42 72 73 11. Ouvert tous les jours 10h-18h.'],
    ['es museum', 'Museo del Traje, Avenida de Juan de Herrera 2, 28040 Madrid. Tel. 91 550 47 00. Abre todos los días de 10:00 a 15:00.'],
    ['nl museum, daily hours', 'Spoorwegmuseum, Maliebaanstation 16, 3581 XW Utrecht. Tel. 030 230 6206. Dagelijks 10-17 uur.'],
    ['it gallery (a window that cuts "Accademia" reads no "mia")', "Galleria dell'Accademia, Via Ricasoli 58, 50122 Firenze. Tel. 055 098 7100. Aperto tutti i giorni 8:15-18:50."],
  ])('%s: neither the address nor the phone is reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['en', 'My aunt Joan Hale, 14 Quay Street, Bristol BS1 4DJ. Tel 0117 496 0321.', '0117 496 0321'],
    ['de', 'Meine Nachbarin wohnt Marktplatz 2, 37073 Göttingen. Tel. 0551 400 2843. Sonst täglich 10-17 Uhr.', '0551 400 2843'],
    ['fr', 'Chez ma cousine, 12 rue Beaubourg, 75003 Paris. Tél. 01 42 72 73 11.', '01 42 72 73 11'],
    ['es', 'Mi hermana vive en Avenida de Juan de Herrera 2, 28040 Madrid. Tel. 91 550 47 00.', '91 550 47 00'],
    ['nl', 'Mijn oma woont op Maliebaanstation 16, 3581 XW Utrecht. Tel. 030 230 6206.', '030 230 6206'],
    ['it', 'Mia zia abita in Via Ricasoli 58, 50122 Firenze. Tel. 055 098 7100.', '055 098 7100'],
  ])("%s: a private person's listing in the same shape keeps its phone", (_lang, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });
});

// An estate agent's line in a bracket right after its name: the bracket is the agency's contact aside, and the flat it
// offers after the bracket ("bietet eine Wohnung an", "anuncia un piso") is no private word of the number's. A bracket
// after an unnamed noun or with a phone label only, a mobile, or a private word before the number keeps it.
describe("an agency's line in a bracket after its name", () => {
  it.each([
    ['en', 'The estate agent Hartley & Co (01423 520 101) has listed a 3 bed flat near the park. Is £425k high?'],
    ['de', 'Ein Makler (Brandt & Partner Leipzig, Tel. 0341 3939970) bietet eine 3-Zimmer-Wohnung in der Südvorstadt an.'],
    ['fr', "L'agence immobilière Foncia Bastille (01 43 55 20 10) propose un appartement de 3 pièces. C'est cher ?"],
    ['es', 'La inmobiliaria Casaverde Ruzafa (963 73 52 10) anuncia un piso de 3 habitaciones en Ruzafa. ¿Es caro?'],
    ['nl', 'Makelaar Van Dam Makelaars in Haarlem (023 531 2020) biedt een bovenwoning aan voor € 475.000 k.k.'],
    ['it', "L'agenzia immobiliare Casacasa Navigli (02 8942 1100) propone un appartamento di 3 locali. È caro?"],
  ])('%s', (_lang, text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['en', 'My estate agent (01423 520 101) has my flat listed.', '01423 520 101'],
    ['de', 'Der Makler (0171 3939970) zeigt meine Wohnung.', '0171 3939970'],
    ['de', 'Das Hotel (Tel. 0341 3939970) liegt neben meiner Wohnung.', '0341 3939970'],
    ['es', 'La inmobiliaria (963 73 52 10) vende el piso de mi madre.', '963 73 52 10'],
    ['nl', 'Mijn makelaar Jan de Vries (020 531 2020) belt morgen.', '020 531 2020'],
  ])('keeps %s: %s', (_lang, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });
});

// A landline named as a helpline's or a venue's by the words right around it: the line's name before it, or a link
// after it ("del", "pour", "is the number of", "es el teléfono de información de") to a named line, desk or venue.
// A person's number after such words, a mobile after a capitalised line noun that opens a sentence, a private word
// before the number, or a venue named beyond the link keep it.
describe("a landline linked to a named helpline, desk or venue", () => {
  it.each([
    ['en', 'Is 0161 496 0000 the number of the Whitworth Gallery? Need it for the school trip form.'],
    ['de', 'Für den Aushang: Ist 030 2232 1100 die Nummer vom Hotel Adlon? Und 0800 111 0333 das Kindertelefon?'],
    ['fr', "Les numéros c'est bien 3114 pour la prévention et 09 72 39 40 50 pour SOS Amitié ? C'est pour une affiche."],
    ['es', '¿El 91 554 87 70 es el teléfono de información de la Agencia Tributaria para la renta o es otro?'],
    ['nl', 'Is 020 523 4567 het nummer van de Bibliotheek Haarlem? Het is voor de nieuwsbrief.'],
    ['it', 'I numeri sono giusti? Telefono Amico 02 2327 2327 e il 1522 antiviolenza. Li metto su un cartellone.'],
  ])('%s', (_lang, text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['en', 'Call 0161 496 0000 for the trip to the Whitworth Gallery', '0161 496 0000'],
    ['de', 'Ruf 030 2232 1100 von Frau Weber an.', '030 2232 1100'],
    ['fr', 'Mon numéro 04 93 16 64 00 pour SOS Amitié, rappelez-moi.', '04 93 16 64 00'],
    ['es', 'Teléfono de Carlos: 612 345 678', '612 345 678'],
    ['nl', 'Mijn nummer 020 523 4567 van de Bibliotheek Haarlem-pas.', '020 523 4567'],
    ['it', 'Il telefono di Marco è 02 2327 2327.', '02 2327 2327'],
  ])('keeps %s: %s', (_lang, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });
});

// An institution known by its acronym, placed at the address that follows ("the MHRA postal address still", "la AEMPS
// sigue en", "l'adresse de l'ANSM c'est toujours"), or its web address right before the address in a list: its seat.
// A private word before the acronym, or a possessive, keeps the address.
describe('an institution placed by its acronym or its web address right before the address', () => {
  it.each([
    ['en', 'For the leaflet: is the MHRA postal address still 10 South Colonnade, Canary Wharf, London E14 4PU?'],
    ['de', 'Für den Aushang: Meldungen direkt beim BfArM (www.bfarm.de, Kurt-Georg-Kiesinger-Allee 3, 53175 Bonn).'],
    ['fr', "Pour l'affiche : l'adresse de l'ANSM c'est toujours 143-147 boulevard Anatole France, 93285 Saint-Denis ?"],
    ['es', 'Para el cartel: ¿La AEMPS sigue en Calle Campezo 1, edificio 8, 28022 Madrid?'],
    ['nl', 'Voor de balie: het CBR zit nog op Koningin Julianaplein 10, 2595 AA Den Haag, toch?'],
    ['it', "Per la bacheca: l'indirizzo dell'AIFA è ancora via del Tritone 181, 00187 Roma?"],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['en, a possessive before the acronym', 'Update my DVLA address is 12 Oak Road, Leeds LS6 2BN'],
    ['en, a possessive before a practice', "Is my GP's address still 12 Oak Road, Leeds LS6 2BN?"],
    ['de, my own website', 'Meine Website www.annaberg.de, Hauptstr. 5, 79098 Freiburg'],
    ['es, my flat next to it', 'La AEMPS sigue en Calle Campezo 1, 28022 Madrid, y mi piso en Calle Mayor 3, 28013 Madrid'],
  ])('kept: %s', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

// The purpose the address serves may stand between the acronym and the copula ("for complaints", "para reclamaciones").
describe('an institution placed by its acronym, with the purpose of its address', () => {
  it.each([
    ['en', 'Is the address of the CAA for complaints 2 Westferry Circus, London E14 4HD? Draft a short letter.'],
    ['de', 'Ist die Anschrift des LBA für Beschwerden Hermann-Blenk-Straße 26, 38108 Braunschweig? Kurzes Schreiben bitte.'],
    ['fr', "L'adresse de la DGAC pour réclamations est 50 rue Henry Farman, 75015 Paris ? Fais un courrier type."],
    ['es', '¿La dirección de AESA para reclamaciones es Paseo de la Castellana 112, 28046 Madrid? Prepárame una carta.'],
    ['nl', 'Het adres van de ILT voor klachten is Rijnstraat 8, 2515 XP Den Haag? Maak een korte brief.'],
    ['it', "L'indirizzo dell'ENAC per reclami è viale Castro Pretorio 118, 00185 Roma? Prepara una lettera."],
  ])('%s: the address is not reported', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it('kept: a possessive before the acronym', () => {
    expect(found('Update my DVLA address for renewals is 12 Oak Road, Leeds LS6 2BN', 'STREET_ADDRESS')).not.toEqual([]);
  });
});

// A trip's plan by days ("Day 1 Sat:", "Jour 3 lun :", "Dag 3 ma:") is a plan of public places like a guide: the
// addresses it gives in brackets after attractions are theirs. A friend's or a rented flat's address in it stays.
describe("an itinerary's day lines make it a plan of public places", () => {
  const plan = (days: string[]): string => days.join('\n');
  it.each([
    ['en', plan(['Day 1 Sat: drive up, night at the Station Hotel.', 'Day 2 Sun: Castle Museum, then the Jorvik ride (19 Coppergate Walk, York).', 'Day 3 Tue: walk the walls.'])],
    ['de', plan(['Tag 1 Sa: Anreise, Nacht im Hotel am Dom.', 'Tag 2 So: Schokoladenmuseum, dann Odysseum (Corintostraße 1, 51103 Köln).', 'Tag 3 Mo: Rheinufer.'])],
    ['fr', plan(['Jour 1 sam : départ de Paris, nuit à Strasbourg, hôtel Ibis Styles Centre Gare.', 'Jour 2 dim : cathédrale et horloge astronomique.', 'Jour 3 lun : Vaisseau (1 bis rue Philippe Dollinger, 67100 Strasbourg) pour les enfants.'])],
    ['es', plan(['Día 1 sáb: llegada a Valencia, noche en el Hotel Marqués.', 'Día 2 dom: Oceanogràfic, luego Bioparc (Avenida Pío Baroja 3, 46015 Valencia).', 'Día 3 lun: playa.'])],
    ['nl', plan(['Dag 1 za: vanuit Rotterdam naar Harlingen, Hotel Zeezicht.', 'Dag 2 zo: boot naar Terschelling.', 'Dag 3 ma: Franeker, Eise Eisinga Planetarium (Eise Eisingastraat 3), daarna Leeuwarden.'])],
    ['it', plan(['Giorno 1 sab: partenza da Bologna, notte a Bari.', 'Giorno 2 dom: Bari Vecchia e lungomare.', 'Giorno 3 lun: Alberobello, poi Museo del Territorio (Piazza XXVII Maggio 3, 70011 Alberobello).'])],
  ])('%s: the addresses are not reported', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['en', plan(['Day 1 Sat: drive up.', 'Day 2 Sun: Castle Museum.', 'Day 3 Mon: stay at my aunt’s flat, 14 Larkfield Road, Leeds LS6 2BN.'])],
    ['fr', plan(['Jour 1 sam : départ.', 'Jour 2 dim : cathédrale.', 'Jour 3 lun : nuit chez ma sœur, appartement au 12 rue des Lilas, 69003 Lyon.'])],
  ])('kept, %s: a private stay in the plan', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

// A question's first words read with the hotel's name as one name ("Ist das Hotel Adlon Kempinski") are the hotel's
// name: its address and number after it are the hotel's. A person named near the address keeps it.
describe("a venue's name read with the question's first words", () => {
  it('drops the hotel listing', () => {
    const text = 'Ist das Hotel Adlon Kempinski, Unter den Linden 77, 10117 Berlin (Tel. 030 22610) mit Kindern gut erreichbar?';
    expect(detect(text).filter((f) => f.score >= 0.5)).toEqual([]);
  });
  it('keeps a person named there', () => {
    const text = 'Ist das Hotel Adlon Kempinski, Unter den Linden 77, 10117 Berlin, die Adresse von Anna Schmidt?';
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

// A place's closing days after its address and landline ("Fermée le lundi", "closed on Mondays") are its opening times:
// the address and the number are the place's. A person named there, or the writer's own number, stays.
describe("a landline and address followed by the place's closing days", () => {
  it.each([
    ['en', 'Science Gallery, 14 Market Lane, Bristol BS1 4QA. Tel. 0117 496 0321. Closed on Mondays and 25 December.'],
    ['de', 'Spielzeugwelt, Lindenallee 12, 79098 Freiburg. Tel. 0761 3309870. Geschlossen am Montag.'],
    ['fr', "Cité des métiers, 30 avenue des Tilleuls, 75019 Paris. Tél. 01 40 05 70 00. Fermée le lundi et le 1er mai."],
    ['es', 'Planeta Ciencia, calle Mayor 22, 28013 Madrid. Tel. 913 66 54 00. Cerrado los lunes.'],
    ['nl', 'Wetenschapsplein, Havenweg 3, 1781 AA Den Helder. Tel. 0223 61 23 45. Gesloten op maandag.'],
    ['it', 'Città della Scienza, via Coroglio 57, 80124 Napoli. Tel. 081 735 2111. Chiuso il lunedì.'],
  ])('%s', (_lang, text) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['en', 'Call me on 0117 496 0321, the shop is closed on Mondays.', '0117 496 0321'],
    ['de', 'Anna Meyer, Tel. 030 1234567, geschlossen am Montag', '030 1234567'],
  ])('keeps %s: %s', (_lang, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });
});
