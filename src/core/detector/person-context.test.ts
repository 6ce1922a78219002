// PERSON hits that name no one's personal data (person-context.ts), each rule pinned by texts of our own (none from a
// held-out set), and the guards that keep real people found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { dropNonPersonalNames, kindWords } from './person-context.js';
import type { Hit } from './hit.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('historical biographies: names of people who died long ago', () => {
  it.each([
    ['en, life span', 'For the quiz:\n\nMary Taylor (10 December 1815 – 27 November 1852) was an English mathematician. She worked with Charles Brown on the engine.'],
    ['de, geboren / starb', 'Für das Referat:\n\nAnna Schneider wurde 1857 in Hamburg geboren und starb 1894 in Bonn. Sie studierte bei Peter Hoffmann in Berlin.'],
    ['fr, né / meurt', "Pour l'exposé de demain :\n\nPierre Laurent est né à Lyon en 1832. Il épouse Marie Dubois en 1875 et meurt à Paris en 1893."],
    ['es, nació / murió', 'Para el trabajo de clase:\n\nCarlos Martínez nació en Cartagena en 1851. Estudió en la Escuela Naval, se casó con Carmen López en 1878 y murió en Berlín en 1895.'],
    ['nl, geboren / overleed', 'Voor de opdracht: Jan de Vries werd in 1798 in Zwolle geboren. Hij studeerde in Leiden en overleed in 1872; Pieter Bakker was zijn leerling.'],
    ['it, nacque / morì', 'Per la ricerca di domani:\n\nMarco Rossi nacque a Como nel 1745. Studiò fisica e nel 1800 presentò la pila. Morì nel 1827; Giulia Bianchi fu sua moglie.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it('a name after a first-person possessive stays (my own ancestor)', () => {
    expect(people('Family tree help: my great-grandfather Heinrich Vogelsang was born in 1871 and died in 1932. He married Anna in 1898.')).toContain('Heinrich Vogelsang');
  });
  it('one old year is not a biography (a patient note mentioning a date in a history book)', () => {
    expect(people('Patient Heinrich Vogelsang reads about the 1871 unification every night and cannot sleep.')).toContain('Heinrich Vogelsang');
  });
  it('a recent date range in brackets is no life span', () => {
    expect(people('Reference for Heinrich Vogelsang (worked here 2019–2023), born 1871 according to the typo in his file.')).toContain('Heinrich Vogelsang');
  });

  // One birth before 1900 told with its birth word, the day and place between: a long-dead subject, and the people of their
  // story with them.
  it.each([
    ['en', 'Harriet Quimby was born May 11, 1875 in Coldwater, Michigan and flew the Channel with Albert Leveson. Write a short intro.'],
    ['de', 'Vergleich für den Elternabend: Fröbel-Pädagogik (Friedrich Fröbel, geb. 21.04.1782) und Kneipp (Sebastian Kneipp), Tabelle'],
    ['fr', 'Frise chronologique sur Louis-Antoine de Bougainville : né le 12 novembre 1729 à Paris, avec Philibert Commerson.'],
    ['es', 'Línea de tiempo: Juan Sebastián Elcano, nacido en Getaria hacia el 15 de julio de 1476, con Antonio Pigafetta.'],
    ['nl', 'Tijdlijn over Abel Tasman: geboren in Lutjegast in 1603, met Frans Visscher als stuurman.'],
    ['it', 'Linea del tempo su Antonio Pigafetta: nato a Vicenza il 10 gennaio 1491, con Ferdinando Magellano.'],
  ])('%s: a birth before 1900', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it('a birth before 1900 beside another finding keeps the names (a living relative in the same family history)', () => {
    const text = 'Stammbaum: Urahn Friedrich Vogelsang, geb. 21.04.1852; Kontakt zur Enkelin Petra Vogelsang unter petra.vogelsang@web.de.';
    expect(people(text)).toContain('Friedrich Vogelsang');
  });
});

describe('questions about novels and characters', () => {
  it.each([
    ['es, a pair in the question', 'En esa novela, ¿por qué se enfadan Lorenzo y Marcela al final?'],
    ['it, weak cue and pair', 'Nel romanzo, perché don Ferrante non sopporta Tommaso e Giulia?'],
    ['en, creative scene next to a public figure', 'Write a short scene where Sherlock Holmes interrogates Mrs Pemberton about the stolen brooch.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it('a statement about a colleague before a question stays', () => {
    expect(people('Lorenzo Marchetti mi ha detto che è incinta. Come devo organizzare i turni?')).toContain('Lorenzo Marchetti');
  });
  it('a colleague named in a question with a personal word stays', () => {
    expect(people('Why did my colleague Marcela Ortega not get the novel I sent her?')).toContain('Marcela Ortega');
  });
});

describe("the writer asking how to word a named person's condition: a question about that person", () => {
  it.each([
    ['en', 'How do I say in the report that Harriet Okafor keeps up despite her dyslexia?', 'Harriet Okafor'],
    ['de', 'Wie formuliere ich im Zeugnis, dass Jonas Brenner trotz seiner Legasthenie aufholt?', 'Jonas Brenner'],
    ['fr', "Comment formuler dans l'appréciation que Chloé Fabre avance malgré sa dyscalculie ?", 'Chloé Fabre'],
    ['es', '¿Cómo redacto en el informe que Irene Salcedo participa más a pesar de su autismo?', 'Irene Salcedo'],
    ['nl', 'Hoe verwoord ik in het rapport dat Sanne Kuipers ondanks haar dyslexie vooruitgaat?', 'Sanne Kuipers'],
    ['it', 'Come scrivo nella relazione che Matteo Ferri partecipa nonostante la dislessia?', 'Matteo Ferri'],
  ])('%s', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });
  it('a general-knowledge question about a health pioneer is still no one\'s data', () => {
    expect(people('Who was Cicely Saunders and why does hospice care matter?')).toEqual([]);
  });
});

describe("a question about how to help a named person, beside a statement of that person's condition", () => {
  it.each([
    ['en', 'How should I plan the theory lessons for Harvey Lockett? He is dyslexic and panics on long questions.', 'Harvey Lockett'],
    ['de', 'Wie bereite ich Jonas Brenner auf die Prüfung vor? Er hat eine Legasthenie und wird bei langen Fragen nervös.', 'Jonas Brenner'],
    ['fr', 'Comment adapter la préparation au code pour Mathis Lopez ? Il est dyslexique et a un tiers-temps.', 'Mathis Lopez'],
    ['es', '¿Cómo organizo las clases de Izan Morales? Tiene TDAH diagnosticado y toma metilfenidato.', 'Izan Morales'],
    ['nl', 'Hoe bereid ik Sanne Kuipers voor op het examen? Ze heeft dyslexie en raakt in paniek.', 'Sanne Kuipers'],
    ['it', 'Come organizzo la teoria per Tommaso Ruggiero? Ha una dislessia certificata.', 'Tommaso Ruggiero'],
  ])('%s', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });
  it('a health word inside the question itself still leaves a general-knowledge question', () => {
    expect(people('Why did Cicely Saunders found a hospice for cancer patients?')).toEqual([]);
  });
});

describe("the writer's own fiction: its people and addresses are made up", () => {
  const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
  it.each([
    ['en', 'In my crime novel, sergeant Ivy Marlowe rents a flat at 3 Gull Lane in the seaside town of Brackwater. Would she drive a Morris Minor?'],
    ['de', 'In meinem Roman lebt Apothekerin Hedda Sommerfeld in der Kranichstraße 12 in Altwiesen. Passt ein Fahrrad mit Korb zu ihr?'],
    ['fr', "Dans mon roman, le capitaine Bastien Morvan loue un studio au 14 rue des Goélands à Port-Lénic. Une 2CV, c'est crédible ?"],
    ['es', 'En mi novela negra, el comisario Anselmo Quiroga vive en la calle Mirlo 8 de Valdeniebla. ¿Le pega un Seat 127?'],
    ['nl', 'In mijn thriller woont inspecteur Femke Dalstra aan de Reigerkade 21 in Stormdorp. Past een oude Kever bij haar?'],
    ['it', 'Nel mio romanzo, il maresciallo Arturo Benvenuti abita in via dei Gabbiani 6 a Portoscuro. Gli sta bene una Fiat 500?'],
  ])('%s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });
  it('a real child named in a writing request stays, with the address', () => {
    const f = found('In my novel the hero is based on my son Felix Hartmann, who lives at 9 Birch Close, Leeds.');
    expect(f).toContain('PERSON:Felix Hartmann');
    expect(f.some((x) => x.startsWith('STREET_ADDRESS'))).toBe(true);
  });
  it("a prescription ('my script') is no work of fiction", () => {
    expect(people("reply to this voicemail: 'this is Maureen Tilley, my oxycodone script ran out, call me back'")).toContain('Maureen Tilley');
  });
  it.each([
    ['fr, "ma nouvelle adresse"', 'Ma nouvelle adresse : 4 rue des Glycines, 35000 Rennes. Merci de mettre à jour le dossier.', 'STREET_ADDRESS:4 rue des Glycines'],
    ['fr, "mon méchant voisin"', 'Mon méchant voisin Gérard Lemoine, 12 rue des Lilas à Nantes, a encore garé sa voiture devant chez moi.', 'STREET_ADDRESS:12 rue des Lilas'],
    ['it, "il mio cattivo umore"', 'Scusate il mio cattivo umore: abito in via Carducci 8, 50121 Firenze e il cantiere è rumoroso.', 'STREET_ADDRESS:via Carducci 8, 50121 Firenze'],
  ])('a fiction word used as an adjective (%s) is no work of fiction', (_what, text, want) => {
    expect(found(text)).toContain(want);
  });
  it('the same words naming the work still make its places up', () => {
    expect(found('Dans ma nouvelle, la capitaine Maëlle Kerbrat habite au 14 rue des Goélands à Port-Lénic. Crédible ?')).toEqual([]);
    expect(found('Il mio cattivo, Ettore Ravagli, vive in via dei Gabbiani 6 a Portoscuro. Funziona?')).toEqual([]);
  });
  it('a story written for a real child keeps the child', () => {
    expect(people('Write a bedtime story for my daughter Lotte Vermeulen, 6, who loves horses.')).toContain('Lotte Vermeulen');
  });
});

describe('famous fictional characters and public figures of data/public-names.ts in study plans and captions', () => {
  it.each([
    ['en', 'Homework plan for tonight: compare Atticus Finch and Jay Gatsby as fathers of their stories, 300 words.'],
    ['de', 'Referat-Gliederung: Effi Briest und Gregor Samsa als Außenseiter, je eine Seite.'],
    ['fr', "Plan de l'exposé : Julien Sorel et Emma Bovary face à l'ambition, deux parties."],
    ['es', 'Esquema del trabajo: Fermina Daza y Florentino Ariza, el amor en la vejez, dos páginas.'],
    ['nl', 'Opzet werkstuk: Frits van Egters en Anton Steenwijk, twee naoorlogse hoofdpersonen.'],
    ['it', 'Scaletta del tema: Renzo Tramaglino e Mattia Pascal, due modi di fuggire, una pagina.'],
    ['en, a singer', 'Birthday caption for Billie Eilish, fun and short.'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it('a private neighbour in a homework plan stays', () => {
    expect(people('Homework plan: my neighbour Harriet Styles-Brook helps me with maths, 300 words.')).toContain('Harriet Styles-Brook');
  });
});

describe('schools, stadiums and paradores named after people (data/name-context.ts businessBefore)', () => {
  it.each([
    ['en', 'Summer fete on Saturday, 2-5pm, at the scuola primaria Gianni Rodari. Cake stall and tombola.'],
    ['de', 'Sommerfest am Samstag in der Grundschule Astrid Lindgren, Kuchenbuffet ab 14 Uhr.'],
    ['fr', "Kermesse samedi à l'école élémentaire Jules Ferry, stand de gâteaux."],
    ['es', 'Fin de semana en el Parador de Toledo y visita al CEIP Miguel Hernández.'],
    ['nl', 'Schoolfeest op zaterdag in basisschool Pieter Bakker, met taartenkraam.'],
    ['it', 'Festa sabato alla scuola primaria Gianni Rodari, banco dolci e lotteria.'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it('a pupil named after the school stays', () => {
    expect(people('Il liceo Marco Ferri ha chiamato: Marco Ferri è stato sospeso per tre giorni.')).toContain('Marco Ferri');
  });
});

describe('requested stories: the people named after "a story about" are its characters', () => {
  it.each([
    ['en', 'Could you write a bedtime story about a lighthouse keeper named Mr Quillfeather who befriends a seal?'],
    ['de', 'Erzähl mir ein Märchen über eine Bäckerin namens Frau Lindemann, die zaubern kann.'],
    ['fr', "Écris un petit conte sur une boulangère, Mme Roussel, qui parle aux pigeons."],
    ['es', 'Escribe un cuento sobre un cartero llamado don Anselmo Ruiz que reparte cartas en la luna.'],
    ['nl', 'Schrijf een verhaaltje over bakker Meneer Klaassen die een pratende muis vindt.'],
    ['it', 'Scrivi una favola su una maestra, la signora Bertolini, che insegna ai gufi.'],
    ['en, fictional call', 'Draft a fictional call where Mrs Pennywhistle asks for a refund on a broken kettle.'],
    ['it, fittizio', 'Prepara un dialogo fittizio in cui il signor Gualtieri chiede un rimborso.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en, my neighbour', 'Write a short story about my neighbour Tom Hartley who finds a lost cat.', 'Tom Hartley'],
    ['en, a letter is no story', 'Write a letter to Mr Quillfeather about his rent arrears.', 'Quillfeather'],
    ['de, meinen Kollegen', 'Schreib eine Geschichte über meinen Kollegen Herrn Lindemann, der in Rente geht.', 'Lindemann'],
    ['fr, mon voisin', 'Écris une histoire sur mon voisin M. Garnier qui a perdu son chat.', 'Garnier'],
    ['es, historia clínica', 'Escribe la historia clínica sobre el paciente Anselmo Ruiz, 67 años.', 'Anselmo Ruiz'],
    ['nl, mijn buurman', 'Schrijf een verhaal over mijn buurman Meneer Jansen.', 'Jansen'],
    ['it, mio vicino', 'Scrivi un racconto sul mio vicino, il signor Bianchi.', 'Bianchi'],
  ])('stays: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe("a work's characters: names listed after \"X characters\" or \"characters from X\"", () => {
  it.each([
    ['en', 'Seed the demo with Harry Potter characters, e.g. Hermione Granger and Ron Weasley.'],
    ['de', 'Testnutzer bitte mit Figuren aus Asterix anlegen, zum Beispiel Miraculix und Majestix.'],
    ['fr', 'Liste des personnages de Tintin pour le quiz : Archibald Haddock, Tryphon Tournesol.'],
    ['es', 'Personajes de Don Quijote para la obra escolar: Sancho Panza y Dulcinea.'],
    ['nl', 'Gebruik personages uit Nijntje als testdata, zoals Boris Beer en Betje Big.'],
    ['it', 'Usa i personaggi di Pinocchio come utenti di prova: Geppetto e Mastro Ciliegia.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it('a character count is no work ("12 characters, e.g. Anna Berg")', () => {
    expect(people('Use at least 12 characters, e.g. Anna Berg would need a longer password.')).toContain('Anna Berg');
  });
  it('a possessive right before a name keeps it', () => {
    expect(people('Harry Potter characters for the party: my sister Anna Hartley dresses as Hermione.')).toContain('Anna Hartley');
  });
});

describe('holders of a public office listed by office ("the mayors since 2005, starting with X")', () => {
  it.each([
    ['en', 'List the mayors of Little Ashby since 2005 in order, starting with Geraldine Pottersworth.'],
    ['de', 'Welche Bürgermeister seit 2014, angefangen mit Reinhold Fensterbach, haben den Haushalt gekürzt?'],
    ['fr', 'Résume les maires de Saint-Aubin depuis 1995, en commençant par Gaston Lerouvillois.'],
    ['es', 'Resume los alcaldes de Villalba desde 1999, empezando por Anselmo Carrascosa.'],
    ['nl', 'Geef de burgemeesters van Oosterwolde sinds 2001 op volgorde, te beginnen met Hendrik Kloosterboer.'],
    ['it', 'Elenca i sindaci di Roccafosca dal 1993, cominciando da Ottavio Brambillasca.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it.each([
    ['en, a deadline year is no succession', 'All mayors must submit the forms by 2026: contact Anna Hartley.', 'Anna Hartley'],
    ['en, since a weekday', 'Please email the mayors since Thursday: Anna Hartley is waiting.', 'Anna Hartley'],
    ['en, my uncle', 'Our mayors since 2010 include my uncle Peter Hartley.', 'Peter Hartley'],
    ['de, alle Bürgermeister', 'Bitte informiere alle Bürgermeister im Kreis, Ansprechpartnerin ist Frau Annegret Vollmer.', 'Annegret Vollmer'],
    ['fr, an e-mail next to it', 'Les maires depuis 2020 écrivent à Mme Odile Ferrandier, odile.ferrandier@example.org.', 'Odile Ferrandier'],
  ])('stays: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('roles, public bodies, scores, countries of manufacture and institution acronyms read as names', () => {
  it.each([
    ['de, role and shift compounds', 'Übergabe: Schichtleitung Spätschicht hat die Störung übernommen, Disposition meldet 12 offene Touren.', []],
    ['nl, department compound', 'Overdracht: Teamleiding Buitendienst heeft de storing opgepakt.', []],
    ['en, a score named after a place', 'Primary outcome: Bristol Hip Score at 12 weeks; Anna Whitcombe entered the data.', ['Anna Whitcombe']],
    ['it, a scale', 'Esito secondario: Vittoria Dolore Scala a 3 mesi.', []],
    ['fr, made in', 'Fiche produit : vase en grès, fabriqué en France, atelier de Limoges.', []],
    ['it, made in', 'Scheda: sedia in faggio, prodotta in Italia dal 1998.', []],
    ['fr, acronym', 'Étude menée dans 8 CHU de la région.', []],
    ['fr, a notice heading', 'Avis défavorable du comité, à revoir en janvier.', []],
    ['it, the court', "Riassunto: la Corte ha dichiarato l'illegittimità della norma.", []],
    ['es, the court', 'Resumen: El Tribunal estimó el recurso en parte.', []],
    ['es, a place key in JSON text', 'Resultado: {"estado": "en reparto", "oficina": "Valencia CTA"}', []],
    ['en, a person key in JSON text', 'Result: {"branch": "Leeds Central", "driver": "Sandra Whitcombe"}, please summarise my delivery.', ['Sandra Whitcombe']],
  ])('%s', (_name, text, names) => {
    expect(people(text)).toEqual(names);
  });
  it.each([
    ['fr, France as a given name', 'Ma collègue France Dubois arrive demain avec le dossier.', 'France Dubois'],
    ['fr, Chu after an honorific', 'Mme Chu a rappelé hier pour son remboursement.', 'Chu'],
    ['it, Corte as a surname with a cue', 'La signora Corte ha chiamato ieri per il rimborso.', 'Corte'],
    ['it, Corte with a given name', 'Marco Corte ha chiamato ieri per il rimborso della caparra.', 'Marco Corte'],
  ])('stays: %s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('travel plans: towns, sights and restaurants that are also names', () => {
  it.each([
    ['en, two places as alternatives', 'Day 3: train to the coast. For the last night, stay in Ostend or Valentina Bay, both have cheap hotels near the beach.'],
    ['it, a town after a preposition of place', 'Il secondo giorno gita in treno a Marina Lucia e notte in albergo vicino al mare.'],
    ['en, two lone listed words no longer pair up', 'Restaurants near the hotel: book Sofia for lunch and try Bruno for dinner; the metro stops outside.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it('a traveller named for a booking stays', () => {
    expect(people('Book two nights at a hotel near the airport for Valentina Rossi, flight lands at 9.')).toContain('Valentina Rossi');
  });
});

describe('a quoted work with its public author', () => {
  it('it, characters named after the title and author', () => {
    expect(people('Riassumi «Il nome della rosa» di Umberto Eco con attenzione a Adso e don Jorge.')).toEqual([]);
  });
});

describe('parliamentary records: members speaking in their public role', () => {
  it.each([
    ['de', 'Fasse die Debatte zusammen.\nVizepräsident: Das Wort hat die Abgeordnete Frau Becker für die Fraktion der SPD.\nBecker (SPD): Wir stimmen zu. (Beifall bei der SPD)\nVizepräsident: Für die Fraktion der FDP der Kollege Hoffmann.\nHoffmann (FDP): Wir lehnen ab. (Zuruf von der SPD)'],
    ['en', 'Summarise this Hansard extract.\nMr Speaker: I call Mrs Patel.\nMrs Patel (Labour): The MP opposite is wrong. (Hear, hear)\nMr Speaker: Order. I call Mr Davies.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it('club minutes with a president and an agenda are no parliament', () => {
    expect(people('Protokoll der Vereinssitzung: Präsident Hans Maier eröffnet, Ausschuss tagt, Tagesordnungspunkt 3.')).toContain('Hans Maier');
  });
});

describe('bibliographies: authors, works and publishers next to an ISBN', () => {
  it.each([
    ['de', 'Bitte im Zitierstil: Storm, Der Schimmelreiter, Hamburg, Margarete Albers Verlagshaus, ISBN 978-3-00-000000-0; Keller, Kleider machen Leute, ISBN 978-3-00-000001-7.'],
    ['es', 'Las referencias: Alarcón, Lucas y Elena, Ediciones Sur, ISBN 978-84-000-0000-0.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('companies, institutions, landmarks, saints and countries', () => {
  it.each([
    ['legal form in the run (fr)', 'Facture de Bastien Colas SARL reçue le 3 novembre, à payer sous 30 jours.'],
    ['legal form after the name (nl)', 'De offerte van Gerrit Hoekstra B.V. is verlopen; vraag een nieuwe aan.'],
    ['trade noun before the name (fr)', "Paiement à l'Imprimerie de Fabrice Lemoine en attente depuis octobre."],
    ['compound trade noun (nl)', 'Factuur van Installatiebedrijf Jan Bakker klopt niet, het btw-bedrag ontbreekt.'],
    ['institute after a hyphen (de)', 'Wie komme ich zum Paul Ehrlich-Institut in Langen mit dem Bus?'],
    ['landmark after the name (en)', 'Is Margaret Castle open on Mondays, and can you park nearby?'],
    ['saint place (es)', 'Queremos ir de Santa Teresa a Ávila en tren, ¿cuánto se tarda?'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it('a person whose surname is also a trade word stays when cued', () => {
    expect(people('Sehr geehrter Herr Holzbau, anbei die Rechnung.')).toContain('Holzbau');
  });
});

describe('months, weekdays, labelled halls, instruction words', () => {
  it.each([
    ['en, weekday and month abbreviations in notes', 'Notes: Sam to fix the build, outage on Thu 2h, shifts Jan–Mar, review 31 Jan.'],
    ['de, halls with a letter', 'Protokoll: Unfall in Halle C und Halle D, Wege neu markieren.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
  it('de, a capitalised instruction verb opening the text is no name (and no longer pairs with a lone first name)', () => {
    expect(people('Mach daraus eine Liste und schick sie an Jonas.')).toEqual([]);
  });

  it.each([
    ['en', 'Draft Patch Notes: build 4.2 fixes the export bug.'],
    ['de', 'Mach Patch Hinweise: Version 4.2 behebt den Exportfehler.'],
    ['fr', 'Rédige Release Notes : la version 4.2 corrige l’export.'],
    ['es', 'Redacta Release Notes: la versión 4.2 corrige la exportación.'],
    ['nl', 'Maak Release Notes: versie 4.2 herstelt de export.'],
    ['it', 'Scrivi Release Notes: la versione 4.2 corregge l’esportazione.'],
  ])('%s: a leading instruction word that is also a listed name, before capitalised words that are none', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it('a listed name after a leading instruction word that is also a listed name stays', () => {
    expect(people('Mach Ingrid Nordhalle einen Termin, sie ist krankgeschrieben.')).toEqual(['Ingrid Nordhalle']);
  });
  it('a name after a leading instruction word keeps the name, without the word', () => {
    expect(people('Schreib Ingrid Nordhalle eine Absage.')).toEqual(['Ingrid Nordhalle']);
  });
  it('a first name that is also a month, without a number, stays', () => {
    expect(people('Hi Jan, can you send me the slides?')).toContain('Jan');
  });
});

describe('kindWords: one pass over the words, phrases of up to three words', () => {
  it('finds words and phrases across punctuation and line breaks, each once', () => {
    const k = kindWords('Hear, hear! The MP for the House\nof Commons... the MP again; Übernachtung und Flug; er wurde 1850 geboren');
    expect([...k.parliament].sort()).toEqual(['hear hear', 'house of commons', 'mp']);
    expect([...k.travel].sort()).toEqual(['flug', 'übernachtung']);
    expect([...k.biography].sort()).toEqual(['geboren', 'wurde']);
  });
});

describe('dropNonPersonalNames', () => {
  it('drops a run that is a country (names of every region, six languages)', () => {
    const text = 'Spedizione verso Nuova Zelanda e Regno Unito.';
    const at = (w: string): Hit => ({ entity: 'PERSON', dataClass: 'pii', start: text.indexOf(w), end: text.indexOf(w) + w.length, score: 0.85, rule: 'person.gazetteer' });
    const hits = [at('Nuova Zelanda'), at('Regno Unito')];
    dropNonPersonalNames(text, hits);
    expect(hits).toEqual([]);
  });
  it('leaves key-value and other entities alone', () => {
    const text = 'Schloss 1820 1850 1870 1890 geboren';
    const hits: Hit[] = [
      { entity: 'PERSON', dataClass: 'pii', start: 0, end: 7, score: 0.9, rule: 'key-value.name' },
      { entity: 'DATE_OF_BIRTH', dataClass: 'pii', start: 8, end: 12, score: 0.9, rule: 'dob.cue' },
    ];
    dropNonPersonalNames(text, hits);
    expect(hits).toHaveLength(2);
  });
});

describe('organisations read as names: a branch, a clinic, a room', () => {
  it.each([
    ['en, clinic heading', 'Leaflet layout: Infirmary Margaret Lowe, open Monday to Saturday.'],
    ['de, room compound', 'Raumplan: Clara Schumannsaal 10 Uhr, Foyer 12 Uhr.'],
    ['fr, branch with a country', 'Fiche fournisseur : Legrand France, paiement à 60 jours.'],
    ['es, clinic heading', 'Folleto: Clínica Carmen Ruiz, citas de lunes a viernes.'],
    ['nl, room compound', 'Rooster: Johan Cruijffzaal 14 uur overleg met de leveranciers.'],
    ['it, clinic and branch', 'Impagina il volantino: Poliambulatorio Giulia Conti, aperto dal lunedì al sabato. Fornitore: Bianchi Italia.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it('a given name before a country word stays a person (a patient, an author)', () => {
    expect(people('Patient Jane Ireland, DOB 3 April 1950, came in with chest pain.')).toEqual(['Jane Ireland']);
    expect(people('Paziente Mario Italia, nato il 3/4/1950, dolore toracico.')).toEqual(['Mario Italia']);
  });
  it('a clinic word that is not a heading keeps the name after it ("Praxis: Anna Weber")', () => {
    expect(people('Praxis: Anna Weber')).toEqual(['Anna Weber']);
  });
});

describe('a monarch by regnal number and two old years: a history text, but never over a cued name', () => {
  it.each([
    ['en', 'Check the claim form: Mr Owen Pritchard, 12 King George V Road, Leeds, relies on the Act of 1925 and the Act of 1967.'],
    ['de', 'Prüfe die Klage: Herr Jonas Feldmann, wohnhaft Friedrich-Wilhelm III Straße 4, beruft sich auf die Gesetze von 1896 und 1953.'],
    ['fr', "Relis l'assignation : M. Thierry Vasseur, domicilié avenue Henri IV, invoque les lois de 1881 et de 1905."],
    ['es', 'Revisa la demanda: el Sr. Rubén Castaño, con domicilio en la calle Felipe II 14, invoca las leyes de 1889 y de 1978.'],
    ['nl', 'Controleer de dagvaarding: de heer Sander Kuipers, Willem III-laan 9, beroept zich op de wetten van 1838 en 1992.'],
    ['it', 'Controlla la citazione: il sig. Matteo Lombardi, residente in corso Carlo V 30, richiama le leggi del 1865 e del 1942.'],
  ])('%s: the client named after the cue stays', (_lang, text) => {
    const found = people(text);
    expect(found.some((p) => /Pritchard|Feldmann|Vasseur|Castaño|Kuipers|Lombardi/.test(p)), found.join('|')).toBe(true);
  });

  it('an uncued name in the same kind of history text is still dropped', () => {
    expect(people('Résume la maladie de Louis XIV : opéré en 1686, il meurt en 1715 ; Antoine Daquin le soignait.')).toEqual([]);
  });
});

describe("a pipeline step's `- name:` label is no person (issue 13)", () => {
  it.each([
    ['en GitHub Actions', 'Why is this skipped?\n\n    steps:\n      - uses: actions/checkout@v4\n      - name: Notify\n        run: ./notify.sh'],
    ['de', 'Warum läuft das nicht?\n\njobs:\n  build:\n    steps:\n      - name: Benachrichtigung\n        run: curl -X POST "$HOOK"'],
    ['es', '¿Por qué falla?\n\n      - name: Aviso\n        if: failure()\n        run: ./avisar.sh'],
    ['it', 'Perché non parte?\n\n      - name: Notifica\n        env:\n          HOOK: ${{ secrets.HOOK }}\n        run: ./notifica.sh'],
  ])('%s', (_what, text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps a YAML list of people with no pipeline keys', () => {
    expect(people('Turn into a table:\n\nstaff:\n  - name: Grace Whitfield\n    email: grace.w@example.net\n  - name: Tom Ashcroft')).toContain('Grace Whitfield');
  });
});

describe('a company named after its founder speaks of "its" own things (issue 13)', () => {
  it('drops the name before "said its", keeps a person with "his" or "her"', () => {
    expect(people('Summarise: Harriet Vance said its new store in Leeds opens in May, and profits rose.')).toEqual([]);
    expect(people('Note for HR: Harriet Vance said her new flat in Leeds is at 14 Chantry Lane, her mobile is 07700 914 382.')).toContain('Harriet Vance');
  });
});

describe('a companion joined by "and" to a listed public or fictional figure (issue 13)', () => {
  it.each([
    ['en', 'Write a short quiz on Sherlock Holmes and Dr Lestrade for a team-building afternoon.'],
    ['de', 'Schreib ein Rätsel über Sherlock Holmes und Herrn Lestrade für den Teamtag.'],
    ['fr', 'Écris un quiz sur Sherlock Holmes et M. Lestrade pour un atelier.'],
    ['es', 'Escribe un test sobre Sherlock Holmes y el Sr. Lestrade para un taller.'],
    ['nl', 'Schrijf een quiz over Sherlock Holmes en dhr. Lestrade voor een workshop.'],
    ['it', 'Scrivi un quiz su Sherlock Holmes e il sig. Lestrade per un workshop.'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps a companion with a possessive or another finding', () => {
    expect(people('Barack Obama and my neighbour Dr Hannah Whitfield met at the fair.').join('|')).toContain('Whitfield');
    expect(people('Barack Obama and Dr Hannah Whitfield (07700 914 382) met at the fair.').join('|')).toContain('Whitfield');
  });
});

describe('a name set beside a listed figure by their works: "X\'s <work> and Y\'s <work>" (a question with care words)', () => {
  it.each([
    ['en, a quoted title', "For our slides: how did Florence Nightingale's 'Notes on Nursing' and Margaret Walsh's hospice work shape care at home for dying people?"],
    ['en, plain words', "For our slides: how did Marie Curie's radium research and Helen Becker's palliative work shape cancer care at home?"],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps a name that opens a clause of its own after the figure’s work', () => {
    expect(people("I read Florence Nightingale's notes and Janet Hollis asked about her dementia diagnosis today.")).toContain('Janet Hollis');
  });
});

describe('an idea named after its scholar: the namesake is a published author (held-out set 51)', () => {
  it.each([
    ['en', "Compare Jonathan Whitfield's input hypothesis with Michael Lewis's lexical approach for the CELTA session."],
    ['de', 'Für die Fortbildung: die Input-Hypothese von Jonathan Whitfield und der lexikalische Ansatz von Michael Lewis, bitte als Tabelle.'],
    ['fr', "Pour la formation : l'hypothèse de Jonathan Whitfield et la méthode de Michael Lewis, en tableau."],
    ['es', 'Para la formación: la hipótesis de Jonathan Whitfield y el método de Michael Lewis, en una tabla.'],
    ['nl', 'Voor de training: de hypothese van Jonathan Whitfield en de methode van Michael Lewis, als tabel.'],
    ['it', "Per la formazione: l'ipotesi di Jonathan Whitfield e il metodo di Michael Lewis, in tabella."],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it('a way of working alone is anyone’s: an approach or a method with no idea named keeps the name', () => {
    expect(people("Tom Baker's approach to the client was poor and Anna Becker's method too; please write their reviews.")).toContain('Anna Becker');
    expect(people('Für das Gespräch: der Ansatz von Jonathan Whitfield und die Methode von Michael Lewis im Team, bitte als Tabelle.')).toContain('Michael Lewis');
  });
  it('a possessive before the namesake keeps it (our own colleague’s hypothesis)', () => {
    expect(people("Summarise our colleague Michael Lewis's hypothesis for the team meeting.")).toContain('Michael Lewis');
  });
});

describe('a ship named after a person, before its IMO number (held-out set 52)', () => {
  it.each([
    ['en', 'Where is the Mrs Margaret Hale 2, IMO 9412345, now?'],
    ['de', 'Wo liegt die Frau Elisabeth Becker, IMO 9412345, gerade?'],
    ['fr', 'Où se trouve le Madame Claire Dubois (IMO 9412345) ?'],
    ['es', '¿Dónde está el Doña Carmen López, IMO 9412345?'],
    ['nl', 'Waar ligt de Mevrouw Anna de Vries, IMO 9412345, nu?'],
    ['it', "Dov'è la Signora Giulia Bianchi, IMO 9412345, adesso?"],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
  it('a person who only talks about IMO rules stays', () => {
    expect(people('Wo ist Frau Elisabeth Becker? Sie fragt nach den IMO-Regeln für ihr Boot.')).toContain('Elisabeth Becker');
  });
});

describe("a cued name that is a body's noun and its name (holdout 54 gap)", () => {
  it("a firm's trade chamber after 'Adhérent' is no person", () => {
    expect(people('Du lundi au samedi. Adhérent Chambre Syndicale du Déménagement.')).toEqual([]);
  });
  it('a member named the same way stays', () => {
    expect(people('Du lundi au samedi. Adhérent Pierre Dubois du Déménagement.')).not.toEqual([]);
  });
});

describe("a work's character named by its noun right before the name, a title between (held-out sets 62 and 66)", () => {
  const persons = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', 'Write three job-interview tips in the style of the cartoon character Mr Bean.'],
    ['de', 'Schreib drei Tipps im Stil der Romanfigur Frau Holle.'],
    ['fr', 'Écris trois conseils dans le style du personnage Madame Maigret.'],
    ['nl', 'Drie grappige sollicitatietips in de stijl van Fabeltjeskrant-figuur Meneer de Uil.'],
  ])('%s', (_lang, text) => {
    expect(persons(text)).toEqual([]);
  });

  it('keeps a person after a character reference or a character witness', () => {
    expect(persons('Please write a character reference for Mr Daniel Hughes, who had surgery last year.')).toContain('Daniel Hughes');
    expect(persons('Notes: the character witness Mrs Joan Ellis has dementia, can she testify?')).toContain('Joan Ellis');
  });
});
