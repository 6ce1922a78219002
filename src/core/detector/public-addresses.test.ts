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
    const text = 'Farmacia San Roque (calle Mayor 14) no me contesta: llamadme a mi móvil 612 345 678.';
    expect(found(text, 'PHONE_NUMBER')).toEqual(['612 345 678']);
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
    expect(found('Vendo bici da corsa, per informazioni 347 123 4567.', 'PHONE_NUMBER')).toEqual(['347 123 4567']);
    expect(found('Para más información: 612 34 56 78, pregunta por Lucía Gómez.', 'PHONE_NUMBER')).toEqual(['612 34 56 78']);
  });
});
