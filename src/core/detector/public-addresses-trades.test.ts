// Addresses of trades, childcare, schools, student housing, funeral services and ports (public-addresses.ts with the
// nouns of data/public-venues.ts and data/org-words.ts). Texts of our own; each dropped case was reported before the
// rule, and each kept case is a private person's address in the same kind of sentence.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe('a trade, school, funeral or port noun names the place at the address (holdout 50-52 gap)', () => {
  it.each([
    ['en nursery', 'Drop-off is at Little Acorns Day Nursery, 4 Orchard Way, from 7:30 on weekdays.'],
    ['de quoted café name', 'Die Torte holen wir in der Konditorei "Himmelreich" in der Bahnhofstraße 12 ab.'],
    ['fr quoted crèche name', 'Le dépôt des dossiers se fait à la crèche « Les Petits Loups », 8 rue des Écoles, avant vendredi.'],
    ['es student residence', 'La reunión de antiguos alumnos será en la Residencia Universitaria Santa María, calle Alfonso XII 12, a las 19 h.'],
    ['nl funeral undertaker', 'De afscheidsdienst is bij uitvaartonderneming De Linde, Kerkweg 21, om 14.00 uur.'],
    ['de childcare', 'Die Eingewöhnung beginnt in der Kita Sonnenschein, Lindenweg 3, am Montag um 8 Uhr.'],
    ['it funeral services', 'La veglia si tiene presso le Onoranze Funebri San Marco, via Roma 41, alle 18.'],
    ['de port authority', 'Anmeldung für Traditionsschiffe bei der Hafenbehörde Bremerhaven, Barkhausenstraße 2, bis 10 Uhr.'],
    ['es staffing agency acronym', 'Entrevistas en Trabajo Rápido ETT, calle Alcalá 20, 28014 Madrid, de 9 a 14 h.'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['en nursery, my home', 'Drop-off is at Little Acorns Day Nursery; for the form my home address is 4 Orchard Way.'],
    ['de café, delivery address', 'Die Torte von der Konditorei "Himmelreich" bitte an meine Lieferadresse: Bahnhofstraße 12.'],
    ['fr crèche, the child’s home', 'Inscription à la crèche « Les Petits Loups » : domicile de l’enfant, 8 rue des Écoles.'],
    ['es student residence, the pupil’s home', 'Solicitud para la Residencia Universitaria Santa María: domicilio del alumno, calle Alfonso XII 12.'],
    ['nl undertaker, the family home', 'Uitvaartonderneming De Linde haalt de overledene op bij de woning van de familie, Kerkweg 21.'],
    ['de childcare, the parents', 'Anmeldung für die Kita Sonnenschein: Eltern wohnhaft in Lindenweg 3.'],
    ['it funeral services, the home', "Onoranze Funebri San Marco: l'abitazione della defunta è in via Roma 41."],
  ])('%s: the address stays', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

describe("a quoted entry headed by a place's name and its noun", () => {
  it("a student residence's welcome page loses its address and reception line", () => {
    const text = "Write a welcome page: 'Maple House student residence, 3 Kings Road, Leeds LS2 9AB, reception 0113 244 0001'. Add quiet hours.";
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it('a private word in lower case in the name keeps it: a student flat is a home', () => {
    const text = "Write a welcome note: 'Maple House student flat, 3 Kings Road, Leeds LS2 9AB'. Add quiet hours.";
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });

  it("the writer's mobile after the residence's address stays", () => {
    const text = "Write a welcome page: 'Maple House student residence, 3 Kings Road, Leeds LS2 9AB', and my mobile 07700 900123 for emergencies.";
    expect(found(text, 'PHONE_NUMBER')).not.toEqual([]);
  });
});

describe("private words that speak of the writer's text or of a later sentence's character", () => {
  it.each([
    ['en my blog', 'Write a paragraph for my blog: Tess runs a bakery at 14 Primrose Lane, best scones in Leeds.'],
    ['it il mio blog', 'Scrivi due righe sulla Trattoria Da Gino in via Garibaldi 12 a Parma per il mio blog di cucina.'],
    ['de a neighbour in the next sentence', 'Szene skizzieren: Bäckerin Ida führt die Konditorei "Sahnehaube" in der Lindenallee 8. Der neue Nachbar ist Steuerprüfer.'],
    ['nl a neighbour in the next sentence', 'Werk de proloog uit: Fenna runt banketbakkerij "Hoorntje" op de Kerkstraat 7. Haar nieuwe buurman is een vlogger.'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['en my home', 'Write a paragraph for my blog: my home is at 14 Primrose Lane, next to the bakery.'],
    ['it il mio indirizzo', "Per il blog della Trattoria Da Gino: il mio indirizzo è via Garibaldi 12, Parma."],
    ['de the neighbour in the same sentence', 'Die Konditorei "Sahnehaube" beliefert meine Nachbarin in der Lindenallee 8.'],
    ['fr a delivery to the workplace, then the writer', "Envoyez-le à mon travail : Cabinet Dentaire Bellecour, 4 rue Mercière, 69002 Lyon, accueil 8h–18h. Mon portable : 06 58 12 73 40."],
    ['it a delivery to the office, then the writer', 'Mandatelo in ufficio: Studio Legale Greco, Via Chiaia 149, 80121 Napoli, reception 9–18. Il mio cellulare 339 480 1627.'],
    ['en a person named before, his wife in the next sentence', 'Applicant: Mr Daniel Okafor, current address Seaview Guest House, 112 Marine Parade, Great Yarmouth. Household: his wife and two children.'],
  ])('%s: the address stays', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

describe("a dwelling's unit on the lead of a lodging's address", () => {
  it("a room in a student residence is the student's address", () => {
    const text = 'Courrier au gestionnaire : Chloé Marchand, chambre B12, Résidence Crous Les Tilleuls, 9 rue Lhomond, 75005 Paris.';
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });

  it("without the room the residence's address is the residence's", () => {
    const text = 'Texte pour le site : Résidence Crous Les Tilleuls, 9 rue Lhomond, 75005 Paris.';
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });
});

describe("a business's own publication headed by its name and address (PUBLISH_WORDS)", () => {
  it.each([
    ['en Facebook post', "Write a Facebook post for our shop: 'Maple Leaf Supply, 4 Mill Street, York YO1 7AB, call 01904 622 010' spring sale."],
    ['nl job ad', "Vacaturetekst: 'Flexwerk Onderwijs NL, Stationsweg 8, 2312 AV Leiden, 071 512 40 00 – wij zoeken leraren!'"],
  ])('%s: the address and the landline are not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['a home to let', "Write a Facebook post: 'Cosy Flat, 4 Mill Street, York YO1 7AB, call 01904 622 010' for rent."],
    ['a person', "Write a Facebook post: 'Anna Berg, 4 Mill Street, York YO1 7AB, call 01904 622 010' lost cat."],
  ])('%s: the address stays', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

describe('a place asked about as worth going to, with its menu (WORTH_VISIT)', () => {
  it.each([
    ['en', 'Is Padella Borough at 6 Southwark Street, London SE1 1TQ worth the wait? What should I order there?'],
    ['es, a capitalised "Casa" of the name', '¿Merece la pena Casa Lucio, en la calle Cava Baja 35 de Madrid? ¿Qué se pide allí?'],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['a house for sale, a garden to eat in', "Is Rose Cottage at 6 Mill Lane, York worth the asking price? We'd eat in the garden."],
    ['my flat', 'Is my flat at 6 Southwark Street, London SE1 1TQ worth keeping? What should I order for dinner?'],
    ['no name before the address', 'Is 6 Southwark Street, London SE1 1TQ worth the price? What should I order?'],
  ])('%s: the address stays', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

describe("a removal or plumbing firm's own contact block (holdout 53-55 gap)", () => {
  it.each([
    ['en removals', 'Contact section for our website: Pack & Go Removals, 17 Mill Street, Bedford MK40 3EU, Freephone 0800 862 4410.'],
    ['de removals', 'Kontaktbox für die Website: Umzüge Becker, Industriestraße 12, 45139 Essen, Tel. 0201 123 4567, Mo-Sa.'],
    ['fr plumbing', 'Encadré contact : Plomberie Martin, 45 avenue de Verdun, 33700 Mérignac, tél. 05 56 12 34 00.'],
    ['es removals', 'Bloque de contacto para la web: Mudanzas Ortega, Calle Mayor 12, 28013 Madrid, tel. 915 123 456.'],
    ['nl removals', 'Contactblok voor de site: Verhuizingen Bosman, Handelsweg 3, 8031 AT Zwolle, tel. 038 454 12 00.'],
    ['it removals', 'Box contatti per il sito: Traslochi Fratelli Rota, Via Industriale 33, 24040 Stezzano, tel. 035 454 1200.'],
    ['it plumbing and heating', "Piè di pagina: Termoidraulica Bassi srl, Via dell'Artigianato 12, 40057 Granarolo dell'Emilia, tel. 051 760 1200."],
  ])('%s: the address is not reported', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['en removals, my home', 'Quote request for Pack & Go Removals: collection from my home, 17 Mill Street, Bedford MK40 3EU.'],
    ['de removals, my flat', 'Anfrage an Umzüge Becker: Abholung in meiner Wohnung, Industriestraße 12, 45139 Essen.'],
    ['fr plumbing, my home', 'Demande à Plomberie Martin : intervention à mon domicile, 45 avenue de Verdun, 33700 Mérignac.'],
    ['es removals, my home', 'Solicitud a Mudanzas Ortega: recogida en mi domicilio, Calle Mayor 12, 28013 Madrid.'],
    ['nl removals, my home', 'Offerte-aanvraag voor Verhuizingen Bosman: ophalen bij mijn woning, Handelsweg 3, 8031 AT Zwolle.'],
    ['it removals, my home', 'Richiesta a Traslochi Fratelli Rota: ritiro presso la mia abitazione, Via Industriale 33, 24040 Stezzano.'],
  ])('%s: the address stays', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

describe("a kinship word in the name that heads a firm's entry is the name's (holdout 54 gap)", () => {
  it("a firm's entry headed by its name loses its address: 'Fils' is the firm's", () => {
    const text = 'Encadré contact pour notre site : Déménagements Martin & Fils, 45 avenue de Verdun, 33700 Mérignac, tél. 05 56 12 34 00.';
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['the son after the name', 'Encadré contact : Déménagements Martin & Fils, chez mon fils, 45 avenue de Verdun, 33700 Mérignac.'],
    ['the mother after the address', "Adresse : Déménagements Martin & Fils, 45 avenue de Verdun, c'est chez ma mère."],
  ])('%s: the address stays', (_name, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

// A group of companies named by its brand and "Group" heads its seat's address, like a legal form. A support group
// meeting at someone's home, or a private word near the address, keeps it.
describe("a company group's name heads its seat's address", () => {
  it.each([
    ['de', 'Schreiben an die Lindhorst Gruppe, Industriestraße 12, 30659 Hannover, wegen der Rahmenverträge.'],
    ['fr', 'Courrier au Groupe Vasseur, 18 rue de la Gare, 59800 Lille, au sujet du contrat de maintenance.'],
    ['es', 'Carta al Grupo Almirall Viajes, Calle Alcalá 45, 28014 Madrid, sobre la revisión del contrato.'],
    ['nl', 'Brief aan Royal Schiphol Group, Evert van de Beekstraat 202, 1118 CP Schiphol over de PRM-punten.'],
    ['it', 'Lettera al Gruppo Ferretti Trasporti, Via dei Mille 12, 40121 Bologna, sul rinnovo del contratto.'],
  ])('%s: the address is not reported', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
  });

  it.each([
    ['en', 'Our support group meets at my home, 14 Larkfield Road, Leeds LS6 2BN, every Tuesday.'],
    ['nl', 'De leesgroep van mijn moeder komt samen bij haar thuis, Handelsweg 3, 8031 AT Zwolle.'],
  ])('%s: the address stays', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});
