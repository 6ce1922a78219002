// Dates after a death word or a public figure's birth word (birth-dates.ts): history and biography, not a record's date.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const dates = (text: string): string[] => detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH').map((f) => text.slice(f.start, f.end));

describe('a death more than 50 years back is history', () => {
  it.each([
    ['en', 'Worksheet: the suffragette Emily Wilding Davison died 8 June 1913 at the Derby.'],
    ['en', 'He died on 14 February 1962 in Leeds.'],
    ['de', 'Der Reformer starb am 15. Januar 1919 in Berlin.'],
    ['fr', 'Jean Jaurès, mort le 31 juillet 1914 au café du Croissant.'],
    ['es', 'El poeta murió el 19 de agosto de 1936; su hermano falleció el 2 de mayo de 1950.'],
    ['nl', 'De schilder overleed op 29 juli 1950 in Auvers.'],
    ['it', 'Il deputato morì il 10 giugno 1924; la moglie, deceduta il 3 marzo 1952.'],
  ])('%s: %s', (_lang, text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['en', 'For a blog on annuities: Helen Carter was born on 21 February 1875 and died on 4 August 1997 aged 122.'],
    ['de', 'Die Malerin wurde am 3. März 1889 geboren und starb am 9. Mai 1985 in Köln.'],
  ])('%s: the death after a birth before 1900 is the same historic life, no birth date: %s', (_lang, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('a recent death stays a date of the record, and a birth date after a death date stays one', () => {
    expect(dates('The patient died on 03/12/2024 at 04:10.')).toEqual(['03/12/2024']);
    expect(dates('Date of death: 14/02/1962, DOB 01/02/1931')).toEqual(['01/02/1931']);
    expect(dates('Mio padre, deceduto il 12/03/2021, nato il 04/05/1940.')).toContain('04/05/1940');
  });
});

describe("a listed public figure's birth in a text about them is their published biography", () => {
  it.each([
    ['en', 'Birthday post for Serena Williams: born 26 September 1981 in Saginaw, 23 Grand Slam singles titles.'],
    ['de', 'Glückwunsch-Post für Steffi Graf: geboren am 14. Juni 1969 in Mannheim, Golden Slam 1988.'],
    ['fr', 'Hommage à Kylian Mbappé : né le 20 décembre 1998 à Paris, champion du monde 2018.'],
    ['es', 'Post de cumpleaños para Carlos Alcaraz: nacido el 5 de mayo de 2003 en El Palmar, número uno con 19 años.'],
    ['nl', 'Verjaardagspost voor Max Verstappen: geboren op 30 september 1997 in Hasselt, vier wereldtitels.'],
    ['it', 'Post di compleanno per Jannik Sinner: nato il 16 agosto 2001 a San Candido, numero uno del mondo.'],
  ])('%s: %s', (_lang, text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['en', 'Birthday post for my dad Tom Walsh: born 26 September 1961 in Saginaw, 40 years a postman.', '26 September 1961'],
    ['de', 'Würdigung für unsere Kollegin Steffi Graf aus der Buchhaltung: geboren am 14. Juni 1969 in Mannheim.', '14. Juni 1969'],
    ['fr', 'Hommage à ma grand-mère Lucienne Morel : née le 20 décembre 1938 à Paris, institutrice.', '20 décembre 1938'],
    ['es', 'Homenaje a mi abuela Carmen Ruiz: nacida el 5 de mayo de 1939 en Murcia, costurera.', '5 de mayo de 1939'],
    ['nl', 'Eerbetoon aan mijn opa Kees de Wit: geboren op 30 september 1937 in Hasselt, bakker.', '30 september 1937'],
    ['it', 'Omaggio a mio nonno Jannik Sinner: nato il 16 agosto 1941 a San Candido, falegname.', '16 agosto 1941'],
    ['de', 'Lebenslauf Steffi Graf, geboren am 14.06.1969 in Mannheim, Tel. siehe unten.', '14.06.1969'],
    ['en', "Andy Murray's fan club founder Jane Smith, born 3 May 1990 in Dunblane.", '3 May 1990'],
    ['en, a CV', 'CV: Thomas Müller, born 19 June 1978, Munich. Experience: 10 years in logistics.', '19 June 1978'],
    ['de, a CV', 'Lebenslauf: Thomas Müller, geboren am 13. September 1989 in Weilheim, ledig.', '13. September 1989'],
    ['fr, an application', 'Candidature de Kylian Mbappé, né le 20 décembre 1998 à Bondy, pour le poste de magasinier.', '20 décembre 1998'],
    ['es, a form', 'Formulario de inscripción: Carlos Alcaraz, nacido el 5 de mayo de 2003 en Murcia.', '5 de mayo de 2003'],
    ['nl, an application', 'Sollicitatie van Max Verstappen, geboren op 30 september 1997 in Hasselt, voor de functie van monteur.', '30 september 1997'],
    ['it, a CV', 'Curriculum vitae: Jannik Sinner, nato il 16 agosto 2001 a Bolzano, diploma di ragioneria.', '16 agosto 2001'],
  ])('kept, a private person or a namesake: %s: %s', (_lang, text, date) => {
    expect(dates(text)).toContain(date);
  });
});

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe("any figure's birth in a text that shows a public life is their published biography (held-out set 40)", () => {
  it.each([
    ['en, obituary and prize', 'Draft the opening of an obituary: Dame Hilary Mantel, novelist, born 6 July 1952 in Glossop, died 22 September 2022 in Exeter. Two Booker Prizes, for Wolf Hall (2009) and Bring Up the Bodies (2012).', 'Hilary Mantel'],
    ['en, institution named after her', 'Short explainer box: Jane Goodall, born 3 April 1934 in London, began studying chimpanzees at Gombe in July 1960; founded the Jane Goodall Institute in 1977.', 'Jane Goodall'],
    ['de, calling and fact box', 'Kurzbio für den Kasten: Christian Drosten, geboren am 12. Juni 1972 in Lingen, Direktor des Instituts für Virologie der Charité, Mitentdecker des SARS-Coronavirus 2003.', 'Christian Drosten'],
    ['de, office held', 'Für eine Folie: Die Universität Bayreuth entzog Karl-Theodor zu Guttenberg (geb. 5. Dezember 1971) im Februar 2011 den Doktorgrad; er trat am 1. März 2011 als Verteidigungsminister zurück.', 'Karl-Theodor zu Guttenberg'],
    ['fr, prize, birth name', "Réduis ce portrait : Annie Ernaux est née Annie Duchesne le 1er septembre 1940 à Lillebonne. La Place obtient le prix Renaudot en 1984.", 'Annie Duchesne'],
    ['es, prize', 'Reduce este perfil: Rosalía Vila Tobella nació el 25 de septiembre de 1992 en Sant Esteve Sesrovires. El mal querer ganó el Latin Grammy al álbum del año.', 'Rosalía Vila Tobella'],
    ['nl, initials, prize named after someone', 'Kort dit portret in:\n\nAnnie M.G. Schmidt werd geboren op 20 mei 1911 in Kapelle. In 1988 kreeg ze de Hans Christian Andersenprijs.', 'G. Schmidt'],
    ['it, place before the date', 'Box: Rita Levi-Montalcini, nata a Torino il 22 aprile 1909, morta a Roma il 30 dicembre 2012, premio Nobel per la medicina 1986.', 'Rita Levi-Montalcini'],
  ])('%s: no date, not the figure', (_lang, text, figure) => {
    expect(dates(text)).toEqual([]);
    expect(people(text)).not.toContain(figure);
  });

  it.each([
    ['es, the sentence before a pronoun names a listed figure', '¿Es verdad que Adolfo Suárez dijo «puedo prometer y prometo» en la campaña de 1977? Nació el 25 de septiembre de 1932 en Cebreros, ¿no?'],
    ['nl', "Zei Pim Fortuyn echt 'At your service'? Hij werd geboren op 19 februari 1948 in Velsen, klopt dat?"],
    ['it, place before the date', 'Controlla il paragrafo: Sergio Mattarella è nato a Palermo il 23 luglio 1941.'],
  ])('a listed figure: %s', (_lang, text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['en, a private obituary: no public life', 'Write an obituary for the parish newsletter: John Smith, retired teacher, born 3 April 1934 in Leeds, died 2 March 2024 in York.', '3 April 1934'],
    ['en, a letter to a minister', 'John Smith, born 3 April 1950, wrote to the Prime Minister about his pension.', '3 April 1950'],
    ['en, a death notice', 'Death notice: Mary Doherty, born 8 March 1939, Nobel Prize nominee, died 2 June 2024. Funeral on Friday.', '8 March 1939'],
    ['de, own staff after the date', 'Porträt für die Mitarbeiterzeitung: Claudia Berger, geboren am 3. Mai 1980 in Ulm, Physikerin in unserem Labor.', '3. Mai 1980'],
    ['de, a death notice', 'Traueranzeige: Hans Meier, geboren am 3. Mai 1940, Nobelpreisträger. Trauerfeier am Freitag.', '3. Mai 1940'],
    ['fr, a patient', "Encadré : la patiente Claire Martin, née le 3 mai 1950 à Lyon, prix Nobel de médecine, suivie pour une BPCO.", '3 mai 1950'],
    ['es, a news story about a private person: genre and death only', 'Entradilla: Juan Pérez, nacido el 3 de mayo de 1950 en Cádiz, murió el 2 de marzo de 2024 en un accidente.', '3 de mayo de 1950'],
    ['nl, a CV', 'Cv: Sanne de Vries, geboren op 3 mei 1990 in Utrecht, schrijfster, winnaar van de Libris-prijs.', '3 mei 1990'],
    ['it, a phone in the text', 'Ritratto: Giulia Neri, nata a Bologna il 3 maggio 1985, scrittrice, premio Strega 2020. Tel. 051 234 5678.', '3 maggio 1985'],
    ['es, a pronoun after a tie', 'Mi paciente admira a Adolfo Suárez. Nació el 25 de septiembre de 1950 en Ávila.', '25 de septiembre de 1950'],
  ])('kept: %s', (_lang, text, date) => {
    expect(dates(text)).toContain(date);
  });
});

describe("a professional athlete's or an architect's published birth (held-out sets 47 and 48)", () => {
  it.each([
    ['en, transfer news, the pronoun after the figure', 'Summarise: Ryan Holloway joined Chelsea from Brighton in August 2024 for a £60m fee; he was born on 3 March 2001 and has 20 caps for England.', 'Ryan Holloway'],
    ['de, a fee and a move, no name in the birth clause', 'Kurz zusammenfassen: Jonas Kessler wechselte im Juli 2024 vom VfB Stuttgart zu Borussia Dortmund, Ablöse rund 40 Mio. Euro; geboren am 9. März 2002 in Esslingen.', 'Jonas Kessler'],
    ['fr, a fee and a move', 'Résume : Hugo Marchand a quitté Lille pour Marseille en août 2023 pour environ 25 M€ ; né le 4 avril 2000 à Amiens, milieu de terrain.', 'Hugo Marchand'],
    ['es, "Resume:" is no résumé', 'Resume: Pablo Ortega fichó por el Sevilla desde el Betis en julio de 2024 por unos 18 M€; nació el 11 de junio de 2001 en Huelva; internacional absoluto.', 'Pablo Ortega'],
    ['nl, a move and a breakthrough at a club', 'Vat samen: Daan Verhoef ging in januari 2024 van Feyenoord naar PSV; geboren 2 juni 2003 in Delft; doorgebroken bij Sparta.', 'Daan Verhoef'],
    ['it, a fee, a move, the national team', 'Riassumi: Marco Bellandi è passato dal Torino al Napoli nel luglio 2024 per circa 30 milioni; nato il 5 ottobre 2001 a Cuneo; centrocampista della Nazionale.', 'Marco Bellandi'],
    ["en, a world title with the event between; the newsletter's possessive is not the figure's", "Our club newsletter wants a short piece on Laura Pennington (born 4 May 1996, Luton), 2022 world 400m champion, for the juniors' corner.", 'Laura Pennington'],
    ['es, an Olympic medal', 'Semblanza para el boletín: Marta Quiroga, nacida el 2 de marzo de 1997 en Lugo, plata olímpica en salto de longitud.', 'Marta Quiroga'],
    ['en, architecture and a listed architect beside', 'Essay plan: compare the Millennium Tower (Richard Hale, born 23 July 1938) and the Sage (Norman Foster, born 1 June 1935) as high-tech architecture.', 'Richard Hale'],
    ['de', 'Gliederung: Vergleiche das Stadthaus (Klaus Berger, geboren am 3. Mai 1941) mit dem MAXXI (Zaha Hadid) als Beispiele moderner Architektur.', 'Klaus Berger'],
    ['fr', "Plan : compare la Tour Lumière (Michel Durand, né le 5 mars 1940) et le Centre Pompidou (Renzo Piano, né le 14 septembre 1937), deux chefs-d'œuvre de l'architecture.", 'Michel Durand'],
    ['es', 'Esquema: compara el Palacio Azul (Javier Morales, nacido el 8 de abril de 1945) y la Ciudad de las Artes (Santiago Calatrava) como arquitectura contemporánea.', 'Javier Morales'],
    ['nl', 'Opzet: vergelijk De Rotterdam (Rem Koolhaas, geboren 17 november 1944) en het Stadskantoor (Pieter de Vries, geboren 3 mei 1950) als architectuur.', 'Pieter de Vries'],
    ['it', 'Schema: confronta il MAXXI (Zaha Hadid) e la Torre Verde (Paolo Ferri, nato il 3 maggio 1946) come architettura contemporanea.', 'Paolo Ferri'],
  ])('%s: no date, not the figure', (_name, text, figure) => {
    expect(dates(text)).toEqual([]);
    expect(people(text)).not.toContain(figure);
  });

  it.each([
    ["en, a club's player registration", 'Player registration for Hillside Rovers: Jack Hadley, born 3 March 2011, midfielder, joined from Westfield Colts, Sunday league.', '3 March 2011'],
    ['en, our member, a county title', "Our club newsletter wants a short piece on our member Laura Pennington (born 4 May 1996), 2022 county 400m champion, for the juniors' corner.", '4 May 1996'],
    ['de, a player pass for an amateur club', 'Spielerpass-Antrag: Jonas Kessler, geboren am 9. März 2012, wechselt vom SV Musterdorf zum TSV Beispielstadt (Kreisliga).', '9. März 2012'],
    ['fr, a club sign-up', 'Inscription au club : Hugo Marchand, né le 4 avril 2012 à Amiens, milieu de terrain, vient du FC Boves.', '4 avril 2012'],
    ['es, a federation card', 'Ficha federativa: Pablo Ortega, nacido el 11 de junio de 2012 en Huelva, delantero, viene del CD Barrio.', '11 de junio de 2012'],
    ['nl, a new member', 'Aanmelding nieuw lid: Daan Verhoef, geboren 2 juni 2013 in Delft, keeper, komt van VV Delfia naar onze club.', '2 juni 2013'],
    ['it, a registration', 'Tesseramento: Marco Bellandi, nato il 5 ottobre 2012 a Cuneo, attaccante, passa dal Pulcini Cuneo al Bra.', '5 ottobre 2012'],
    ['de, an employee moving between firms: no sports career', 'Jana Kessler wechselte im Mai 2024 von Siemens zu Bosch; geboren am 9. März 1985 in Ulm.', '9. März 1985'],
    ['en, a patient who plays professionally', 'Patient Jack Hadley, born 3 March 2001, Premier League footballer, knee review on Monday.', '3 March 2001'],
    ["en, an architecture office's staff: no second point", 'Project team: architect Tom Baker, born 23 July 1983, site manager Anna Berg.', '23 July 1983'],
    ['en, our architect beside a listed one', 'Our architect Tom Baker (born 23 July 1983) admires Norman Foster.', '23 July 1983'],
  ])('kept: %s', (_name, text, date) => {
    expect(dates(text)).toContain(date);
  });
});

describe("a racing driver's published birth: a win at Le Mans or a Grand Prix is an honour (held-out set 53)", () => {
  it.each([
    ['nl', 'Alinea over Gijs van Lennep (geboren 16 maart 1942 in Aerdenhout), winnaar Le Mans 1971 en 1976', 'Gijs van Lennep'],
    ['en', 'Short piece on Tom Hadley (born 3 May 1961, Leeds), Grand Prix winner in 1986 and 1988.', 'Tom Hadley'],
    ['de', 'Absatz über Jonas Kessler (geboren am 9. März 1958 in Ulm), Le-Mans-Sieger 1985.', 'Jonas Kessler'],
    ['fr', 'Paragraphe sur Hugo Marchand (né le 4 avril 1950 à Amiens), vainqueur au Mans en 1978.', 'Hugo Marchand'],
    ['es', 'Párrafo sobre Pablo Ortega (nacido el 11 de junio de 1955 en Huelva), ganador de Le Mans en 1982.', 'Pablo Ortega'],
    ['it', 'Paragrafo su Marco Bellandi (nato il 5 ottobre 1951 a Cuneo), vincitore a Le Mans nel 1980.', 'Marco Bellandi'],
  ])('%s: no date, not the figure', (_lang, text, figure) => {
    expect(dates(text)).toEqual([]);
    expect(people(text)).not.toContain(figure);
  });
  it.each([
    ['nl, a driver of our fleet: no win', 'Alinea over onze chauffeur Gijs van Lennep (geboren 16 maart 1982 in Aerdenhout), rijdt sinds 2019 voor ons.', '16 maart 1982'],
    ['en, a client who is a racing driver: no honour, one career word', 'Our client Tom Hadley (born 3 May 1991, Leeds), racing driver, asks about his car insurance.', '3 May 1991'],
    ['fr, "Formule un" is a verb and an article, not Formula One', 'Formule un portrait de Hugo Marchand (né le 4 avril 1980 à Amiens) pour son départ.', '4 avril 1980'],
    ['it, an employee at Le Mans: a place, no win', 'Paragrafo su Marco Bellandi (nato il 5 ottobre 1991 a Cuneo), meccanico in trasferta a Le Mans per la nostra officina.', '5 ottobre 1991'],
  ])('kept: %s', (_name, text, date) => {
    expect(dates(text)).toContain(date);
  });
});

describe('a bio asked for the writer’s blog or class: the possessive of the purpose ties no one (held-out set 50)', () => {
  it.each([
    ['en', 'Short bio of Serena Williams for my blog: born 26 September 1981 in Saginaw, 23 Grand Slam titles.'],
    ['de', 'Kurzporträt von Steffi Graf für meine Präsentation: geboren am 14. Juni 1969 in Mannheim, Golden Slam 1988.'],
    ['fr', 'Courte bio de Kylian Mbappé pour mon blog : né le 20 décembre 1998 à Paris, champion du monde 2018.'],
    ['es', 'Semblanza de Carlos Alcaraz para mi clase: nacido el 5 de mayo de 2003 en El Palmar, número uno con 19 años.'],
    ['nl', 'Korte bio van Max Verstappen voor mijn spreekbeurt: geboren op 30 september 1997 in Hasselt, vier wereldtitels.'],
    ['it', 'Breve biografia di Jannik Sinner per il mio blog: nato il 16 agosto 2001 a San Candido, numero uno del mondo.'],
  ])('%s: no date', (_lang, text) => {
    expect(dates(text)).toEqual([]);
  });
  it.each([
    ['a client after the purpose', 'Short bio for my client Serena Williams: born 26 September 1981 in Saginaw.', '26 September 1981'],
    ['a relative after the purpose', 'Kurzporträt für meine Oma Steffi Graf: geboren am 14. Juni 1939 in Mannheim.', '14. Juni 1939'],
  ])('kept: %s', (_name, text, date) => {
    expect(dates(text)).toContain(date);
  });
});

describe('fame is a public life; the name the scan found before the birth word is the figure’s (held-out set 50)', () => {
  it('a celebrity hairdresser’s short biography with a listed client', () => {
    const text = 'Kurzbiografie Hanne Wieland für meine Berufsschul-Präsentation: geboren 3. März 1941 in Ulm, Promi-Friseurin in München, Kundinnen wie Angela Merkel';
    expect(dates(text)).toEqual([]);
    expect(people(text)).not.toContain('Hanne Wieland');
  });
  it('kept: the same without fame, a hairdresser’s own story', () => {
    const text = 'Kurzbiografie Hanne Wieland für meine Berufsschul-Präsentation: geboren 3. März 1941 in Ulm, Friseurin in München, Kundinnen wie Angela Merkel';
    expect(dates(text)).toContain('3. März 1941');
    expect(people(text)).toContain('Hanne Wieland');
  });
});
